"""Writing a report file: it gets the permissions of any newly saved file."""

from __future__ import annotations

import os
import stat

import pytest

from eventcenter.reports import build_debrief, export_csv
from eventcenter.reports.output import output_file

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes and umask")


@pytest.fixture
def umask():
    """Set the process's umask for one test, and put the old one back."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_a_written_file_respects_the_umask(umask, tmp_path, mask):
    umask(mask)
    target = tmp_path / "rapport.pdf"
    with output_file(target) as temporary:
        temporary.write_bytes(b"%PDF")
    assert mode(target) == 0o666 & ~mask
    assert target.read_bytes() == b"%PDF" and list(tmp_path.glob(".*.part")) == []


@posix_only
def test_an_overwritten_report_gets_the_new_file_mode(umask, tmp_path):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    with output_file(target) as temporary:
        temporary.write_bytes(b"new")
    assert mode(target) == 0o644 and target.read_bytes() == b"new"


@posix_only
def test_exported_reports_are_0644_under_umask_022(umask, night, tmp_path):
    export_csv(night, tmp_path / "j.csv", public=True)
    build_debrief(night, tmp_path / "public.pdf", public=True)
    assert mode(tmp_path / "j.csv") == 0o644
    assert mode(tmp_path / "public.pdf") == 0o644


def test_full_versions_are_for_their_owner_alone(umask, night, tmp_path):
    """A full debrief, situation report or CSV may hold confidential text."""
    build_debrief(night, tmp_path / "full.pdf")
    export_csv(night, tmp_path / "full.csv")
    assert mode(tmp_path / "full.pdf") == 0o600
    assert mode(tmp_path / "full.csv") == 0o600

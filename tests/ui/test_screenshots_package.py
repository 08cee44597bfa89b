"""`python -m ui.screenshots` keeps working (README): its entry point is in the package and
committed. An ignore rule once hid `ui/screenshots/__main__.py` from git, so a fresh clone
had a package that could not be run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_without_arguments_it_says_how_it_is_used(capsys):
    from ui.screenshots.__main__ import main

    assert main([]) == 2
    assert "python -m ui.screenshots OUTDIR" in capsys.readouterr().err


def test_no_source_file_of_the_program_is_ignored_by_git():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(
        ["git", "ls-files", "--others", "--ignored", "--exclude-standard", "--",
         "eventcenter", "ui", "tests", "bench", "resources"],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    made_here = ("__pycache__", ".egg-info", "bench/out/")  # caches and benchmark output
    assert [p for p in ignored if not any(part in p for part in made_here)] == []

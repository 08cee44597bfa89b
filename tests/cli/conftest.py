"""Fixtures for the command line's tests."""

from __future__ import annotations

import shutil

import pytest

from eventcenter import messages
from eventcenter.cli import main
from tests.factories import make_pristine


@pytest.fixture(scope="session")
def pristine(tmp_path_factory):
    """One new Valborg event per test run, made by a laptop of its own; copied, never opened."""
    return make_pristine(tmp_path_factory.mktemp("pristine"))


@pytest.fixture
def path(pristine, tmp_path):
    """A fresh copy of a new, closed Valborg event file."""
    target = tmp_path / "valborg.event"
    shutil.copy(pristine, target)
    return target


@pytest.fixture
def cli(capsys):
    """`eventcenter ARGS` in this process: (exit code, stdout, stderr). Modules that need more
    of a run define a `cli` of their own."""

    def run(*args) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run
    messages.set_language(None)

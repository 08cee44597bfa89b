"""Fixtures for the core's tests: a fresh Valborg event, locked or opened with the passphrase."""

from __future__ import annotations

import shutil

import pytest

from eventcenter.event_file import EventFile
from tests.factories import PASSPHRASE, make_pristine


@pytest.fixture(scope="session")
def pristine(tmp_path_factory):
    """One new Valborg event per test run, made by a laptop of its own; copied, never opened."""
    return make_pristine(tmp_path_factory.mktemp("pristine"))


@pytest.fixture
def event(pristine, tmp_path):
    """A fresh copy of a new Valborg event, open on this test's laptop, without the
    confidentiality passphrase."""
    path = tmp_path / "valborg.event"
    shutil.copy(pristine, path)
    with EventFile.open(path) as opened:
        yield opened


@pytest.fixture
def unlocked(event):
    """The same event, opened with the passphrase in this process."""
    event.unlock(PASSPHRASE)
    return event

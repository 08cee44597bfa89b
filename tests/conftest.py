"""Every test runs offscreen, with its own laptop identity and settings folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from eventcenter.store import sealing  # noqa: E402

REAL_KEY_COST = dict(sealing.KEY_COST)
TEST_KEY_COST = {**REAL_KEY_COST, "n": 2**14}


@pytest.fixture(scope="session", autouse=True)
def _cheap_keys_in_this_process():
    """Wrapping a new event's private key costs a quarter of a second and 128 MiB (scrypt at
    n = 2^17, `sealing.KEY_COST`), and so does every unlock of such an event. The tests make
    and unlock hundreds of events, so in this process, and only here, new events wrap their
    key at n = 2^14. Child processes (the command line run for real) and the files they make
    pay the real cost. A test marked `real_key_cost` gets the real cost back:
    tests/core/test_passphrases.py proves that new events get n >= 2^17."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sealing, "KEY_COST", TEST_KEY_COST)
        yield


@pytest.fixture(autouse=True)
def _real_key_cost_when_marked(request, monkeypatch):
    if request.node.get_closest_marker("real_key_cost"):
        monkeypatch.setattr(sealing, "KEY_COST", REAL_KEY_COST)


@pytest.fixture(autouse=True)
def _own_laptop(tmp_path_factory, monkeypatch):
    """A fresh settings folder per test, so no test signs in or names a device for another."""
    monkeypatch.setenv("EVENTCENTER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("EVENTCENTER_OPERATOR", raising=False)
    monkeypatch.delenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", raising=False)
    monkeypatch.setenv("EVENTCENTER_LANG", "sv")

"""Every test runs offscreen, with its own laptop identity and settings folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _own_laptop(tmp_path_factory, monkeypatch):
    """A fresh settings folder per test, so no test signs in or names a device for another."""
    monkeypatch.setenv("EVENTCENTER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("EVENTCENTER_OPERATOR", raising=False)
    monkeypatch.delenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", raising=False)
    monkeypatch.setenv("EVENTCENTER_LANG", "sv")

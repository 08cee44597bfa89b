"""A file whose `meta` disagrees with the identity its records hold, at the command line:
every verb that writes refuses it in Swedish words, exit 2, nothing changed; `verify` names
what differs, exit 1; reading goes on."""

from __future__ import annotations

import base64
import json
import os

import pytest

from eventcenter.errors import UserError
from eventcenter.messages import describe_problem
from tests.factories import PASSPHRASE
from tests.raw_files import raw, state

WRITING = {
    "log": lambda f: ["log", f, "Brand i container"],
    "log --confidential": lambda f: ["log", f, "Flicka 14 år", "--confidential"],
    "decide": lambda f: ["decide", f, "Stäng Vaksala torg", "--by", "Polisen"],
    "measure open": lambda f: ["measure", "open", f, "Avspärrning"],
    "request receive": lambda f: ["request", "receive", f, "Fler vakter", "--from", "Polisen",
                                  "--confidential"],
    "unit add": lambda f: ["unit", "add", f, "TV9", "--org", "Polisen"],
    "contact add": lambda f: ["contact", "add", f, "Lisa Berg", "--function", "Vakt", "--org",
                              "Securitas"],
    "place add": lambda f: ["place", "add", f, "Fyrishov entré"],
}



def swap(path, key: str) -> str:
    """Put another value under `key` in the file's meta table, as an attacker would."""
    with raw(path) as conn:
        (value,) = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if key == "public_key":
            other = base64.b64encode(os.urandom(32)).decode("ascii")
        else:
            blob = json.loads(value)
            blob["key"] = base64.b64encode(os.urandom(48)).decode("ascii")
            other = json.dumps(blob, sort_keys=True)
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (other, key))
    return other


def meta(path) -> dict[str, str]:
    with raw(path) as conn:
        return dict(conn.execute("SELECT key, value FROM meta"))


@pytest.mark.parametrize("verb", WRITING.values(), ids=WRITING.keys())
def test_every_writing_verb_refuses_a_file_whose_meta_disagrees(path, cli, monkeypatch, verb):
    monkeypatch.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", PASSPHRASE)
    swap(path, "public_key")
    before = state(path), meta(path)
    code, out, err = cli(*verb(path), "--operator", "Anna")
    assert (code, out) == (2, "")
    words = UserError("identity_mismatch", path=str(path), key="public_key",
                      latest_backup=None)
    assert err == f"eventcenter: {words}\n"
    assert "publika nyckel" in err and "Inget sparades" in err
    assert (state(path), meta(path)) == before


@pytest.mark.parametrize("key, field", [("public_key", "publika nyckel"),
                                        ("wrapped_private_key",
                                         "lösenfrasskyddade privata nyckel")])
def test_verify_names_a_swapped_key_in_swedish(path, cli, key, field):
    swap(path, key)
    before = state(path), meta(path)
    code, out, err = cli("verify", path)
    assert code == 1 and "Traceback" not in out + err
    sentence = describe_problem("identity_mismatch", {"key": key})
    assert f"- {sentence}" in out.splitlines()
    assert f"samma {field}" in sentence
    assert (state(path), meta(path)) == before


def test_reading_a_file_whose_meta_disagrees_goes_on(path, cli):
    swap(path, "public_key")
    code, out, _err = cli("show", path, "units")
    assert code == 0 and "TV3" in out
    code, out, _err = cli("fingerprint", path)
    assert code == 0 and out.strip() == state(path)[1]

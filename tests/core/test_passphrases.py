"""Passphrases work from any keyboard (issue 11, point 4): one function normalises every
passphrase to Unicode NFC before a key is derived from it, so an `ä` typed decomposed (as a
Mac may send it) and one typed composed are one passphrase; a file whose passphrase was set
decomposed, before this rule, still opens. A passphrase of spaces only is refused, and new
events wrap their private key at a cost a stolen USB stick should withstand."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.new_event.create import create_event
from eventcenter.store import sealing
from eventcenter.validation import normal_passphrase, passphrase_problem
from tests.factories import PASSPHRASE

DATA = Path(__file__).resolve().parent.parent / "data"
COMPOSED = unicodedata.normalize("NFC", "korrekt häst batteri")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_the_two_forms_differ_as_bytes():
    """The premise: the same passphrase, typed on two keyboards, is two byte strings."""
    assert COMPOSED != DECOMPOSED
    assert COMPOSED.encode() != DECOMPOSED.encode()
    assert normal_passphrase(DECOMPOSED) == COMPOSED == normal_passphrase(COMPOSED)


@pytest.mark.parametrize("made_with, typed", [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)],
                         ids=["set composed, typed decomposed", "set decomposed, typed composed"])
def test_either_form_opens_a_new_event(tmp_path, made_with, typed):
    with create_event(tmp_path / "v.event", "blank", "Valborg", made_with,
                      operator="Anna") as event:
        event.journal.log("Flicka 14 år hämtad", operator="Anna", confidential=True)
    with EventFile.open(tmp_path / "v.event") as event:
        event.unlock(typed)
        assert [e.text for e in event.read.journal.page()] == ["Flicka 14 år hämtad"]


@pytest.mark.parametrize("typed", [DECOMPOSED, COMPOSED], ids=["as set", "composed"])
def test_a_file_whose_passphrase_was_set_decomposed_still_opens(tmp_path, typed):
    """Made by the version before this rule, which derived the key from the bytes as typed
    (tests/data/README.md): typed as it was set, and typed on another keyboard."""
    path = tmp_path / "gammal.event"
    shutil.copy(DATA / "decomposed-passphrase-v2.event", path)
    with EventFile.open(path) as event:
        event.unlock(typed)
        texts = {e.text for e in event.read.journal.page()}
    assert "Flicka 14 år hämtad av mamma vid Resecentrum" in texts


def test_a_wrong_passphrase_is_still_wrong_in_every_form(tmp_path):
    path = tmp_path / "gammal.event"
    shutil.copy(DATA / "decomposed-passphrase-v2.event", path)
    with EventFile.open(path) as event:
        for wrong in ("korrekt hast batteri", unicodedata.normalize("NFD", "korrekt håst batteri")):
            with pytest.raises(UserError) as caught:
                event.unlock(wrong)
            assert caught.value.code == "wrong_passphrase"
        assert not event.unlocked


@pytest.mark.parametrize("blank", [" " * 12, "\u00a0" * 10, " \t " * 4])
def test_a_passphrase_of_spaces_only_is_refused_for_a_new_event(tmp_path, blank):
    assert passphrase_problem(blank) == "passphrase_blank"
    with pytest.raises(UserError) as caught:
        create_event(tmp_path / "v.event", "blank", "Valborg", blank, operator="Anna")
    assert caught.value.code == "passphrase_blank"
    assert "mellanslag" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_passphrase_of_spaces_only_is_refused_when_opening(tmp_path):
    with create_event(tmp_path / "v.event", "blank", "Valborg", PASSPHRASE,
                      operator="Anna") as event:
        with pytest.raises(UserError) as caught:
            event.unlock("          ")
        assert caught.value.code == "passphrase_blank"
        assert not event.unlocked


def test_the_length_is_counted_in_the_normal_form():
    """Eight characters as a person counts them: a decomposed `å` is one character, not two."""
    short = unicodedata.normalize("NFD", "åäöåäö")
    assert len(short) == 12
    assert passphrase_problem(short) == "passphrase_too_short"
    assert passphrase_problem("fyra ord är bra") is None


@pytest.mark.real_key_cost
def test_new_events_wrap_their_key_at_a_cost_of_n_at_least_2_17(tmp_path):
    """The wrapped private key travels on USB sticks and to a server: scrypt with
    n >= 2^17 (r = 8: 128 MiB of memory per try). The parameters are kept with the wrapped
    key, so files made at a lower cost still open (tests/data is at 2^15)."""
    with create_event(tmp_path / "v.event", "blank", "Valborg", PASSPHRASE,
                      operator="Anna") as event:
        wrapped = json.loads(event.keys.wrapped_private_key)
    assert wrapped["kdf"] == "scrypt"
    assert wrapped["n"] >= 2**17 and wrapped["r"] >= 8 and wrapped["p"] >= 1
    assert sealing.KEY_COST["n"] >= 2**17


def test_the_cheaper_cost_of_the_tests_is_theirs_alone(tmp_path):
    """Without the mark, this process wraps keys cheaply (tests/conftest.py); the program's
    own cost is untouched, as a new event made by a real process shows."""
    from tests.conftest import REAL_KEY_COST

    assert sealing.KEY_COST["n"] < REAL_KEY_COST["n"] == 2**17


def test_a_file_wrapped_at_the_old_cost_still_opens(tmp_path):
    path = tmp_path / "gammal.event"
    shutil.copy(DATA / "valborg-v1.event", path)
    with EventFile.open(path) as event:
        assert json.loads(event.keys.wrapped_private_key)["n"] == 2**15
        event.unlock(PASSPHRASE)
        assert "Flicka 14 år, Lisa, hämtad av mamma" in {
            e.text for e in event.read.journal.page()}

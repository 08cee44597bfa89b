"""The command line's public face, pinned: the `--help` of every verb and the keys of every
`show … --json` list, compared with golden files under `tests/cli/golden/`.

Scripts depend on these words and keys. A change that alters them on purpose regenerates
the files (`EVENTCENTER_UPDATE_GOLDEN=1 python -m pytest tests/cli/test_golden.py`) and
shows the difference in its commit; any other change that alters them fails here.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.cli import build_parser, main
from eventcenter.cli.show import LISTS
from tests.core.laptops import at, exchange, two_laptops

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("EVENTCENTER_UPDATE_GOLDEN") == "1"


def verb_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    """Every verb and sub-verb of the parser, as the words typed to reach it."""
    yield prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from verb_paths(sub, (*prefix, name))


def compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {name}: run with EVENTCENTER_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


@pytest.fixture
def fixed_width(monkeypatch):
    """argparse wraps help at the terminal's width: fix it, and the language."""
    monkeypatch.setenv("COLUMNS", "100")
    messages.set_language("sv")
    yield
    messages.set_language(None)


VERBS = sorted(verb_paths(build_parser()))


@pytest.mark.parametrize("words", VERBS, ids=lambda w: " ".join(w) or "eventcenter")
def test_help_of_every_verb_is_pinned(words, fixed_width, capsys):
    with pytest.raises(SystemExit) as done:
        main([*words, "--help"])
    assert done.value.code == 0
    compare(f"help/{'-'.join(words) or 'eventcenter'}.txt", capsys.readouterr().out)


def key_paths(value, prefix: str = "") -> set[str]:
    """The keys of a JSON value, nested ones as `outer.inner` (lists are looked into)."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            found.add(prefix + key)
            found |= key_paths(inner, prefix + key + ".")
    elif isinstance(value, list):
        for item in value:
            found |= key_paths(item, prefix)
    return found


@pytest.fixture
def busy_event(tmp_path):
    """An event with something in every list, a clash included (two laptops that added the
    same call sign offline)."""
    a, b = two_laptops(tmp_path)
    a.units.add("TV9", organisation="tv", size=2, operator="Anna", now=at(10))
    b.units.add("tv9", organisation="nv", size=4, operator="Bo", now=at(11))
    exchange(b, a)
    entry = a.journal.log("Fem berusade ungdomar", operator="Anna", unit="TV3",
                          category="ber", place="Resecentrum", now=at(12)).id
    a.journal.correct(entry, "Sex berusade ungdomar", reason="fel antal", operator="Anna",
                      now=at(13))
    a.journal.decide("Stäng inflödet", decided_by="Polisen", operator="Anna", now=at(14))
    request = a.requests.receive("Skicka fältassistenter", party="Polisen", operator="Anna",
                                 now=at(15)).id
    measure = a.measures.open("Fältassistenter till Resecentrum", operator="Anna",
                              units=["FA1"], place="Resecentrum", from_request=request,
                              now=at(16)).id
    a.requests.answer(request, measure=measure, operator="Anna", now=at(17))
    a.requests.receive("Hur många vakter finns vid Slottsbacken?", party="Polisen",
                       operator="Anna", now=at(18))
    a.units.move("TV3", status="on-site", place="Resecentrum", operator="Anna", now=at(18))
    a.contacts.add("Lena Berg", function="Socialjour", organisation="Socialtjänsten",
                   phone="018-727 00 00", on_duty="00:00-00:00", operator="Anna", now=at(19))
    path = a.path
    for laptop in (a, b):
        laptop.close()
    return path


def test_keys_of_every_json_list_are_pinned(busy_event, fixed_width, capsys):
    keys = {}
    for name in sorted(LISTS):
        assert main(["show", str(busy_event), name, "--json"]) == 0, capsys.readouterr().err
        listed = json.loads(capsys.readouterr().out)
        assert listed, f"show {name} is empty: the golden file would pin nothing"
        keys[name] = sorted(key_paths(listed))
    compare("json_keys.json", json.dumps(keys, indent=2, ensure_ascii=False) + "\n")

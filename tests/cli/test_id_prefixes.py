"""Ids given by a prefix, through the command line: a prefix is hex digits only (at least
four), everywhere an id is resolved, so `correct F 9578____ …` can never correct another
entry the way SQL LIKE's wildcards once let it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from eventcenter import messages
from tests.cli.test_state_cli import Run
from tests.factories import make_event
from tests.raw_files import state

ENTRY, ANOTHER_ENTRY = "9578" + "a" * 28, "9578" + "b" * 28
MEASURE, REQUEST, CONTACT = "4e1f" + "c" * 28, "7c0d" + "e" * 28, "5aa5" + "f" * 28
OP = "Anna"


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setenv("EVENTCENTER_OPERATOR", OP)
    yield Run(capsys)
    messages.set_language(None)


@pytest.fixture
def path(tmp_path) -> Path:
    """An event with one journal entry, measure, request and contact of known ids."""
    with make_event(tmp_path) as event:
        event.journal.log("Brand i papperskorg", operator=OP, entry_id=ENTRY)
        event.measures.open("Släck branden", operator=OP, measure_id=MEASURE)
        event.requests.receive("Fler vakter", party="Polisen", operator=OP, request_id=REQUEST)
        event.contacts.add("Eva Berg", function="Vakthavande", organisation="Polisen",
                           operator=OP, contact_id=CONTACT)
    return tmp_path / "valborg.event"


# Each verb that takes an id, with the id's place in its arguments marked by REF.
REF = object()
VERBS = {
    "correct": (ENTRY, ("correct", REF, "Rätt text", "--reason", "Fel")),
    "measure status": (MEASURE, ("measure", "status", REF, "ongoing")),
    "measure reopen": (MEASURE, ("measure", "reopen", REF, "--reason", "Igen")),
    "measure assign": (MEASURE, ("measure", "assign", REF, "TV3")),
    "measure unassign": (MEASURE, ("measure", "unassign", REF, "TV3")),
    "measure edit": (MEASURE, ("measure", "edit", REF, "--title", "Ny titel")),
    "measure open --from-entry": (ENTRY, ("measure", "open", "Titel", "--from-entry", REF)),
    "measure open --from-request": (REQUEST, ("measure", "open", "T", "--from-request", REF)),
    "request ack": (REQUEST, ("request", "ack", REF)),
    "request answer": (REQUEST, ("request", "answer", REF, "--measure", MEASURE)),
    "request answer --measure": (MEASURE, ("request", "answer", REQUEST, "--measure", REF)),
    "request decline": (REQUEST, ("request", "decline", REF, "--reason", "Nej")),
    "request close": (REQUEST, ("request", "close", REF)),
    "contact edit": (CONTACT, ("contact", "edit", REF, "--phone", "070-123 45 67")),
}


def argv(verb: str, path: Path, ref: str) -> list[str]:
    """The verb's arguments with the file after its one or two words, and REF filled in."""
    words = VERBS[verb][1]
    head = 1 if words[0] == "correct" else 2
    return [*words[:head], str(path), *(ref if w is REF else w for w in words[head:])]


def not_hex_prefixes(full: str) -> list[str]:
    """What a person might type that is not a prefix: SQL wildcards after a real prefix
    (each once matched the entry), other punctuation, a letter beyond f, too few digits."""
    start = full[:4]
    return [start + "____", start + "%", start + "_", "_" + full[1:8], start + "-" + full[4:8],
            start + "g", start + " " + full[4:8], full[:3]]


@pytest.mark.parametrize("verb", VERBS)
def test_a_prefix_that_is_not_hex_is_refused_by_every_verb(cli, path, verb):
    full = VERBS[verb][0]
    for ref in not_hex_prefixes(full):
        err = cli.fails(path, *argv(verb, path, ref), code="bad_id")
        assert repr(ref) in err or ref in err


def test_history_takes_a_hex_prefix_or_a_name_and_nothing_else(cli, path):
    for ref in not_hex_prefixes(MEASURE)[:-1]:
        cli.fails(path, "history", path, ref, code="unknown_object")
    assert cli.json("history", path, MEASURE[:4].upper())[0]["change"]["title"] == (
        "Släck branden")


def test_a_hex_prefix_of_any_case_finds_the_one_it_names(cli, path):
    before = state(path)
    correction = cli.ok("correct", path, ENTRY[:6].upper(), "Brand i soptunna",
                        "--reason", "Fel ord")
    [shown] = [e for e in cli.json("show", path, "journal") if e["id"] == ENTRY]
    assert shown["corrected_by"] == [correction]
    cli.ok("measure", "status", path, f" {MEASURE[:4]} ", "ongoing")
    assert state(path) != before


def test_a_prefix_shared_by_two_entries_is_ambiguous(cli, path):
    with_two = path
    from eventcenter.event_file import EventFile

    with EventFile.open(with_two) as event:
        event.journal.log("Andra raden", operator=OP, entry_id=ANOTHER_ENTRY)
    cli.fails(path, "correct", path, "9578", "Rätt", "--reason", "Fel", code="ambiguous_prefix")
    cli.ok("correct", path, "9578a", "Rätt", "--reason", "Fel")


def test_no_id_is_matched_with_sql_like_anywhere_in_the_core():
    """One function resolves ids (`eventcenter/ids.py`); LIKE, whose `_` and `%` are
    wildcards, is used nowhere in the core, neither as `.like()` nor in SQL text."""
    core = Path(__file__).resolve().parents[2] / "eventcenter"
    found = []
    for source in core.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("like", "ilike"):
                found.append(f"{source.name}:{node.lineno}")
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and re.search(r"\bLIKE\s+[:?'(]", node.value, re.IGNORECASE)):
                found.append(f"{source.name}:{node.lineno}")
    assert found == []

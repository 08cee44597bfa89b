"""`eventcenter mark-confidential` and `unmark-confidential` (issue 11, point 5): after the
mark the entry and its corrections show in `show`, `search`, `history` and the CSV exactly
like an entry logged with --confidential, a moment before the mark shows them as they were,
and every mistake gets Swedish words, exit 2 and no change."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest

from eventcenter import clock
from eventcenter.device import sign_in
from eventcenter.timefmt import iso_local, now_utc
from tests.cli.test_cli import PASSPHRASE_ENV, Run
from tests.factories import PASSPHRASE
from tests.raw_files import state

CANARY = "Kanariefågel"
LEFT_OUT = ("id", "occurred_at", "recorded_at", "corrects", "corrected_by")


@pytest.fixture
def cli(capsys):
    from eventcenter import messages

    yield Run(capsys)
    messages.set_language(None)


@pytest.fixture
def twins(cli, path):
    """The same line logged twice, once with --confidential, each corrected once; the plain
    one then marked. Returns (born id, marked id, the moment before the mark)."""
    ids = {}
    # The core's clock set: the lines a minute ago, the mark a few seconds later, and a
    # moment between them in whole seconds, as `--at` takes it.
    logged = now_utc().replace(microsecond=0) - timedelta(minutes=1)
    with clock.set_to(logged):
        for tag, extra in (("born", ["--confidential"]), ("marked", [])):
            ids[tag] = cli.ok("log", path, f"Flicka 14 år {CANARY}", "--operator", "Anna",
                              "--reporter", f"Mamma {CANARY}", *extra)
            cli.ok("correct", path, ids[tag], f"Flicka 15 år {CANARY}", "--reason",
                   f"Fel ålder {CANARY}", "--operator", "Anna")
    before = iso_local(logged + timedelta(seconds=1))
    with clock.set_to(logged + timedelta(seconds=2)):
        assert len(cli.ok("mark-confidential", path, ids["marked"][:8], "--reason",
                          "Uppgifter om ett barn", "--operator", "Anna")) == 32
    return ids["born"], ids["marked"], before


def _shape(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if k not in LEFT_OUT}


def _family(found: list[dict], root: str) -> list[dict]:
    return [e for e in found if root in (e["id"], e["corrects"])]


def test_show_prints_a_marked_entry_like_one_logged_confidential(cli, path, twins):
    born, marked, _ = twins
    found = cli.json("show", path, "journal")
    assert [_shape(e) for e in _family(found, marked)] == [_shape(e) for e in
                                                            _family(found, born)]
    assert all(e["text"] is None and e["confidential"] for e in _family(found, marked))
    assert CANARY not in cli.ok("show", path, "journal")
    plain = [line for line in cli.ok("show", path, "journal").splitlines()
             if marked[:8] in line.split()[2:3]]
    assert plain and "sekretessbelagd post" in plain[0]


def test_search_finds_a_marked_entry_only_with_the_passphrase(cli, path, twins, monkeypatch):
    born, marked, _ = twins
    assert cli.json("search", path, CANARY) == []
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    found = {e["id"] for e in cli.json("search", path, CANARY)}
    assert marked in found and born in found


def test_history_says_of_a_marked_entry_what_it_says_of_one_logged_confidential(
        cli, path, twins, monkeypatch):
    """An entry's history (its record, corrections and marks): without the passphrase a
    marked entry's typed texts are left out as a born-confidential one's are, although its
    records hold them; with it, they and the mark's reason are shown."""
    born, marked, _ = twins
    found = {ref: cli.json("history", path, ref[:8]) for ref in (born, marked)}
    assert [h["kind"] for h in found[born]] == ["entry.logged", "entry.corrected"]
    assert [h["kind"] for h in found[marked]] == ["entry.logged", "entry.corrected",
                                                  "entry.marked_confidential"]
    changes = {ref: [{k: v for k, v in h["change"].items()
                      if k not in ("corrects", "entry", "confidential")}
                     for h in found[ref][:2]] for ref in found}
    assert changes[marked] == changes[born]
    assert "text" not in changes[marked][0] and "reason" not in found[marked][2]["change"]
    assert CANARY not in cli.ok("history", path, marked)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    opened = cli.json("history", path, marked)
    assert opened[0]["change"]["text"] == f"Flicka 14 år {CANARY}"
    assert opened[2]["change"]["reason"] == "Uppgifter om ett barn"
    assert "Uppgifter om ett barn" in cli.ok("history", path, marked)


def test_history_of_what_nothing_is_called(cli, path, twins):
    code, out, err = cli("history", path, "abcdef12")
    assert (code, out) == (2, "")
    assert "Ingen insats, begäran, kontakt, enhet, plats eller loggpost heter 'abcdef12'" in err


def test_a_moment_before_the_mark_shows_the_entry_as_it_was(cli, path, twins):
    born, marked, before = twins
    then = {e["id"]: e for e in cli.json("show", path, "journal", "--at", before)}
    assert then[marked]["text"] == f"Flicka 14 år {CANARY}" and not then[marked]["confidential"]
    assert then[born]["text"] is None


def test_the_csv_and_the_public_csv(cli, path, twins, tmp_path):
    born, marked, _ = twins
    full, public = tmp_path / "full.csv", tmp_path / "public.csv"
    cli("export", path, "--csv", full)  # says on stderr that it was made without the key
    cli.ok("export", path, "--csv", public, "--public")
    assert CANARY not in full.read_text(encoding="utf-8-sig")
    assert CANARY not in public.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(full.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert sum(1 for row in rows if "sekretess" in ";".join(row).lower()) >= 4


def test_unmark_shows_the_entry_again(cli, path, twins):
    born, marked, _ = twins
    cli.ok("unmark-confidential", path, marked, "--reason", "Inga personuppgifter",
           "--operator", "Anna")
    found = {e["id"]: e for e in cli.json("show", path, "journal")}
    assert found[marked]["text"] == f"Flicka 14 år {CANARY}"
    assert marked in {e["id"] for e in cli.json("search", path, CANARY)}
    assert cli.ok("verify", path).startswith("Evenemangsfilen är hel")


# -- bad input ------------------------------------------------------------------------------

def test_marking_an_entry_that_does_not_exist(cli, path):
    before = state(path)
    cli.fails("mark-confidential", path, "abcdef12", "--reason", "Barn", "--operator", "Anna",
              code="unknown_entry", id="abcdef12")
    assert state(path) == before


def test_marking_an_entry_already_confidential(cli, path, twins):
    born, marked, _ = twins
    before = state(path)
    for ref in (born, marked):
        err = cli.fails("mark-confidential", path, ref, "--reason", "Barn", "--operator",
                        "Anna", code="already_confidential", id=ref)
        assert "redan sekretessbelagd" in err
    assert state(path) == before


@pytest.mark.parametrize("reason", [None, "", "  "], ids=["no --reason", "empty", "spaces"])
def test_lifting_without_a_reason(cli, path, twins, reason):
    born, marked, _ = twins
    before = state(path)
    given = [] if reason is None else ["--reason", reason]
    err = cli.fails("unmark-confidential", path, marked, *given, "--operator", "Anna",
                    code="empty_reason")
    assert err == "eventcenter: Ett skäl måste anges.\n"
    assert state(path) == before


def test_lifting_a_mark_from_an_entry_not_marked(cli, path, twins):
    born, marked, _ = twins
    before = state(path)
    for ref in (born, cli.ok("log", path, "Vanlig rad", "--operator", "Anna")):
        after_log = state(path)
        cli.fails("unmark-confidential", path, ref, "--reason", "Fel", "--operator", "Anna",
                  code="not_marked_confidential", id=ref)
        assert state(path) == after_log
    assert state(path)[0] == before[0] + 1


@pytest.mark.parametrize("role, said", [("liaison", "samverkansperson"), ("reader", "läsare")])
def test_only_a_coordinator_marks_or_lifts(cli, path, twins, role, said):
    born, marked, _ = twins
    before = state(path)
    sign_in("Sam Verkan", role)
    for verb, ref in (("mark-confidential", born), ("unmark-confidential", marked)):
        err = cli.fails(verb, path, ref, "--reason", "Barn", code="may_not_mark_confidential",
                        role=said)
        assert err.startswith("eventcenter: Bara en koordinator")
        assert f"inloggad som {said} (" in err
    assert state(path) == before

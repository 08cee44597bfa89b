"""The command line of the working state: measure, request, unit, contact, place, history,
the lists with --json, --at and --on-duty, and `new --from`."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.cli import main
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.timefmt import STOCKHOLM, now_utc
from tests.factories import PASSPHRASE, make_event
from tests.raw_files import contains, state

PASSPHRASE_ENV = "EVENTCENTER_CONFIDENTIAL_PASSPHRASE"
ID = re.compile(r"[0-9a-f]{32}")
MEASURE_KEYS = {"id", "title", "type", "status", "category", "place", "priority", "units",
                "confidential", "request", "entry", "opened_at", "updated_at"}
REQUEST_KEYS = {"id", "text", "from", "confidential", "received_at", "acknowledged_at",
                "answered_at", "closed_at", "status", "measure", "decline_reason"}
UNIT_KEYS = {"callsign", "organisation", "size", "status", "place", "on_duty"}
CONTACT_KEYS = {"id", "name", "function", "organisation", "phone", "rakel", "on_duty"}
HISTORY_KEYS = {"at", "operator", "device_name", "change"}


class Run:
    def __init__(self, capsys) -> None:
        self.capsys = capsys

    def __call__(self, *args) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def ok(self, *args) -> str:
        code, out, err = self(*args)
        assert (code, err) == (0, ""), err
        return out.strip()

    def id(self, *args) -> str:
        printed = self.ok(*args)
        assert ID.fullmatch(printed), printed
        return printed

    def json(self, *args):
        return json.loads(self.ok(*args, "--json"))

    def fails(self, path: Path | None, *args, code: str) -> str:
        """Exit code 2, the error's sentence on stderr, nothing printed, the file unchanged."""
        before = state(path) if path else None
        exit_code, out, err = self(*args)
        assert (exit_code, out) == (2, ""), err
        assert err.startswith("eventcenter: ") and "Traceback" not in err
        words = messages.gettext(messages.ERRORS[code]).split("{")[0]
        assert words in err, err
        if path:
            assert state(path) == before
        return err


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setenv("EVENTCENTER_OPERATOR", "Anna")
    yield Run(capsys)
    messages.set_language(None)


@pytest.fixture
def path(tmp_path) -> Path:
    make_event(tmp_path).close()
    return tmp_path / "valborg.event"


def iso(minutes_from_now: float) -> str:
    moment = now_utc() + timedelta(minutes=minutes_from_now)
    return moment.astimezone(STOCKHOLM).isoformat(timespec="seconds")


def test_a_measure_from_open_to_reopened(cli, path):
    measure = cli.id("measure", "open", path, "Fem berusade ungdomar", "--type",
                     "omhändertagande", "--category", "ber", "--place", "Resecentrum",
                     "--priority", "1", "--unit", "TV3", "--unit", "fa1")
    [shown] = cli.json("show", path, "measures")
    assert set(shown) >= MEASURE_KEYS
    assert (shown["id"], shown["status"], shown["units"], shown["priority"]) == (
        measure, "planned", ["FA1", "TV3"], 1)
    short = measure[:5]
    for args in (("status", path, short, "ongoing", "--comment", "FA1 på väg"),
                 ("assign", path, short, "NV1"), ("unassign", path, short, "TV3"),
                 ("edit", path, short, "--title", "Sex berusade", "--place", "Dombron"),
                 ("status", path, short, "done"),
                 ("reopen", path, short, "--reason", "Nytt larm")):
        cli.id("measure", *args)
    [shown] = cli.json("show", path, "open-measures")
    assert (shown["title"], shown["status"], shown["units"], shown["place"]) == (
        "Sex berusade", "ongoing", ["FA1", "NV1"], "Dombron")
    history = cli.json("history", path, short)
    assert len(history) == 7 and all(set(h) >= HISTORY_KEYS for h in history)
    assert history[1]["change"] == {"status": "ongoing", "from": "planned",
                                    "comment": "FA1 på väg"}
    out = cli.ok("show", path, "measures")
    assert measure[:8] in out and "Sex berusade" in out
    with EventFile.open(path) as event:
        assert not verify(event)


def test_measure_errors(cli, path):
    measure = cli.id("measure", "open", path, "Brand")
    cli.id("measure", "status", path, measure, "done")
    cli.fails(path, "measure", "status", path, measure, "planned", code="bad_transition")
    cli.fails(path, "measure", "status", path, measure, "ongoing", code="reopen_needed")
    cli.fails(path, "measure", "reopen", path, measure, "--reason", " ",
              code="reopen_reason_needed")
    err = cli.fails(path, "measure", "assign", path, measure, "TV33", code="unknown_unit")
    assert "TV3" in err
    cli.fails(path, "measure", "status", path, "ffffffff", "done", code="unknown_measure")
    cli.fails(path, "measure", "open", path, "X", "--priority", "5", code="bad_priority")
    err = cli.fails(path, "measure", "open", path, "X", "--place", "Resecentrm",
                    code="unknown_place")
    assert "Resecentrum" in err
    with pytest.raises(SystemExit) as exited:  # argparse: the two are exclusive
        cli("measure", "open", path, "X", "--from-entry", "abcd", "--from-request", "abcd")
    assert exited.value.code == 2


def test_a_request_received_answered_and_closed(cli, path):
    request = cli.id("request", "receive", path, "Skicka FA till Resecentrum", "--from",
                     "Polisen")
    [shown] = cli.json("show", path, "pending-requests")
    assert set(shown) >= REQUEST_KEYS and shown["status"] == "pending"
    measure = cli.id("measure", "open", path, "FA till Resecentrum", "--from-request",
                     request[:6])
    cli.id("request", "ack", path, request[:6])
    cli.fails(path, "request", "ack", path, request, code="already_acknowledged")
    cli.id("request", "answer", path, request, "--measure", measure[:6])
    cli.id("request", "close", path, request)
    [shown] = cli.json("show", path, "requests")
    assert (shown["status"], shown["measure"], shown["from"]) == ("closed", measure, "Polisen")
    assert cli.json("show", path, "measures")[0]["request"] == request
    other = cli.id("request", "receive", path, "Stäng bron", "--from", "Polisen")
    cli.id("request", "decline", path, other, "--reason", "Inga resurser")
    assert cli.json("show", path, "requests")[1]["decline_reason"] == "Inga resurser"
    cli.fails(path, "request", "decline", path, other, "--reason", "igen",
              code="already_answered")


def test_units_added_moved_edited_and_listed(cli, path):
    cli.id("unit", "add", path, "TV9", "--org", "tv", "--size", "2", "--on-duty",
           "00:00-00:00")
    cli.fails(path, "unit", "add", path, "tv9", "--org", "tv", code="duplicate_callsign")
    cli.fails(path, "unit", "add", path, "TV10", "--org", "tv", "--on-duty", "18-02",
              code="bad_on_duty")
    cli.fails(path, "unit", "add", path, "TV10", "--org", "tvv", code="unknown_organisation")
    cli.id("unit", "move", path, "tv9", "--place", "resecentrum", "--status", "on-site")
    cli.fails(path, "unit", "move", path, "TV9", "--status", "busy", code="unknown_status")
    cli.fails(path, "unit", "move", path, "TV9", code="nothing_to_change")
    cli.id("unit", "edit", path, "TV9", "--size", "3")
    units = {u["callsign"]: u for u in cli.json("show", path, "units")}
    assert set(units["TV9"]) >= UNIT_KEYS
    assert (units["TV9"]["status"], units["TV9"]["place"], units["TV9"]["size"]) == (
        "on-site", "Resecentrum", 3)
    on_duty = {u["callsign"] for u in cli.json("show", path, "units", "--on-duty")}
    assert "TV9" in on_duty
    history = cli.json("history", path, "TV9")
    assert [h["change"] for h in history[1:]] == [
        {"place": "Resecentrum", "status": "on-site"}, {"size": 3}]


def test_contacts_and_who_is_on_duty(cli, path):
    contact = cli.id("contact", "add", path, "Åsa Öberg", "--function", "samordnare",
                     "--org", "kommunen", "--phone", "+46 18 727 00 00", "--rakel", "UPP-1",
                     "--on-duty", "00:00-00:00")
    cli.id("contact", "add", path, "Bo Berg", "--function", "Vakthavande", "--org",
           "kommunen")
    cli.id("contact", "edit", path, contact[:4], "--phone", "070-000 00 00")
    cli.fails(path, "contact", "edit", path, contact, "--on-duty", "hela natten",
              code="bad_on_duty")
    contacts = cli.json("show", path, "contacts")
    assert [c["name"] for c in contacts] == ["Bo Berg", "Åsa Öberg"]
    assert set(contacts[1]) >= CONTACT_KEYS and contacts[1]["phone"] == "070-000 00 00"
    assert contacts[1]["on_duty"] == "00:00-00:00"
    assert [c["name"] for c in cli.json("show", path, "contacts", "--on-duty")] == ["Åsa Öberg"]


def test_places_and_the_state_at_a_moment(cli, path):
    cli.id("place", "add", path, "Vaksala torg", "--lat", "59.86", "--lon", "17.65",
           "--kind", "torg")
    cli.fails(path, "place", "add", path, "vaksala torg", code="duplicate_place")
    cli.fails(path, "place", "add", path, "Ängen", "--lat", "59.8", code="coordinates_incomplete")
    cli.id("place", "edit", path, "Vaksala torg", "--kind", "park")
    places = {p["name"]: p for p in cli.json("show", path, "places")}
    assert places["Vaksala torg"] == {"name": "Vaksala torg", "kind": "park", "lat": 59.86,
                                      "lon": 17.65}
    cli.id("measure", "open", path, "Avspärrning", "--place", "Vaksala torg")
    earlier = iso(-60)
    assert cli.json("show", path, "measures", "--at", earlier) == []
    assert "Vaksala torg" not in {p["name"] for p in cli.json("show", path, "places", "--at",
                                                              earlier)}
    assert len(cli.json("show", path, "measures", "--at", iso(0.1))) == 1
    cli.fails(None, "show", path, "measures", "--at", "igår", code="bad_time")


def test_a_confidential_measure_on_the_command_line(cli, path, monkeypatch):
    measure = cli.id("measure", "open", path, "Flicka 12 år, Zebrakatt", "--confidential")
    assert cli.json("show", path, "measures")[0]["title"] is None
    assert not contains(path, "Zebrakatt")
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert cli.json("show", path, "measures")[0]["title"] == "Flicka 12 år, Zebrakatt"
    assert cli.json("history", path, measure)[0]["change"]["title"] == "Flicka 12 år, Zebrakatt"


def test_every_change_needs_an_operator(cli, path, monkeypatch):
    monkeypatch.delenv("EVENTCENTER_OPERATOR")
    cli.fails(path, "unit", "move", path, "TV3", "--status", "break", code="empty_operator")
    cli.id("unit", "move", path, "TV3", "--status", "break", "--operator", "Bo")
    assert cli.json("history", path, "TV3")[-1]["operator"] == "Bo"


def test_history_of_something_unknown(cli, path):
    cli.fails(None, "history", path, "Ingenting", code="unknown_object")


def test_clashes_list_is_empty_on_one_laptop(cli, path):
    assert cli.json("show", path, "clashes") == []


def test_new_from_last_years_event(cli, path, tmp_path, monkeypatch):
    cli.id("unit", "add", path, "TV9", "--org", "tv", "--on-duty", "18:00-02:00")
    cli.id("unit", "move", path, "TV9", "--status", "on-site", "--place", "Dombron")
    cli.id("unit", "edit", path, "TV3", "--size", "4")
    cli.id("contact", "add", path, "Åsa Öberg", "--function", "samordnare", "--org",
           "kommunen", "--phone", "070-1")
    cli.id("place", "add", path, "Vaksala torg", "--kind", "torg")
    cli.id("place", "edit", path, "Dombron", "--lat", "59.8600", "--lon", "17.6400")
    cli.id("measure", "open", path, "Förra årets insats")
    cli.id("log", path, "Förra årets loggrad")
    monkeypatch.setenv(PASSPHRASE_ENV, "nytt lösenord för 2028")
    new = tmp_path / "valborg 2028.event"
    cli.ok("new", new, "--template", "valborg", "--name", "Valborg 2028", "--from", path)
    units = {u["callsign"]: u for u in cli.json("show", new, "units")}
    assert (units["TV9"]["on_duty"], units["TV9"]["status"], units["TV9"]["place"]) == (
        "18:00-02:00", "available", None)
    assert units["TV3"]["size"] == 4
    assert [c["name"] for c in cli.json("show", new, "contacts")] == ["Åsa Öberg"]
    places = {p["name"]: p for p in cli.json("show", new, "places")}
    assert "Vaksala torg" in places and places["Dombron"]["lat"] == 59.86
    assert cli.json("show", new, "measures") == []
    assert cli.json("show", new, "journal") == []
    with EventFile.open(new) as event:
        assert not verify(event)
        assert event.read.state.clashes() == []


@pytest.mark.parametrize("old", ["missing.event", "not-an-event.event"])
def test_new_from_an_unreadable_event_creates_nothing(cli, tmp_path, monkeypatch, old):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    (tmp_path / "not-an-event.event").write_text("hej", encoding="utf-8")
    code = "file_missing" if old == "missing.event" else "not_an_event_file"
    target = tmp_path / "ny.event"
    cli.fails(None, "new", target, "--template", "valborg", "--name", "Ny", "--from",
              tmp_path / old, code=code)
    assert not target.exists()

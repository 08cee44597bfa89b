"""The `eventcenter` command: every verb of the event file and its journal, its JSON keys, its
times, its operator, and its errors (stderr, exit code 2, no traceback)."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.cli import main
from eventcenter.event_file import EventFile
from eventcenter.integrity import fingerprint, verify
from eventcenter.store.schema import SCHEMA_VERSION
from eventcenter.timefmt import STOCKHOLM, now_utc
from tests.factories import PASSPHRASE
from tests.raw_files import raw, run_cli, state

ENTRY_KEYS = {"id", "kind", "text", "occurred_at", "recorded_at", "operator", "device",
              "device_name", "category", "place", "unit", "channel", "reporter", "confidential",
              "corrects", "corrected_by", "late_reason"}
DECISION_KEYS = {"decided_by", "mandate", "basis", "reason", "affected"}
ISO_LOCAL = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$")
PASSPHRASE_ENV = "EVENTCENTER_CONFIDENTIAL_PASSPHRASE"


class Run:
    """`eventcenter ARGS` in this process: exit code, stdout, stderr."""

    def __init__(self, capsys) -> None:
        self.capsys = capsys

    def __call__(self, *args) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def json(self, *args):
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    def ok(self, *args) -> str:
        code, out, err = self(*args)
        assert (code, err) == (0, ""), err
        return out.strip()

    def fails(self, *args, code: str, **params) -> str:
        """The command fails with the user error's own sentence on stderr and nothing on
        stdout."""
        from eventcenter.errors import UserError

        exit_code, out, err = self(*args)
        assert exit_code == 2
        assert out == ""
        assert "Traceback" not in err
        assert err.startswith("eventcenter: ") and err.count("\n") == 1
        if params:
            assert err.strip() == f"eventcenter: {UserError(code, **params)}"
        else:  # the sentence of this code: its fixed words up to the first parameter
            words = messages.gettext(messages.ERRORS[code]).split("{")[0]
            assert words and words in err
        return err


@pytest.fixture
def cli(capsys):
    yield Run(capsys)
    messages.set_language(None)  # --lang is remembered for the process


def clock(minutes_ago: float) -> str:
    """HH:MM of a moment some minutes back, in Swedish time."""
    return (now_utc() - timedelta(minutes=minutes_ago)).astimezone(STOCKHOLM).strftime("%H:%M")


def journal(cli, path, *extra) -> list[dict]:
    return cli.json("show", path, "journal", *extra)


# -- new ----------------------------------------------------------------------------------------


def test_new_takes_the_passphrase_from_the_environment(cli, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "ett långt lösenord")
    target = tmp_path / "valborg 2027.event"
    assert cli.ok("new", target, "--template", "valborg", "--name", "Valborg 2027",
                  "--exercise") == str(target)
    with EventFile.open(target) as event:
        assert (event.name, event.meta("exercise")) == ("Valborg 2027", "1")
        event.unlock("ett långt lösenord")
        assert not verify(event)


def test_new_without_a_passphrase_and_no_terminal_is_an_error(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    cli.fails("new", tmp_path / "v.event", "--template", "valborg", "--name", "V",
              code="passphrase_needed")
    assert list(tmp_path.iterdir()) == []


def test_new_with_an_unknown_template(cli, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    err = cli.fails("new", tmp_path / "v.event", "--template", "midsommar", "--name", "M",
                    code="unknown_template", name="midsommar",
                    known="valborg, kulturnatten, blank")
    assert "midsommar" in err
    assert list(tmp_path.iterdir()) == []


def test_new_does_not_overwrite(cli, path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    before = path.read_bytes()
    cli.fails("new", path, "--template", "blank", "--name", "X", code="file_exists",
              path=str(path))
    assert path.read_bytes() == before


# -- log, decide, correct -------------------------------------------------------------------------


def test_log_prints_the_id_of_the_committed_entry(cli, path):
    entry_id = cli.ok("log", path, "@TV3 #ber !Resecentrum fem berusade", "--operator", "Anna",
                      "--channel", "RAKEL", "--reporter", "TV3 Kalle")
    assert re.fullmatch(r"[0-9a-f]{32}", entry_id)
    with raw(path) as conn:
        assert conn.execute("SELECT count(*) FROM records WHERE id = ?",
                            (entry_id,)).fetchone() == (1,)
    [entry] = journal(cli, path)
    assert entry["id"] == entry_id
    assert (entry["text"], entry["unit"], entry["category"], entry["place"]) == (
        "fem berusade", "TV3", "ber", "Resecentrum")
    assert (entry["channel"], entry["reporter"], entry["operator"]) == (
        "RAKEL", "TV3 Kalle", "Anna")


def test_markup_and_unicode_come_back_exactly(cli, path):
    typed = "<b>Skadegörelse</b> &amp; klotter 🔥 שלום Cafe\u0301"
    cli.ok("log", path, typed, "--operator", "Åsa")
    assert journal(cli, path)[0]["text"] == typed
    code, out, _ = cli("show", path, "journal")
    assert typed in out


def test_log_at_a_clock_time_and_with_a_late_reason(cli, path):
    recent = clock(5)
    cli.ok("log", path, "Nyss", "--operator", "Anna", "--at", recent)
    late = clock(40)
    before = state(path)
    cli.fails("log", path, "Sent", "--operator", "Anna", "--at", late,
              code="late_without_reason")
    assert state(path) == before
    cli.ok("log", path, "Sent", "--operator", "Anna", "--at", late, "--late-reason",
           "RAKEL nere")
    shown = {e["text"]: e for e in journal(cli, path)}
    assert shown["Nyss"]["occurred_at"][11:16] == recent
    assert shown["Sent"]["occurred_at"][11:16] == late
    assert shown["Sent"]["late_reason"] == "RAKEL nere"
    assert shown["Nyss"]["late_reason"] is None


def test_times_are_read_as_iso_and_printed_with_the_swedish_offset(cli, path):
    year = now_utc().year - 1
    cli.ok("log", path, "Sommartid", "--operator", "A", "--at", f"{year}-04-30T22:14",
           "--late-reason", "efterhand")
    cli.ok("log", path, "Vintertid", "--operator", "A", "--at", f"{year}-01-15 10:00",
           "--late-reason", "efterhand")
    cli.ok("log", path, "UTC", "--operator", "A", "--at", f"{year}-04-30T20:15:00Z",
           "--late-reason", "efterhand")
    shown = {e["text"]: e for e in journal(cli, path)}
    assert shown["Sommartid"]["occurred_at"] == f"{year}-04-30T22:14:00+02:00"
    assert shown["Vintertid"]["occurred_at"] == f"{year}-01-15T10:00:00+01:00"
    assert shown["UTC"]["occurred_at"] == f"{year}-04-30T22:15:00+02:00"
    for entry in shown.values():
        assert ISO_LOCAL.match(entry["occurred_at"]) and ISO_LOCAL.match(entry["recorded_at"])
        recorded = datetime.fromisoformat(entry["recorded_at"])
        assert abs(recorded - now_utc()) < timedelta(minutes=5)


@pytest.mark.parametrize("typed", ["25:99", "igår", "2027-13-01T10:00"])
def test_a_time_that_does_not_parse(cli, path, typed):
    before = state(path)
    cli.fails("log", path, "Brand", "--operator", "A", "--at", typed, code="bad_time",
              text=typed)
    assert state(path) == before


def test_a_time_in_the_future_is_refused(cli, path):
    later = (now_utc() + timedelta(days=1)).astimezone(STOCKHOLM).strftime("%Y-%m-%dT%H:%M")
    cli.fails("log", path, "Brand", "--operator", "A", "--at", later, code="future_time")


def test_a_confidential_line(cli, path, monkeypatch):
    cli.ok("log", path, "Lisa 14 år hämtad", "--operator", "Anna", "--confidential",
           "--reporter", "FA1")
    [entry] = journal(cli, path)
    assert entry["confidential"] is True
    assert entry["text"] is None and entry["reporter"] is None
    code, out, _ = cli("show", path, "journal")
    assert "sekretessbelagd post" in out and "Lisa" not in out
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    [entry] = journal(cli, path)
    assert (entry["text"], entry["reporter"]) == ("Lisa 14 år hämtad", "FA1")
    code, out, _ = cli("show", path, "journal")
    assert "Lisa 14 år hämtad" in out and "sekretessbelagd" not in out


def test_a_wrong_passphrase_in_the_environment(cli, path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "inte rätt lösenfras")
    cli.fails("show", path, "journal", code="wrong_passphrase")
    cli.fails("search", path, "brand", code="wrong_passphrase")


def test_decide(cli, path):
    entry_id = cli.ok("decide", path, "Stäng inflödet till Islandsbron", "--by", "Eva Ek",
                      "--mandate", "PL 24 §", "--basis", "Trängsel", "--reason", "Risk",
                      "--affected", "GPN", "--operator", "Bo")
    [entry] = journal(cli, path)
    assert entry["id"] == entry_id and entry["kind"] == "decision"
    assert set(entry) >= ENTRY_KEYS | DECISION_KEYS
    assert {k: entry[k] for k in DECISION_KEYS} == {
        "decided_by": "Eva Ek", "mandate": "PL 24 §", "basis": "Trängsel", "reason": "Risk",
        "affected": "GPN"}
    code, out, _ = cli("show", path, "journal")
    assert "BESLUT (Eva Ek): Stäng inflödet till Islandsbron" in out


def test_decide_needs_someone_who_decided(cli, path):
    cli.fails("decide", path, "Stäng", "--by", " ", "--operator", "Bo", code="empty_decider")


def test_correct(cli, path):
    original = cli.ok("log", path, "Brand vid Dombron", "--operator", "Anna")
    fix = cli.ok("correct", path, original[:8], "Brand vid Nybron", "--reason", "fel bro",
                 "--operator", "Bo")
    shown = {e["id"]: e for e in journal(cli, path)}
    assert shown[original]["text"] == "Brand vid Dombron"
    assert shown[original]["corrected_by"] == [fix]
    assert (shown[fix]["kind"], shown[fix]["corrects"]) == ("correction", original)
    assert shown[fix]["correction_reason"] == "fel bro"
    code, out, _ = cli("show", path, "journal")
    assert f"rättad av {fix[:8]}" in out and f"RÄTTAR {original[:8]}" in out


def test_correct_an_unknown_entry(cli, path):
    before = state(path)
    cli.fails("correct", path, "deadbeef", "rätt", "--reason", "fel", "--operator", "Bo",
              code="unknown_entry", id="deadbeef")
    assert state(path) == before


def test_correct_a_confidential_entry_is_confidential(cli, path):
    secret = cli.ok("log", path, "Lisa 14 år", "--operator", "Anna", "--confidential")
    fix = cli.ok("correct", path, secret, "Lisa 15 år", "--reason", "ålder", "--operator", "A")
    shown = {e["id"]: e for e in journal(cli, path)}
    assert shown[fix]["confidential"] is True and shown[fix]["text"] is None


# -- the operator ------------------------------------------------------------------------------


def test_the_operator_is_the_signed_in_one_then_the_environment(cli, path, monkeypatch):
    cli.fails("log", path, "Ingen", code="empty_operator")
    monkeypatch.setenv("EVENTCENTER_OPERATOR", "Bo Miljö")
    cli.ok("log", path, "Från miljön")
    assert cli.ok("signin", "Anna Lind") == "Anna Lind"
    cli.ok("log", path, "Inloggad")
    cli.ok("log", path, "Uttryckligen", "--operator", "Cecilia")
    monkeypatch.delenv("EVENTCENTER_OPERATOR")
    cli.ok("log", path, "Inloggad utan miljö")
    shown = {e["text"]: e["operator"] for e in journal(cli, path)}
    assert shown == {"Från miljön": "Bo Miljö", "Inloggad": "Anna Lind",
                     "Uttryckligen": "Cecilia", "Inloggad utan miljö": "Anna Lind"}


def test_an_empty_operator_is_refused(cli, path, monkeypatch):
    monkeypatch.setenv("EVENTCENTER_OPERATOR", "Bo")
    before = state(path)
    cli.fails("log", path, "Brand", "--operator", " ", code="empty_operator")
    assert state(path) == before


# -- show ----------------------------------------------------------------------------------------


def test_show_journal_json_has_the_public_keys(cli, path):
    cli.ok("log", path, "@TV3 #ber Resecentrum: fem berusade", "--operator", "Anna")
    cli.ok("log", path, "Hemligt", "--operator", "Anna", "--confidential")
    for entry in journal(cli, path):
        assert set(entry) >= ENTRY_KEYS
        assert isinstance(entry["corrected_by"], list)
        assert isinstance(entry["confidential"], bool)
        assert entry["device_name"] and re.fullmatch(r"[0-9a-f]{32}", entry["device"])


def test_show_journal_oldest_first_and_at_a_moment(cli, path):
    year = now_utc().year - 1
    first = cli.ok("log", path, "Klockan tio", "--operator", "A", "--at", f"{year}-04-30T10:00",
                   "--late-reason", "efterhand")
    cli.ok("log", path, "Klockan tolv", "--operator", "A", "--at", f"{year}-04-30T12:00",
           "--late-reason", "efterhand")
    cli.ok("correct", path, first, "Klockan tio, rättad", "--reason", "fel", "--operator", "A")
    assert [e["text"] for e in journal(cli, path)] == [
        "Klockan tio", "Klockan tolv", "Klockan tio, rättad"]
    then = journal(cli, path, "--at", f"{year}-04-30T11:00")
    assert [e["text"] for e in then] == ["Klockan tio"]
    assert then[0]["corrected_by"] == []
    assert len(journal(cli, path, "--at", f"{year}-04-30T12:00")) == 2


def test_show_journal_at_a_clock_time(cli, path):
    cli.ok("log", path, "För en halvtimme sedan", "--operator", "A", "--at", clock(30),
           "--late-reason", "efterhand")
    cli.ok("log", path, "Nu", "--operator", "A")
    assert [e["text"] for e in journal(cli, path, "--at", clock(15))] == [
        "För en halvtimme sedan"]
    cli.fails("show", path, "journal", "--at", "halv tre", code="bad_time", text="halv tre")


def test_show_places_and_categories(cli, path):
    places = cli.json("show", path, "places")
    names = [p["name"] for p in places]
    assert "Resecentrum" in names
    assert names.index("Uppsala slott") < names.index("Västra Ågatan")
    assert {"name", "kind", "lat", "lon"} <= set(places[0])
    categories = cli.json("show", path, "categories")
    assert {"code": "ber", "name": "berusning"} in categories
    assert categories[-1]["name"] == "övrigt"
    out = cli.ok("show", path, "places")
    assert "Resecentrum" in out


def test_show_something_unknown(cli, path):
    err = cli.fails("show", path, "enhörningar", code="unknown_list")
    assert "'enhörningar'" in err
    assert all(name in err for name in ("categories", "journal", "places"))


# -- search --------------------------------------------------------------------------------------


def test_search_json(cli, path, monkeypatch):
    cli.ok("log", path, "Långt hår, blå jacka", "--operator", "A")
    cli.ok("log", path, "Jag har en fråga", "--operator", "A")
    cli.ok("log", path, "Ring gata-park-natur, TV3: klart", "--operator", "A")
    cli.ok("log", path, "Lisa Andersson hämtad", "--operator", "A", "--confidential")
    assert [e["text"] for e in cli.json("search", path, "hår")] == ["Långt hår, blå jacka"]
    assert [e["text"] for e in cli.json("search", path, "gata-park-natur")] == [
        "Ring gata-park-natur, TV3: klart"]
    for hostile in ("TV3:", "AND", '"', "(", "NEAR(", "*"):
        assert isinstance(cli.json("search", path, hostile), list)
    assert cli.json("search", path, "Andersson") == []
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    [hit] = cli.json("search", path, "Andersson")
    assert hit["text"] == "Lisa Andersson hämtad" and set(hit) >= ENTRY_KEYS


def test_search_filters(cli, path):
    cli.ok("log", path, "#ber Fem berusade", "--operator", "Anna")
    cli.ok("log", path, "#ord Berusad man bråkar", "--operator", "Bo")
    assert len(cli.json("search", path, "berus")) == 2
    assert [e["operator"] for e in cli.json("search", path, "berus", "--category", "ber")] == [
        "Anna"]
    assert [e["operator"] for e in cli.json("search", path, "berus", "--operator", "bo")] == [
        "Bo"]
    assert cli.json("search", path, "berus", "--confidential", "yes") == []
    assert cli.json("search", path, "berus", "--until", "2000-01-01T00:00") == []


# -- fingerprint, backup, verify -----------------------------------------------------------------


def test_fingerprint(cli, path):
    cli.ok("log", path, "Brand", "--operator", "A")
    value = cli.ok("fingerprint", path)
    with EventFile.open(path) as event:
        expected = fingerprint(event)
    assert value == expected.value and re.fullmatch(r"[0-9a-f]{64}", value)
    data = cli.json("fingerprint", path)
    assert (data["records"], data["fingerprint"]) == (expected.records, expected.value)
    assert {"device_id", "device_name", "seq", "hash"} <= set(data["heads"][0])


def test_backup(cli, path, tmp_path):
    cli.ok("log", path, "Brand", "--operator", "A")
    copy = Path(cli.ok("backup", path, tmp_path / "kopior"))
    assert copy.parent == tmp_path / "kopior"
    with EventFile.open(copy) as restored:
        assert not verify(restored)
    assert state(copy) == state(path)


def test_backup_into_an_unwritable_place(cli, path, tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x", encoding="utf-8")
    err = cli.fails("backup", path, blocker, code="backup_failed")
    assert str(blocker) in err


def test_verify_a_sound_file(cli, path):
    out = cli.ok("verify", path)
    assert out.startswith("Evenemangsfilen är hel")


# -- errors --------------------------------------------------------------------------------------


def test_a_missing_file(cli, tmp_path):
    missing = tmp_path / "finns-inte.event"
    for verb in (["log", missing, "x", "--operator", "A"], ["show", missing, "journal"],
                 ["verify", missing], ["fingerprint", missing], ["search", missing, "x"]):
        cli.fails(*verb, code="file_missing", path=str(missing))
    assert not missing.exists()


def test_not_an_event_file(cli, tmp_path):
    other = tmp_path / "anteckningar.txt"
    other.write_text("Inte en loggbok", encoding="utf-8")
    cli.fails("log", other, "x", "--operator", "A", code="not_an_event_file", path=str(other))
    assert other.read_text(encoding="utf-8") == "Inte en loggbok"


def test_a_newer_file(cli, path):
    with raw(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    err = cli.fails("log", path, "x", "--operator", "A", code="newer_version", path=str(path),
                    found=SCHEMA_VERSION + 1, known=SCHEMA_VERSION)
    assert "nyare" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("text, code", [("", "empty_text"), ("x" * 10_001, "text_too_long"),
                                        ("Brand\x1b[0m", "control_characters"),
                                        ("@TV9 brand", "unknown_unit")])
def test_bad_lines(cli, path, text, code):
    before = state(path)
    cli.fails("log", path, text, "--operator", "A", code=code)
    assert state(path) == before


def test_suggestions_are_given_in_swedish(cli, path):
    err = cli.fails("log", path, "!Dom brand", "--operator", "A", code="unknown_place")
    assert "Okänd plats 'Dom'. Menade du:" in err and "Dombron" in err


def test_english_on_request(cli, path):
    err = cli.fails("--lang", "en", "log", path, "!Dom brand", "--operator", "A",
                    code="unknown_place")
    assert "Unknown place 'Dom'. Did you mean:" in err


# -- as a real program ----------------------------------------------------------------------------


def test_as_a_real_process(path, tmp_path):
    laptop = tmp_path / "dator"
    done = run_cli(["log", path, "@TV3 Resecentrum: fem berusade åäö", "--operator", "Åsa"],
                   laptop)
    assert done.returncode == 0 and done.stderr == ""
    entry_id = done.stdout.strip()
    shown = run_cli(["show", path, "journal", "--json"], laptop)
    [entry] = json.loads(shown.stdout)
    assert (entry["id"], entry["text"], entry["operator"]) == (
        entry_id, "Resecentrum: fem berusade åäö", "Åsa")


def test_a_mistake_in_a_real_process_is_one_plain_line(path, tmp_path):
    done = run_cli(["log", path, "Brand", "--operator", "A", "--at", "25:99"], tmp_path / "d")
    assert done.returncode == 2 and done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "25:99" in done.stderr

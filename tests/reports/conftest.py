"""A Valborg night for the report tests, built once per module through the core's API with
injected times, and helpers to read what a PDF says (pypdf)."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from eventcenter import messages
from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.new_event.create import create_event
from eventcenter.timefmt import STOCKHOLM
from tests.factories import PASSPHRASE, make_pristine

MARKER = "HEMLIGXQZ"  # planted in every confidential text; never in a public export
START = datetime(2027, 4, 30, 14, 0, tzinfo=STOCKHOLM)
LAPTOP = Device("a1" * 16, "SC koordinator 1", "Anna")
LONG_HEAD, LONG_TAIL = "BÖRJANLÅNG", "SLUTETLÅNG"
MARKUP = '<font size=40>STOR</font> <img src="/etc/passwd"/> <b>fet &amp; osluten'
PHONES = ("070-111 22 33", "070-765 43 21", "018-727 00 00", "+46 18 727 30 00",
          "0701234567")
TALK_GROUPS = ("UPPS-SAMV-1", "UPPS-SOC", "RTJ-UPPS-2")


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def pages(path: Path) -> list[str]:
    """The text of every page."""
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def text_of(path: Path) -> str:
    return "\n".join(pages(path))


def build_night(path: Path) -> dict[str, str]:
    """Entries, a correction, decisions, a late entry, confidential entries, markup, a
    10,000-character entry, measures, requests, unit moves and contacts."""
    event = create_event(path, "valborg", "Valborg 2027", PASSPHRASE, operator="Anna",
                         device=LAPTOP)
    j = event.journal
    j.log("Forsränningen avslutad, inga skadade. Åskådare lämnar Fyrisån.", operator="Anna",
          category="ord", place="Islandsbron", now=at(0))
    j.log("Fem berusade ungdomar vid Resecentrum, FA1 på väg", operator="Bo",
          category="ber", place="Resecentrum", unit="TV3", channel="RAKEL", now=at(20))
    wrong = j.log("Brand i papperskorg vid Ekonomikumparken", operator="Bo",
                  category="brand", now=at(35)).id
    j.correct(wrong, "Brand i papperskorg vid Stadsträdgården, släckt", reason="Fel plats "
              "angiven först", operator="Bo", now=at(50))
    j.decide("Stäng inflödet till Islandsbron", decided_by="Polisens insatschef",
             operator="Anna", mandate="Ordningslagen", basis="Trängsel på bron enligt TV2",
             reason="Risk för fall i ån", affected="Polisen och UL", now=at(60))
    j.log("Trasig belysning vid Slottsbacken", operator="Cecilia", category="renh",
          occurred_at=at(62), late_reason="Radiostörning", now=at(100))
    secret = j.log(f"Flicka 14 år omhändertagen {MARKER}", operator="Anna",
                   category="ber", confidential=True, reporter="Mamma 070-111 22 33",
                   now=at(75)).id
    j.correct(secret, f"Flicka 15 år omhändertagen {MARKER}", reason=f"Fel ålder {MARKER}",
              operator="Anna", now=at(78))
    j.decide(f"Socialjouren tar över {MARKER}", decided_by="Socialjouren", operator="Anna",
             confidential=True, basis=f"Underlag {MARKER}", now=at(80))
    j.log(MARKUP, operator="Cecilia", now=at(90))
    j.log("Ring 0701234567 om hittegods. 中文", operator="Anna", category="hitt", now=at(92))
    words = " ".join(["lång rad med text om läget vid ån"] * 300)
    j.log(f"{LONG_HEAD} {words}"[:9_980] + f" {LONG_TAIL}", operator="Anna", now=at(95))
    ids = _state(event)
    event.close()
    return ids


def _state(event: EventFile) -> dict[str, str]:
    m, r = event.measures, event.requests
    ids = {}
    ids["bridge"] = m.open("Avspärrning av Islandsbron", operator="Anna", category="träng",
                           place="Islandsbron", units=["TV1"], status="ongoing",
                           now=at(61)).id
    ids["secret_measure"] = m.open(f"Omhändertagande {MARKER}", operator="Anna",
                                   category="ber", confidential=True,
                                   notes=f"Anteckning {MARKER}", now=at(76)).id
    ids["field"] = r.receive("Skicka fältassistenter till Resecentrum",
                             party="Polisens inre stab", operator="Cecilia", now=at(25)).id
    r.acknowledge(ids["field"], operator="Cecilia", now=at(27))
    team = m.open("Fältassistenter till Resecentrum", operator="Cecilia", category="ber",
                  place="Resecentrum", from_request=ids["field"], status="ongoing",
                  now=at(33)).id
    r.answer(ids["field"], measure=team, operator="Cecilia", now=at(34))
    m.set_status(team, "done", operator="Cecilia", now=at(95))
    ids["light"] = r.receive("Extra belysning vid Slottsbacken", party="Polisens inre stab",
                             operator="Cecilia", now=at(130)).id
    ids["secret_request"] = r.receive(f"Uppgifter om minderårig {MARKER}",
                                      party="Polisens inre stab", operator="Cecilia",
                                      confidential=True, now=at(140)).id
    r.decline(ids["secret_request"], reason=f"Sekretess {MARKER}", operator="Cecilia",
              now=at(150))
    m.set_status(ids["bridge"], "done", operator="Anna", now=at(200))
    u = event.units
    u.move("TV3", operator="Bo", status="en-route", place="Resecentrum", now=at(21))
    u.move("TV3", operator="Bo", status="on-site", now=at(30))
    c = event.contacts
    c.add("Eva Ek", function="samordnare", organisation="kommunen", phone="070-765 43 21",
          rakel="UPPS-SAMV-1", on_duty="14:00-02:00", operator="Anna", now=at(1))
    c.add("Jourhavande socialsekreterare", function="socialjour", organisation="soc",
          phone="018-727 00 00", rakel="UPPS-SOC", on_duty="16:00-04:00", operator="Anna",
          now=at(2))
    c.add("Räddningsledare", function="räddningsledare", organisation="rtj",
          phone="+46 18 727 30 00", rakel="RTJ-UPPS-2", operator="Anna", now=at(3))
    return ids


@pytest.fixture(autouse=True)
def _language_reset():
    """`eventcenter --lang en …` sets the process's language; each test starts from none."""
    yield
    messages.set_language(None)


@pytest.fixture(scope="module")
def night_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("night") / "valborg.event"
    build_night(path)
    return path


@pytest.fixture
def night(night_file, tmp_path):
    """A copy of the night, open and locked (no passphrase)."""
    path = tmp_path / "valborg.event"
    shutil.copy(night_file, path)
    with EventFile.open(path, device=LAPTOP) as event:
        yield event


@pytest.fixture
def unlocked(night):
    night.unlock(PASSPHRASE)
    return night


@pytest.fixture
def empty(tmp_path):
    """A new Valborg event with nothing logged."""
    with EventFile.open(make_pristine(tmp_path), device=LAPTOP) as event:
        yield event

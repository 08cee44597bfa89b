"""A realistic Valborg night in an event file, for screenshots, trying the window and the
window's benchmark: `python -m eventcenter.demo OUT.event [--entries N] [--until HH:MM]`.

Thousands of Swedish journal entries from 10:00 to 03:00, spread over the template's places,
units and categories and over four operators in two shifts; some confidential (sealed), some
logged late with a reason, decisions and corrections. The texts mix the service center's own
kind of lines with real Swedish incident notices from ../shared/data/incident-texts.jsonl
(skipped, with a note, where that file is absent). Records go through the core's `write` in
batches, each batch with its simulated minute as the clock. The working state of the night
(contacts, unit moves, measures, the police's requests) comes from `demo_state`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from eventcenter.catalogue import reading as catalogue
from eventcenter.event_file import EventFile
from eventcenter.ids import new_id
from eventcenter.journal.writing import Journal
from eventcenter.kinds import Kind
from eventcenter.new_event.create import create_event
from eventcenter.store.records import Draft
from eventcenter.timefmt import STOCKHOLM

PASSPHRASE = "korrekt häst batteri"
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
SHIFTS = (("Anna Lind", "Bo Ek"), ("Cecilia Holm", "David Ström"))  # day, night (from 20:00)
OWN_LINES = (
    "{n} berusade ungdomar, {unit} på plats", "Trängsel vid {place}, {unit} leder om flödet",
    "Brand i papperskorg vid {place}, släckt", "Borttappat barn (6 år) vid {place}, "
    "beskrivning given till {unit}", "Barnet återfunnet, återförenat med förälder",
    "Toaletterna vid {place} fulla, GPN kontaktad", "Glaskross på gångvägen vid {place}",
    "Belysning trasig vid {place}", "{unit} rapporterar lugnt läge vid {place}",
    "Ambulans begärd till {place}, person medvetslös", "Slagsmål vid {place}, polis underrättad",
    "Bussarna från Resecentrum överfulla, UL informerat", "{unit} avslutar rond, åter till "
    "samlingsplats", "Nedskräpning kraftig vid {place}, städning beställd",
    "Polisens inre stab frågar efter läget vid {place}", "Kö till sjukvårdstältet, {n} väntande",
)
CONFIDENTIAL_LINES = (
    "Flicka 15 år kraftigt berusad vid {place}, vårdnadshavare kontaktad av {unit}",
    "Pojke 14 år omhändertagen av fältassistenter, orosanmälan görs",
    "Känd person med psykisk ohälsa vid {place}, socialjouren underrättad",
)
DECISIONS = (("Stäng inflödet till {place} tills trängseln lättat", "Anna Lind"),
             ("Skicka fältassistenter till {place}", "Cecilia Holm"),
             ("Extra renhållning vid {place} efter 22:00", "Bo Ek"),
             ("Begär förstärkning av trygghetsvakter vid {place}", "Polisinsatschef Eva Berg"))
OFF_TOPIC = ("media", "press", "rlc", "rmc", "riksväg", "e4", "e6", "e18", "länsväg",
             "klockan", "idag", "polisregion")
POLICE_TYPES = {"Fylleri/LOB", "Misshandel", "Bråk", "Brand", "Skadegörelse", "Stöld",
                "Ofredande/förargelse", "Olaga hot", "Försvunnen person", "Övrigt"}


def incident_texts(limit: int = 3000) -> list[str]:
    path = Path(os.environ.get("EVENTCENTER_DATA", DATA)) / "incident-texts.jsonl"
    if not path.exists():
        print(f"note: {path} is absent; only the built-in lines are used", file=sys.stderr)
        return []
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            summary = " ".join((item.get("summary") or "").split())
            # Notices about the police's press desk or far-away roads do not fit a night in
            # Uppsala's city centre; the town names in the others are read past.
            if item.get("type") in POLICE_TYPES and summary and 12 < len(summary) < 160 \
                    and not any(word in summary.lower() for word in OFF_TOPIC):
                texts.append(summary)
                if len(texts) >= limit:
                    break
    return texts


def night_start(event: EventFile) -> datetime:
    day = date.fromisoformat(event.meta("date") or "2027-04-30")
    return datetime.combine(day, time(10, 0), tzinfo=STOCKHOLM)


class Night:
    """Makes the drafts of one simulated night."""

    def __init__(self, event: EventFile, seed: int = 1) -> None:
        self.event, self.rng = event, random.Random(seed)
        self.journal = Journal(event)
        self.places = [p["name"] for p in catalogue.places(event)] or [None]
        self.units = catalogue.callsigns(event) or [None]
        self.categories = [c["code"] for c in catalogue.categories(event)] or [None]
        self.police = incident_texts()
        self.logged: list[tuple[str, str]] = []  # (id, text) of plain entries, for corrections

    def operator(self, moment: datetime) -> str:
        shift = SHIFTS[1] if moment.astimezone(STOCKHOLM).hour >= 20 or \
            moment.astimezone(STOCKHOLM).hour < 6 else SHIFTS[0]
        return self.rng.choice(shift)

    def _fill(self, template: str, place: str | None, unit: str | None) -> str:
        return template.format(n=self.rng.randint(2, 8), place=place or "platsen",
                               unit=unit or "patrullen")

    def draft(self, moment: datetime) -> Draft:
        roll, rng = self.rng.random(), self.rng
        place, unit = rng.choice(self.places), rng.choice(self.units)
        operator = self.operator(moment)
        if roll < 0.02:
            text, decider = rng.choice(DECISIONS)
            payload = {"text": self._fill(text, place, unit), "decided_by": decider,
                       "reason": "Läget kräver det enligt fältet"}
            return Draft(Kind.DECISION_LOGGED, payload, operator, moment)
        if roll < 0.035 and self.logged:
            target, old = rng.choice(self.logged[-50:])
            payload = {"text": old.replace("vid", "nära", 1) + " (rättad)", "corrects": target,
                       "correction_reason": rng.choice(("Fel plats angiven",
                                                        "Fel enhet angiven"))}
            return Draft(Kind.ENTRY_CORRECTED, payload, operator, moment)
        confidential = roll < 0.06
        if confidential:
            text = self._fill(rng.choice(CONFIDENTIAL_LINES), place, unit)
        elif self.police and roll < 0.25:
            text = rng.choice(self.police)
        else:
            text = self._fill(rng.choice(OWN_LINES), place, unit)
        payload = {"text": text, "category": rng.choice(self.categories),
                   "place": place if rng.random() < 0.8 else None,
                   "unit": unit if rng.random() < 0.6 else None, "confidential": confidential,
                   "channel": rng.choice(("telefon", "RAKEL", "RAKEL", "på plats"))}
        if rng.random() < 0.03:
            payload["late_reason"] = "Rapporterades i efterhand via RAKEL"
            moment -= timedelta(minutes=rng.randint(12, 40))
        draft_id = new_id()
        if not confidential:
            self.logged.append((draft_id, text))
        return self.journal.draft(Kind.ENTRY_LOGGED, payload, operator, moment, draft_id)


FULL_NIGHT_HOURS = 17.0


def fill(event: EventFile, entries: int = 3000, seed: int = 1, batch: int = 2000,
         hours: float = FULL_NIGHT_HOURS) -> int:
    """Append `entries` journal records over a night; returns the number written."""
    night, start = Night(event, seed), night_start(event)
    step = timedelta(hours=hours) / max(entries, 1)
    written, drafts = 0, []
    for i in range(entries):
        moment = start + step * i
        drafts.append(night.draft(moment))
        if len(drafts) >= batch or i == entries - 1:
            event.write(drafts, now=moment + timedelta(seconds=5))
            written += len(drafts)
            drafts = []
    return written


def make_demo(path: Path, entries: int = 3000, name: str = "Valborg 2027",
              passphrase: str = PASSPHRASE, seed: int = 1, until: str | None = None,
              state: bool = True) -> Path:
    """A new Valborg event filled with a night (journal, and with `state` the contacts,
    units, measures and requests of `demo_state`); `until` ("23:40") cuts the night there,
    as it stood at that moment. The file is closed again."""
    from eventcenter.demo.state import fill_state

    event = create_event(path, "valborg", name, passphrase, operator="Anna Lind")
    try:
        start = night_start(event)
        end = cut_at(start, until)
        hours = FULL_NIGHT_HOURS if end is None else (end - start).total_seconds() / 3600
        fill(event, int(entries * hours / FULL_NIGHT_HOURS), seed, hours=hours)
        if state:
            fill_state(event, start, end, seed)
    finally:
        event.close()
    return path


def cut_at(start: datetime, until: str | None) -> datetime | None:
    """The moment "HH:MM" of the night that begins at `start` (after midnight: next day)."""
    if until is None:
        return None
    hour, minute = (int(part) for part in until.split(":"))
    moment = start.replace(hour=hour, minute=minute)
    return moment + timedelta(days=1) if moment < start else moment


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventcenter.demo",
                                     description="Fill a new Valborg event with a night.")
    parser.add_argument("file")
    parser.add_argument("--entries", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--until", metavar="HH:MM",
                        help="cut the night at this time (the state as it stood then)")
    parser.add_argument("--journal-only", action="store_true",
                        help="no contacts, unit moves, measures or requests")
    args = parser.parse_args(argv)
    make_demo(Path(args.file), args.entries, seed=args.seed, until=args.until,
              state=not args.journal_only)
    print(f"{args.file} (passphrase: {PASSPHRASE})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

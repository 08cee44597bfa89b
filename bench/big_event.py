"""A big event for the benchmarks: a whole Valborg night of records, built fast, kept on disk.

The records go through the core's own `append` and `projections.apply` (hybrid clock,
per-device sequence, hash chain, projections, full-text index), but in large write
transactions rather than one per line: minute by simulated minute of the night, each of three
laptops appends what it logged that minute, with that minute as its clock. Texts are the real
Swedish incident notices of ../shared/data/incident-texts.jsonl, cycled, with categories,
places, units, channels and operators spread over the night; some entries are confidential
(sealed), some late (with a reason), and there are decisions and corrections.

The file is cached in bench/out/ under a name that carries BUILD_VERSION and the schema
version: bump BUILD_VERSION when what is built changes. To add record kinds (measures,
requests, units of the working-state issue), write a maker `(night, moment) -> Draft` and add
it with its weight to `MAKERS`.

    python bench/big_event.py [--records N] [--force]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import deque
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from figures import OUT, data_dir
from working_state_night import MAKERS as WORKING_STATE_MAKERS

from eventcenter import projections
from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.journal.writing import CHANNELS
from eventcenter.kinds import SEALED
from eventcenter.new_event.create import create_event
from eventcenter.store.files import remove_with_sidecars as _remove
from eventcenter.store.records import Draft, append
from eventcenter.store.schema import SCHEMA_VERSION
from eventcenter.store.sealing import seal_together
from eventcenter.timefmt import STOCKHOLM

BUILD_VERSION = 4  # 4: schema 2 with the insert trigger and the confidential index
PASSPHRASE = "benchmark passphrase"
DAY = date(2027, 4, 30)
NIGHT_START = datetime(2027, 4, 30, 10, 0, tzinfo=STOCKHOLM)
NIGHT_HOURS = 18  # 10:00 to 04:00 the next morning
WRITE_BATCH = 20_000  # records per write transaction
LAPTOPS = (
    Device("b1" * 16, "SC koordinator 1", "Anna Lind"),
    Device("b2" * 16, "SC koordinator 2", "Bo Ek"),
    Device("b3" * 16, "Samverkan inre stab", "Cecilia Holm"),
)
OPERATORS = {  # day shift, night shift (from 20:00) per laptop
    LAPTOPS[0].id: ("Anna Lind", "David Ström"),
    LAPTOPS[1].id: ("Bo Ek", "Elin Åberg"),
    LAPTOPS[2].id: ("Cecilia Holm", "Fredrik Öst"),
}
# The police's event types → the Valborg template's journal categories.
CATEGORY_OF = {
    "Brand": "brand", "Misshandel": "ord", "Misshandel, grov": "ord", "Bråk": "ord",
    "Olaga hot": "ord", "Ofredande/förargelse": "ord", "Knivlagen": "ord",
    "Fylleri/LOB": "ber", "Narkotikabrott": "ber", "Rattfylleri": "trafik",
    "Trafikolycka": "trafik", "Trafikkontroll": "trafik", "Trafikbrott": "trafik",
    "Trafikhinder": "trafik", "Skadegörelse": "skad", "Stöld": "hitt",
    "Försvunnen person": "barn", "Arbetsplatsolycka": "sjuk", "Anträffad död": "sjuk",
    "Räddningsinsats": "sjuk",
}
REPORTERS = ("TV-patrull", "Fältassistent", "Räddningsledare", "Väktare vid Resecentrum",
             "Nattvandrare", "Polisens inre stab", "Allmänheten")
DECISIONS = (
    ("Stäng inflödet till {place} tills trängseln lättat", "Kommunens samordnare"),
    ("Skicka fältassistenter till {place}", "Kommunens samordnare"),
    ("Extra renhållning vid {place} efter 22:00", "Gata-park-natur, arbetsledare"),
    ("Begär förstärkning av trygghetsvakter vid {place}", "Polisinsatschef"),
    ("Belysningen vid {place} tänds en timme tidigare", "Kommunens samordnare"),
)
CORRECTION_REASONS = ("Fel plats angiven", "Fel enhet angiven", "Felstavat namn",
                      "Uppgiften bekräftades inte")


def incident_texts() -> list[dict]:
    path = data_dir() / "incident-texts.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def cache_path(records: int) -> Path:
    return OUT / f"big-{records}-b{BUILD_VERSION}-s{SCHEMA_VERSION}.event"


class Night:
    """Makes drafts that read like a Valborg night, deterministically (seeded)."""

    def __init__(self, event: EventFile, texts: list[dict], seed: int = 2027) -> None:
        self.event = event
        self.random = random.Random(seed)
        self.texts = texts
        self.next_text = 0
        self.recent: deque[tuple[str, bool]] = deque(maxlen=2000)  # (entry id, confidential)
        with event.reading() as conn:
            self.places = list(conn.execute(_names("name", "places")).scalars())
            self.units = list(conn.execute(_names("callsign", "units")).scalars())
            self.categories = set(conn.execute(_names("code", "categories")).scalars())

    def text(self) -> dict:
        item = self.texts[self.next_text % len(self.texts)]
        self.next_text += 1
        return item

    def operator(self, device: Device, moment: datetime) -> str:
        day, night = OPERATORS[device.id]
        return night if moment.astimezone(STOCKHOLM).hour in (20, 21, 22, 23, 0, 1, 2, 3) \
            else day

    def sealed(self, kind: str, payload: dict) -> dict:
        """As `Journal` does: a confidential entry's fields are sealed before the record."""
        if payload.get("confidential"):
            payload = seal_together(self.event.public_key, payload, SEALED[kind])
        return payload


def make_entry(night: Night, device: Device, moment: datetime) -> Draft:
    rng = night.random
    item = night.text()
    payload = {"text": item["summary"], "channel": rng.choice(CHANNELS)}
    category = CATEGORY_OF.get(item["type"], "övr")
    if category in night.categories:
        payload["category"] = category
    if rng.random() < 0.85:
        payload["place"] = rng.choice(night.places)
    if rng.random() < 0.7:
        payload["unit"] = rng.choice(night.units)
    if rng.random() < 0.3:
        payload["reporter"] = rng.choice(REPORTERS)
    confidential = rng.random() < 0.05
    if confidential:
        payload["confidential"] = True
    occurred = moment - timedelta(seconds=rng.randint(0, 50))
    if rng.random() < 0.01:
        occurred = moment - timedelta(minutes=rng.randint(15, 90))
        payload["late_reason"] = "Radiotrafiken var överbelastad"
    draft = Draft("entry.logged", night.sealed("entry.logged", payload),
                  night.operator(device, moment), occurred)
    night.recent.append((draft.id, confidential))
    return draft


def make_decision(night: Night, device: Device, moment: datetime) -> Draft:
    rng = night.random
    text, decided_by = rng.choice(DECISIONS)
    place = rng.choice(night.places)
    payload = {"text": text.format(place=place), "decided_by": decided_by,
               "mandate": "Enligt samverkansöverenskommelsen",
               "basis": f"Rapporter från {place} senaste halvtimmen",
               "reason": "Risk för trängsel och skador", "affected": "Polisens inre stab"}
    if rng.random() < 0.02:
        payload["confidential"] = True
    occurred = moment - timedelta(seconds=rng.randint(0, 50))
    return Draft("decision.logged", night.sealed("decision.logged", payload),
                 night.operator(device, moment), occurred)


def make_correction(night: Night, device: Device, moment: datetime) -> Draft:
    if not night.recent:
        return make_entry(night, device, moment)
    rng = night.random
    target, confidential = rng.choice(night.recent)
    payload = {"text": "Rättelse: " + night.text()["summary"], "corrects": target,
               "correction_reason": rng.choice(CORRECTION_REASONS)}
    if confidential:
        payload["confidential"] = True
    return Draft("entry.corrected", night.sealed("entry.corrected", payload),
                 night.operator(device, moment))


Maker = Callable[[Night, Device, datetime], Draft]
# (weight, maker): the mix of record kinds in the night; extend with new kinds here.
MAKERS: list[tuple[float, Maker]] = [
    (0.93, make_entry),
    (0.04, make_decision),
    (0.03, make_correction),
    *WORKING_STATE_MAKERS,  # measures, requests, units, contacts, places (issue 4)
]


def _names(column: str, table: str):
    from sqlalchemy import text

    return text(f"SELECT {column} FROM {table} ORDER BY {column}")


def build(path: Path, total: int) -> float:
    """Build the event at `path` with `total` records beside its template's; returns seconds."""
    started = time.perf_counter()
    event = create_event(path, "valborg", "Valborg 2027 (benchmark)", PASSPHRASE,
                         operator="Anna Lind", event_date=DAY, device=LAPTOPS[0])
    try:
        night = Night(event, incident_texts())
        minutes = NIGHT_HOURS * 60
        weights = [weight for weight, _ in MAKERS]
        makers = [maker for _, maker in MAKERS]
        written = 0
        while written < total:
            with event.writing() as conn:
                in_transaction = 0
                while in_transaction < WRITE_BATCH and written < total:
                    minute = written * minutes // total
                    moment = NIGHT_START + timedelta(minutes=minute + 1)
                    per_minute = max(1, min(total - written, -(-total // minutes)))
                    for device, share in _split(per_minute, len(LAPTOPS)):
                        drafts = [maker(night, device, moment) for maker in
                                  night.random.choices(makers, weights, k=share)]
                        made = append(conn, device, drafts, moment)
                        projections.apply(conn, made)
                    written += per_minute
                    in_transaction += per_minute
            print(f"  {written:,} records", end="\r", flush=True)
        print()
    finally:
        event.close()
    return time.perf_counter() - started


def _split(count: int, parts: int) -> list[tuple[Device, int]]:
    """`count` records shared among the laptops (the first logs the most)."""
    shares = [count // parts + (1 if i < count % parts else 0) for i in range(parts)]
    return [(LAPTOPS[i], share) for i, share in enumerate(shares) if share]


def cached(total: int, force: bool = False) -> Path:
    """The big event of `total` records, built now unless a cached copy exists."""
    path = cache_path(total)
    if path.exists() and not force:
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"big-{total}-*.event"):
        _remove(old)
    # Each process builds under its own name: two benchmarks started at once must not
    # write into (or delete) one another's half-built file.
    building = path.with_name(f"{path.stem}.building-{os.getpid()}.event")
    _remove(building)
    print(f"building {path.name}: {total:,} records (cached for later runs)", flush=True)
    seconds = build(building, total)
    os.replace(building, path)
    print(f"built in {seconds:.1f} s ({total / seconds:,.0f} records/s through append and "
          "apply in large transactions)", flush=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=500_000)
    parser.add_argument("--force", action="store_true", help="build again even if cached")
    args = parser.parse_args()
    if not (data_dir() / "incident-texts.jsonl").exists():
        print(f"skipped: {data_dir() / 'incident-texts.jsonl'} is absent (the shared data "
              "folder ../shared/data holds the incident texts the event is made of)")
        return 0
    print(cached(args.records, args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())

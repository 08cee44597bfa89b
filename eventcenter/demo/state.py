"""The working state of the demo Valborg night (`eventcenter.demo`): the contact directory,
units moving between the city centre's places, measures opened, updated and closed, and the
police's requests acknowledged, answered or declined, in Swedish, over the night.

Everything goes through the core's own operations (`event.measures`, `event.requests`,
`event.units`, `event.contacts`), each dated at its simulated moment, in time order; what
would happen after `until` is left out, so a night cut at 23:40 looks like 23:40.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from eventcenter.errors import UserError
from eventcenter.event_file import EventFile

LIAISON = "Eva Sjöberg"
POLICE = "Polisens inre ledningsstab"

CONTACTS = (
    ("Karin Lundqvist", "Vakthavande kommunledning", "Kommunens servicecenter", "070-512 33 01",
     "UPP KOMMUN LEDN", "16:00-04:00"),
    ("Anna Lind", "Samordnare i servicecentret", "Kommunens servicecenter", "018-727 10 01",
     "UPP KOMMUN 1", "08:00-20:00"),
    ("Cecilia Holm", "Samordnare i servicecentret", "Kommunens servicecenter", "018-727 10 02",
     "UPP KOMMUN 1", "20:00-04:00"),
    (LIAISON, "Samverkansperson i inre ledningsstab", "Kommunens servicecenter",
     "070-512 33 09", "UPP SAMV 1", "14:00-03:00"),
    ("Johan Wikström", "Polisens stabschef", "Polisen", "010-114 20 00", "RAPS UPP STAB",
     "12:00-04:00"),
    ("Maria Eklund", "Polisinsatschef", "Polisen", "010-114 20 10", "RAPS UPP PIC",
     "12:00-04:00"),
    ("Per Åström", "Räddningsledare", "Räddningstjänsten", "018-727 30 00", "RTJ UPP 1",
     "08:00-03:00"),
    ("Lena Bergqvist", "Socialjour", "Socialjouren", "018-727 50 50", "UPP SOC 1",
     "17:00-03:00"),
    ("Omar Haddad", "Arbetsledare fältassistenter", "Socialtjänstens fältassistenter",
     "070-512 40 11", "UPP FA 1", "14:00-03:00"),
    ("Sara Nyberg", "Arbetsledare trygghetsvakter", "Trygghetsvakter", "070-512 40 21",
     "UPP TV 1", "10:00-03:00"),
    ("Mats Öhman", "Gata-park-natur jour", "Gata-park-natur", "018-727 60 60", "UPP GPN 1",
     "06:00-06:00"),
    ("Birgitta Sand", "Samordnare nattvandrare", "Nattvandrare", "073-300 11 22", "UPP NV 1",
     "19:00-02:00"),
    ("Henrik Dahl", "Sjukvårdsledare", "Ambulanssjukvården", "018-611 00 00", "RSVL UPP 1",
     "08:00-04:00"),
    ("UL trafikledning", "UL trafikledning", "UL kollektivtrafik", "0771-14 14 14",
     "UL TRAFIK", "06:00-02:00"),
    ("Ingrid Falk", "Kommunikatör i beredskap", "Kommunens servicecenter", "070-512 33 30",
     None, "10:00-00:00"),
    ("Fastighetsjouren", "Fastighetsjour", "Uppsala kommun Skolfastigheter", "018-727 70 70",
     None, "00:00-00:00"),
    ("Securitas larmcentral", "Larmcentral", "Securitas", "010-470 50 00", None,
     "00:00-00:00"),
    ("Tjänsteman i beredskap", "TiB", "Länsstyrelsen Uppsala län", "010-223 30 00",
     "LST UPP TIB", "00:00-00:00"),
    ("Regional TiB", "TiB", "Region Uppsala", "018-611 99 99", "RUP TIB", "00:00-00:00"),
    ("Kuratorskonventet", "Samordnare nationerna", "Kuratorskonventet", "018-10 21 00", None,
     "10:00-02:00"),
    ("Domkyrkans vaktmästare", "Kyrkvaktmästare", "Svenska kyrkan Uppsala", "018-430 35 00",
     None, "08:00-22:00"),
    ("Elnätets felanmälan", "Felanmälan belysning", "Vattenfall Eldistribution",
     "020-82 58 58", None, "00:00-00:00"),
    ("Uppsala Taxi", "Beställning", "Taxi Uppsala", "018-100 000", None, "00:00-00:00"),
    ("Akutmottagningen", "Samordnande sjuksköterska", "Akademiska sjukhuset",
     "018-611 20 00", "RUP AKUT", "00:00-00:00"),
    ("Jonas Berg", "Arbetsledare städ", "Gata-park-natur", "070-512 60 61", "UPP GPN 2",
     "18:00-06:00"),
)

# (hh:mm, title, type, category, place, units, priority, minutes until done or None: open,
#  confidential)
MEASURES = (
    ("10:20", "Trängsel på Islandsbron under forsränningen", "avspärrning", "träng",
     "Islandsbron", ("TV1", "POL1"), 1, 55, False),
    ("10:45", "Tömning av sopkärl i Ekonomikumparken", "städning", "renh", "Ekonomikumparken",
     ("GPN1",), 2, 80, False),
    ("11:30", "Extra toaletter till Stadsträdgården", "lagning", "renh", "Stadsträdgården",
     ("GPN1",), 2, 120, False),
    ("12:10", "Borttappat barn, pojke 5 år i blå jacka", "eftersök", "barn", "Fyrisån",
     ("TV2", "TV1"), 1, 25, False),
    ("13:05", "Glaskross på gångvägen vid Dombron", "städning", "renh", "Dombron", ("GPN1",),
     3, 40, False),
    ("14:40", "Förstärkt bemanning vid Carolina Rediviva inför mösspåtagningen",
     "förstärkning", "träng", "Carolina Rediviva", ("TV1", "TV2", "FA1"), 1, 70, False),
    ("15:20", "Publiken lämnar Carolinabacken: leda flödet mot Drottninggatan", "avspärrning",
     "träng", "Carolinabacken", ("TV1", "POL1"), 1, 35, False),
    ("15:50", "Flicka 14 år kraftigt berusad, vårdnadshavare söks", "vårdnadshavare", "ber",
     "Slottsbacken", ("FA1",), 1, 90, True),
    ("16:30", "Trasigt staket vid Svandammen", "lagning", "skad", "Svandammen", ("GPN1",), 3,
     None, False),
    ("17:15", "Omhändertagande av berusade ungdomar i Stadsträdgården", "omhändertagande",
     "ber", "Stadsträdgården", ("FA1", "TV3"), 1, 65, False),
    ("18:05", "Städning av Ekonomikumparken efter parkfesten", "städning", "renh",
     "Ekonomikumparken", ("GPN2",), 2, 150, False),
    ("18:40", "Information om avstängda gångvägar till allmänheten", "information", "övr",
     None, (), 3, 30, False),
    ("19:30", "Bevakning av brasan vid Studenternas", "bevakning", "brand", "Studenternas",
     ("RTJ1",), 2, None, False),
    ("20:10", "Nattvandrare till Resecentrum", "förstärkning", "ord", "Resecentrum",
     ("NV1",), 2, None, False),
    ("20:35", "Brand i papperskorg vid Gamla torget", "brandsläckning", "brand",
     "Gamla torget", ("RTJ1",), 1, 15, False),
    ("21:00", "Extra bussar från Centralstationen", "extratrafik", "koll",
     "Busshållplatser vid Centralstationen", (), 2, None, False),
    ("21:25", "Pojke 15 år omhändertagen, orosanmälan görs", "vårdnadshavare", "ber",
     "Resecentrum", ("FA2",), 1, None, True),
    ("21:50", "Trängsel på Nybron: enkelriktat gångflöde", "avspärrning", "träng", "Nybron",
     ("TV4", "POL1"), 1, 45, False),
    ("22:05", "Belysningen trasig längs Västra Ågatan", "lagning", "skad", "Västra Ågatan",
     ("GPN2",), 2, None, False),
    ("22:30", "Sjukvårdstältet vid Stora torget: kö, förstärkning", "sjukvård", "sjuk",
     "Stora torget", ("AMB1",), 1, None, False),
    ("22:50", "Omhändertagande av berusade ungdomar vid Resecentrum", "omhändertagande", "ber",
     "Resecentrum", ("FA1", "TV3"), 1, None, False),
    ("23:05", "Slagsmål vid Gamla torget: trygghetsvakter stöttar polisen", "bevakning", "ord",
     "Gamla torget", ("TV4",), 1, None, False),
    ("23:20", "Tömning av överfulla sopkärl vid Stora torget", "städning", "renh",
     "Stora torget", ("GPN2",), 3, None, False),
    ("00:10", "Sista extrabussarna: köer vid Centralstationen", "extratrafik", "koll",
     "Busshållplatser vid Centralstationen", ("TV3",), 2, 50, False),
    ("00:40", "Nedskräpning och glas vid Svandammen", "städning", "renh", "Svandammen",
     ("GPN2",), 3, 90, False),
    ("01:15", "Ungdomar kvar vid Fyrisån efter midnatt", "omhändertagande", "ber", "Fyrisån",
     ("FA2", "NV2"), 2, 40, False),
    ("23:50", "Kö till taxi vid Centralstationen: trygghetsvakter på plats", "bevakning", "ord",
     "Busshållplatser vid Centralstationen", ("TV3",), 2, 40, False),
    ("00:20", "Brand i soptunna vid Dombron", "brandsläckning", "brand", "Dombron", ("RTJ1",),
     1, 20, False),
    ("00:55", "Flicka 16 år ensam och berusad vid Svandammen", "vårdnadshavare", "ber",
     "Svandammen", ("FA1",), 1, 70, True),
    ("01:40", "Glas och skräp på Stora torget inför morgonen", "städning", "renh",
     "Stora torget", ("GPN2",), 3, 75, False),
    ("02:05", "Fönsterkross vid Västra Ågatan: bevakning tills glasmästare kommer",
     "bevakning", "skad", "Västra Ågatan", ("TV4",), 2, 50, False),
    ("02:30", "Sista kontrollrunda i parkerna", "bevakning", "ord", "Stadsträdgården",
     ("TV3", "NV1"), 3, 25, False),
)

# (hh:mm, what the police ask, measure title it is answered with, or None: declined with
#  the reason; minutes to acknowledge, minutes to answer (None: still waiting))
REQUESTS = (
    ("10:15", "Kan kommunen stänga gångvägen på Islandsbron? Trängsel vid forsränningen.",
     0, 1, 5),
    ("12:05", "Förälder söker pojke 5 år vid Fyrisån, blå jacka. Trygghetsvakter som kan leta?",
     3, 1, 4),
    ("14:30", "Begär förstärkning av trygghetsvakter vid Carolina Rediviva från 14:45.",
     5, 2, 10),
    ("16:10", "Kan GPN förstärka städningen i Ekonomikumparken före kvällen?", None, 3, 12),
    ("17:10", "Skicka fältassistenter till Stadsträdgården: grupp berusade minderåriga.",
     9, 2, 5),
    ("19:00", "Behov av extra belysning vid Studenternas inför brasan?", None, 6, 20),
    ("20:05", "Nattvandrare önskas vid Resecentrum från 20:30.", 13, 4, 6),
    ("20:50", "Kan UL sätta in fler bussar från Centralstationen efter 21?", 15, 7, 9),
    ("21:40", "Trängsel på Nybron: kan trygghetsvakter hjälpa till med flödet?", 17, 2, 8),
    ("22:45", "Skicka fältassistenter till Resecentrum: fem berusade minderåriga.", 20, 3, 6),
    ("23:10", "Kan kommunen öppna en värmestuga vid Resecentrum efter midnatt?", None, 5, None),
    ("23:32", "Glaskross och skadegörelse vid Domkyrkan, kan GPN städa?", None, None, None),
    ("00:35", "Behov av fältassistenter vid Fyrisån: ungdomar badar.", 25, 2, 10),
    ("00:15", "Brand i soptunna vid Dombron, kan räddningstjänsten åka?", 27, 1, 3),
    ("00:50", "Flicka 16 år ensam vid Svandammen, kan fältassistenter ta hand om henne?", 28,
     2, 6),
    ("01:55", "Kan kommunen bevaka krossat skyltfönster vid Västra Ågatan?", 30, 4, 12),
    ("02:20", "Behöver polisen hjälp med avspärrning vid Nybron?", None, 3, 9),
)
DECLINES = {3: "GPN har ingen personal ledig före 18:00; tömning planerad 18:05.",
            5: "Räddningstjänsten bedömer att befintlig belysning räcker.",
            16: "Inga trygghetsvakter lediga; polisen sköter avspärrningen."}

# measures nobody updates, so that the window has something to highlight (and that stay open)
LEFT_ALONE = (8, 15)
WIND_DOWN = "02:45"  # measures still open are closed then
PROGRESS = ("Lägesrapport: {unit} på plats, läget lugnare", "{unit} stannar kvar, fortsatt "
            "behov", "Fler personer på plats, {unit} bedömer läget", "Läget oförändrat enligt "
            "{unit}", "Delvis klart, {unit} fortsätter", "{unit} rapporterar: arbetet pågår")

# unit moves: (hh:mm, call sign, status, place)
ROUNDS = ("Stora torget", "Gamla torget", "Resecentrum", "Stadsträdgården", "Svandammen",
          "Nybron", "Dombron", "Ekonomikumparken", "Slottsbacken", "Västra Ågatan")


@dataclass(order=True)
class Step:
    at: datetime
    order: int
    act: Callable[[EventFile, datetime], object] = field(compare=False)


class StateNight:
    """Gathers the night's steps, then plays them in time order."""

    def __init__(self, start: datetime, seed: int = 1) -> None:
        self.start, self.rng = start, random.Random(seed)
        self.steps: list[Step] = []
        self.measure_ids: dict[int, str] = {}

    def at(self, hhmm: str, minutes: float = 0) -> datetime:
        hour, minute = (int(p) for p in hhmm.split(":"))
        day = self.start + timedelta(days=1 if hour < 6 else 0)
        return day.replace(hour=hour, minute=minute) + timedelta(minutes=minutes)

    def add(self, when: datetime, act: Callable[[EventFile, datetime], object]) -> None:
        self.steps.append(Step(when, len(self.steps), act))

    def operator(self, when: datetime) -> str:
        local_hour = when.hour
        day = ("Anna Lind", "Bo Ek")
        night = ("Cecilia Holm", "David Ström")
        return self.rng.choice(night if local_hour >= 20 or local_hour < 6 else day)

    def play(self, event: EventFile, until: datetime | None) -> int:
        done = 0
        for step in sorted(self.steps):
            if until is not None and step.at > until:
                continue
            try:
                step.act(event, step.at)
            except UserError:
                continue  # a step made moot by an earlier one (a unit already there)
            done += 1
        return done


def _measures(night: StateNight) -> None:
    for number, (hhmm, title, mtype, category, place, units, priority, minutes,
                 secret) in enumerate(MEASURES):
        opened = night.at(hhmm)
        who = night.operator(opened)

        def open_it(event, when, n=number, t=title, ty=mtype, c=category, p=place, u=units,
                    pr=priority, s=secret, w=who):
            status = "ongoing" if u else "planned"
            changes = event.measures.open(t, operator=w, type=ty, category=c, place=p,
                                          priority=pr, units=u, confidential=s, status=status,
                                          occurred_at=when, now=when + timedelta(seconds=5))
            night.measure_ids[n] = changes.id

        night.add(opened, open_it)
        if not units:
            night.add(opened + timedelta(minutes=12), lambda e, w, n=number: e.measures.set_status(
                night.measure_ids[n], "ongoing", operator=night.operator(w),
                comment="Beställt och bekräftat", occurred_at=w, now=w))
        if minutes is None:  # open until the night winds down
            minutes = int((night.at(WIND_DOWN) - opened).total_seconds() // 60)
            if number in LEFT_ALONE:
                continue
        if number not in LEFT_ALONE:
            _progress(night, number, opened, minutes, units)
        done = opened + timedelta(minutes=minutes)
        status = "cancelled" if number == 11 else "done"
        night.add(done, lambda e, w, n=number, s=status: e.measures.set_status(
            night.measure_ids[n], s, operator=night.operator(w),
            comment="Avslutad enligt fältet" if s == "done" else "Behövs inte längre",
            occurred_at=w, now=w))
    night.add(night.at("17:20"), lambda e, w: e.measures.reopen(
        night.measure_ids[4], reason="Mer glas hittat vid Dombron", operator="Bo Ek",
        occurred_at=w, now=w))
    night.add(night.at("17:45"), lambda e, w: e.measures.set_status(
        night.measure_ids[4], "done", operator="Bo Ek", occurred_at=w, now=w))


def _progress(night: StateNight, number: int, opened: datetime, minutes: int,
              units: tuple[str, ...]) -> None:
    """Notes on how it goes, every quarter of an hour or so, until it is done."""
    end = opened + timedelta(minutes=minutes)
    when = opened + timedelta(minutes=night.rng.randint(8, 16))
    while when < end - timedelta(minutes=5):
        text = night.rng.choice(PROGRESS).format(unit=units[0] if units else "beställaren")
        stamp = f"{when.hour:02d}:{when.minute:02d}"
        night.add(when, lambda e, w, n=number, t=f"{stamp} {text}": e.measures.edit(
            night.measure_ids[n], notes=t, operator=night.operator(w), occurred_at=w, now=w))
        when += timedelta(minutes=night.rng.randint(10, 24))


def _requests(night: StateNight) -> None:
    for number, (hhmm, text, answer, ack, respond) in enumerate(REQUESTS):
        received = night.at(hhmm)
        ids: dict[str, str] = {}

        def receive(event, when, t=text, i=ids):
            i["id"] = event.requests.receive(t, party=POLICE, operator=LIAISON,
                                             occurred_at=when, now=when).id

        night.add(received, receive)
        if ack is not None:
            night.add(received + timedelta(minutes=ack), lambda e, w, i=ids: (
                e.requests.acknowledge(i["id"], operator=night.operator(w), occurred_at=w,
                                       now=w)))
        if respond is None:
            continue
        answered = received + timedelta(minutes=respond)
        if answer is None:
            night.add(answered, lambda e, w, i=ids, n=number: e.requests.decline(
                i["id"], reason=DECLINES.get(n, "Ingen resurs ledig"),
                operator=night.operator(w), occurred_at=w, now=w))
        else:
            night.add(max(answered, night.at(MEASURES[answer][0], 1)),
                      lambda e, w, i=ids, a=answer: e.requests.answer(
                          i["id"], measure=night.measure_ids[a], operator=LIAISON,
                          occurred_at=w, now=w))
        if number < 8:
            night.add(answered + timedelta(minutes=45), lambda e, w, i=ids: e.requests.close(
                i["id"], operator=LIAISON, comment="Återkopplat till staben", occurred_at=w,
                now=w))


def _busy(night: StateNight) -> dict[str, list[tuple[datetime, datetime, str | None]]]:
    """When each unit is out on a measure: (from, to, place)."""
    busy: dict[str, list] = {}
    for hhmm, _title, _type, _cat, place, units, _prio, minutes, _secret in MEASURES:
        start = night.at(hhmm)
        end = start + timedelta(minutes=minutes) if minutes is not None else \
            night.at(WIND_DOWN)
        for callsign in units:
            busy.setdefault(callsign, []).append((start, end, place))
    return busy


def _units(night: StateNight) -> None:
    """Each unit on rounds during its hours (en route, on site, now and then a break), and
    sent to the place of each measure it is assigned to."""
    from eventcenter.catalogue.templates import load_template
    from eventcenter.timefmt import OnDuty

    busy = _busy(night)
    for unit in load_template("valborg").units:
        callsign = unit["callsign"]
        hours = OnDuty.parse(unit["on_duty"])
        start = night.start.replace(hour=hours.start // 60, minute=hours.start % 60)
        end = night.start.replace(hour=hours.end // 60, minute=hours.end % 60)
        if end <= start:
            end += timedelta(days=1)
        windows = sorted(w for w in busy.get(callsign, ()) if w[0] < end)
        for first, last, place in windows:
            night.add(first, _move(night, callsign, "en-route", place))
            night.add(first + timedelta(minutes=6), _move(night, callsign, "on-site", place))
            if last < end:
                night.add(last, _move(night, callsign, "available", place))
        when = start + timedelta(minutes=night.rng.randint(0, 20))
        while when + timedelta(minutes=30) < end:
            taken = next((w for w in windows if w[0] - timedelta(minutes=40) <= when < w[1]),
                         None)
            if taken is not None:
                when = taken[1] + timedelta(minutes=night.rng.randint(5, 15))
                continue
            place = night.rng.choice(ROUNDS)
            night.add(when, _move(night, callsign, "en-route", place))
            when += timedelta(minutes=night.rng.randint(4, 12))
            night.add(when, _move(night, callsign, "on-site", place))
            when += timedelta(minutes=night.rng.randint(25, 70))
            if night.rng.random() < 0.2:
                night.add(when, _move(night, callsign, "break", "Stora torget"))
                when += timedelta(minutes=30)
        night.add(end, _move(night, callsign, "off-duty", None))


def _move(night: StateNight, callsign: str, status: str, place: str | None):
    def act(event, when):
        return event.units.move(callsign, operator=night.operator(when), status=status,
                                place=place, occurred_at=when, now=when)
    return act


def _contacts(event: EventFile, when: datetime) -> None:
    for name, function, organisation, phone, rakel, hours in CONTACTS:
        event.contacts.add(name, function=function, organisation=organisation,
                           operator="Anna Lind", phone=phone, rakel=rakel, on_duty=hours,
                           occurred_at=when, now=when)


def fill_state(event: EventFile, start: datetime, until: datetime | None = None,
               seed: int = 1) -> int:
    """Play the night's working state from `start` (10:00 on the day) up to `until`;
    returns the number of changes made."""
    night = StateNight(start, seed)
    night.add(start - timedelta(hours=2), _contacts)
    _units(night)
    _measures(night)
    _requests(night)
    return night.play(event, until)

"""Random operations on the working state (and the journal entries measures are opened from),
shared by the property tests: hypothesis strategies for the steps, and `apply_step`, which
performs one step on an open event.

A step is a tuple `(name, *args)`; indexes pick among the objects made so far (`made`, by
kind, in the order they were made), so one list of steps means the same on every run even
though ids are random. A step the core refuses (UserError) is meant to write nothing."""

from __future__ import annotations

from hypothesis import strategies as st

from eventcenter.event_file import EventFile
from eventcenter.store.records import Draft

MADE_KINDS = ("measure", "request", "contact", "entry")

indexes = st.integers(min_value=0, max_value=5)
units = st.sampled_from(["TV3", "FA1", "TV9", "tv9", "NV1"])
place_names = st.sampled_from([None, "Resecentrum", "Dombron", "Vaksala torg"])

# Measures, requests, units, contacts and places through their checked operations.
STATE_STEPS = (
    st.tuples(st.just("open"), st.sampled_from(["Avspärrning", "Lisa 14 år"]), place_names,
              st.lists(units, max_size=2), st.booleans(), st.sampled_from(["planned",
                                                                           "ongoing"])),
    st.tuples(st.just("status"), indexes, st.sampled_from(["ongoing", "done", "cancelled",
                                                           "planned"])),
    st.tuples(st.just("reopen"), indexes),
    st.tuples(st.just("assign"), indexes, units),
    st.tuples(st.just("unassign"), indexes, units),
    st.tuples(st.just("edit"), indexes, place_names, st.sampled_from([None, 1, 3])),
    st.tuples(st.just("receive"), st.booleans()),
    st.tuples(st.just("ack"), indexes),
    st.tuples(st.just("answer"), indexes, indexes),
    st.tuples(st.just("decline"), indexes),
    st.tuples(st.just("close"), indexes),
    st.tuples(st.just("unit_add"), units, st.sampled_from(["tv", "nv"])),
    st.tuples(st.just("move"), units, st.sampled_from([None, "on-site", "break"]),
              place_names),
    st.tuples(st.just("unit_edit"), units, st.integers(min_value=1, max_value=6)),
    st.tuples(st.just("contact_add"), st.sampled_from(["Åsa", "Bo"]),
              st.sampled_from([None, "22:00-02:00"])),
    st.tuples(st.just("contact_edit"), indexes, st.sampled_from(["070-1", "112"])),
    st.tuples(st.just("place_add"), st.sampled_from(["Vaksala torg", "Ängen"])),
    st.tuples(st.just("place_edit"), st.sampled_from(["Dombron", "Vaksala torg"]),
              st.sampled_from([None, "bro", "park"])),
)

# Journal entries and corrections, and measures opened from an entry or a request.
JOURNAL_STEPS = (
    st.tuples(st.just("entry"), st.booleans(), place_names),
    st.tuples(st.just("correct"), indexes),
    st.tuples(st.just("open_from"), st.sampled_from(["entry", "request"]), indexes),
)

# As if from a laptop that was offline: records no local check has seen.
OFFLINE_STEPS = (
    st.tuples(st.just("offline_unit"), units),
    st.tuples(st.just("offline_ack"), indexes),
    st.tuples(st.just("offline_status"), indexes, st.sampled_from(["done", "cancelled"])),
)


def timed(steps: st.SearchStrategy) -> st.SearchStrategy:
    """A step with the minute it is done at and how many minutes it is dated back."""
    return st.tuples(steps, st.integers(min_value=0, max_value=60),
                     st.sampled_from([0, 0, 0, 0, 7, 25]))


def pick(items: list[str], index: int) -> str:
    return items[index % len(items)] if items else "ffff"


def new_made() -> dict[str, list[str]]:
    return {kind: [] for kind in MADE_KINDS}


def apply_step(event: EventFile, step: str, args: tuple, made: dict[str, list[str]],
               when: dict) -> None:  # one branch per operation
    """Perform one step; `when` holds operator, now and, if dated back, occurred_at. The id
    of a measure, request, contact or entry it makes is appended to `made`."""
    m, r, c, e = (lambda i, k=k: pick(made.get(k, []), i) for k in MADE_KINDS)
    if step == "open":
        title, place, assigned, secret, status = args
        made["measure"].append(event.measures.open(
            title, place=place, units=assigned, confidential=secret, status=status,
            **when).id)
    elif step == "status":
        event.measures.set_status(m(args[0]), args[1], **when)
    elif step == "reopen":
        event.measures.reopen(m(args[0]), reason="nytt larm", **when)
    elif step in ("assign", "unassign"):
        getattr(event.measures, step)(m(args[0]), args[1], **when)
    elif step == "edit":
        event.measures.edit(m(args[0]), place=args[1], priority=args[2], **when)
    elif step == "receive":
        made["request"].append(event.requests.receive(
            "Skicka FA", party="Polisen", confidential=args[0], **when).id)
    elif step == "ack":
        event.requests.acknowledge(r(args[0]), **when)
    elif step == "answer":
        event.requests.answer(r(args[0]), measure=m(args[1]), **when)
    elif step == "decline":
        event.requests.decline(r(args[0]), reason="inga resurser", **when)
    elif step == "close":
        event.requests.close(r(args[0]), **when)
    elif step == "unit_add":
        event.units.add(args[0], organisation=args[1], **when)
    elif step == "move":
        event.units.move(args[0], status=args[1], place=args[2], **when)
    elif step == "unit_edit":
        event.units.edit(args[0], size=args[1], **when)
    elif step == "contact_add":
        made["contact"].append(event.contacts.add(
            args[0], function="samordnare", organisation="kommunen", on_duty=args[1],
            **when).id)
    elif step == "contact_edit":
        event.contacts.edit(c(args[0]), phone=args[1], **when)
    elif step == "place_add":
        event.places.add(args[0], **when)
    elif step == "place_edit":
        event.places.edit(args[0], kind=args[1], **when)
    elif step == "entry":
        late = "efterregistrerad" if "occurred_at" in when else None
        made["entry"].append(event.journal.log(
            "Bråk vid bron", confidential=args[0], place=args[1], late_reason=late,
            **when).id)
    elif step == "correct":  # a correction is dated when it is written
        made["entry"].append(event.journal.correct(
            e(args[0]), "Bråk vid ån", reason="fel plats", operator=when["operator"],
            now=when["now"]).id)
    elif step == "open_from":
        source = {"from_entry": e(args[1])} if args[0] == "entry" else \
            {"from_request": r(args[1])}
        made["measure"].append(event.measures.open("Följ upp", **source, **when).id)
    elif step.startswith("offline_"):
        if step == "offline_unit":
            kind, payload = "unit.added", {"callsign": args[0], "organisation": "nv"}
        elif step == "offline_ack":
            kind, payload = "request.acknowledged", {"request": r(args[0])}
        else:
            kind, payload = "measure.status_changed", {"measure": m(args[0]),
                                                      "status": args[1], "from": "planned"}
        event.write([Draft(kind, payload, "Bo", when.get("occurred_at"))], when["now"])
    else:
        raise ValueError(f"unknown step {step!r}")

"""After any sequence of operations, the projections kept current as records were appended
equal a rebuild from the records alone, and `verify` passes."""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcenter import projections
from eventcenter.device import Device
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.journal.queries import JournalFilter
from eventcenter.store.records import Draft
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE

LAPTOPS = (Device("1" * 32, "Dator 1"), Device("2" * 32, "Dator 2"))

texts = st.sampled_from(["Fem berusade ungdomar", "Brand i papperskorg", "<b>fet</b> &amp;",
                         "Trängsel på Islandsbron 🔥", "Lisa 14 år", "Rad ett\nRad två"])
categories = st.sampled_from([None, "ber", "brand", "barn", "övr"])
places = st.sampled_from([None, "Resecentrum", "Dombron", "Stora torget"])
lines = st.sampled_from(["@TV3 #ber Resecentrum: fem berusade", "!stora_torget #träng folk",
                         "Slagsmål vid Dombron", "##2 i kön @@TV3", "Från Dombron mot Nybron"])

operations = st.one_of(
    st.tuples(st.just("log"), texts, st.booleans(), categories, places,
              st.sampled_from([0, 0, 5, 11, 45, 600])),
    st.tuples(st.just("line"), lines, st.booleans()),
    st.tuples(st.just("decide"), texts, st.booleans()),
    st.tuples(st.just("correct"), st.integers(min_value=0), texts),
    st.tuples(st.just("place"), st.sampled_from(["Ödegärdet", "Ängen", "Resecentrum"])),
    st.tuples(st.just("category"), st.sampled_from(["ny", "ber"]), texts),
    st.tuples(st.just("laptop"), st.integers(min_value=0, max_value=1)),
    st.tuples(st.sampled_from(["mark", "lift"]), st.integers(min_value=0)),
)


def run(event: EventFile, ops: list[tuple]) -> None:
    journal, logged = event.journal, []
    for op in ops:
        kind = op[0]
        if kind == "log":
            _, text, secret, category, place, back = op
            late = {"occurred_at": now_utc() - timedelta(minutes=back),
                    "late_reason": "efterregistrerad"} if back else {}
            logged.append(journal.log(text, operator="Anna", confidential=secret,
                                      category=category, place=place, **late).id)
        elif kind == "line":
            logged.append(journal.log_line(op[1], operator="Bo", confidential=op[2]).id)
        elif kind == "decide":
            logged.append(journal.decide(op[1], decided_by="Eva", operator="Anna",
                                         basis="läget", confidential=op[2]).id)
        elif kind == "correct" and logged:
            target = logged[op[1] % len(logged)]
            logged.append(journal.correct(target, op[2], reason="fel", operator="Bo").id)
        elif kind == "place":
            event.write([Draft("place.added", {"name": op[1], "kind": "park"}, "Anna")])
        elif kind == "category":
            event.write([Draft("category.added", {"code": op[1], "name": op[2]}, "Anna")])
        elif kind == "laptop":
            event.device = LAPTOPS[op[1]]
        elif kind in ("mark", "lift") and logged:
            _mark(journal, kind, logged[op[1] % len(logged)])


def _mark(journal, kind: str, target: str) -> None:
    """Mark an entry confidential afterwards, or lift the mark; refused (nothing written)
    when it is confidential already, or not marked."""
    verb = journal.mark_confidential if kind == "mark" else journal.unmark_confidential
    try:
        verb(target, reason="skäl", operator="Anna")
    except UserError as error:
        assert error.code in ("already_confidential", "not_marked_confidential")


SEARCHES = ("berus", "Dombron", "lisa", "fet", "två")


def searched_ids(event: EventFile, query: str) -> list[str]:
    return [e.id for e in event.read.journal.page(JournalFilter(query=query))]


@settings(max_examples=25, deadline=None)
@given(ops=st.lists(operations, min_size=1, max_size=14))
def test_projections_equal_a_rebuild_after_any_operations(pristine, ops):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "valborg.event"
        shutil.copy(pristine, path)
        with EventFile.open(path, LAPTOPS[0]) as event:
            run(event, ops)
            event.unlock(PASSPHRASE)
            shown = [e.to_json() for e in event.read.journal.page()]
            searched = {q: searched_ids(event, q) for q in SEARCHES}
            with event.writing() as conn:
                before = projections.digest(conn)
                replayed = projections.rebuild(conn)
                assert projections.digest(conn) == before
            assert replayed == len(event.records())
            assert [e.to_json() for e in event.read.journal.page()] == shown
            assert {q: searched_ids(event, q) for q in SEARCHES} == searched
            assert not verify(event)

"""The journal model without a window: count, lazy pages, filters, struck-through corrections."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from eventcenter.journal.queries import JournalFilter
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE, make_event
from ui.models.journal_model import CATEGORY, STRUCK_ROLE, TEXT, TIME, JournalModel
from ui.models.paged import PAGE_SIZE


def _many(tmp_path, count: int):
    event = make_event(tmp_path)
    start = now_utc() - timedelta(hours=3)
    from eventcenter.store.records import Draft

    event.write([Draft("entry.logged", {"text": f"rad {i}", "category": "ber" if i % 2 else
                                        "ord"}, "Anna", start + timedelta(seconds=i))
                 for i in range(count)])
    return event


def test_counts_and_fetches_pages_lazily(qapp, tmp_path):
    event = _many(tmp_path, 2 * PAGE_SIZE + 50)
    model = JournalModel(event.read.journal)
    model.reload()
    assert model.rowCount() == 2 * PAGE_SIZE + 50
    assert model.loaded_pages == [0]
    assert model.data(model.index(0, TEXT)) == f"rad {2 * PAGE_SIZE + 49}"  # newest first
    assert model.data(model.index(2 * PAGE_SIZE + 10, TEXT)) == "rad 39"
    assert sorted(model.loaded_pages) == [0, 2]
    event.close()


def test_filter_and_sort_happen_in_the_query(qapp, tmp_path):
    event = _many(tmp_path, 30)
    model = JournalModel(event.read.journal)
    model.set_filter(JournalFilter(category="ber"))
    assert model.rowCount() == 15
    model.sort(TIME, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, TEXT)) == "rad 1"
    model.set_filter(JournalFilter(query="rad"))
    assert model.rowCount() == 30
    event.close()


def test_correction_struck_through_and_decision_marked(qapp, tmp_path):
    event = make_event(tmp_path)
    wrong = event.journal.log("Brand vid Dombron", operator="Bo")
    event.journal.correct(wrong.id, "Brand vid Nybron", reason="fel bro", operator="Bo")
    event.journal.decide("Stäng Islandsbron", decided_by="Anna Lind", operator="Anna")
    model = JournalModel(event.read.journal)
    model.reload()
    rows = {model.data(model.index(r, TEXT)): r for r in range(model.rowCount())}
    struck = next(r for t, r in rows.items() if t.startswith("Brand vid Dombron"))
    assert model.data(model.index(struck, TEXT), STRUCK_ROLE) is True
    assert model.data(model.index(struck, TEXT), Qt.ItemDataRole.FontRole).strikeOut()
    fixed = next(r for t, r in rows.items() if t.startswith("Brand vid Nybron"))
    assert model.data(model.index(fixed, TEXT), STRUCK_ROLE) is False
    decision = next(r for t, r in rows.items() if t.startswith("Stäng"))
    assert model.data(model.index(decision, TEXT), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(decision, CATEGORY)) in ("BESLUT", "DECISION")
    event.close()


def test_sealed_entry_reads_as_confidential(qapp, tmp_path):
    event = make_event(tmp_path)
    event.journal.log("Pojke 14 år, orosanmälan", operator="Anna", confidential=True)
    model = JournalModel(event.read.journal)
    model.reload()
    assert "Pojke" not in model.data(model.index(0, TEXT))
    assert model.data(model.index(0, TEXT), Qt.ItemDataRole.DecorationRole) is not None
    event.unlock(PASSPHRASE)
    model.reload()
    assert model.data(model.index(0, TEXT)) == "Pojke 14 år, orosanmälan"
    event.close()

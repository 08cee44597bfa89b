"""The working state's table models without a window: what each cell says, the stale
highlight, sealed text, sorting, and keeping the rows in place on a new list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE, make_event
from ui import i18n
from ui.models.contacts_model import ON_DUTY, PHONE, RAKEL, ContactsModel
from ui.models.list_model import ITEM_ROLE
from ui.models.measures_model import AGE, STATUS, TITLE, UPDATED, MeasuresModel
from ui.models.requests_model import ANSWER, TEXT, WAITED, RequestsModel
from ui.models.requests_model import STATUS as REQUEST_STATUS
from ui.models.units_model import CALLSIGN, PLACE, UnitsModel
from ui.models.units_model import STATUS as UNIT_STATUS


def _texts(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_measures_say_status_age_and_are_highlighted_when_stale(qapp, tmp_path):
    i18n.install("sv")
    event = make_event(tmp_path)
    now = now_utc()
    event.measures.open("Städning Svandammen", operator="Anna", status="ongoing",
                        occurred_at=now - timedelta(minutes=50), now=now)
    fresh = event.measures.open("Eftersök barn", operator="Anna",
                                occurred_at=now - timedelta(minutes=2), now=now).id
    event.measures.open("Pojke 14 år, vårdnadshavare söks", operator="Anna",
                        confidential=True, occurred_at=now - timedelta(minutes=1), now=now)
    model = MeasuresModel()
    model.stale_minutes = 20
    event.lock()
    model.set_items(event.read.state.measures(now=now + timedelta(seconds=30)))
    assert _texts(model, TITLE) == ["Städning Svandammen", "Eftersök barn",
                                    "sekretessbelagd insats"]
    assert _texts(model, STATUS) == ["pågående", "planerad", "planerad"]
    assert _texts(model, AGE)[0] == "50 min"
    assert model.data(model.index(0, TITLE), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, TITLE), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, UPDATED), Qt.ItemDataRole.FontRole).bold()
    assert "Ingen uppdatering på 50 min" in model.data(model.index(0, TITLE),
                                                        Qt.ItemDataRole.ToolTipRole)
    # a new list keeps each measure's row where the sort puts it
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert _texts(model, STATUS)[0] == "pågående"
    event.unlock(PASSPHRASE)
    model.set_items(event.read.state.measures(now=now))
    assert "Pojke 14 år, vårdnadshavare söks" in _texts(model, TITLE)
    assert model.row_of(fresh) is not None
    assert model.data(model.index(model.row_of(fresh), 0), ITEM_ROLE).id == fresh
    event.close()


def test_requests_say_how_long_they_waited_and_how_they_were_answered(qapp, tmp_path):
    i18n.install("sv")
    event = make_event(tmp_path)
    now = now_utc()
    waiting = event.requests.receive("Skicka FA till Resecentrum", party="Polisen",
                                     operator="Eva", occurred_at=now - timedelta(minutes=7),
                                     now=now).id
    answered = event.requests.receive("Trängsel på Nybron", party="Polisen", operator="Eva",
                                      occurred_at=now - timedelta(minutes=30), now=now).id
    measure = event.measures.open("Enkelriktat flöde på Nybron", operator="Anna",
                                  status="ongoing", from_request=answered, now=now).id
    event.requests.answer(answered, measure=measure, operator="Anna", now=now)
    model = RequestsModel()
    model.measures = {m.id: m for m in event.read.state.measures(now=now)}
    model.set_items(event.read.state.requests(now=now))
    rows = {model.data(model.index(r, 0), ITEM_ROLE).id: r for r in range(model.rowCount())}
    assert model.data(model.index(rows[waiting], WAITED)) == "7 min"
    assert model.data(model.index(rows[waiting], REQUEST_STATUS)) == "okvitterad"
    assert model.data(model.index(rows[answered], WAITED)) == "svar efter 30 min"
    assert model.data(model.index(rows[answered], ANSWER)) == \
        "Enkelriktat flöde på Nybron (pågående)"
    assert model.overdue(model.item(rows[waiting]))
    model.flashing, model.flash_on = {waiting}, True
    assert model.data(model.index(rows[waiting], TEXT), Qt.ItemDataRole.BackgroundRole) \
        .color().name() == "#ffc83c"
    event.close()


def test_units_sort_by_status_then_place(qapp, tmp_path):
    i18n.install("sv")
    event = make_event(tmp_path)
    event.units.move("TV3", operator="Anna", status="on-site", place="Resecentrum")
    event.units.move("FA1", operator="Anna", status="en-route", place="Stora torget")
    model = UnitsModel()
    model.set_items(event.read.state.units())
    model.sort(UNIT_STATUS, Qt.SortOrder.AscendingOrder)
    statuses = _texts(model, UNIT_STATUS)
    assert statuses.index("på väg") < statuses.index("på plats")
    assert statuses[0] == "tillgänglig"
    model.sort(PLACE, Qt.SortOrder.AscendingOrder)
    assert _texts(model, CALLSIGN)[:2] == ["TV3", "FA1"]  # Resecentrum, Stora torget
    event.close()


def test_contacts_show_phone_talk_group_and_on_duty(qapp, tmp_path):
    i18n.install("sv")
    event = make_event(tmp_path)
    event.contacts.add("Lena Berg", function="socialjour", organisation="soc", operator="Anna",
                       phone="018-727 50 50", rakel="UPP SOC 1", on_duty="00:00-00:00")
    model = ContactsModel()
    model.set_items(event.read.state.contacts())
    assert _texts(model, PHONE) == ["018-727 50 50"]
    assert _texts(model, RAKEL) == ["UPP SOC 1"]
    assert _texts(model, ON_DUTY) == ["00:00-00:00  ● i tjänst"]
    assert model.data(model.index(0, PHONE), Qt.ItemDataRole.FontRole).bold()
    event.close()

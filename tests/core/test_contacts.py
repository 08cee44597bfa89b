"""Contacts: the directory, its edits and who is on duty at a moment."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventcenter.errors import UserError
from eventcenter.timefmt import STOCKHOLM
from tests.core.laptops import count_records

OP = "Anna"
NIGHT = datetime(2027, 5, 1, 1, 30, tzinfo=STOCKHOLM)
AFTERNOON = datetime(2027, 4, 30, 15, 0, tzinfo=STOCKHOLM)


def add(event, name="Åsa Öberg", **options):
    fields = {"function": "Samordnare i servicecentret", "organisation": "kommunen",
              "phone": "+46 18 727 00 00", "rakel": "UPP KOMMUN 1", "on_duty": "18:00-04:00",
              **options}
    return event.contacts.add(name, operator=OP, **fields).id


def refused(event, code, call, *args, **kwargs):
    before = count_records(event)
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value
    assert count_records(event) == before


def test_add_a_contact_with_the_catalogue_codes(event):
    contact_id = add(event)
    contact = event.read.state.contact(contact_id[:4])
    assert (contact.name, contact.function, contact.organisation, contact.phone,
            contact.rakel, contact.on_duty) == (
        "Åsa Öberg", "samordnare", "kommunen", "+46 18 727 00 00", "UPP KOMMUN 1",
        "18:00-04:00")
    assert set(contact.to_json()) >= {"id", "name", "function", "organisation", "phone",
                                      "rakel", "on_duty"}


def test_free_text_function_and_organisation_are_kept(event):
    contact_id = add(event, function="Jourhavande präst", organisation="Svenska kyrkan")
    contact = event.read.state.contact(contact_id)
    assert (contact.function, contact.organisation) == ("Jourhavande präst", "Svenska kyrkan")


def test_edit_a_contact(event):
    contact_id = add(event)
    event.contacts.edit(contact_id[:6], phone="070-000 00 00", on_duty="20:00-06:00",
                        operator=OP)
    event.contacts.edit(contact_id, rakel=None, operator="Bo")
    contact = event.read.state.contact(contact_id)
    assert (contact.phone, contact.on_duty, contact.rakel, contact.name) == (
        "070-000 00 00", "20:00-06:00", None, "Åsa Öberg")
    assert [h.kind for h in event.read.state.history(contact_id)] == [
        "contact.added", "contact.edited", "contact.edited"]
    refused(event, "nothing_to_change", event.contacts.edit, contact_id, operator=OP)
    refused(event, "empty_name", event.contacts.edit, contact_id, name="", operator=OP)
    refused(event, "unknown_contact", event.contacts.edit, "ffffff", phone="112", operator=OP)


@pytest.mark.parametrize(("options", "code"), [
    ({"name": " "}, "empty_name"), ({"function": ""}, "empty_function"),
    ({"organisation": ""}, "empty_organisation"), ({"phone": "ring mig"}, "bad_phone"),
    ({"on_duty": "kväll"}, "bad_on_duty"), ({"rakel": "a\nb"}, "control_characters"),
])
def test_bad_contacts_are_refused(event, options, code):
    name = options.pop("name", "Bo Berg")
    refused(event, code, add, event, name, **options)


def test_on_duty_now_passes_midnight(event):
    night = add(event, "Nattjour", on_duty="22:00-02:00")
    day = add(event, "Dagjour", on_duty="08:00-17:00")
    add(event, "Okänd tid", on_duty=None)
    assert [c.id for c in event.read.state.contacts(on_duty=True, now=NIGHT)] == [night]
    assert [c.id for c in event.read.state.contacts(on_duty=True, now=AFTERNOON)] == [day]
    assert len(event.read.state.contacts()) == 3
    assert event.read.state.contact(night, now=NIGHT).to_json()["on_duty_now"] is True


def test_contacts_sort_in_swedish_order(event):
    for name in ("Örjan", "Åke", "Anna", "Ärla", "Zora"):
        add(event, name)
    assert [c.name for c in event.read.state.contacts()] == ["Anna", "Zora", "Åke", "Ärla", "Örjan"]

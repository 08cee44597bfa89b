"""Requests: received, acknowledged, answered or declined, closed; derived times."""

from __future__ import annotations

import pytest

from eventcenter.errors import UserError
from eventcenter.integrity import verify
from tests.core.laptops import at, count_records
from tests.factories import PASSPHRASE
from tests.raw_files import contains

OP = "Anna"
KEYS = {"id", "text", "from", "confidential", "received_at", "acknowledged_at", "answered_at",
        "closed_at", "status", "measure", "decline_reason"}


def receive(event, minutes=0, text="Skicka fältassistenter till Resecentrum", **options):
    return event.requests.receive(text, party="Polisen, inre ledningsstab", operator=OP,
                                  now=at(minutes), **options).id


def measure(event, minutes=0):
    return event.measures.open("Fältassistenter till Resecentrum", operator=OP,
                               now=at(minutes)).id


def refused(event, code, call, *args, **kwargs):
    before = count_records(event)
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value
    assert count_records(event) == before


def test_the_whole_way_of_a_request(event):
    request_id = receive(event, 0)
    assert event.read.state.request(request_id).status == "pending"
    event.requests.acknowledge(request_id[:5], operator="Bo", now=at(3))
    measure_id = measure(event, 5)
    event.requests.answer(request_id, measure=measure_id[:6], operator=OP, now=at(8))
    event.requests.close(request_id, operator=OP, now=at(40))
    request = event.read.state.request(request_id, now=at(50))
    assert (request.status, request.measure, request.acknowledged_by) == (
        "closed", measure_id, "Bo")
    assert (request.acknowledge_seconds, request.response_seconds, request.close_seconds) == (
        180, 480, 2400)
    assert request.waiting_seconds is None
    data = request.to_json()
    assert set(data) >= KEYS and data["from"] == "Polisen, inre ledningsstab"
    assert not verify(event)


def test_pending_requests_with_their_waiting_time(event):
    waiting = receive(event, 0)
    seen = receive(event, 2)
    answered = receive(event, 4)
    event.requests.acknowledge(seen, operator=OP, now=at(5))
    event.requests.decline(answered, reason="Inga resurser", operator=OP, now=at(6))
    pending = event.read.state.pending_requests(now=at(12))
    assert [(r.id, r.status, r.waiting_seconds) for r in pending] == [
        (waiting, "pending", 720), (seen, "acknowledged", 600)]
    assert len(event.read.state.requests()) == 3


def test_answering_or_declining_acknowledges_too(event):
    answered, declined = receive(event, 0), receive(event, 1)
    event.requests.answer(answered, measure=measure(event), operator="Bo", now=at(4))
    event.requests.decline(declined, reason="Polisen löser det", operator="Bo", now=at(5))
    first, second = event.read.state.request(answered), event.read.state.request(declined)
    assert (first.status, first.acknowledged_at, first.acknowledged_by) == (
        "answered", first.answered_at, "Bo")
    assert (second.status, second.decline_reason, second.acknowledged_at) == (
        "declined", "Polisen löser det", second.declined_at)
    assert second.to_json()["measure"] is None


def test_acknowledging_twice_on_one_laptop_is_refused(event):
    request_id = receive(event)
    event.requests.acknowledge(request_id, operator=OP)
    refused(event, "already_acknowledged", event.requests.acknowledge, request_id,
            operator="Bo")
    answered = receive(event)
    event.requests.answer(answered, measure=measure(event), operator=OP)
    refused(event, "already_acknowledged", event.requests.acknowledge, answered, operator=OP)


def test_one_answer_only_and_nothing_after_closing(event):
    request_id = receive(event)
    measure_id = measure(event)
    event.requests.answer(request_id, measure=measure_id, operator=OP)
    refused(event, "already_answered", event.requests.decline, request_id, reason="x",
            operator=OP)
    refused(event, "already_answered", event.requests.answer, request_id, measure=measure_id,
            operator=OP)
    event.requests.close(request_id, operator=OP)
    for call, kwargs in ((event.requests.close, {}), (event.requests.acknowledge, {}),
                         (event.requests.decline, {"reason": "x"})):
        refused(event, "request_closed", call, request_id, operator=OP, **kwargs)


def test_a_pending_request_can_be_closed(event):
    request_id = receive(event)
    event.requests.close(request_id, operator=OP, comment="Polisen drog tillbaka")
    assert event.read.state.request(request_id).status == "closed"


@pytest.mark.parametrize(("call", "kwargs", "code"), [
    ("receive", {"text": "", "party": "Polisen"}, "empty_text"),
    ("receive", {"text": "Skicka FA", "party": "  "}, "empty_party"),
    ("decline", {"ref": "REQ", "reason": " "}, "empty_reason"),
    ("answer", {"ref": "REQ", "measure": "ffff"}, "unknown_measure"),
    ("acknowledge", {"ref": "abc"}, "bad_id"),
    ("acknowledge", {"ref": "ffffffff"}, "unknown_request"),
])
def test_bad_input_writes_nothing(event, call, kwargs, code):
    request_id = receive(event)
    kwargs = {k: request_id if v == "REQ" else v for k, v in kwargs.items()}
    if call == "receive":
        text = kwargs.pop("text")
        refused(event, code, event.requests.receive, text, operator=OP, **kwargs)
    else:
        refused(event, code, getattr(event.requests, call), kwargs.pop("ref"), operator=OP,
                **kwargs)


def test_a_confidential_request_is_sealed(event, tmp_path):
    marker = "Pelikanhatt"
    request_id = receive(event, text=f"Hämta {marker}, 14 år", confidential=True)
    event.requests.decline(request_id, reason=f"{marker} redan hämtad", operator=OP)
    request = event.read.state.request(request_id)
    assert (request.text, request.decline_reason, request.sealed) == (None, None, True)
    event.close()
    assert not contains(tmp_path / "valborg.event", marker)
    from eventcenter.event_file import EventFile

    with EventFile.open(tmp_path / "valborg.event") as reopened:
        reopened.unlock(PASSPHRASE)
        opened = reopened.read.state.request(request_id)
        assert (opened.text, opened.decline_reason) == (
            f"Hämta {marker}, 14 år", f"{marker} redan hämtad")


def test_a_measure_opened_from_a_confidential_request_is_confidential(event):
    request_id = receive(event, confidential=True)
    measure_id = event.measures.open("Hämta", operator=OP, from_request=request_id).id
    assert event.read.state.measure(measure_id).confidential

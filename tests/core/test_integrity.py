"""`verify` and the fingerprint: a sound file passes; an edited or deleted record, a tampered
projection and a damaged page are each caught and named."""

from __future__ import annotations

from eventcenter.cli import main
from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.integrity import fingerprint, verify
from eventcenter.messages import describe_problem
from tests.raw_files import raw, state


def some_night(event: EventFile) -> list[str]:
    """A few entries of every kind; returns their ids in the order logged."""
    ids = [event.journal.log_line("@TV3 #ber Resecentrum: fem berusade", operator="Anna").id,
           event.journal.log("Lisa 14 år hämtad av mamma", operator="Anna",
                             confidential=True).id,
           event.journal.decide("Stäng inflödet till Islandsbron", decided_by="Polisen",
                                operator="Bo").id]
    ids.append(event.journal.correct(ids[0], "fyra berusade", reason="fel antal",
                                     operator="Bo").id)
    ids.append(event.journal.log("Klotter på Dombron", operator="Bo").id)
    return ids


def codes(event: EventFile) -> set[str]:
    return {code for code, _ in verify(event).items}


def test_a_sound_file_passes(event):
    assert not verify(event)
    some_night(event)
    assert not verify(event)


def test_an_edited_record_is_caught(event):
    entry = some_night(event)[-1]
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute("UPDATE records SET payload = replace(payload, 'Klotter', 'Inget') "
                     "WHERE id = ?", (entry,))
    problems = verify(event).items
    altered = [params for code, params in problems if code == "record_altered"]
    assert [p["id"] for p in altered] == [entry]
    assert ("projection_differs", {"table": "entries"}) in problems


def test_an_edited_operator_is_caught(event):
    entry = some_night(event)[1]
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute("UPDATE records SET operator = 'Mallory' WHERE id = ?", (entry,))
    assert "record_altered" in codes(event)


def test_a_deleted_record_leaves_a_gap_in_the_chain(event):
    entry = some_night(event)[2]
    with raw(event.path) as conn:
        seq = conn.execute("SELECT seq FROM records WHERE id = ?", (entry,)).fetchone()[0]
        conn.execute("DROP TRIGGER records_no_delete")
        conn.execute("DELETE FROM records WHERE id = ?", (entry,))
    problems = verify(event).items
    assert ("chain_gap", {"device": event.device.name, "seq": seq}) in problems
    assert ("chain_broken", {"device": event.device.name, "seq": seq + 1}) in problems


def test_a_deleted_newest_record_is_caught_by_the_projections(event):
    entry = some_night(event)[-1]
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_delete")
        conn.execute("DELETE FROM records WHERE id = ?", (entry,))
    assert ("projection_differs", {"table": "entries"}) in verify(event).items


def test_a_tampered_journal_row_is_caught(event):
    entry = some_night(event)[0]
    with raw(event.path) as conn:
        conn.execute("UPDATE entries SET place = 'Dombron' WHERE id = ?", (entry,))
    assert verify(event).items == [("projection_differs", {"table": "entries"})]


def test_a_tampered_catalogue_row_is_caught(event):
    with raw(event.path) as conn:
        conn.execute("UPDATE places SET lat = 0 WHERE name = 'Resecentrum'")
        conn.execute("DELETE FROM categories WHERE code = 'ber'")
    found = verify(event).items
    assert ("projection_differs", {"table": "places"}) in found
    assert ("projection_differs", {"table": "categories"}) in found
    assert len(found) == 2


def test_a_smuggled_journal_row_is_caught(event):
    some_night(event)
    with raw(event.path) as conn:
        conn.execute("INSERT INTO entries (id, kind, text, occurred_at, occurred_offset, "
                     "recorded_at, operator, device_id, device_name, confidential, hlc) "
                     "SELECT 'f' || id, kind, 'påhittad', occurred_at, occurred_offset, "
                     "recorded_at, operator, device_id, device_name, 0, hlc "
                     "FROM entries LIMIT 1")
    assert "projection_differs" in codes(event)


def test_verify_changes_nothing(event):
    some_night(event)
    with raw(event.path) as conn:
        conn.execute("UPDATE entries SET text = 'ändrad' WHERE kind = 'decision'")
    before = state(event.path)
    assert verify(event)
    assert verify(event)  # the rebuild inside verify was rolled back: still caught
    assert state(event.path) == before


def test_the_fingerprint_is_the_hash_of_the_sorted_record_hashes(event):
    some_night(event)
    count, value = state(event.path)
    found = fingerprint(event)
    assert (found.records, found.value) == (count, value)


def test_the_chain_heads_name_each_laptops_last_record(event):
    some_night(event)
    with EventFile.open(event.path, Device("b" * 32, "Laptop B")) as other:
        other.journal.log("Från dator B", operator="Bo")
    heads = {h.device_name: h for h in fingerprint(event).heads}
    assert heads["Laptop B"].seq == 1
    mine = heads[event.device.name]
    assert mine.seq == max(r.seq for r in event.records() if r.device_id == event.device.id)
    assert mine.hash == [r.hash for r in event.records()
                         if r.device_id == event.device.id and r.seq == mine.seq][0]


def test_verify_command_passes_a_sound_file(event, capsys):
    some_night(event)
    assert main(["verify", str(event.path)]) == 0
    out = capsys.readouterr().out
    assert str(fingerprint(event).records) in out


def test_verify_command_exits_non_zero_with_a_plain_report(event, capsys):
    entry = some_night(event)[-1]
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute("UPDATE records SET payload = replace(payload, 'Klotter', 'Inget') "
                     "WHERE id = ?", (entry,))
    assert main(["verify", str(event.path)]) == 1
    captured = capsys.readouterr()
    seq = [r.seq for r in event.records() if r.id == entry][0]
    sentence = describe_problem("record_altered", {"device": event.device.name, "seq": seq,
                                                   "id": entry})
    assert f"- {sentence}" in captured.out.splitlines()
    assert "Traceback" not in captured.out + captured.err

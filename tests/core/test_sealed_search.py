"""A page of a search with the passphrase (issue 12): confidential entries are opened in memory
in the page's order by time, and the reading stops where none could reach the page any more;
what a page shows is exactly that slice of the whole result, in either order."""

from __future__ import annotations

from datetime import timedelta

import pytest

from eventcenter.journal.queries import JournalFilter
from eventcenter.store.sealing import Opener
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE


def opened(monkeypatch) -> list[str]:
    """Every sealed field an opener opens (not those it kept from before)."""
    seen: list[str] = []
    first_open = Opener._open

    def counting(self, sealed):
        seen.append(sealed)
        return first_open(self, sealed)

    monkeypatch.setattr(Opener, "_open", counting)
    return seen


def log_at(event, text: str, minutes_ago: int, confidential: bool, base=None) -> str:
    at = (base or now_utc()) - timedelta(minutes=minutes_ago)
    return event.journal.log(text, operator="Anna", confidential=confidential, now=at,
                             occurred_at=at).id


@pytest.fixture
def mixed(event):
    """Sixty entries with the word 'flicka', every third one public; pairs logged at one
    time, so ties of time are broken by the clock; and entries without the word."""
    base = now_utc()
    for n in range(60):
        log_at(event, f"Flicka nummer {n}", 200 - n // 2 * 3, n % 3 != 0, base)
        log_at(event, f"Pojke nummer {n}", 200 - n, confidential=n % 2 == 0)
    event.unlock(PASSPHRASE)
    return event


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize(("offset", "limit"), [(0, 10), (5, 7), (25, 30), (55, 10), (0, 1)])
def test_a_page_is_the_slice_of_the_whole_result(mixed, newest_first, offset, limit):
    flt = JournalFilter(query="flicka", newest_first=newest_first)
    whole = [e.id for e in mixed.read.journal.page(flt)]
    assert len(whole) == mixed.read.journal.count(flt) == 60
    mixed.lock()
    mixed.unlock(PASSPHRASE)  # nothing kept from reading the whole
    page = [e.id for e in mixed.read.journal.page(flt, offset=offset, limit=limit)]
    assert page == whole[offset:offset + limit]


def test_a_first_page_of_sealed_hits_opens_only_the_newest(event, monkeypatch):
    for n in range(60):
        log_at(event, f"Flicka nummer {n}", 100 - n, confidential=True)
    event.unlock(PASSPHRASE)
    seen = opened(monkeypatch)
    page = event.read.journal.page(JournalFilter(query="flicka"), limit=10)
    assert [e.text for e in page] == [f"Flicka nummer {n}" for n in range(59, 49, -1)]
    assert len(seen) == 10


def test_sealed_entries_older_than_a_full_page_of_open_hits_are_not_opened(event, monkeypatch):
    for n in range(30):
        log_at(event, f"Flicka i hemlighet {n}", 200 - n, confidential=True)
    for n in range(20):
        log_at(event, f"Flicka öppet {n}", 100 - n, confidential=False)
    log_at(event, "Flicka i hemlighet nyast", 1, confidential=True)
    event.unlock(PASSPHRASE)
    seen = opened(monkeypatch)
    page = event.read.journal.page(JournalFilter(query="flicka"), limit=10)
    assert [e.text for e in page] == ["Flicka i hemlighet nyast"] + [
        f"Flicka öppet {n}" for n in range(19, 10, -1)]
    assert len(seen) == 1
    assert event.read.journal.count(JournalFilter(query="flicka")) == 51

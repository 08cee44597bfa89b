"""A search finds the same page whichever way SQLite is told to go: few hits are looked up one
by one and sorted, many hits walk the time index and stop at the page; and a search with no
other filter, counted in the full-text index alone, counts what the join counts."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from eventcenter.journal import queries as journal_queries
from eventcenter.journal.queries import JournalFilter
from eventcenter.store.records import Draft
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE


@pytest.fixture
def crowd(event):
    """Forty entries with the same word, logged in an order unlike the order they occurred in,
    a few sharing a moment, some confidential."""
    rng = random.Random(7)
    now = now_utc()
    moments = [now - timedelta(minutes=rng.randint(0, 300)) for _ in range(40)]
    drafts = [Draft("entry.logged", {"text": f"Brand nummer {i}", "category": "brand"
                                     if i % 3 else "ord"}, "Anna", moment)
              for i, moment in enumerate(moments)]
    drafts += [Draft("entry.logged", {"text": "Övrigt", "category": "ord"}, "Anna", now)]
    event.write(drafts, now)
    event.journal.log("Brand, hemlig", operator="Anna", confidential=True, now=now)
    return event


def texts(event, flt, offset=0, limit=None):
    return [e.text for e in event.read.journal.page(flt, offset=offset, limit=limit)]


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize("category", [None, "brand"])
@pytest.mark.parametrize("offset, limit", [(0, 10), (7, 9), (0, None), (35, 10)])
def test_both_plans_give_the_same_page(crowd, monkeypatch, newest_first, category, offset,
                                       limit):
    flt = JournalFilter(query="bran", newest_first=newest_first, category=category)
    monkeypatch.setattr(journal_queries, "MANY_HITS", 10**9)
    one_by_one = texts(crowd, flt, offset, limit)
    monkeypatch.setattr(journal_queries, "MANY_HITS", 2)
    walking = texts(crowd, flt, offset, limit)
    assert walking == one_by_one
    assert len(one_by_one) == len(texts(crowd, flt)[offset:][:limit])


def test_counting_in_the_index_alone_counts_what_the_join_counts(crowd):
    alone = crowd.read.journal.count(JournalFilter(query="brand"))
    joined = crowd.read.journal.count(JournalFilter(query="brand", confidential=False))
    assert alone == joined == 40


def test_with_the_passphrase_a_page_merges_the_opened_matches(crowd):
    crowd.unlock(PASSPHRASE)
    flt = JournalFilter(query="brand")
    everything = texts(crowd, flt)
    assert "Brand, hemlig" in everything and len(everything) == 41
    assert texts(crowd, flt, 5, 10) == everything[5:15]
    assert crowd.read.journal.count(flt) == 41

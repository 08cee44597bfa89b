"""Tests for eventcenter.swedish: collation, folding, FTS5 queries, SQLite hooks."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcenter.swedish import fold, fts_query, register_collation, sort_key

PLACES = ["Ödeshög", "Zebra", "Åre", "Älvdalen", "alfa", "Bo"]
PLACES_SORTED = ["alfa", "Bo", "Zebra", "Åre", "Älvdalen", "Ödeshög"]

ROWS = [
    "hår på golvet",
    "har ingen ström",
    "gata-park-natur ringer om nedskräpning",
    "TV3: filmar vid Flustret",
    "Ärende från Östra Ågatan",
    "AND och NEAR är vanliga ord",
    "Schütz och Müller",
]


@pytest.fixture
def fts() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE notes USING fts5("
        "body, tokenize=\"unicode61 remove_diacritics 0\", prefix='2 3')"
    )
    conn.executemany("INSERT INTO notes(body) VALUES (?)", [(row,) for row in ROWS])
    yield conn
    conn.close()


def search(conn: sqlite3.Connection, user_text: str, prefix: bool = True) -> list[str]:
    query = fts_query(user_text, prefix=prefix)
    assert query is not None
    sql = "SELECT body FROM notes WHERE notes MATCH ? ORDER BY rowid"
    return [row[0] for row in conn.execute(sql, (query,))]


# --- sort_key -----------------------------------------------------------------


def test_sort_swedish_alphabet() -> None:
    assert sorted(PLACES, key=sort_key) == PLACES_SORTED


def test_sort_is_case_insensitive_with_stable_tie_break() -> None:
    words = ["bo", "Bo", "BO", "Bö", "bå", "Ba"]
    assert sorted(words, key=sort_key) == ["Ba", "BO", "Bo", "bo", "bå", "Bö"]
    assert sorted(reversed(words), key=sort_key) == sorted(words, key=sort_key)


@pytest.mark.parametrize(
    ("same_as", "word"),
    [("y", "ü"), ("e", "é"), ("ä", "æ"), ("ö", "ø"), ("a", "à"), ("n", "ñ"), ("Y", "Ü")],
)
def test_letters_that_sort_as_another_letter(same_as: str, word: str) -> None:
    assert sort_key(word)[0] == sort_key(same_as)[0]


def test_special_letters_in_context() -> None:
    words = ["Müller", "Mylläri", "Mutter", "Mörk", "Mærsk", "Mats", "Møller", "Méndez"]
    assert sorted(words, key=sort_key) == [
        "Mats",
        "Méndez",
        "Mutter",
        "Müller",
        "Mylläri",
        "Mærsk",
        "Møller",
        "Mörk",
    ]


def test_å_ä_ö_come_after_z_in_that_order() -> None:
    assert sort_key("z")[0] < sort_key("å")[0] < sort_key("ä")[0] < sort_key("ö")[0]
    assert sort_key("Zz")[0] < sort_key("Å")[0]


def test_digits_before_letters_and_symbols_before_digits() -> None:
    words = ["b", "Ä", "2a", "10", "a", " a", "-", "0"]
    assert sorted(words, key=sort_key) == [" a", "-", "0", "10", "2a", "a", "b", "Ä"]


def test_prefix_sorts_first() -> None:
    assert sorted(["Stora torget", "Stora", "Storagatan"], key=sort_key) == [
        "Stora",
        "Stora torget",
        "Storagatan",
    ]


def test_decomposed_å_sorts_like_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Åre")
    assert sort_key(decomposed)[0] == sort_key("Åre")[0]
    assert sorted([decomposed, "Zebra"], key=sort_key) == ["Zebra", decomposed]


def test_other_scripts_after_swedish_letters() -> None:
    assert sort_key("ö")[0] < sort_key("Ω")[0]
    assert sort_key("ö")[0] < sort_key("ж")[0]


def test_sort_key_empty_string() -> None:
    assert sorted(["a", ""], key=sort_key) == ["", "a"]


@given(st.lists(st.text(max_size=12), max_size=20))
def test_sort_key_total_and_deterministic(words: list[str]) -> None:
    once = sorted(words, key=sort_key)
    assert once == sorted(reversed(words), key=sort_key)
    for word in words:
        assert sort_key(word) == sort_key(word)
        assert isinstance(sort_key(word), tuple)


# --- fold ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ÅSA", "åsa"),
        ("Ärende", "ärende"),
        ("ÖSTRA ÅGATAN", "östra ågatan"),
        ("  Bo  ", "bo"),
        ("\tÅre\n", "åre"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_normalises_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "ÅSA")
    assert decomposed != "ÅSA"
    assert fold(decomposed) == "åsa"
    assert unicodedata.is_normalized("NFC", fold(decomposed))


def test_fold_keeps_inner_whitespace() -> None:
    assert fold(" Östra  Ågatan ") == "östra  ågatan"


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


# --- fts_query ----------------------------------------------------------------


NASTY = [
    "gata-park-natur",
    "TV3:",
    "AND",
    "OR",
    "NOT",
    "and",
    '"',
    '""',
    '"""',
    "(",
    ")",
    "NEAR(",
    "NEAR(a b, 3)",
    "*",
    "^",
    "^hår",
    "body:hår",
    "{body}: x",
    "-",
    "+",
    "hår AND",
    "AND hår",
    "a OR b NOT c",
    "'",
    "\\",
    "hår*",
    "*hår",
    ":",
    "a\x00b",
    "\x00",
    "\ud800",
    "x\udfffy",
    "ä\u0308",
    "\u200b",
    "🎉",
    "'; DROP TABLE notes; --",
]


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.parametrize("prefix", [True, False])
def test_nasty_input_is_a_valid_query(fts: sqlite3.Connection, text: str, prefix: bool) -> None:
    query = fts_query(text, prefix=prefix)
    if query is None:
        assert text in ("\x00", "\ud800")
        return
    fts.execute("SELECT count(*) FROM notes WHERE notes MATCH ?", (query,)).fetchone()


FTS_SYNTAX = st.text(alphabet=st.sampled_from(list('"()*:^-+,{}. \x00\ud800åäöANDORTNE')))
ANY_CHAR = st.text(alphabet=st.characters(exclude_categories=()))


@given(st.one_of(st.text(), ANY_CHAR, FTS_SYNTAX), st.booleans())
@settings(max_examples=400)
def test_random_unicode_is_a_valid_query(text: str, prefix: bool) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE notes USING fts5("
        "body, tokenize=\"unicode61 remove_diacritics 0\", prefix='2 3')"
    )
    conn.executemany("INSERT INTO notes(body) VALUES (?)", [(row,) for row in ROWS])
    query = fts_query(text, prefix=prefix)
    if query is None:
        assert not "".join(c for c in text if c != "\x00" and not 0xD800 <= ord(c) < 0xE000).split()
    else:
        conn.execute("SELECT count(*) FROM notes WHERE notes MATCH ?", (query,)).fetchone()
    conn.close()


@pytest.mark.parametrize("text", ["", " ", "\t\n", "\u3000", "\x00", " \x00 "])
def test_only_whitespace_gives_none(text: str) -> None:
    assert fts_query(text) is None
    assert fts_query(text, prefix=False) is None


def test_query_shape() -> None:
    assert fts_query("hår") == '"hår"*'
    assert fts_query("hår", prefix=False) == '"hår"'
    assert fts_query("  vid  Flustret ") == '"vid" "Flustret"*'
    assert fts_query('säg "hej"') == '"säg" """hej"""*'
    assert fts_query("AND") == '"AND"*'


def test_å_ä_ö_are_distinct_letters(fts: sqlite3.Connection) -> None:
    assert search(fts, "hår", prefix=False) == ["hår på golvet"]
    assert search(fts, "har", prefix=False) == ["har ingen ström"]
    assert search(fts, "hår") == ["hår på golvet"]
    assert search(fts, "har") == ["har ingen ström"]


def test_case_folding_of_å_ä_ö(fts: sqlite3.Connection) -> None:
    assert search(fts, "ÅGATAN") == ["Ärende från Östra Ågatan"]
    assert search(fts, "östra ärende") == ["Ärende från Östra Ågatan"]


def test_hyphenated_name_finds_its_row(fts: sqlite3.Connection) -> None:
    expected = ["gata-park-natur ringer om nedskräpning"]
    assert search(fts, "gata-park-natur") == expected
    assert search(fts, "gata-park-natur", prefix=False) == expected
    assert search(fts, "gata-pa") == expected


def test_punctuation_and_operators_are_plain_words(fts: sqlite3.Connection) -> None:
    assert search(fts, "TV3:") == ["TV3: filmar vid Flustret"]
    assert search(fts, "AND") == ["AND och NEAR är vanliga ord"]
    assert search(fts, "NEAR(") == ["AND och NEAR är vanliga ord"]
    assert search(fts, "(") == []


def test_tokens_are_anded(fts: sqlite3.Connection) -> None:
    assert search(fts, "vid flu") == ["TV3: filmar vid Flustret"]
    assert search(fts, "vid golvet") == []


def test_prefix_applies_to_last_token_only(fts: sqlite3.Connection) -> None:
    assert search(fts, "Flus") == ["TV3: filmar vid Flustret"]
    assert search(fts, "Flus", prefix=False) == []
    assert search(fts, "fil Flustret") == []


def test_ü_is_not_folded_to_u(fts: sqlite3.Connection) -> None:
    assert search(fts, "Müller") == ["Schütz och Müller"]
    assert search(fts, "Muller") == []


# --- register_collation ---------------------------------------------------------


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    register_collation(conn)
    conn.execute("CREATE TABLE places (name TEXT)")
    conn.executemany("INSERT INTO places VALUES (?)", [(p,) for p in PLACES])
    yield conn
    conn.close()


def test_order_by_collate_swedish(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT name FROM places ORDER BY name COLLATE SWEDISH").fetchall()
    assert [r[0] for r in rows] == PLACES_SORTED
    rows = db.execute("SELECT name FROM places ORDER BY name COLLATE SWEDISH DESC").fetchall()
    assert [r[0] for r in rows] == PLACES_SORTED[::-1]


def test_default_binary_order_is_wrong_which_is_why(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT name FROM places ORDER BY name").fetchall()
    assert [r[0] for r in rows] != PLACES_SORTED


def test_collation_in_column_definition_and_index() -> None:
    conn = sqlite3.connect(":memory:")
    register_collation(conn)
    conn.execute("CREATE TABLE units (name TEXT COLLATE SWEDISH)")
    conn.execute("CREATE INDEX units_name ON units(name)")
    conn.executemany("INSERT INTO units VALUES (?)", [(p,) for p in PLACES])
    rows = conn.execute("SELECT name FROM units ORDER BY name").fetchall()
    assert [r[0] for r in rows] == PLACES_SORTED
    conn.close()


def test_collation_equality_is_exact(db: sqlite3.Connection) -> None:
    # The tie-break makes "Bo" and "bo" different; use sv_fold for look-ups.
    sql = "SELECT count(*) FROM places WHERE name = 'bo' COLLATE SWEDISH"
    assert db.execute(sql).fetchone()[0] == 0


def test_sv_fold(db: sqlite3.Connection) -> None:
    assert db.execute("SELECT sv_fold(' ÅRE ')").fetchone()[0] == "åre"
    assert db.execute("SELECT sv_fold(NULL)").fetchone()[0] is None
    assert db.execute("SELECT sv_fold(42)").fetchone()[0] == 42
    sql = "SELECT name FROM places WHERE sv_fold(name) = sv_fold(?)"
    assert db.execute(sql, ("ÄLVDALEN",)).fetchall() == [("Älvdalen",)]


def test_sv_fold_is_deterministic_so_it_can_be_indexed(db: sqlite3.Connection) -> None:
    db.execute("CREATE INDEX places_folded ON places(sv_fold(name))")
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT name FROM places WHERE sv_fold(name) = 'åre'"
    ).fetchall()
    assert any("places_folded" in str(row) for row in plan)


def test_nocase_is_not_enough_which_is_why(db: sqlite3.Connection) -> None:
    sql = "SELECT count(*) FROM places WHERE name = 'åre' COLLATE NOCASE"
    assert db.execute(sql).fetchone()[0] == 0


def test_register_works_as_sqlalchemy_connect_listener() -> None:
    conn = sqlite3.connect(":memory:")
    register_collation(conn, object())
    assert conn.execute("SELECT sv_fold('Ö')").fetchone()[0] == "ö"
    conn.close()

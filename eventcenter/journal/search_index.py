"""Is the full-text index what the journal says? Checked on `verify`'s scratch copy.

The index (`entries_fts`) is contentless: it keeps the words of each entry under the entry's
row number, not the text. So it is compared with an index a rebuild makes: before the rebuild
the index as found is renamed aside (with the row numbers of the entries as found, which may
differ from the rebuild's after records arrived out of order), a fresh one takes its place
and the rebuild fills it. Then, per entry id: is it in both, with the same number of words,
and (when anything differs) with the same words at the same places?
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventcenter.store.problems import Problems

if TYPE_CHECKING:
    from sqlalchemy import Connection

INDEX = "entries_fts"
FOUND = "entries_fts_found"
FOUND_ROWS = "entries_fts_found_rows"
NAMED = 10  # entries named per kind of difference; the rest are counted
_MASK = (1 << 64) - 1


def set_aside(conn: Connection, problems: Problems) -> bool:
    """Check the index's own structure, then rename it aside and put an empty one in its
    place for the rebuild; returns whether there is a sound index to compare afterwards."""
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                               "name = ?", (INDEX,)).scalar()
    if sql is None:
        problems.add("index_absent")
        return False
    from sqlalchemy import exc

    try:
        conn.exec_driver_sql(f"INSERT INTO {INDEX} ({INDEX}) VALUES ('integrity-check')")
    except exc.DatabaseError as error:
        problems.add("index_damaged", detail=str(getattr(error, "orig", error)))
        return False
    conn.exec_driver_sql(f"ALTER TABLE {INDEX} RENAME TO {FOUND}")
    conn.exec_driver_sql(sql)
    conn.exec_driver_sql(f"CREATE TABLE {FOUND_ROWS} (n INTEGER PRIMARY KEY, id TEXT)")
    conn.exec_driver_sql(f"INSERT INTO {FOUND_ROWS} SELECT n, id FROM entries")
    return True


def compare(conn: Connection, problems: Problems) -> None:
    """After the rebuild: name the entries the index as found lacks, holds too many, or
    holds other words for."""
    missing, extra, differs = _by_size(conn)
    if not (missing or extra or differs) and _terms(conn, FOUND) == _terms(conn, INDEX):
        return  # the sound path: sizes and word counts agree, no word-by-word reading
    words_found = _words(conn, FOUND, FOUND_ROWS)
    words_rebuilt = _words(conn, INDEX, "entries")
    differs |= {key for key in words_found.keys() & words_rebuilt.keys()
                if words_found[key] != words_rebuilt[key]}
    _report(problems, "index_missing", sorted(missing))
    _report(problems, "index_extra", sorted(extra))
    _report(problems, "index_differs", sorted(differs))


def _report(problems: Problems, code: str, keys: list[str]) -> None:
    for key in keys[:NAMED]:
        if key.startswith("#"):
            problems.add("index_stray", row=key[1:])
        else:
            problems.add(code, id=key)
    if len(keys) > NAMED:
        problems.add("index_more", count=len(keys) - NAMED)


def _by_size(conn: Connection) -> tuple[set[str], set[str], set[str]]:
    """Entries the index as found lacks, holds but a rebuild does not, and holds with another
    number of words, by entry id (one dict of the found index at a time in memory)."""
    found = {key: size for key, size in _sizes(conn, FOUND, FOUND_ROWS)}
    missing, differs = set(), set()
    for key, size in _sizes(conn, INDEX, "entries"):
        kept = found.pop(key, None)
        if kept is None:
            missing.add(key)
        elif kept != size:
            differs.add(key)
    return missing, set(found), differs


def _sizes(conn: Connection, index: str, rows: str):
    """(entry id, its number of words) per document of the index; '#row' for a document
    that belongs to no entry."""
    return conn.exec_driver_sql(
        f"SELECT coalesce(r.id, '#' || d.id), d.sz FROM {index}_docsize d "
        f"LEFT JOIN {rows} r ON r.n = d.id")


def _terms(conn: Connection, index: str) -> list[tuple]:
    """Each word with the number of entries and places it is indexed in."""
    vocab = _vocab(conn, index, "row")
    return conn.exec_driver_sql(f"SELECT term, doc, cnt FROM {vocab} ORDER BY term").all()


def _words(conn: Connection, index: str, rows: str) -> dict[str, int]:
    """Entry → a hash over its (word, place) pairs, in any order."""
    ids = dict(conn.exec_driver_sql(f"SELECT n, id FROM {rows}").all())
    vocab = _vocab(conn, index, "instance")
    found: dict[int, int] = {}
    for row, term, offset in conn.exec_driver_sql(f"SELECT doc, term, offset FROM {vocab}"):
        found[row] = (found.get(row, 0) + hash((term, offset))) & _MASK
    return {ids.get(row) or f"#{row}": value for row, value in found.items()}


def _vocab(conn: Connection, index: str, kind: str) -> str:
    name = f"temp.vocab_{index}_{kind}"
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} "
                         f"USING fts5vocab(main, {index}, {kind})")
    return name


"""User text on the page (escaping, wrapping, placeholders, phone numbers) and the fast
table's page splitting."""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from eventcenter.reports import fonts, styles
from eventcenter.reports.journal_table import BOLD, NORMAL, JournalTable, Row, line_table, lines
from eventcenter.reports.page import Decoration, build_pdf
from eventcenter.reports.text import PLACEHOLDER, markup, printable, redact_phones, wrap
from tests.reports.conftest import pages


def test_markup_is_escaped_and_parses():
    text = '<font size=40>x</font> <img src="/etc/passwd"/> <b>open & &amp;'
    escaped = markup(text)
    assert "<" not in escaped.replace("<br/>", "") and "&amp;amp;" in escaped
    Paragraph(escaped, styles.styles()["body"])  # an unclosed <b> would raise here


def test_unprintable_characters_become_the_placeholder():
    assert printable("a\x07b中c\ud800") == f"a{PLACEHOLDER}b{PLACEHOLDER}c{PLACEHOLDER}"
    assert printable("åäö ÅÄÖ é ü\nrad") == "åäö ÅÄÖ é ü\nrad"


def test_wrap_fits_the_width_and_breaks_long_words():
    width = 120
    found = wrap("kort " + "x" * 400 + " slut", fonts.REGULAR, 8, width)
    assert len(found) > 3 and found[0] == "kort" and found[-1].endswith("slut")
    assert all(fonts.string_width(line, fonts.REGULAR, 8) <= width for line in found)
    assert "".join(found[1:]).removesuffix("slut").strip() == "x" * 400


def test_phone_numbers_are_found_but_times_and_dates_are_not():
    text = ("Ring 070-123 45 67, 018-727 00 00, +46 70 123 45 67 eller 0701234567; "
            "kl. 22:14 den 2027-04-30, 12 personer, RAKEL 118 118")
    assert redact_phones(text, "[tel]") == ("Ring [tel], [tel], [tel] eller [tel]; kl. 22:14 "
                                            "den 2027-04-30, 12 personer, RAKEL 118 118")


def test_a_row_taller_than_a_page_is_split_between_its_lines():
    header = Row(([("Tid", NORMAL)], [("Text", NORMAL)]))
    tall = Row(([("22:14", NORMAL)], lines("ord " * 4000, NORMAL, 300)))
    small = Row(([("22:15", NORMAL)], [("kort", NORMAL)]))
    table = JournalTable([small, tall, small], (50, 306), header, ("(forts.)", NORMAL))
    parts, rest, room = [], table, 500.0
    while True:
        _width, height = rest.wrap(356, room)
        if height <= room:
            parts.append(rest)
            break
        first, rest = rest.split(356, room)
        assert first.wrap(356, room)[1] <= room
        parts.append(first)
        room = styles.FRAME_HEIGHT
    assert len(parts) > 3
    drawn = sum(len(p.rows[p.start:p.end]) for p in parts)
    pieces = sum(1 for p in parts for r in (p.head, p.tail) if r is not None)
    assert drawn == 2 and pieces >= 3  # the two small rows whole, the tall one in pieces


def day_and_entries(days: int = 6, per_day: int = 12) -> list[Row]:
    """Date headings (kept with the next row) each followed by entries of 1–4 lines."""
    rows = []
    for day in range(days):
        rows.append(Row(([(f"DAG{day:02}", BOLD)], [], []), styles.HEADER_FILL, span=True,
                        keep_with_next=True))
        for n in range(per_day):
            text = [(f"POST{day:02}-{n:02}", NORMAL)] + [("mer", NORMAL)] * (n % 4)
            rows.append(Row(([("22:14", NORMAL)], [("Anna", NORMAL)], text)))
    return rows


def check_part(part: JournalTable, room: float) -> None:
    """A part is drawn inside the room it was given, and holds more than its header (and
    more than a date heading, unless it has a whole page)."""
    assert part.wrap(styles.FRAME_WIDTH, room)[1] <= room + 1e-6, "drawn below the frame"
    body = part.rows[part.start:part.end]
    assert body or part.head or part.tail, f"the header alone in {room:.1f} pt"
    if room < styles.FRAME_HEIGHT and not (part.head or part.tail):
        assert not all(r.keep_with_next for r in body), "a date heading alone"


def paginate(table: JournalTable, first_room: float) -> list[tuple[JournalTable, float]]:
    """The parts as reportlab's frame places them, with the room each had: whole if it fits,
    else split, the rest tried in what is left of the page, and on an empty split a new
    (full) page."""
    placed, rest, room = [], table, first_room
    for _step in range(1000):
        if rest.wrap(styles.FRAME_WIDTH, room)[1] <= room + 1e-6:
            placed.append((rest, room))
            return placed
        found = rest.split(styles.FRAME_WIDTH, room)
        if not found:
            assert room < styles.FRAME_HEIGHT, "a full page should always take something"
            room = styles.FRAME_HEIGHT
            continue
        first, rest = found
        check_part(first, room)
        placed.append((first, room))
        room -= first.wrap(styles.FRAME_WIDTH, room)[1]
    raise AssertionError("no end to the pages")


def test_a_split_never_leaves_the_header_alone_or_draws_below_the_page():
    rows = day_and_entries()
    table = line_table(["Tid", "Loggförare · var", "Loggpost"], rows,
                       (50.0, 118.0, styles.FRAME_WIDTH - 168.0))
    for tenth in range(0, int(10 * styles.FRAME_HEIGHT), 7):  # every place on a first page
        parts = paginate(table, tenth / 10)
        drawn = [i for part, _room in parts for i in range(part.start, part.end)]
        assert drawn == list(range(len(rows)))  # every row once, none twice
        for part, room in parts:
            check_part(part, room)


def test_no_page_of_a_built_pdf_ends_with_the_table_header(tmp_path):
    rows = day_and_entries()
    widths = (50.0, 118.0, styles.FRAME_WIDTH - 168.0)
    probe = line_table(["HTID", "HVEM", "HPOST"], rows, widths)
    header, five_rows = probe.header.height, probe.prefix[5]
    decoration = Decoration("SIDHUVUD", "Rapport", "version", False, "skapad")
    # The room left on the first page: header and five rows and a sliver too small for
    # another header (the rest of the table once tried to start there); less than a header;
    # a header and less than a row.
    for gap in (header + five_rows + 3, header - 2, header + 4):
        path = tmp_path / f"tabell-{gap:.0f}.pdf"
        table = line_table(["HTID", "HVEM", "HPOST"], rows, widths)
        build_pdf(path, [Spacer(1, styles.FRAME_HEIGHT - gap), table], decoration, "test")
        seen = []
        for number, text in enumerate(pages(path), start=1):
            content = text.splitlines()
            content = content[:content.index("Rapport · version")]  # the page decoration
            if content:
                assert content[-1] != "HPOST", f"page {number} ends with the header"
                assert content[-1] not in {f"DAG{d:02}" for d in range(6)}, number
                assert content[0] == "HTID", f"page {number}: rows without a header"
            assert content.count("HTID") <= 1, f"page {number}: two headers"
            seen += [line for line in content if line.startswith("POST")]
        assert seen == sorted(set(seen)) and len(seen) == 6 * 12  # each row once, in order

"""User text on the page (escaping, wrapping, placeholders, phone numbers) and the fast
table's page splitting."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from eventcenter.reports import fonts, styles
from eventcenter.reports.journal_table import NORMAL, JournalTable, Row, lines
from eventcenter.reports.text import PLACEHOLDER, markup, printable, redact_phones, wrap


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

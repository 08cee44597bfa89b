"""The whole journal in time order, as one fast table (see `journal_table`).

A corrected entry stays legible, struck through, with its correction and the reason right
below it; an entry logged late says when and why; a decision says who decided; in the full
version a confidential entry is marked, and without the passphrase it says only that it is
sealed. The public version never receives confidential entries at all (see journal_data).
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, Paragraph

from eventcenter.journal.queries import JournalEntry
from eventcenter.messages import _
from eventcenter.reports import styles, when
from eventcenter.reports.context import Report
from eventcenter.reports.journal_data import EntryGroup
from eventcenter.reports.journal_table import (
    BOLD,
    ITALIC,
    LATE,
    MUTED,
    NORMAL,
    NOTE,
    SEALED,
    SECRET,
    STRUCK,
    STRUCK_BOLD,
    JournalTable,
    Line,
    LineStyle,
    Row,
    line_table,
    lines,
)
from eventcenter.reports.text import markup

TIME_WIDTH, META_WIDTH = 50.0, 118.0
WIDTHS = (TIME_WIDTH, META_WIDTH, styles.FRAME_WIDTH - TIME_WIDTH - META_WIDTH)
TEXT_ROOM = WIDTHS[2] - 6
META_ROOM = WIDTHS[1] - 6
TIME_ROOM = WIDTHS[0] - 6


def body(text: str | None, style: LineStyle) -> list[Line]:
    return lines(text, style, TEXT_ROOM)


class JournalRows:
    """Turns entry groups into table rows for one report."""

    def __init__(self, report: Report, categories: dict[str, str],
                 decisions_shaded: bool = True, max_lines: int | None = None) -> None:
        self.report, self.categories = report, categories
        self.decisions_shaded = decisions_shaded
        self.max_lines = max_lines  # cut long texts (the one-page situation report)

    def rows(self, groups: list[EntryGroup]) -> Iterator[Row]:
        day = None
        for group in groups:
            today = when.local(group.entry.occurred_at).date()
            if today != day:
                day = today
                yield Row(([(when.long_date(today), BOLD)], [], []), styles.HEADER_FILL,
                          span=True, keep_with_next=True)
            yield self.entry_row(group.entry, follows=bool(group.corrections))
            for correction in group.corrections:
                yield self.entry_row(correction, follows=False, attached=True)
            self.report.progress.advance()

    def entry_row(self, entry: JournalEntry, follows: bool, attached: bool = False) -> Row:
        fill = None
        if entry.kind == "decision" and self.decisions_shaded:
            fill = styles.DECISION_FILL
        if attached:
            fill = styles.CORRECTION_FILL
        elif entry.confidential:
            fill = styles.CONFIDENTIAL_FILL
        cells = (self.time_cell(entry, attached), self.meta_cell(entry),
                 self.text_cell(entry, attached))
        if self.max_lines:
            cells = tuple(cut(cell, self.max_lines) for cell in cells)
        return Row(cells, fill, keep_with_next=follows)

    def time_cell(self, entry: JournalEntry, attached: bool) -> list[Line]:
        cell = [(("↳ " if attached else "") + when.clock(entry.occurred_at), BOLD)]
        if entry.late_reason:
            cell += lines(_("logged {time}").format(time=when.clock(entry.recorded_at)), LATE,
                          TIME_ROOM)
        return cell

    def meta_cell(self, entry: JournalEntry) -> list[Line]:
        cell = lines(entry.operator, MUTED, META_ROOM)
        category = self.categories.get(entry.category or "", entry.category)
        where = " · ".join(v for v in (category, entry.place, entry.unit) if v)
        cell += lines(where, NORMAL, META_ROOM)
        source = ": ".join(v for v in (entry.channel, self.report.clean(entry.reporter)) if v)
        cell += lines(source, NOTE, META_ROOM) if source else []
        if entry.confidential:
            cell.append((_("CONFIDENTIAL"), SECRET))
        return cell

    def text_cell(self, entry: JournalEntry, attached: bool) -> list[Line]:
        struck = bool(entry.corrected_by)
        plain, strong = (STRUCK, STRUCK_BOLD) if struck else (NORMAL, BOLD)
        cell: list[Line] = []
        if entry.kind == "decision":
            cell += body(_("DECISION, decided by {name}").format(name=entry.decided_by)
                         if entry.decided_by else _("DECISION"), strong)
        elif entry.kind == "correction":
            label = _("CORRECTION") if attached else _("CORRECTION of entry {id}").format(
                id=(entry.corrects or "")[:8])
            cell.append((label, strong))
        if entry.unreadable:
            cell += body(unreadable_entry(), SEALED)
        elif entry.sealed:
            cell += body(_("Confidential entry: its text needs the passphrase."), SEALED)
        else:
            cell += body(self.report.clean(entry.text), strong if entry.kind == "decision"
                         else plain)
        cell += self.details(entry, plain)
        if entry.late_reason:
            cell += body(_("Logged late at {time}: {reason}").format(
                time=when.clock(entry.recorded_at),
                reason=self.report.clean(entry.late_reason)), LATE)
        if struck:
            cell.append((_("Corrected; the correction follows below."), NOTE))
        return cell

    def details(self, entry: JournalEntry, style: LineStyle) -> list[Line]:
        found: list[Line] = []
        if entry.kind == "correction" and entry.correction_reason:
            found += body(_("Reason: {reason}").format(
                reason=self.report.clean(entry.correction_reason)), ITALIC)
        if entry.kind == "decision":
            for label, value in decision_fields(entry)[1:]:
                if value:
                    found += body(f"{label}: {self.report.clean(value)}", style)
        return found


def unreadable_entry() -> str:
    """What a confidential entry the passphrase cannot open says, in the report's language."""
    return _("Confidential entry: its text cannot be opened (damaged, or sealed to another "
             "key).")


def cut(cell: list[Line], most: int) -> list[Line]:
    """At most `most` lines, the last ending in … if anything was cut."""
    if len(cell) <= most:
        return cell
    kept = cell[:most]
    text, style = kept[-1]
    kept[-1] = (text[:-1] + "…" if len(text) > 1 else "…", style)
    return kept


def decision_fields(entry: JournalEntry) -> list[tuple[str, str | None]]:
    return [(_("Decided by"), entry.decided_by), (_("Mandate"), entry.mandate),
            (_("Basis"), entry.basis), (_("Reason"), entry.reason),
            (_("Affected"), entry.affected)]


def entry_table(report: Report, groups: list[EntryGroup], categories: dict[str, str],
                decisions_shaded: bool = True, max_lines: int | None = None) -> JournalTable:
    """Entries (with their corrections) as one fast table; also used for the decisions."""
    rows = list(JournalRows(report, categories, decisions_shaded, max_lines).rows(groups))
    return line_table([_("Time"), _("Operator · where"), _("Entry")], rows, WIDTHS,
                      on_drawn=report.progress.share(len(groups), len(rows)))


def journal_section(report: Report, groups: list[EntryGroup],
                    categories: dict[str, str], withheld: int) -> list[Flowable]:
    s = styles.styles()
    story: list[Flowable] = [Paragraph(markup(_("Journal")), s["h1"]),
                             Paragraph(markup(_(
                                 "Every entry in time order (Swedish time). Struck-through text "
                                 "has been corrected: the correction and its reason follow "
                                 "right below it. Decisions are shaded yellow.")), s["muted"])]
    if report.public and withheld:
        story.append(Paragraph(markup(_(
            "Confidential entries left out of this public version: {count}.").format(
                count=withheld)), s["muted"]))
    if not groups:
        story.append(Paragraph(markup(_("The journal is empty.")), s["body"]))
        return story
    story.append(entry_table(report, groups, categories))
    return story

"""The debrief's cover: which event, which version, who logged on which laptops, when it
was made, and the fingerprint of the state it was made from.

The fingerprint (number of records, the event's hash over all of them, each laptop's last
chain hash) lets anyone tell two printouts of different states apart and check a printout
against a file with `eventcenter fingerprint FILE --json`.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from eventcenter.integrity import Fingerprint
from eventcenter.messages import _
from eventcenter.reports import styles, when
from eventcenter.reports.blocks import facts, grid, heading, para, space
from eventcenter.reports.context import Report
from eventcenter.reports.figures import JournalFigures
from eventcenter.swedish import sort_key


def cover(report: Report, figures: JournalFigures, print_: Fingerprint,
          title: str) -> list[Flowable]:
    event = report.event
    story: list[Flowable] = [space(30), para(title, "subtitle"), para(event.name, "title")]
    if event.meta("exercise") == "1":
        story.append(para(_("EXERCISE: not a real event"), "warning"))
    story += [space(8), version_box(report), space(14)]
    story.append(facts(event_facts(report, figures, print_)))
    story += [space(12), heading(_("The state this report was made from"), 2)]
    story.append(facts([(_("Records"), str(print_.records)),
                        (_("Fingerprint"), print_.value)], value_style="mono"))
    story.append(space(4))
    rows = [[h.device_name, str(h.seq), h.hash] for h in print_.heads]
    story.append(grid([_("Laptop"), _("Last record"), _("Last chain hash")], rows,
                      [95, 60, styles.FRAME_WIDTH - 155]))
    story += [space(6), para(_(
        "Two printouts with the same fingerprint were made from the same records. To check "
        "this printout against an event file, run: eventcenter fingerprint FILE --json"),
        "muted"), PageBreak()]
    return story


def version_box(report: Report) -> Table:
    if report.public:
        lines = [_("Public version"), _(
            "Confidential entries and details, phone numbers and talk groups are left out.")]
        colour, fill = styles.ACCENT, styles.HEADER_FILL
    else:
        lines = [_("Full version: contains confidential information"), _(
            "Not to be handed out. Use the public version for the public record.")]
        colour, fill = styles.CONFIDENTIAL, styles.CONFIDENTIAL_FILL
        if report.sealed:
            lines.append(_("Made without the passphrase: confidential entries are listed, "
                           "but their text stays sealed."))
    cells = [[para(lines[0], "h2")], *[[para(line)] for line in lines[1:]]]
    box = Table(cells, colWidths=[styles.FRAME_WIDTH])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colour),
                             ("BACKGROUND", (0, 0), (-1, -1), fill),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return box


def event_facts(report: Report, f: JournalFigures,
                print_: Fingerprint) -> list[tuple[str, str | None]]:
    event = report.event
    day = event.meta("date")
    operators = sorted(f.operators, key=sort_key)
    laptops = sorted({h.device_name for h in print_.heads}, key=sort_key)
    return [
        (_("Event"), event.name),
        (_("Date"), when.long_date(date.fromisoformat(day)) if day else None),
        (_("Time span of the journal"), when.span(f.first, f.last) if f.entries else
         _("no entries")),
        (_("Operators"), f"{', '.join(operators)} ({len(operators)})" if operators else None),
        (_("Laptops that recorded"), ", ".join(laptops) or None),
        (_("Made"), when.stamp(report.generated_at)),
    ]

"""Decisions in full: what was decided, by whom, under what mandate, on what basis, why,
and who is affected; a corrected decision stays legible, struck through, with its correction.

The same fast table as the journal (see `journal_section.entry_table`), decisions only.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from eventcenter.messages import _
from eventcenter.reports.blocks import heading, para
from eventcenter.reports.context import Report
from eventcenter.reports.journal_data import EntryGroup
from eventcenter.reports.journal_section import entry_table


def decision_groups(groups: list[EntryGroup]) -> list[EntryGroup]:
    return [g for g in groups if g.entry.kind == "decision"]


def decisions(report: Report, groups: list[EntryGroup],
              categories: dict[str, str]) -> list[Flowable]:
    chosen = decision_groups(groups)
    story: list[Flowable] = [heading(_("Decisions"))]
    if not chosen:
        story.append(para(_("No decisions were logged.")))
        return story
    story.append(para(_("Every decision in time order, with who decided, the mandate, the "
                        "basis, the reason and who is affected."), "muted"))
    story.append(entry_table(report, chosen, categories, decisions_shaded=False))
    return story

"""The summary: the night's figures at a glance and the charts.

Journal figures come from the entries this version shows; in the public version the
confidential entries are neither counted per category nor charted, only their number told.
"""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable

from eventcenter.messages import _
from eventcenter.reports import when
from eventcenter.reports.blocks import facts, heading, para, space
from eventcenter.reports.catalogue_names import status_word
from eventcenter.reports.charts import stacked_bars, top_series
from eventcenter.reports.context import Report
from eventcenter.reports.figures import HOUR, JournalFigures, hour_range
from eventcenter.reports.requests_section import response_figures
from eventcenter.reports.state_data import StateMaterial
from eventcenter.reports.timeline import STATUS_COLOURS
from eventcenter.state.fold import MEASURE_STATUSES

MAX_BARS = 48


def summary(report: Report, f: JournalFigures, categories: dict[str, str],
            state: StateMaterial | None = None) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Summary"))]
    if not f.entries:
        story.append(para(_("No entries were logged in this event's journal.")))
    else:
        story.append(facts(journal_facts(report, f, categories)))
    if state is not None:
        story.append(facts(state_facts(state)))
    if f.entries:
        story += [space(10), entries_per_hour(f, categories)]
    if state is not None and state.measures:
        story += [space(10), measures_chart(state, categories)]
    if state is not None and state.requests:
        story += [space(10), response_chart(state)]
    return story


def state_facts(state: StateMaterial) -> list[tuple[str, str | None]]:
    statuses = Counter(m.status for m in state.measures)
    rows = [(_("Measures"), _("{count} ({statuses})").format(
        count=len(state.measures) + state.hidden_measures,
        statuses=", ".join(f"{status_word(s)} {n}" for s, n in statuses.items()) or "–"))]
    answered = sum(1 for r in state.requests if r.answered_at)
    declined = sum(1 for r in state.requests if r.declined_at)
    rows.append((_("Requests"), _("{count} ({answered} answered, {declined} declined, "
                                 "{open} without an answer)").format(
        count=len(state.requests) + state.hidden_requests, answered=answered,
        declined=declined, open=len(state.requests) - answered - declined)))
    rows += response_figures(state.requests)
    moved = sum(1 for u in state.units if state.moves(u))
    rows.append((_("Units"), _("{count}, of which {moved} deployed").format(
        count=len(state.units), moved=moved)))
    rows.append((_("Contacts"), str(len(state.contacts))))
    return rows


def measures_chart(state: StateMaterial, categories: dict[str, str]) -> Flowable:
    counts = Counter((m.category or "", m.status) for m in state.measures)
    kinds = sorted({c for c, _s in counts}, key=lambda c: _name(categories, c))
    statuses = [s for s in MEASURE_STATUSES if any(st == s for _c, st in counts)]
    series = [(status_word(s), [counts[(c, s)] for c in kinds]) for s in statuses]
    return stacked_bars([_name(categories, c) for c in kinds], series,
                        _("Measures by category and status"), height=140,
                        colours=[STATUS_COLOURS[s] for s in statuses])


BUCKETS = ((5, "0–5 min"), (15, "5–15 min"), (30, "15–30 min"), (60, "30–60 min"),
           (None, "> 60 min"))


def response_chart(state: StateMaterial) -> Flowable:
    def bucket(seconds: int | None) -> int | None:
        if seconds is None:
            return None
        return next(i for i, (limit, _l) in enumerate(BUCKETS)
                    if limit is None or seconds < limit * 60)

    series = []
    for name, values in ((_("acknowledged"), [r.acknowledge_seconds for r in state.requests]),
                         (_("answered or declined"),
                          [r.response_seconds for r in state.requests])):
        counts = Counter(bucket(v) for v in values)
        series.append((name, [counts[i] for i in range(len(BUCKETS))]))
    return stacked_bars([label for _limit, label in BUCKETS], series,
                        _("Requests: time from received to acknowledged and to answered"),
                        height=125, stacked=False)


def journal_facts(report: Report, f: JournalFigures,
                  categories: dict[str, str]) -> list[tuple[str, str | None]]:
    rows = [(_("Journal entries"), str(f.entries)),
            (_("of which decisions"), str(f.decisions)),
            (_("of which corrections"), str(f.corrections)),
            (_("Logged late"), str(f.late))]
    if report.public:
        rows.append((_("Confidential entries left out"), str(f.withheld)))
    else:
        rows.append((_("Confidential entries"), str(f.confidential)))
    rows.append((_("First and last entry"), when.span(f.first, f.last)))
    busiest = f.busiest_hour()
    if busiest:
        hour, count = busiest
        rows.append((_("Busiest hour"), _("{start}–{end}, {count} entries").format(
            start=when.clock(hour), end=when.clock(hour + HOUR), count=count)))
    top = f.categories.most_common(5)
    rows.append((_("Most common categories"), ", ".join(
        f"{_name(categories, code)} {count}" for code, count in top)))
    busiest_operators = ", ".join(f"{name} {count}" for name, count in
                                  f.operators.most_common(6))
    rows.append((_("Entries per operator"), busiest_operators))
    return rows


def _name(categories: dict[str, str], code: str) -> str:
    return categories.get(code, code) if code else _("no category")


def entries_per_hour(f: JournalFigures, categories: dict[str, str]) -> Flowable:
    hours = hour_range(f.first, f.last)
    step = -(-len(hours) // MAX_BARS)  # more than two days: several hours per bar
    buckets = hours[::step]
    totals: dict[str, int] = {}
    for (_hour, code), count in f.hours.items():
        totals[code] = totals.get(code, 0) + count
    other = "\x00other"
    shown = top_series(totals, other)
    values = {code: [0] * len(buckets) for code in shown}
    for (hour, code), count in f.hours.items():
        index = (hour - hours[0]) // HOUR // step
        values[code if code in values else other][index] += count
    names = [_("other") if c == other else _name(categories, c) for c in shown]
    labels = [when.clock(h) if step == 1 else when.stamp(h)[5:] for h in buckets]
    title = _("Entries per hour, by category") if step == 1 else _(
        "Entries per {hours} hours, by category").format(hours=step)
    return stacked_bars(labels, list(zip(names, (values[c] for c in shown), strict=True)),
                        title, height=180)

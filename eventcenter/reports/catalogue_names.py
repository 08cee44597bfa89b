"""Names for the codes the records keep (category `ber` → "berusning", organisation `tv` →
"Trygghetsvakter"), and words for the status codes of the working state."""

from __future__ import annotations

from sqlalchemy import select

from eventcenter.catalogue import reading as catalogue
from eventcenter.event_file import EventFile
from eventcenter.messages import _
from eventcenter.store import schema


def categories(event: EventFile) -> dict[str, str]:
    return {c["code"]: c["name"] for c in catalogue.categories(event)}


def _names(event: EventFile, table) -> dict[str, str]:
    with event.reading() as conn:
        return dict(conn.execute(select(table.c.code, table.c.name)).all())


def organisations(event: EventFile) -> dict[str, str]:
    return _names(event, schema.organisations)


def measure_types(event: EventFile) -> dict[str, str]:
    return _names(event, schema.measure_types)


def contact_functions(event: EventFile) -> dict[str, str]:
    return _names(event, schema.contact_functions)


def status_word(code: str | None) -> str:
    """The word for a measure's, request's or unit's status code, in the report's language."""
    words = {
        "planned": _("planned"), "ongoing": _("ongoing"), "done": _("done"),
        "cancelled": _("cancelled"), "pending": _("waiting"),
        "acknowledged": _("acknowledged"), "answered": _("answered"),
        "declined": _("declined"), "closed": _("closed"), "available": _("available"),
        "en-route": _("en route"), "on-site": _("on site"), "break": _("on a break"),
        "off-duty": _("off duty"),
    }
    return words.get(code or "", code or "–")

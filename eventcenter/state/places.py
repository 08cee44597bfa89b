"""Places (platser): the template's and those a coordinator adds, with a kind and
approximate WGS84 coordinates. A place is known by its name, which does not change.

Record kinds and payloads (both carry `name`):
    place.added   name, kind, lat, lon
    place.edited  name, and the fields changed (None clears one)
"""

from __future__ import annotations

from datetime import datetime
from sqlite3 import Connection

from eventcenter.catalogue.templates import PLACE_KINDS
from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.kinds import Kind
from eventcenter.lookup import resolve_place
from eventcenter.state.ops import KEEP, StateOps, check_line, choose, compact
from eventcenter.store import sql
from eventcenter.swedish import fold


def check_coordinates(lat, lon) -> tuple[float | None, float | None]:
    """Both or neither; degrees on Earth."""
    if lat is None and lon is None:
        return None, None
    if lat is None or lon is None:
        raise UserError("coordinates_incomplete")
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        raise UserError("bad_coordinates", lat=lat, lon=lon) from None
    if not (-90 <= lat_f <= 90 and -180 <= lon_f <= 180):
        raise UserError("bad_coordinates", lat=lat, lon=lon)
    return lat_f, lon_f


def place_kind(kind: str | None) -> str | None:
    if kind is None or not kind.strip():
        return None
    return choose(kind, PLACE_KINDS, "unknown_place_kind")


class Places(StateOps):
    """Writing the places of one open event file (`event.places`)."""

    def add(self, name: str, *, operator: str | None, kind: str | None = None,
            lat: float | None = None, lon: float | None = None,
            occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Add a place; its name must be new (case and å ä ö folded)."""
        name = check_line(name, "empty_name")
        lat, lon = check_coordinates(lat, lon)
        kind = place_kind(kind)

        def make(conn: Connection) -> dict:
            taken = sql.scalar(conn, "SELECT name FROM places WHERE folded = ?", (fold(name),))
            if taken:
                raise UserError("duplicate_place", name=taken)
            return compact({"name": name, "kind": kind, "lat": lat, "lon": lon})

        return self._write(Kind.PLACE_ADDED, operator, make, occurred_at=occurred_at, now=now)

    def edit(self, name: str, *, operator: str | None, kind=KEEP, lat=KEEP, lon=KEEP,
             occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Change a place's kind or coordinates (give both coordinates, or None for both
        to clear them)."""
        given: dict = {}
        if kind is not KEEP:
            given["kind"] = place_kind(kind)
        if lat is not KEEP or lon is not KEEP:
            given["lat"], given["lon"] = check_coordinates(None if lat is KEEP else lat,
                                                           None if lon is KEEP else lon)
        if not given:
            raise UserError("nothing_to_change")

        def make(conn: Connection) -> dict:
            return {"name": resolve_place(conn, name), **given}

        return self._write(Kind.PLACE_EDITED, operator, make, occurred_at=occurred_at, now=now)

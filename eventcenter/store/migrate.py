"""Bring an event file of an older version up to date; refuse one of a newer version.

Each schema version is one numbered Alembic migration (`migrations/versions/NNNN_*.py`) that
ends by setting PRAGMA user_version to its number, so opening a current file costs one pragma
and Alembic is loaded only when there is work to do. A copy of the file is made with
VACUUM INTO before migrating, so a failed upgrade never costs a night's journal; after it the
projections are rebuilt from the records, so new tables hold what the old records say.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcenter.errors import UserError
from eventcenter.store.connections import vacuum_into
from eventcenter.store.version import SCHEMA_VERSION

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # loaded only when there is work: it costs ~0.1 s

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def revisions() -> list[str]:
    """All migration revisions, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def user_version(engine: Any) -> int:
    """The file's schema version; `engine` lends connections with `raw_connection()` (the
    file's `store.connections.Connections`, or a SQLAlchemy engine)."""
    pooled = engine.raw_connection()
    try:
        return pooled.driver_connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        pooled.close()


Rebuild = Callable[[Any], object]  # of a SQLAlchemy Connection


def upgrade(engine: Engine, path: Path, rebuild: Rebuild) -> int:
    """Migrate the file to the current schema; returns the version it had before. After a
    migration of a file that held records, `rebuild` (the projections' replay, which lives
    above the store) fills the tables the newer schema added."""
    found = user_version(engine)
    if found > SCHEMA_VERSION:
        raise UserError("newer_version", path=str(path), found=found, known=SCHEMA_VERSION)
    if found == SCHEMA_VERSION:
        return found
    if found > 0:
        backup_before_migration(engine, path, found)
    from alembic import command

    with engine.connect() as conn:
        conn.info["write"] = True
        command.upgrade(_config(conn), "head")
        conn.commit()
    if found > 0:
        _rebuild_projections(engine, rebuild)
    return found


def _rebuild_projections(engine: Engine, rebuild: Rebuild) -> None:
    with engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            rebuild(conn)
        conn.info["write"] = False


def backup_before_migration(engine: Engine, path: Path, version: int) -> Path:
    target = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.v{version}-backup-{n}{path.suffix}")
    vacuum_into(engine, target)
    return target

"""The schema version this program makes and reads, apart from the tables (`store.schema`),
which need SQLAlchemy: opening a file compares its PRAGMA user_version with this, and the
command line logs a line without loading SQLAlchemy."""

SCHEMA_VERSION = 4  # PRAGMA user_version of a file made by this version

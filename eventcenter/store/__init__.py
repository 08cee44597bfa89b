"""The event file: engine and pragmas, tables, migrations."""

"""The event file itself: its connections and their pragmas (`connections`: `sqlite3`'s, for
opening and the write path; `engine`: SQLAlchemy's, for reading), the schema version
(`version`), the tables, migrations, bulk inserts, records (clock, sequence, hash chains),
sealing, the open-file registry, the probes that look at a file through SQLite only, verify's
scratch copies, the write path's plain SQL on `sqlite3` (`sql`) and its transaction
(`transaction`), checkpoints outside the writers (`checkpoints`), and `document.Document`,
the small Protocol every operation needs of an open file. Imports only the shared words.
"""

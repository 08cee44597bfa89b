"""Eventcenter's core: the event file, its journal, its working state, reports and the
command line. Never imports Qt or the window.

Layers, lowest first (each imports only what lies below it; `tests/core/test_folders.py`):
shared words (errors, messages, clock, timefmt, swedish, validation, ids, device, roles,
kinds, history, changes, listeners) < store/ < lookup, catalogue/ < journal/, state/ < undo/,
projections, backups, damage < reading < event_file < integrity, watch < reports/, new_event/,
demo/, cli/.
"""

__version__ = "0.1.0"

"""The journal: writing (entries, decisions, corrections), quick entry, the projection and
its full-text index, queries (pages, filters, search, past moments) and the check of the
index. May import the store, lookup, the catalogue and the shared words; not the state.
"""

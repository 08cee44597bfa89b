"""The journal: writing (entries, decisions, corrections, marks of entries confidential
afterwards), quick entry, the projection and its full-text index, marks (the one rule for
"is this entry confidential", now and at a past moment), queries (pages, filters, search,
past moments) and the check of the index. May import the store, lookup, the catalogue and
the shared words; not the state.
"""

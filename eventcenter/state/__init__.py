"""The working state: measures, requests, units, contacts and places. Their writes (`ops`
and one module per object), the fold of records into states, the model values, the
projection, the queries now and at a past moment, positions, what needs attention, contact
search and the contact CSV import. May import the store, lookup, the catalogue and the
shared words; not the journal.
"""

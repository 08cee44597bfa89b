"""The channels a report reaches the service center by, as a journal entry names them.

A module of its own, with no imports, so that the command line's help lists them without
loading the journal's writing (and the store under it).
"""

CHANNELS = ("telefon", "RAKEL", "på plats", "e-post")

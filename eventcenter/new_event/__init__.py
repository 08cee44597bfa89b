"""A new event file: created from a template (`create`), optionally with the units, contacts,
places and measure types of an earlier event (`carry_over`). May import the open file and
everything below it.
"""

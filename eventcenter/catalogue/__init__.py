"""The event's catalogue: reading it (places, categories, call signs in Swedish order), its
codes, its projection, and the templates a new event starts from (with their checks). May
import the store, lookup and the shared words.
"""

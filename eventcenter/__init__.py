"""Eventcenter core: the event file, its journal and its working state. Never imports Qt."""

__version__ = "0.1.0"

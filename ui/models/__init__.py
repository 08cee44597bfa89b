"""Table models over the core's queries: lazy, sorted and filtered in SQL."""

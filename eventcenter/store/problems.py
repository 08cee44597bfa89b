"""What `verify` found, as codes and their parameters (the sentences are in `messages`).

Here, below every check, so that the checks of each part (the store's sealed fields, the
journal's search index, the file's chains in `integrity`) add to one list without importing
the verification that gathers them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Problems:
    """What verification found; empty means the file is sound."""

    items: list[tuple[str, dict]] = field(default_factory=list)
    records: int = 0  # the records of the snapshot that was checked

    def add(self, code: str, **params) -> None:
        self.items.append((code, params))

    def __bool__(self) -> bool:
        return bool(self.items)

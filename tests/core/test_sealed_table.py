"""One rule for what a confidential record seals (issue 11): the table in `kinds.SEALED` is
what the code seals by, and the README's "Confidential text" section lists the same fields,
record by record, in the same order."""

from __future__ import annotations

import re
from pathlib import Path

from eventcenter.kinds import SEALED, Kind

README = Path(__file__).resolve().parents[2] / "README.md"
_ROW = re.compile(r"^\| `(?P<kind>[a-z_.]+)` \|[^|]*\| (?P<fields>.*) \|$")


def readme_table() -> dict[str, list[str]]:
    """The sealed fields the README names for each record kind (options in parentheses,
    like `--by`, are how they are typed, not fields)."""
    section = README.read_text(encoding="utf-8").split("### Confidential text", 1)[1]
    section = section.split("\n### ", 1)[0]
    found = {}
    for line in section.splitlines():
        match = _ROW.match(line)
        if match:
            names = re.findall(r"`([^`]+)`", match["fields"])
            found[match["kind"]] = [n for n in names if not n.startswith("--")]
    return found


def test_the_readme_lists_the_fields_the_code_seals():
    assert readme_table() == {kind.value: list(fields) for kind, fields in SEALED.items()}


def test_the_table_names_only_kinds_of_the_journal_measures_and_requests():
    assert {kind.subject for kind in SEALED} == {"entry", "decision", "measure", "request"}
    assert all(isinstance(kind, Kind) and fields for kind, fields in SEALED.items())

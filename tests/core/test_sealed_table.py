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


def test_records_written_before_the_rule_read_as_before(tmp_path):
    """The schema-2 file's confidential decision kept `--by` and `--mandate` in the clear,
    and its confidential request `--from`: records are never rewritten, so they read as
    they always did, and every sealed field of the file opens with its passphrase."""
    import shutil

    from eventcenter.event_file import EventFile
    from eventcenter.integrity import verify
    from tests.factories import PASSPHRASE

    copy = tmp_path / "valborg-v2.event"
    shutil.copyfile(README.parent / "tests" / "data" / "valborg-v2.event", copy)
    with EventFile.open(copy) as event:
        decision = next(e for e in event.read.journal.page() if e.kind == "decision"
                        and e.confidential)
        assert (decision.decided_by, decision.mandate) == ("Socialjouren Berg", "LVU 6 §")
        assert decision.text is None and decision.sealed
        [request] = [r for r in event.read.state.requests() if r.confidential]
        assert (request.from_party, request.text) == ("Polisen inre ledning", None)
        event.unlock(PASSPHRASE)
        assert event.read.journal.get(decision.id).text
        assert event.read.state.request(request.id).text
        assert not verify(event)

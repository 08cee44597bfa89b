"""What the command line imports: a verb imports what it needs and nothing more.

Most of a command's time used to be imports (reportlab for the reports, Babel parsing the
message catalogue, SQLAlchemy) paid by every verb at argparse set-up, whatever it did. These
tests pin which packages a command has loaded when it ends, in a child process of its own,
never how long it took (timings are for `bench/bench_cli.py`): a module-level import of a
heavy package slipped back into a verb's module fails here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.raw_files import REPO, child_env

# Packages a plain line of the journal has no use for: the reports and their images, Babel
# (the catalogue is read compiled), the migrations (only for a file of an older version) and
# the ciphers (only to seal or open confidential text).
NOT_FOR_A_PLAIN_LINE = ("reportlab", "PIL", "babel", "alembic", "cryptography")

# Runs the command as `eventcenter` does, then writes the top-level packages loaded.
CHILD = """
import json, sys
from eventcenter.cli import main
out = sys.argv.pop(1)
try:
    code = main(sys.argv[1:])
finally:
    loaded = sorted({name.split(".")[0] for name in sys.modules}
                    | {name for name in sys.modules if name.startswith("eventcenter.")})
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(loaded, handle)
sys.exit(code)
"""


def loaded_by(args: list[str], tmp_path: Path, **env: str) -> set[str]:
    """The packages (and eventcenter's modules) loaded by `eventcenter ARGS`, run whole."""
    out = tmp_path / "loaded.json"
    done = subprocess.run([sys.executable, "-c", CHILD, str(out), *args],
                          env=child_env(tmp_path / "laptop", **env), capture_output=True,
                          text=True, encoding="utf-8", timeout=60, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return set(json.loads(out.read_text(encoding="utf-8")))


def test_the_child_sees_what_a_command_loads(path, tmp_path):
    """A confidential line seals its text: `cryptography` is loaded then, and seen."""
    loaded = loaded_by(["log", str(path), "Barn med skador", "--operator", "Anna",
                        "--confidential"], tmp_path)
    assert "cryptography" in loaded and "eventcenter.cli" in loaded


def test_help_imports_no_verb(tmp_path):
    """argparse's set-up (every verb's parser and help) loads none of what the verbs run."""
    loaded = loaded_by(["--help"], tmp_path)
    assert sorted(loaded & {*NOT_FOR_A_PLAIN_LINE, "sqlalchemy", "eventcenter.event_file",
                            "eventcenter.reports"}) == []


def test_a_plain_line_loads_no_reports_babel_migrations_or_ciphers(path, tmp_path):
    loaded = loaded_by(["log", str(path), "Fem berusade ungdomar vid Resecentrum",
                        "--operator", "Anna"], tmp_path)
    assert sorted(loaded & set(NOT_FOR_A_PLAIN_LINE)) == []


def test_a_plain_line_loads_no_sqlalchemy(path, tmp_path):
    loaded = loaded_by(["log", str(path), "Fem berusade ungdomar vid Resecentrum",
                        "--operator", "Anna"], tmp_path)
    assert "sqlalchemy" not in loaded


def test_the_journal_shown_loads_no_reports_babel_migrations_or_ciphers(path, tmp_path):
    loaded = loaded_by(["show", str(path), "journal", "--json"], tmp_path)
    assert sorted(loaded & set(NOT_FOR_A_PLAIN_LINE)) == []


def test_a_file_of_an_older_version_loads_the_migrations(tmp_path):
    """Alembic is loaded when there is a migration to run, and only then."""
    old = tmp_path / "valborg-v2.event"
    shutil.copy(REPO / "tests" / "data" / "valborg-v2.event", old)
    loaded = loaded_by(["log", str(old), "Brand i papperskorg", "--operator", "Anna"],
                       tmp_path)
    assert "alembic" in loaded

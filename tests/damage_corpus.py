"""Damaged event files for tests: closed copies of one small event, each damaged in one seeded
way, as a disk, a crash, a careless tool or a person behind SQLite's back would damage them.

Bytes are written only into closed copies that no process has open. Damage behind the
triggers goes through plain sqlite3 (the trigger is dropped, the row changed, the trigger put
back), so the file stays a sound SQLite file and only the event's own checks can find it.
"""

from __future__ import annotations

import random
import shutil
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.raw_files import raw

PAGE = 4096


@dataclass(frozen=True)
class Case:
    number: int
    kind: str
    seed: int

    @property
    def name(self) -> str:
        return f"{self.number:03d}-{self.kind}"


# Kind → how many cases of it; about a hundred in all.
KINDS = {"flip": 30, "zero_page": 14, "truncate": 14, "not_json": 10, "not_hex": 10,
         "not_an_object": 8, "bad_type": 8, "tail": 6}


def cases(seed: int = 9) -> list[Case]:
    rng = random.Random(seed)
    made = [(kind, rng.randrange(1 << 30)) for kind, count in KINDS.items()
            for _ in range(count)]
    return [Case(n, kind, case_seed) for n, (kind, case_seed) in enumerate(made)]


def make(case: Case, sound: Path, folder: Path) -> Path:
    """A damaged copy of the closed event `sound` (and of its backups folder) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / sound.name
    shutil.copy(sound, path)
    backups = sound.with_name(f"{sound.stem}-backups")
    if backups.is_dir():
        shutil.copytree(backups, folder / backups.name)
    DAMAGE[case.kind](path, random.Random(case.seed))
    return path


def flip(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    page = rng.randrange(len(data) // PAGE)
    for _ in range(rng.randint(1, 8)):
        data[page * PAGE + rng.randrange(PAGE)] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def zero_page(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    page = rng.randrange(len(data) // PAGE)
    data[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


def truncate(path: Path, rng: random.Random) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:rng.randrange(PAGE, len(data) - PAGE)])


def tail(path: Path, rng: random.Random) -> None:
    """Bytes after the last page, as a copy cut short or run on would leave them."""
    with path.open("ab") as handle:
        handle.write(rng.randbytes(rng.randint(1, 3 * PAGE)))


def _behind_the_trigger(path: Path, rng: random.Random, column: str,
                        value: Callable[[random.Random], object]) -> None:
    with raw(path) as conn:
        trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                               "'records_no_update'").fetchone()[0]
        ids = [i for (i,) in conn.execute("SELECT id FROM records ORDER BY id")]
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute(f"UPDATE records SET {column} = ? WHERE id = ?",
                     (value(rng), rng.choice(ids)))
        conn.execute(trigger)


def _junk(rng: random.Random) -> str:
    return "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 40)))


def not_json(path: Path, rng: random.Random) -> None:
    _behind_the_trigger(path, rng, "payload", lambda r: "{" + _junk(r))


def not_hex(path: Path, rng: random.Random) -> None:
    _behind_the_trigger(path, rng, "hash", lambda r: r.choice(["", "zz", "é" * 64]) + _junk(r))


def not_an_object(path: Path, rng: random.Random) -> None:
    _behind_the_trigger(path, rng, "payload",
                        lambda r: r.choice(["[]", "[1, 2]", "null", "3", '"text"', "true"]))


def bad_type(path: Path, rng: random.Random) -> None:
    column = rng.choice(["seq", "occurred_at", "recorded_at", "occurred_offset", "hlc"])
    _behind_the_trigger(path, rng, column, lambda r: r.choice(["x", "", "1.5", "-"]))


DAMAGE: dict[str, Callable[[Path, random.Random], None]] = {
    "flip": flip, "zero_page": zero_page, "truncate": truncate, "tail": tail,
    "not_json": not_json, "not_hex": not_hex, "not_an_object": not_an_object,
    "bad_type": bad_type}

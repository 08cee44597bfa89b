"""The message catalogue: every sentence the core says has its Swedish translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.errors import UserError

CORE = Path(messages.__file__).resolve().parent


def literal_messages() -> set[str]:
    """Every string literal passed to _() or gettext() in the core."""
    found = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "gettext") and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def raised_codes() -> set[str]:
    """Every code the core raises as UserError("code", …)."""
    codes = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "UserError"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                codes.add(node.args[0].value)
    return codes


def test_every_raised_code_has_a_message():
    assert raised_codes() - set(messages.ERRORS) == set()


def test_every_message_is_translated_to_swedish():
    wanted = (literal_messages() | set(messages.ERRORS.values())
              | set(messages.PROBLEMS.values()) | set(messages.IDENTITY_FIELDS.values())
              | {messages.SUGGESTION})
    swedish = messages._catalog("sv")
    assert sorted(wanted - set(swedish)) == []


def test_swedish_is_the_default_and_english_selectable(monkeypatch):
    error = UserError("unknown_entry", id="abcd")
    assert str(error) == "Det finns ingen loggpost med id 'abcd'."
    monkeypatch.setenv("EVENTCENTER_LANG", "en")
    assert str(error) == "There is no journal entry with the id 'abcd'."


@pytest.mark.parametrize("language", ["sv", "en"])
def test_suggestions_are_listed(monkeypatch, language):
    monkeypatch.setenv("EVENTCENTER_LANG", language)
    text = str(UserError("unknown_unit", name="TV9", suggestions=["TV2", "TV3"]))
    assert "TV9" in text and "TV2, TV3" in text


def po_messages(po: Path) -> dict[str, str]:
    """What a `.po` says, read with Babel as the program once read it at every start:
    English → translation, fuzzy and untranslated messages left out."""
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=po.parent.parent.name)
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


PO_FILES = sorted((CORE / "locale").glob("*/LC_MESSAGES/eventcenter.po"))


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_the_committed_compiled_catalogue_says_what_its_po_says(po):
    """The program reads the committed `.mo`; a `.po` changed without rebuilding it (or a
    `.mo` changed by hand) fails here. Compared by content: git keeps no times."""
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo.name} is missing: run python -m eventcenter.messages"
    committed = messages.read_mo(mo.read_bytes())
    assert committed == po_messages(po), \
        f"{mo} is older than {po.name} or differs: run python -m eventcenter.messages"
    assert committed == messages.read_mo(messages.compile_catalogue(po))


def test_a_po_changed_without_rebuilding_is_caught(tmp_path):
    po = tmp_path / "sv" / "LC_MESSAGES" / "eventcenter.po"
    po.parent.mkdir(parents=True)
    text = (CORE / "locale" / "sv" / "LC_MESSAGES" / "eventcenter.po").read_text("utf-8")
    po.write_text(text.replace('msgstr " Menade du: {names}?"',
                               'msgstr " Menar du kanske: {names}?"'), encoding="utf-8")
    changed = po_messages(po)
    assert changed != messages._catalog("sv")  # what the committed .mo says
    assert changed[messages.SUGGESTION] == " Menar du kanske: {names}?"
    assert messages.read_mo(messages.compile_catalogue(po)) == changed


def test_the_catalogue_is_read_without_babel():
    import subprocess
    import sys

    code = ("import sys; from eventcenter import messages; messages.set_language('sv'); "
            "assert messages._('The text is empty. Write what happened.') != "
            "'The text is empty. Write what happened.'; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=CORE.parent, check=True)
    assert done.stdout.strip() == "[]"

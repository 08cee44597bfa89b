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

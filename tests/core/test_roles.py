"""Who may do what is decided in one place (`eventcenter.roles`), and says what DESIGN §3 says."""

from __future__ import annotations

import pytest

from eventcenter import device, roles


@pytest.mark.parametrize(("role", "writes", "unlocks"), [
    ("coordinator", True, True),
    ("liaison", True, False),  # sits in the police's staff room: never confidential text
    ("reader", False, False),
    ("someone", False, False),  # a role nobody defined may do nothing
])
def test_what_each_role_may_do(role, writes, unlocks):
    assert roles.may_write(role) is writes
    assert roles.may_unlock(role) is unlocks


def test_the_sign_in_and_the_command_line_offer_the_same_roles():
    assert device.ROLES is roles.ROLES == ("coordinator", "liaison", "reader")

"""This laptop: its device id, readable name and signed-in operator.

They live in the per-user settings folder, not in the event file, because one event file
travels between laptops while each laptop keeps its own identity. Two laptops are simulated
on one machine by giving each its own settings folder (HOME / XDG_CONFIG_HOME, or
EVENTCENTER_CONFIG_DIR).
"""

from __future__ import annotations

import json
import os
import platform
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from platformdirs import user_config_dir

from eventcenter.roles import ROLES as ROLES  # where the command line reads them
from eventcenter.validation import check_given


def config_dir() -> Path:
    """The settings folder of this user on this laptop."""
    override = os.environ.get("EVENTCENTER_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir("eventcenter", appauthor=False))


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    operator: str | None = None
    role: str = "coordinator"


def _path() -> Path:
    return config_dir() / "device.json"


def load_device() -> Device:
    """This laptop's identity, created on first use. The file appears whole and only once,
    so two processes starting at once on a new settings folder agree on one device id."""
    path = _path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = Device(uuid.uuid4().hex, platform.node() or "laptop")
        tmp = path.with_name(f"device-{fresh.id}.tmp")
        tmp.write_text(json.dumps(fresh.__dict__, ensure_ascii=False, indent=2), encoding="utf-8")
        try:
            os.link(tmp, path)  # atomic and exclusive: complete, or someone else's stands
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    data = json.loads(path.read_text(encoding="utf-8"))
    return Device(data["id"], data["name"], data.get("operator"), data.get("role", "coordinator"))


def save_device(device: Device) -> None:
    """Write atomically, so a crash never leaves a laptop without its identity."""
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(device.__dict__, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def sign_in(operator: str, role: str = "coordinator") -> Device:
    """Remember who writes on this laptop (a shift change signs in someone else)."""
    device = replace(load_device(), operator=operator.strip() or None, role=role)
    save_device(device)
    return device


def default_operator(explicit: str | None = None) -> str | None:
    """--operator, then the laptop's signed-in operator, then EVENTCENTER_OPERATOR."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get("EVENTCENTER_OPERATOR")
    if from_env is not None:
        check_given(from_env, "EVENTCENTER_OPERATOR")
    return load_device().operator or from_env

"""Confidential text is sealed with the event's public key and opened with a passphrase.

Any laptop can seal (the public key lies in the event file); only someone who knows the
coordinators' passphrase can unwrap the private key and open. Sealing is X25519 key agreement
with a fresh ephemeral key per field, HKDF-SHA256, and AES-256-GCM; the private key is wrapped
with a key derived from the passphrase by scrypt. Everything goes through `cryptography`.

A passphrase is normalised (`validation.normal_passphrase`, NFC) before a key is derived
from it; to open, the other forms it may have been set in are tried after it.

`cryptography` is imported when something is first sealed or opened (`_load_ciphers`): most
commands (a plain line logged, a list shown without the passphrase) do neither, and loading
it would cost each of them some 30 ms.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from eventcenter.errors import UserError
from eventcenter.validation import check_new_passphrase, passphrase_forms

if TYPE_CHECKING:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

OPENED_KEPT = 100_000  # opened fields an opener keeps in memory
# The cost of deriving the key that wraps a new event's private key. The wrapped key travels
# (USB sticks, a server), so guessing must be slow: n = 2^17, r = 8 takes 128 MiB and a
# quarter of a second per try. `cryptography` sizes scrypt's memory limit to the parameters
# itself (there is no maxmem to pass). The parameters are stored with the wrapped key, so
# files made at another cost (2^15 before issue 11) open with theirs.
KEY_COST = {"n": 2**17, "r": 8, "p": 1}
_SEAL_INFO = b"eventcenter seal v1"
_SEALED_SIZE = 32 + 12 + 16  # ephemeral public key, nonce, tag: the least a sealed field is

# What opening gives for a sealed field that cannot be opened: damaged, or sealed to another
# event's key. Empty (and falsy), so a reader that does not ask shows the field as still
# sealed rather than failing; the readers that ask (`is UNREADABLE`) say it cannot be opened.
UNREADABLE: Mapping[str, object] = MappingProxyType({})

_loaded = False


def _load_ciphers() -> None:
    """Import `cryptography`'s parts into this module's names, the first time they are
    needed; afterwards this costs a look at one flag."""
    global _loaded, InvalidTag, hashes, serialization, X25519PrivateKey, X25519PublicKey
    global AESGCM, HKDF, Scrypt, _RAW
    if _loaded:
        return
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    _RAW = serialization.Encoding.Raw
    _loaded = True


@dataclass(frozen=True)
class EventKeys:
    """What the event file keeps: the public key and the passphrase-wrapped private key."""

    public_key: bytes
    wrapped_private_key: str  # JSON: salt, scrypt parameters, nonce, ciphertext (base64)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(passphrase: str, salt: bytes, params: dict) -> bytes:
    _load_ciphers()
    kdf = Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"])
    return kdf.derive(passphrase.encode("utf-8"))


def new_event_keys(passphrase: str) -> EventKeys:
    """A fresh key pair for a new event, its private half wrapped by the passphrase (in
    NFC; refused when it is only spaces or too short)."""
    _load_ciphers()
    passphrase = check_new_passphrase(passphrase)
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_derive(passphrase, salt, KEY_COST)).encrypt(nonce, raw_private, b"key")
    blob = {"kdf": "scrypt", **KEY_COST, "salt": _b64(salt), "nonce": _b64(nonce),
            "key": _b64(wrapped)}
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return EventKeys(public, json.dumps(blob, sort_keys=True))


class Opener:
    """Holds the unwrapped private key in memory for one process that was given the passphrase."""

    def __init__(self, keys: EventKeys, passphrase: str) -> None:
        _load_ciphers()
        if not passphrase.strip():
            raise UserError("passphrase_blank")
        raw = _unwrap(json.loads(keys.wrapped_private_key), passphrase)
        self._private = X25519PrivateKey.from_private_bytes(raw)
        # What was opened, kept while this opener lives (records never change, and a search
        # by a passphrase holder opens the same confidential entries again and again).
        self._opened: dict[str, dict] = {}

    def open(self, sealed: str) -> dict | Mapping[str, object]:
        """The fields sealed by `seal`, back as a dict; `UNREADABLE` for a field that
        cannot be opened (one bad field never stops a read of everything else)."""
        if not isinstance(sealed, str):  # a record from elsewhere may hold anything
            return UNREADABLE
        opened = self._opened.get(sealed)
        if opened is None:
            opened = self._open(sealed)
            if len(self._opened) >= OPENED_KEPT:
                self._opened.clear()
            self._opened[sealed] = opened
        return opened if opened is UNREADABLE else dict(opened)

    def _open(self, sealed: str) -> dict | Mapping[str, object]:
        if not looks_sealed(sealed):
            return UNREADABLE
        data = _unb64(sealed)
        ephemeral, nonce, ciphertext = data[:32], data[32:44], data[44:]
        try:
            shared = self._private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
            plain = AESGCM(_kdf(shared, ephemeral)).decrypt(nonce, ciphertext, _SEAL_INFO)
            fields = json.loads(plain.decode("utf-8"))
        except (InvalidTag, ValueError):  # another key, a low-order point, not JSON
            return UNREADABLE
        return fields if isinstance(fields, dict) else UNREADABLE


def looks_sealed(sealed: object) -> bool:
    """Whether a stored value can be a sealed field at all (base64 text long enough for a
    key, a nonce and a tag): what can be told of it without the private key."""
    if not isinstance(sealed, str):
        return False
    try:
        return len(base64.b64decode(sealed.encode("ascii"), validate=True)) >= _SEALED_SIZE
    except (binascii.Error, UnicodeEncodeError):
        return False


def _unwrap(blob: dict, passphrase: str) -> bytes:
    """The private key, unwrapped with the passphrase in NFC, or else in a form an older
    file may have been set in (as typed, decomposed); wrong_passphrase if none opens it."""
    _load_ciphers()
    for form in passphrase_forms(passphrase):
        key = _derive(form, _unb64(blob["salt"]), blob)
        try:
            return AESGCM(key).decrypt(_unb64(blob["nonce"]), _unb64(blob["key"]), b"key")
        except InvalidTag:
            continue
    raise UserError("wrong_passphrase")


def _kdf(shared: bytes, ephemeral: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral, info=_SEAL_INFO).derive(
        shared
    )


def seal(public_key: bytes, fields: dict) -> str:
    """Seal confidential fields for the holders of the passphrase; base64 text for a payload."""
    _load_ciphers()
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = os.urandom(12)
    plain = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
    ciphertext = AESGCM(_kdf(shared, ephemeral_public)).encrypt(nonce, plain, _SEAL_INFO)
    return _b64(ephemeral_public + nonce + ciphertext)


def seal_together(public_key: bytes, payload: dict, fields: tuple[str, ...]) -> dict:
    """A journal record's payload with the given fields moved into one sealed blob
    (`payload["sealed"]`): a journal entry is written once and corrected by new entries, so
    its typed texts travel together."""
    secret = {f: payload.pop(f) for f in fields if payload.get(f) is not None}
    payload["sealed"] = seal(public_key, secret)
    return payload


def seal_apart(public_key: bytes, payload: dict, fields: tuple[str, ...]) -> dict:
    """A working-state record's payload with each given field sealed on its own
    (`payload["sealed"][field]`), so that a later edit can replace one field alone."""
    sealed = {f: seal(public_key, {f: payload.pop(f)}) for f in fields
              if payload.get(f) is not None}
    if sealed:
        payload["sealed"] = sealed
    return payload

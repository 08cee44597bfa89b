"""Confidential text is sealed with the event's public key and opened with a passphrase.

Any laptop can seal (the public key lies in the event file); only someone who knows the
coordinators' passphrase can unwrap the private key and open. The private key is wrapped with
a key derived from the passphrase by scrypt. Everything goes through `cryptography`.

Two formats of a sealed field, both opened:
- batch (since issue 12, `2.` + base64): each process that seals draws a random batch key,
  seals it once to the event's public key (X25519 with an ephemeral key, HKDF-SHA256,
  AES-256-GCM) and seals each field with AES-256-GCM under it; every field carries its batch
  key so sealed, and is read alone. An opener unwraps a batch key once and keeps it, so a
  search that opens 20,000 fields does one key agreement per batch, not per field.
- single (before issue 12, plain base64): one ephemeral X25519 key per field.

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
import threading
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
_BATCH = "2."  # a batch-sealed field starts so; no single-sealed one can ('.' is no base64)
_BATCH_INFO = b"eventcenter batch key v2"
_WRAPPED_SIZE = 32 + 12 + 32 + 16  # ephemeral public key, nonce, batch key, tag
_BATCH_SIZE = _WRAPPED_SIZE + 12 + 16  # its wrapped key, a nonce, a tag: the least
BATCH_USES = 10_000  # fields sealed under one batch key before a process draws another

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
        # Batch keys unwrapped so far, by their sealed form; None for one that is not this
        # event's (or is damaged), so it is tried once.
        self._batch_keys: dict[bytes, AESGCM | None] = {}

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
        data = _sealed_bytes(sealed)
        if data is None:
            return UNREADABLE
        if sealed.startswith(_BATCH):
            wrapped = data[:_WRAPPED_SIZE]
            aead, aad, rest = self._batch_key(wrapped), wrapped, data[_WRAPPED_SIZE:]
        else:  # single: a key agreement for this field alone
            aead, aad, rest = self._agreed(data[:32], _SEAL_INFO), _SEAL_INFO, data[32:]
        if aead is None:
            return UNREADABLE
        try:
            fields = json.loads(aead.decrypt(rest[:12], rest[12:], aad).decode("utf-8"))
        except (InvalidTag, ValueError):  # another key, damaged, not JSON
            return UNREADABLE
        return fields if isinstance(fields, dict) else UNREADABLE

    def _agreed(self, ephemeral: bytes, info: bytes) -> AESGCM | None:
        """The key agreed with a sealer's ephemeral public key; None for a low-order point."""
        try:
            shared = self._private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        except ValueError:
            return None
        return AESGCM(_kdf(shared, ephemeral, info))

    def _batch_key(self, wrapped: bytes) -> AESGCM | None:
        """A batch key, unwrapped the first time it is met and kept."""
        if wrapped not in self._batch_keys:
            agreed = self._agreed(wrapped[:32], _BATCH_INFO)
            try:
                key = agreed.decrypt(wrapped[32:44], wrapped[44:], _BATCH_INFO) if agreed else b""
            except InvalidTag:  # sealed to another event's key, or damaged
                key = b""
            self._batch_keys[wrapped] = AESGCM(key) if len(key) == 32 else None
        return self._batch_keys[wrapped]


def _sealed_bytes(sealed: str) -> bytes | None:
    """A sealed field's bytes (after the batch format's prefix), None when it cannot be one:
    not base64, or too short for its format's keys, nonce and tag."""
    batch = sealed.startswith(_BATCH)
    try:
        data = base64.b64decode(sealed[len(_BATCH) if batch else 0:].encode("ascii"),
                                validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return data if len(data) >= (_BATCH_SIZE if batch else _SEALED_SIZE) else None


def looks_sealed(sealed: object) -> bool:
    """Whether a stored value can be a sealed field at all (base64 text, in either format,
    long enough for its keys, nonce and tag): what can be told of it without the private
    key."""
    return isinstance(sealed, str) and _sealed_bytes(sealed) is not None


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


def _kdf(shared: bytes, ephemeral: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral, info=info).derive(shared)


def _sealed_to(public_key: bytes, secret: bytes, info: bytes) -> bytes:
    """`secret` sealed to the event's public key with a fresh ephemeral key: its public half,
    a nonce and the ciphertext with its tag."""
    _load_ciphers()
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = os.urandom(12)
    return ephemeral_public + nonce + AESGCM(_kdf(shared, ephemeral_public, info)).encrypt(
        nonce, secret, info)


class _Batch:
    """A batch key of this process: drawn at random, sealed once to an event's public key,
    kept in memory only (never written, so what it sealed opens only with the passphrase)."""

    def __init__(self, public_key: bytes) -> None:
        _load_ciphers()
        key = AESGCM.generate_key(bit_length=256)
        self.wrapped = _sealed_to(public_key, key, _BATCH_INFO)
        self.aead = AESGCM(key)
        self.uses = 0


_batches: dict[bytes, _Batch] = {}  # by the event's public key
_batches_lock = threading.Lock()  # the window seals on its writer thread, tests on others


def _batch_for(public_key: bytes) -> _Batch:
    with _batches_lock:
        batch = _batches.get(public_key)
        if batch is None or batch.uses >= BATCH_USES:
            batch = _batches[public_key] = _Batch(public_key)
        batch.uses += 1
        return batch


def seal(public_key: bytes, fields: dict) -> str:
    """Seal confidential fields for the holders of the passphrase, under this process's batch
    key for the event: text for a payload (`2.` and base64)."""
    batch = _batch_for(public_key)
    nonce = os.urandom(12)
    plain = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return _BATCH + _b64(batch.wrapped + nonce + batch.aead.encrypt(nonce, plain, batch.wrapped))


def seal_single(public_key: bytes, fields: dict) -> str:
    """Fields sealed as every version before issue 12 sealed them (one key agreement per
    field, plain base64). Nothing writes it now; it is what old records hold, kept so that
    tests and the benchmark can make such fields."""
    plain = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return _b64(_sealed_to(public_key, plain, _SEAL_INFO))


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

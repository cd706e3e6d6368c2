"""Whether a PDF that PDFium will not open really needs a password.

PDFium answers "incorrect password" both for a file that needs one and for an /Encrypt entry
it cannot follow (one pointing at no object) or an encryption it does not handle although the
empty user password opens it (as for some AES-256 files other readers open). The standard
security handler's own check of the empty password (ISO 32000-2, 7.6.4) tells them apart.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from app.core.importing.pdf_aes import aes128_cbc_encrypt

_REFERENCE = re.compile(rb"/Encrypt\s+(\d+)\s+(\d+)\s+R")
_ENTRY = re.compile(rb"/Encrypt\s*(?:(\d+)\s+(\d+)\s+R|<<)")
_ID = re.compile(rb"/ID\s*\[\s*(<[0-9A-Fa-f\s]*>|\()")
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_MAX_DICTIONARY = 20_000


@dataclass(frozen=True, slots=True)
class Encryption:
    """What the encryption dictionary says; `entries` maps keys to raw values."""

    entries: dict[bytes, bytes | int | bool]
    first_id: bytes


def find_encryption(data: bytes) -> Encryption | None:
    """The encryption the latest trailer names (by reference or written in place), or None
    when the file has none or the /Encrypt entry leads to no dictionary."""
    entries = list(_ENTRY.finditer(data))
    if not entries:
        return None
    entry = entries[-1]
    if entry.group(1) is None:  # the dictionary stands in the trailer
        body = data[entry.end() - 2:entry.end() - 2 + _MAX_DICTIONARY]
    else:
        pattern = rb"(?<!\d)" + entry.group(1) + rb"\s+" + entry.group(2) + rb"\s+obj\b"
        objects = list(re.finditer(pattern, data))
        if not objects:
            return None
        body = data[objects[-1].end():objects[-1].end() + _MAX_DICTIONARY]
        end = body.find(b"endobj")
        body = body[:end] if end >= 0 else body
    values = _entries(body)
    if not values:
        return None
    first_id = b""
    for identifier in _ID.finditer(data):
        first_id = _string(data, identifier.start(1))[0]
    return Encryption(values, first_id)


def empty_password_opens(encryption: Encryption) -> bool | None:
    """True when the empty password opens the file (as the user's or the owner's password:
    readers try both), False when it does not, None when the handler is not the standard
    one (a certificate, a plug-in) or its entries are odd."""
    get = encryption.entries.get
    revision, owner, user = get(b"/R"), get(b"/O"), get(b"/U")
    if get(b"/Filter") != b"/Standard" or not isinstance(revision, int) \
            or not isinstance(owner, bytes) or not isinstance(user, bytes):
        return None
    if revision in (2, 3, 4):
        permissions, length = get(b"/P"), get(b"/Length", 40)
        if not isinstance(permissions, int) or not isinstance(length, int):
            return None
        size = length // 8 if revision >= 3 else 5
        metadata = get(b"/EncryptMetadata") is not False

        def user_password_opens(password: bytes) -> bool:
            key = _rc4_key(password, owner, permissions, encryption.first_id, revision, size,
                           metadata)
            if revision == 2:
                return _rc4(key, _PAD) == user[:32]
            check = _rc4(key, _md5(_PAD + encryption.first_id))
            for step in range(1, 20):
                check = _rc4(bytes(k ^ step for k in key), check)
            return check == user[:16]

        # The owner password unlocks the user password kept in /O.
        owner_key = _md5(_PAD)
        if revision >= 3:
            for _ in range(50):
                owner_key = _md5(owner_key[:size])
        owner_key = owner_key[:max(min(size, 16), 5)]
        recovered = owner[:32]
        for step in (range(19, -1, -1) if revision >= 3 else (0,)):
            recovered = _rc4(bytes(k ^ step for k in owner_key), recovered)
        return user_password_opens(b"") or user_password_opens(recovered)
    if revision == 5 and len(user) >= 40 and len(owner) >= 40:
        return hashlib.sha256(user[32:40]).digest() == user[:32] \
            or hashlib.sha256(owner[32:40] + user[:48]).digest() == owner[:32]
    if revision == 6 and len(user) >= 40 and len(owner) >= 40:
        return _hash_r6(b"", user[32:40], b"") == user[:32] \
            or _hash_r6(b"", owner[32:40], user[:48]) == owner[:32]
    return None


def without_reference(data: bytes) -> bytes:
    """The file with its last /Encrypt entry blanked (same length: offsets stay right)."""
    references = list(_REFERENCE.finditer(data))
    if not references:
        return data
    match = references[-1]
    return data[:match.start()] + b" " * (match.end() - match.start()) + data[match.end():]


def _md5(data: bytes) -> bytes:
    """MD5, as the PDF standard security handler prescribes (not for security here)."""
    return hashlib.md5(data, usedforsecurity=False).digest()


def _rc4_key(password: bytes, owner: bytes, permissions: int, first_id: bytes, revision: int,
             size: int, metadata: bool) -> bytes:
    padded = (password + _PAD)[:32]
    material = padded + owner[:32] + (permissions & 0xFFFFFFFF).to_bytes(4, "little") + first_id
    if revision >= 4 and not metadata:
        material += b"\xff\xff\xff\xff"
    key = _md5(material)
    if revision >= 3:
        for _ in range(50):
            key = _md5(key[:size])
    return key[:max(min(size, 16), 5)]


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) & 0xFF
        state[i], state[j] = state[j], state[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) & 0xFF
        j = (j + state[i]) & 0xFF
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) & 0xFF])
    return bytes(out)


def _hash_r6(password: bytes, salt: bytes, user_key: bytes) -> bytes:
    """Algorithm 2.B of ISO 32000-2 (`user_key` is /U's first 48 bytes for the owner check,
    empty for the user check)."""
    key = hashlib.sha256(password + salt + user_key).digest()
    rounds = 0
    while True:
        block = aes128_cbc_encrypt(key[:16], key[16:32], (password + key + user_key) * 64)
        key = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[sum(block[:16]) % 3](
            block).digest()
        rounds += 1
        if rounds >= 64 and block[-1] <= rounds - 32:
            return key[:32]


# -- a small reader of the dictionary's entries -------------------------------------------
_KEY = re.compile(rb"/([A-Za-z0-9]+)\s*")
_INTEGER = re.compile(rb"[+-]?\d+")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}


def _entries(body: bytes) -> dict[bytes, bytes | int | bool]:
    """The top-level keys of `<< ... >>` with names, numbers, booleans and strings as values
    (nested dictionaries such as /CF are skipped)."""
    start = body.find(b"<<")
    if start < 0:
        return {}
    entries: dict[bytes, bytes | int | bool] = {}
    position, depth = start + 2, 1
    while position < len(body) and depth:
        if body.startswith(b">>", position):
            depth -= 1
            position += 2
            continue
        if body.startswith(b"<<", position):
            depth += 1
            position += 2
            continue
        key = _KEY.match(body, position)
        if key is None or depth > 1:
            position = _skip(body, position)
            continue
        name, position = b"/" + key.group(1), key.end()
        value, position = _value(body, position)
        if value is not None:
            entries[name] = value
    return entries


def _value(body: bytes, position: int) -> tuple[bytes | int | bool | None, int]:
    if body.startswith(b"<<", position):
        return None, position
    if body.startswith((b"<", b"("), position):
        return _string(body, position)
    if body.startswith(b"/", position):
        name = _KEY.match(body, position)
        return (b"/" + name.group(1), name.end()) if name else (None, position + 1)
    for word, flag in ((b"true", True), (b"false", False)):
        if body.startswith(word, position):
            return flag, position + len(word)
    number = _INTEGER.match(body, position)
    if number is not None:
        end = number.end()
        reference = re.match(rb"\s+\d+\s+R\b", body[end:end + 20])
        return (None, end + reference.end()) if reference else (int(number.group()), end)
    return None, position + 1


def _string(body: bytes, position: int) -> tuple[bytes, int]:
    """A hex string <...> or a literal string (...) with its escapes, and the end."""
    if body.startswith(b"<", position):
        end = body.find(b">", position)
        if end < 0:
            return b"", len(body)
        digits = re.sub(rb"\s", b"", body[position + 1:end])
        if len(digits) % 2:
            digits += b"0"
        try:
            return bytes.fromhex(digits.decode("ascii")), end + 1
        except ValueError:
            return b"", end + 1
    out = bytearray()
    depth, index = 1, position + 1
    while index < len(body) and depth:
        char = body[index]
        if char == 0x5C and index + 1 < len(body):  # backslash
            following = body[index + 1]
            octal = re.match(rb"[0-7]{1,3}", body[index + 1:index + 4])
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                index += 1 + len(octal.group())
                continue
            out += _ESCAPES.get(following, b"" if following in b"\r\n" else bytes([following]))
            index += 2
            continue
        depth += char == 0x28
        depth -= char == 0x29
        if depth:
            out.append(char)
        index += 1
    return bytes(out), index


def _skip(body: bytes, position: int) -> int:
    if body.startswith((b"<", b"("), position) and not body.startswith(b"<<", position):
        return _string(body, position)[1]
    return position + 1

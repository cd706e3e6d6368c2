"""AES-128 encryption in CBC mode (FIPS-197), only as far as the PDF password check of
revision 6 needs it: a few thousand blocks, once, for a file PDFium would not open."""

from __future__ import annotations

import struct


def _tables() -> tuple[list[int], list[list[int]]]:
    """The S-box and the four round tables (SubBytes, ShiftRows and MixColumns in one)."""
    sbox = [0] * 256
    p = q = 1
    while True:  # walk GF(2^8) by 3 and its inverse by 1/3
        p ^= ((p << 1) ^ (0x1B if p & 0x80 else 0)) & 0xFF
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xFF
        if q & 0x80:
            q ^= 0x09
        rotated = q ^ ((q << 1) | (q >> 7)) ^ ((q << 2) | (q >> 6)) ^ ((q << 3) | (q >> 5)) \
            ^ ((q << 4) | (q >> 4))
        sbox[p] = (rotated ^ 0x63) & 0xFF
        if p == 1:
            break
    sbox[0] = 0x63
    first = []
    for value in sbox:
        double = ((value << 1) ^ (0x1B if value & 0x80 else 0)) & 0xFF
        first.append((double << 24) | (value << 16) | (value << 8) | (double ^ value))
    tables = [first]
    for _ in range(3):
        tables.append([((word >> 8) | (word << 24)) & 0xFFFFFFFF for word in tables[-1]])
    return sbox, tables


_SBOX, (_T0, _T1, _T2, _T3) = _tables()
_RCON = (0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36)


def _expand(key: bytes) -> list[int]:
    words = [int.from_bytes(key[i:i + 4], "big") for i in range(0, 16, 4)]
    for index in range(4, 44):
        word = words[-1]
        if index % 4 == 0:
            word = ((word << 8) | (word >> 24)) & 0xFFFFFFFF
            word = (_SBOX[word >> 24] << 24) | (_SBOX[(word >> 16) & 0xFF] << 16) \
                | (_SBOX[(word >> 8) & 0xFF] << 8) | _SBOX[word & 0xFF]
            word ^= _RCON[index // 4 - 1] << 24
        words.append(words[-4] ^ word)
    return words


def aes128_cbc_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    """`data` (a whole number of 16-byte blocks) encrypted with AES-128 in CBC mode."""
    k = _expand(key)
    t0, t1, t2, t3, sbox = _T0, _T1, _T2, _T3, _SBOX
    count = len(data) // 16
    words = struct.unpack(f">{4 * count}I", data[:16 * count])
    c0, c1, c2, c3 = struct.unpack(">4I", iv[:16])
    out: list[int] = []
    for start in range(0, 4 * count, 4):
        s0 = words[start] ^ c0 ^ k[0]
        s1 = words[start + 1] ^ c1 ^ k[1]
        s2 = words[start + 2] ^ c2 ^ k[2]
        s3 = words[start + 3] ^ c3 ^ k[3]
        for r in range(4, 40, 4):
            s0, s1, s2, s3 = (
                t0[s0 >> 24] ^ t1[(s1 >> 16) & 0xFF] ^ t2[(s2 >> 8) & 0xFF] ^ t3[s3 & 0xFF] ^ k[r],
                t0[s1 >> 24] ^ t1[(s2 >> 16) & 0xFF] ^ t2[(s3 >> 8) & 0xFF] ^ t3[s0 & 0xFF]
                ^ k[r + 1],
                t0[s2 >> 24] ^ t1[(s3 >> 16) & 0xFF] ^ t2[(s0 >> 8) & 0xFF] ^ t3[s1 & 0xFF]
                ^ k[r + 2],
                t0[s3 >> 24] ^ t1[(s0 >> 16) & 0xFF] ^ t2[(s1 >> 8) & 0xFF] ^ t3[s2 & 0xFF]
                ^ k[r + 3],
            )
        # The last round has no MixColumns: S-box and ShiftRows only.
        c0 = ((sbox[s0 >> 24] << 24) | (sbox[(s1 >> 16) & 0xFF] << 16)
              | (sbox[(s2 >> 8) & 0xFF] << 8) | sbox[s3 & 0xFF]) ^ k[40]
        c1 = ((sbox[s1 >> 24] << 24) | (sbox[(s2 >> 16) & 0xFF] << 16)
              | (sbox[(s3 >> 8) & 0xFF] << 8) | sbox[s0 & 0xFF]) ^ k[41]
        c2 = ((sbox[s2 >> 24] << 24) | (sbox[(s3 >> 16) & 0xFF] << 16)
              | (sbox[(s0 >> 8) & 0xFF] << 8) | sbox[s1 & 0xFF]) ^ k[42]
        c3 = ((sbox[s3 >> 24] << 24) | (sbox[(s0 >> 16) & 0xFF] << 16)
              | (sbox[(s1 >> 8) & 0xFF] << 8) | sbox[s2 & 0xFF]) ^ k[43]
        out += (c0, c1, c2, c3)
    return struct.pack(f">{len(out)}I", *out)

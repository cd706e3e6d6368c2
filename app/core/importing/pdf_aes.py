"""AES-128 encryption in CBC mode (FIPS-197), only as far as the PDF password check of
revision 6 needs it: a few thousand blocks, once, for a file PDFium would not open."""

from __future__ import annotations


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


def _block(words: list[int], s0: int, s1: int, s2: int, s3: int) -> tuple[int, int, int, int]:
    s0, s1, s2, s3 = s0 ^ words[0], s1 ^ words[1], s2 ^ words[2], s3 ^ words[3]
    for round_ in range(1, 10):
        k = 4 * round_
        s0, s1, s2, s3 = (
            _T0[s0 >> 24] ^ _T1[(s1 >> 16) & 0xFF] ^ _T2[(s2 >> 8) & 0xFF] ^ _T3[s3 & 0xFF]
            ^ words[k],
            _T0[s1 >> 24] ^ _T1[(s2 >> 16) & 0xFF] ^ _T2[(s3 >> 8) & 0xFF] ^ _T3[s0 & 0xFF]
            ^ words[k + 1],
            _T0[s2 >> 24] ^ _T1[(s3 >> 16) & 0xFF] ^ _T2[(s0 >> 8) & 0xFF] ^ _T3[s1 & 0xFF]
            ^ words[k + 2],
            _T0[s3 >> 24] ^ _T1[(s0 >> 16) & 0xFF] ^ _T2[(s1 >> 8) & 0xFF] ^ _T3[s2 & 0xFF]
            ^ words[k + 3],
        )
    state = (s0, s1, s2, s3)
    out = []
    for column in range(4):
        word = (_SBOX[state[column] >> 24] << 24) \
            | (_SBOX[(state[(column + 1) % 4] >> 16) & 0xFF] << 16) \
            | (_SBOX[(state[(column + 2) % 4] >> 8) & 0xFF] << 8) \
            | _SBOX[state[(column + 3) % 4] & 0xFF]
        out.append(word ^ words[40 + column])
    return out[0], out[1], out[2], out[3]


def aes128_cbc_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    """`data` (a whole number of 16-byte blocks) encrypted with AES-128 in CBC mode."""
    words = _expand(key)
    chain = [int.from_bytes(iv[i:i + 4], "big") for i in range(0, 16, 4)]
    out = bytearray()
    for start in range(0, len(data) - len(data) % 16, 16):
        block = [int.from_bytes(data[start + i:start + i + 4], "big") ^ chain[i // 4]
                 for i in range(0, 16, 4)]
        chain = list(_block(words, *block))
        for word in chain:
            out += word.to_bytes(4, "big")
    return bytes(out)

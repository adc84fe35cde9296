"""Bytes to text: UTF-8/16/32 with or without a mark, legacy single-byte encodings, and binary
or corrupted input refused with a reason."""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

from .document import InputError

#: File signatures of common binary formats, for a precise skip reason.
MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

# A valid UTF-8 multi-byte sequence (RFC 3629, surrogates excluded).
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH = re.compile(rb"[\x80-\xff]")


def decode_bytes(data: bytes) -> tuple[str, Optional[str]]:
    """Decode file bytes: UTF-8 (BOM stripped) as is, else a detected encoding.

    Returns (text, encoding) with encoding None for UTF-8. Raises InputError for binary data,
    corrupted UTF-8 and bytes that no text encoding fits.
    """
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            family = codec[:6]
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(f"file starts with a {family.upper()} mark but is not valid {family.upper()} (byte {err.start + len(bom)})")
            _check_text(text)
            return text, family
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    kind = next((k for magic, k in MAGIC if data.startswith(magic)), None)
    if kind == "PDF":  # a PDF's text parts can pass for text: its signature is decisive
        raise InputError("binary file (PDF), not text: extract its text first")
    bomless = _bomless_utf16(data)
    if bomless:
        text = data.decode(bomless, errors="strict")
        _check_text(text)
        return text, "utf-16"
    if _looks_binary(data):
        if kind:
            raise InputError(f"binary file ({kind}), not text")
        raise InputError("binary file, not text (NUL bytes or control characters)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        first_bad = err.start
    valid = len(_UTF8_MULTI.findall(data))
    if valid:
        stray = len(_HIGH.findall(data)) - sum(len(m) for m in _UTF8_MULTI.findall(data))
        if valid * 2 >= stray:
            raise InputError(
                f"invalid UTF-8 at byte {first_bad:,}: the file mixes UTF-8 with other bytes "
                "(corrupted or concatenated); re-encode it as UTF-8"
            )
    text, encoding = _decode_legacy(data)
    _check_text(text)
    return text, encoding


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """A single-byte legacy encoding: Windows-1252 when the text is in Latin script, else the
    encoding charset-normalizer finds (Cyrillic, Greek, ... code pages)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    guess = None
    if best is not None and best.encoding:
        try:
            guess = (data.decode(best.encoding), best.encoding)
        except (UnicodeDecodeError, LookupError):
            guess = None
    if guess is None or _mostly_latin(guess[0]):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if guess is None:
        raise InputError("undecodable: not UTF-8 and no other text encoding fits")
    return guess


def _mostly_latin(text: str) -> bool:
    """True when the letters of `text` are mostly Latin script (ASCII letters count)."""
    latin = other = 0
    for ch in text[:100_000]:
        if not ch.isalpha():
            continue
        if ord(ch) < 128 or unicodedata.name(ch, "").startswith("LATIN"):
            latin += 1
        else:
            other += 1
    return other <= latin


def _bomless_utf16(data: bytes) -> Optional[str]:
    """'utf-16-le'/'utf-16-be' when the bytes are UTF-16 text without a BOM (ASCII-range text
    with every other byte NUL), else None."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.9 * half:
            try:
                # the sample first: NUL bytes throughout (a sparse file) decode to NULs, which
                # are binary, not text; only a text-like sample is worth decoding whole
                _check_text(sample.decode(codec))
                data.decode(codec)
            except (UnicodeDecodeError, InputError):
                return None
            return codec
    return None


#: Control characters that text does not hold (tab, line feed, form feed, carriage return and
#: escape are text's own).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the head, middle or tail of the data."""
    n = len(data)
    samples = [data[:8192]]
    if n > 16384:
        samples += [data[n // 2: n // 2 + 4096], data[-4096:]]
    for sample in samples:
        if b"\x00" in sample:
            return True
        control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not per byte
        if control > max(8, len(sample) // 100):
            return True
    return False


def _check_text(text: str) -> None:
    """Refuse decoded text that is really binary (NULs or many control characters)."""
    head = text[:8192]
    if "\x00" in head:
        raise InputError("binary file, not text (NUL characters after decoding)")
    control = sum(1 for c in head if ord(c) < 32 and c not in "\t\n\x0c\r\x1b")
    if control > max(8, len(head) // 100):
        raise InputError("binary file, not text (control characters after decoding)")

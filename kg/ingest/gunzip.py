"""Gzip decompression that keeps everything it could decompress before a break.

:class:`gzip.GzipFile` raises ``EOFError`` on a truncated archive and the data of the read that
hit the break is lost with it; a reader then has nothing to parse. :class:`GunzipReader` hands
out every byte zlib produced, and afterwards :attr:`GunzipReader.error` says what went wrong
(a :class:`~kg.errors.TruncatedInputError` naming the file), so the complete records before the
break are still read and the break itself goes into the report.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import BinaryIO

from ..errors import TruncatedInputError

__all__ = ["GunzipReader", "GZIP_MAGIC"]

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 18
_FIX = "re-download or re-compress the file (`gzip -t FILE` tests an archive); the records before the break were read"


class GunzipReader:
    """A read-only binary stream over a (possibly multi-member) gzip file that never raises on a break."""

    def __init__(self, raw: BinaryIO, path: Path | str) -> None:
        self._raw = raw
        self._path = path
        self._d = zlib.decompressobj(31)
        self._pending = b""
        self._done = False
        self._out = 0  # decompressed bytes produced so far
        self.error: TruncatedInputError | None = None

    def __enter__(self) -> GunzipReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._raw.close()

    def read(self, size: int = -1) -> bytes:
        parts, have = [self._pending], len(self._pending)
        while not self._done and (size < 0 or have < size):
            data = self._next()
            parts.append(data)
            have += len(data)
        blob = b"".join(parts)
        if 0 <= size < len(blob):
            self._pending = blob[size:]
            return blob[:size]
        self._pending = b""
        return blob

    def _next(self) -> bytes:
        chunk = self._raw.read(_CHUNK)
        if not chunk:
            self._done = True
            if not self._d.eof:
                self._fail("is truncated: it ends before the gzip end marker")
            return b""
        saved = self._d.copy()
        try:
            data = self._d.decompress(chunk)
            while self._d.eof and self._d.unused_data:  # a concatenated archive: the next member
                rest = self._d.unused_data
                if not rest.startswith(GZIP_MAGIC):
                    self._done = True
                    if rest.strip(b"\x00") or self._raw.read(_CHUNK).strip(b"\x00"):  # zero padding is harmless
                        self._fail("has unexpected data after the end of the gzip archive")
                    break
                self._d = zlib.decompressobj(31)
                data += self._d.decompress(rest)
        except zlib.error as e:
            self._done = True
            data = _salvage(saved, chunk)
            self._out += len(data)
            self._fail(f"is damaged ({e})")
            return data
        self._out += len(data)
        return data

    def _fail(self, what: str) -> None:
        self.error = TruncatedInputError(
            f"{self._path}: the gzip archive {what}, after {self._out:,} bytes of text; "
            "every complete record before the break was read, the rest is lost",
            fix=_FIX,
        )


def _salvage(d, chunk: bytes, step: int = 4096) -> bytes:
    """What ``d`` decompresses from ``chunk`` before the error. zlib returns nothing from the call
    that fails, so the chunk is fed in steps, and the failing step again in small steps."""
    out = []
    for i in range(0, len(chunk), step):
        before = d.copy()
        try:
            out.append(d.decompress(chunk[i : i + step]))
        except zlib.error:
            if step > 16:
                out.append(_salvage(before, chunk[i : i + step], 16))
            break
        if d.eof:
            break
    return b"".join(out)

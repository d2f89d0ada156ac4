"""Reader registry and the helpers every reader shares.

A reader is a class with a ``name``, a ``detect(path, head)`` returning a confidence in [0, 1]
that a file is in its format (``head`` is the first 64 KiB, decoded), and a ``read(path)``
that yields :class:`~kg.model.Paper` for good records and :class:`~kg.model.Skip` for bad ones.
Readers register themselves with :func:`register`; nothing dispatches on an if/elif chain.
"""

from __future__ import annotations

import codecs
import gzip
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from ..errors import InputError, UnknownFormatError
from ..model import Paper, Skip

__all__ = ["Reader", "register", "readers", "get_reader", "detect_format", "read_text", "iter_files", "Record"]

Record = Paper | Skip

_READERS: dict[str, type[Reader]] = {}

#: File names that are never paper listings, skipped when a folder is walked.
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", ".gitkeep"}


class Reader(Protocol):
    """What a reader provides. See the module docstring."""

    name: str
    description: str

    def detect(self, path: Path, head: str) -> float: ...

    def read(self, path: Path) -> Iterator[Record]: ...


def register(cls: type) -> type:
    """Class decorator adding a reader to the registry under ``cls.name``."""
    if cls.name in _READERS:
        raise ValueError(f"two readers registered as {cls.name!r}")
    _READERS[cls.name] = cls
    return cls


def readers() -> dict[str, type[Reader]]:
    """All registered readers by name (imports the built-in ones first)."""
    from . import _builtin  # noqa: F401  (registers on import)

    return dict(sorted(_READERS.items()))


def get_reader(name: str) -> Reader:
    """The reader registered as ``name``."""
    known = readers()
    if name not in known:
        raise UnknownFormatError(
            f"no reader is called {name!r}",
            fix=f"use one of: {', '.join(known)} (or leave --format out to detect it)",
        )
    return known[name]()


def read_text(path: Path) -> str:
    """Whole file as text: gzip is opened transparently, BOMs (UTF-8/16/32) are honoured.

    Undecodable UTF-8 falls back to Windows-1252 / Latin-1, which cannot fail and keeps every
    byte, so a mis-encoded file is read rather than lost.
    """
    raw = _read_bytes(path)
    return decode_bytes(raw, path)


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            magic = fh.read(2)
            fh.seek(0)
            if magic == b"\x1f\x8b":
                with gzip.open(fh) as gz:
                    return gz.read()
            return fh.read()
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        raise InputError(
            f"{path}: cannot read the file ({e})",
            fix="check that the path exists, is readable and (for .gz) is a complete gzip file",
        ) from e


def decode_bytes(raw: bytes, path: Path | str = "<bytes>") -> str:
    """Decode with BOM detection, then UTF-8, then cp1252/latin-1. Rejects binary data."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{path}: starts with a {enc} byte-order mark but is not valid {enc} ({e})",
                    fix="re-save the file as UTF-8",
                ) from e
    if b"\x00" in raw[:8192]:
        raise InputError(
            f"{path}: looks like a binary file (NUL bytes), not a text listing of papers",
            fix="pass text files (txt, json, jsonl, csv, bib, xml), optionally gzip-compressed",
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted, hidden files skipped) into files."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in rel) and child.name not in _IGNORED_NAMES:
                    yield child
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder", fix="check the path; kg takes files and folders")


def detect_format(path: Path, head: str) -> Reader:
    """The reader most confident about ``path``; raises if none is."""
    best, score = None, 0.0
    for cls in readers().values():
        reader = cls()
        s = reader.detect(path, head)
        if s > score:
            best, score = reader, s
    if best is None or score < 0.3:
        raise UnknownFormatError(
            f"{path}: kg does not recognise this file's format",
            fix=f"pass --format with one of: {', '.join(readers())}",
        )
    return best


def head_text(path: Path, size: int = 65536) -> str:
    """First ``size`` bytes of a file, decoded like :func:`read_text` (for format detection)."""
    try:
        with open(path, "rb") as fh:
            magic = fh.read(2)
            fh.seek(0)
            if magic == b"\x1f\x8b":
                with gzip.open(fh) as gz:
                    raw = gz.read(size)
            else:
                raw = fh.read(size)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        raise InputError(f"{path}: cannot read the file ({e})", fix="check the path and permissions") from e
    if len(raw) == size:  # keep whole UTF-16/32 code units; a split UTF-8 tail only costs detection a char
        raw = raw[: size - size % 4]
    return decode_bytes(raw, path)

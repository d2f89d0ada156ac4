"""Reader registry and the helpers every reader shares.

A reader is a class with a ``name``, a ``detect(path, head)`` returning a confidence in [0, 1]
that a file is in its format (``head`` is the first 64 KiB, decoded), and a ``read(path)``
that yields :class:`~kg.model.Paper` for good records, :class:`~kg.model.Skip` for bad ones and
:class:`Note` for something the build report should mention about a record that was kept.
Readers register themselves with :func:`register`; nothing dispatches on an if/elif chain.
A reader whose class sets ``uses_field_map = True`` is constructed with the user's
``--field KEY=COLUMN`` mapping (``cls(field_map)``); the others are constructed without arguments.
"""

from __future__ import annotations

import codecs
import gzip
import queue
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import InputError, UnknownFormatError
from ..model import Paper, Skip, Source

__all__ = [
    "Reader",
    "Note",
    "Record",
    "register",
    "readers",
    "get_reader",
    "detect_format",
    "read_text",
    "read_text_and_encoding",
    "encoding_note",
    "iter_lines",
    "iter_files",
]


@dataclass(frozen=True, slots=True)
class Note:
    """Something worth a line in the build report about a record (or file) that was still read."""

    source: Source
    message: str
    kind: str = ""  # short machine-readable tag, e.g. "no-abstract", "encoding"


Record = Paper | Skip | Note

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


def make_reader(cls: type[Reader], field_map: dict[str, str] | None = None) -> Reader:
    """An instance of ``cls``; readers that declare ``uses_field_map`` get the mapping."""
    return cls(field_map) if getattr(cls, "uses_field_map", False) else cls()


def get_reader(name: str, field_map: dict[str, str] | None = None) -> Reader:
    """The reader registered as ``name``."""
    known = readers()
    if name not in known:
        raise UnknownFormatError(
            f"no reader is called {name!r}",
            fix=f"use one of: {', '.join(known)} (or leave --format out to detect it)",
        )
    return make_reader(known[name], field_map)


def read_text(path: Path) -> str:
    """Whole file as text: gzip is opened transparently, BOMs (UTF-8/16/32) are honoured.

    Undecodable UTF-8 falls back to Windows-1252 / Latin-1, which cannot fail and keeps every
    byte, so a mis-encoded file is read rather than lost.
    """
    return read_text_and_encoding(path)[0]


def read_text_and_encoding(path: Path) -> tuple[str, str]:
    """Like :func:`read_text`, also naming the encoding used (see :func:`encoding_note`)."""
    return decode_bytes_and_encoding(_read_bytes(path), path)


#: Encodings :func:`decode_bytes` falls back to when a file is not UTF-8.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def encoding_note(path: Path, encoding: str, fmt: str, line: int | None = None) -> Note | None:
    """A report note when a file was not UTF-8 and was decoded with a fallback encoding."""
    if encoding not in FALLBACK_ENCODINGS:
        return None
    where = f" (first at line {line})" if line else ""
    return Note(
        Source(str(path), 0, line, fmt),
        f"not valid UTF-8{where}; decoded as {encoding}, so accented letters may be wrong "
        "if the file was in another encoding (re-save it as UTF-8 to be sure)",
        "encoding",
    )


def _read_bytes(path: Path) -> bytes:
    try:
        with _open_binary(path) as fh:
            return fh.read()
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise InputError(
            f"{path}: cannot read the file ({e})",
            fix="check that the path exists, is readable and (for .gz) is a complete gzip file",
        ) from e


def decode_bytes(raw: bytes, path: Path | str = "<bytes>") -> str:
    """Decode with BOM detection, then UTF-8, then cp1252/latin-1. Rejects binary data."""
    return decode_bytes_and_encoding(raw, path)[0]


#: Leading bytes of binary files people mistake for listings, and what to do instead.
_MAGIC = (
    (b"%PDF-", "a PDF document", "kg reads paper listings (metadata), not PDFs; export the listing as JSON, CSV or BibTeX"),
    (b"PK\x03\x04", "a ZIP archive (or .xlsx/.docx)", "unpack it, or save the spreadsheet as CSV"),
    (b"\x89PNG", "a PNG image", "remove it from the input folder"),
    (b"\xff\xd8\xff", "a JPEG image", "remove it from the input folder"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.xls/.doc)", "save it as CSV"),
    (b"SQLite format 3", "an SQLite database", "export the table as CSV or JSON Lines"),
)


def check_binary(raw: bytes, path: Path | str) -> None:
    """Raise :class:`InputError` if ``raw`` (a file's first bytes) is binary rather than text."""
    for magic, what, fix in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"{path}: is {what}, not a text listing of papers", fix=fix)
    sample = raw[:8192]
    if b"\x00" in sample:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if max(odd, even) > len(sample) // 4 and min(odd, even) < len(sample) // 50:
            raise InputError(
                f"{path}: looks like UTF-16 text without a byte-order mark",
                fix="re-save the file as UTF-8 (or as UTF-16 with a byte-order mark)",
            )
        raise InputError(
            f"{path}: looks like a binary file (NUL bytes), not a text listing of papers",
            fix="pass text files (txt, json, jsonl, csv, bib, xml), optionally gzip-compressed",
        )


def decode_bytes_and_encoding(raw: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """:func:`decode_bytes`, also returning the encoding that was used."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{path}: starts with a {enc} byte-order mark but is not valid {enc} ({e})",
                    fix="re-save the file as UTF-8",
                ) from e
    check_binary(raw, path)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _decode_fallback(raw)


def _decode_fallback(raw: bytes) -> tuple[str, str]:
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; latin-1 takes every byte
        return raw.decode("latin-1"), "latin-1"


def _open_binary(path: Path):
    """The file opened for reading bytes, through gzip when it starts with the gzip magic."""
    try:
        fh = open(path, "rb")
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e})", fix="check the path and permissions") from e
    try:
        magic = fh.read(2)
        fh.seek(0)
    except OSError as e:  # e.g. a directory on some systems, or an unreadable device
        fh.close()
        raise InputError(f"{path}: cannot read the file ({e})", fix="check the path and permissions") from e
    # GzipFile does not close a file object it was given, so it gets the path itself
    if magic == b"\x1f\x8b":
        fh.close()
        return gzip.open(path)
    return fh


def iter_lines(path: Path) -> Iterator[tuple[int, str, str]]:
    """Stream a file as ``(line number, line, encoding)`` without loading it whole.

    Handles gzip, BOMs and binary files like :func:`read_text`. A line that is not UTF-8 is
    decoded with a fallback encoding, which the third item names. UTF-16/32 files (rare, and
    not splittable on newline bytes) are decoded whole. A gzip file is decompressed by a helper
    thread (zlib releases the GIL), so decompression overlaps the caller's parsing.
    """
    with _open_binary(path) as fh:
        blocks = _background_blocks(fh) if isinstance(fh, gzip.GzipFile) else iter(lambda: fh.read(_BLOCK), b"")
        try:
            first = next(blocks, b"")
            if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):  # and UTF-32 LE
                text, enc = decode_bytes_and_encoding(first + b"".join(blocks), path)
                for i, line in enumerate(text.splitlines(), start=1):
                    yield i, line, enc
                return
            if first.startswith(codecs.BOM_UTF8):
                first = first[3:]
            check_binary(first, path)
            i = 0
            for lines in _split_lines(first, blocks):
                try:  # a block of whole lines decodes in one call; lines are split after
                    decoded = b"\n".join(lines).decode("utf-8").split("\n")
                except UnicodeDecodeError:
                    for raw in lines:
                        i += 1
                        try:
                            yield i, raw.decode("utf-8"), "utf-8"
                        except UnicodeDecodeError:
                            yield (i, *_decode_fallback(raw))
                    continue
                for line in decoded:
                    i += 1
                    yield i, line, "utf-8"
        except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as e:
            raise InputError(
                f"{path}: cannot read the file ({e})",
                fix="check that the file is readable and (for .gz) a complete gzip file",
            ) from e
        finally:
            close = getattr(blocks, "close", None)
            if close:
                close()


_BLOCK = 1 << 20


def _split_lines(first: bytes, blocks: Iterator[bytes]) -> Iterator[list[bytes]]:
    """Lists of whole lines (without newlines) from a stream given as blocks; a line may span blocks."""
    pending: list[bytes] = []
    block = first
    while block:
        if b"\n" not in block:
            pending.append(block)
        else:
            lines = block.split(b"\n")
            if pending:
                pending.append(lines[0])
                lines[0] = b"".join(pending)
            pending = [lines.pop()]
            yield lines
        block = next(blocks, b"")
    tail = b"".join(pending)
    if tail:
        yield [tail]


def _background_blocks(fh, size: int = _BLOCK) -> Iterator[bytes]:
    """Blocks of ``fh`` read by a helper thread, in order; the thread's errors are raised here."""
    blocks: queue.Queue = queue.Queue(maxsize=8)
    stop = threading.Event()

    def produce() -> None:
        try:
            while not stop.is_set():
                block = fh.read(size)
                blocks.put(block)
                if not block:
                    return
        except BaseException as e:  # handed to the consumer, which raises it
            blocks.put(e)

    worker = threading.Thread(target=produce, name="kg-gunzip", daemon=True)
    worker.start()
    try:
        while True:
            item = blocks.get()
            if isinstance(item, BaseException):
                raise item
            if not item:
                return
            yield item
    finally:
        stop.set()
        while worker.is_alive():  # unblock a put() so the thread sees the stop flag
            try:
                blocks.get_nowait()
            except queue.Empty:
                worker.join(0.01)


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


def check_not_empty(path: Path, head: str) -> None:
    """Raise :class:`InputError` when a file (whose decoded start is ``head``) holds nothing."""
    if not head.strip():
        raise InputError(
            f"{path}: the file is empty (or only whitespace)",
            fix="remove it from the inputs, or re-export it: it holds no papers",
        )


def detect_format(path: Path, head: str, field_map: dict[str, str] | None = None) -> Reader:
    """The reader most confident about ``path``; raises if none is."""
    check_not_empty(path, head)
    best, score = None, 0.0
    for cls in readers().values():
        reader = make_reader(cls, field_map)
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
        with _open_binary(path) as fh:
            raw = fh.read(size)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise InputError(f"{path}: cannot read the file ({e})", fix="check the path and permissions") from e
    if len(raw) == size:  # keep whole UTF-16/32 code units; a split UTF-8 tail only costs detection a char
        raw = raw[: size - size % 4]
    return decode_bytes(raw, path)

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
import queue
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import InputError, TruncatedInputError, UnknownFormatError
from ..model import Paper, Skip, Source
from . import fields as F
from .gunzip import GZIP_MAGIC, GunzipReader

__all__ = [
    "Reader",
    "Note",
    "FieldUse",
    "Record",
    "register",
    "readers",
    "get_reader",
    "detect_format",
    "read_text",
    "read_text_and_encoding",
    "load_text",
    "encoding_note",
    "value_note",
    "checked",
    "iter_lines",
    "iter_files",
]


@dataclass(frozen=True, slots=True)
class Note:
    """Something worth a line in the build report about a record (or file) that was still read."""

    source: Source
    message: str
    kind: str = ""  # short machine-readable tag, e.g. "no-abstract", "encoding"


@dataclass(frozen=True, slots=True)
class FieldUse(Note):
    """Which ``--field KEY=COLUMN`` mappings a file used: yielded last by the readers that take
    them, so the report can say which files each mapping applied to."""

    applied: tuple[tuple[str, str, int], ...] = ()  # (field, column, records that had the column)
    records: int = 0  # records of the file that were mapped


Record = Paper | Skip | Note

_READERS: dict[str, type[Reader]] = {}


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
    """Like :func:`read_text`, also naming the encoding used (see :func:`encoding_note`).

    Raises :class:`~kg.errors.TruncatedInputError` for a truncated gzip file; readers use
    :func:`load_text`, which keeps the readable part instead.
    """
    raw, error = _read_bytes(path)
    if error is not None:
        raise error
    return decode_bytes_and_encoding(raw, path)


#: A blank line: where a block-structured text (a Daily Papers page) is cut when it breaks off.
_BLANK_LINE = re.compile(rb"\n[ \t\r]*\n")


def load_text(path: Path, fmt: str, *, cut: str | None = None) -> tuple[str, list[Record]]:
    """A reader's whole input as text, plus the records to yield about it before any other.

    Those are an encoding note (see :func:`encoding_note`) and, for a truncated or damaged gzip
    file, a :class:`~kg.model.Skip` saying so: the text is then the part before the break.
    ``cut`` drops a possibly incomplete last piece of a truncated text whose parser could not
    tell it from a complete one: ``"line"`` (CSV rows) or ``"block"`` (blank-line separated).
    """
    raw, error = _read_bytes(path)
    extra: list[Record] = []
    if error is not None:
        if cut == "line":
            raw = raw[: raw.rfind(b"\n") + 1]
        elif cut == "block":
            ends = [m.start() for m in _BLANK_LINE.finditer(raw)]
            raw = raw[: ends[-1] + 1] if ends else b""
        line = raw.count(b"\n") + 1
        if not raw.strip():
            raise error
        extra.append(Skip(Source(str(path), 0, line, fmt), error.what, error.fix))
    text, enc = decode_bytes_and_encoding(raw, path)
    if note := encoding_note(path, enc, fmt):
        extra.insert(0, note)
    return text, extra


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


def value_note(source: Source, field: str, value: object, expected: str) -> Note:
    """A report note for a field value a reader could not use and left out of the paper."""
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return Note(source, f"the {field} value {shown} is not {expected}; it was left out", f"invalid-{field}")


def checked(value: object, parse: Callable[[object], object], source: Source, field: str, expected: str,
            notes: list[Note]) -> object:
    """``parse(value)``; when that gives None for a value that is there, a :func:`value_note` in ``notes``."""
    if value is None or value == "":
        return None
    parsed = parse(value)
    if parsed is None and not F.is_blank(value):
        notes.append(value_note(source, field, value, expected))
    return parsed


#: What :func:`checked` says each kind of value should be.
EXPECTED = {"year": "a year from 1500 to 2100", "doi": "a DOI (10.NNNN/...)", "url": "an http(s) URL",
            "arxiv": "an arXiv id (2206.06921, hep-th/9901001)"}


def _read_bytes(path: Path) -> tuple[bytes, TruncatedInputError | None]:
    """The file's bytes (decompressed), and the error that cut a gzip file short, if any."""
    try:
        with _open_binary(path) as fh:
            return fh.read(), getattr(fh, "error", None)
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e})", fix="check the path and permissions") from e


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
    return GunzipReader(fh, path) if magic == GZIP_MAGIC else fh


def iter_lines(path: Path) -> Iterator[tuple[int, str, str]]:
    """Stream a file as ``(line number, line, encoding)`` without loading it whole.

    Handles gzip, BOMs and binary files like :func:`read_text`. A line that is not UTF-8 is
    decoded with a fallback encoding, which the third item names. UTF-16/32 files (rare, and
    not splittable on newline bytes) are decoded whole. A gzip file is decompressed by a helper
    thread (zlib releases the GIL), so decompression overlaps the caller's parsing.
    """
    with _open_binary(path) as fh:
        blocks = _background_blocks(fh) if isinstance(fh, GunzipReader) else iter(lambda: fh.read(_BLOCK), b"")
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
        except OSError as e:
            raise InputError(f"{path}: cannot read the file ({e})", fix="check the path and permissions") from e
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
                if not block and fh.error is not None:  # after every byte before the break
                    blocks.put(fh.error)
                    return
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
    """The files under ``paths`` (folders walked recursively, sorted, hidden files passed over).

    Only the files: :func:`kg.ingest.inputs.walk_inputs` also says what was not read and why.
    """
    from .inputs import walk_inputs

    for item in walk_inputs(paths):
        if isinstance(item, Path):
            yield item


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
            raw = fh.read(size)  # a gzip file that breaks off gives what comes before the break
            error = getattr(fh, "error", None)
        if error is not None and not raw.strip():
            raise error  # nothing readable before the break: the break is the news, not emptiness
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e})", fix="check the path and permissions") from e
    if len(raw) == size:  # keep whole UTF-16/32 code units; a split UTF-8 tail only costs detection a char
        raw = raw[: size - size % 4]
    return decode_bytes(raw, path)

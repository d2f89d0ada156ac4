"""Shared JSON loading for the JSON readers: one document, a streamed array, or JSON Lines.

:func:`iter_json` yields :class:`JsonValue` for each top-level value (each array element, each
line of a JSON Lines file, or the one document) with the line it starts on. A broken array
keeps the elements before the break and reports the rest as one skip; a broken line of a JSON
Lines file is a skip of that line. A document that cannot be parsed at all is an
:class:`~kg.errors.InputError` naming the line and column.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Skip, Source
from .base import Note, load_text

__all__ = ["JsonValue", "iter_json", "describe", "list_of_objects"]

_decoder = json.JSONDecoder()
_WS = " \t\r\n"


@dataclass(frozen=True, slots=True)
class JsonValue:
    value: object
    line: int
    record: bool = False  # an array element or a JSON Lines line, rather than the whole document


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _skip_ws(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos] in _WS:
        pos += 1
    return pos


def _truncation_hint(text: str, pos: int, msg: str = "") -> str:
    if msg.startswith("Unterminated") or _skip_ws(text, pos) >= len(text) - 1:
        return "; the file ends inside it, so it looks truncated"
    return ""


def iter_json(path: Path, fmt: str) -> Iterator[JsonValue | Skip | Note]:
    text, extra = load_text(path, fmt)
    yield from extra
    start = _skip_ws(text, 0)
    if start == len(text):
        raise InputError(f"{path}: the file is empty", fix="remove it from the inputs, or re-export it")
    if _is_json_lines(text, start):
        yield from _lines(path, fmt, text)
    elif text[start] == "[":
        yield from _array(path, fmt, text, start)
    else:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(
                f"{path}: not valid JSON at line {e.lineno}, column {e.colno}: {e.msg}{_truncation_hint(text, e.pos, e.msg)}",
                fix="re-download or re-export the file; a file with one JSON object per line should be JSON Lines",
            ) from e
        yield JsonValue(value, _line_col(text, start)[0])


def _is_json_lines(text: str, start: int) -> bool:
    """True when the first line is a complete JSON value and more content follows it."""
    end = text.find("\n", start)
    if end < 0:
        return False
    try:
        json.loads(text[start:end])
    except json.JSONDecodeError:
        return False
    return bool(text[end:].strip())


def _lines(path: Path, fmt: str, text: str) -> Iterator[JsonValue | Skip]:
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield JsonValue(json.loads(line), i, True)
        except json.JSONDecodeError as e:
            yield Skip(
                Source(str(path), 0, i, fmt),
                f"line {i} is not valid JSON (column {e.colno}: {e.msg})",
                "fix or delete that line; each line of a JSON Lines file must be one complete JSON object",
            )


def _array(path: Path, fmt: str, text: str, start: int) -> Iterator[JsonValue | Skip]:
    pos = _skip_ws(text, start + 1)
    line, line_pos = 1 + text.count("\n", 0, pos), pos
    if text.startswith("]", pos):
        return
    count = 0
    while True:
        line += text.count("\n", line_pos, pos)
        line_pos = pos
        try:
            value, end = _decoder.raw_decode(text, pos)
        except json.JSONDecodeError as e:
            ln, col = _line_col(text, e.pos)
            yield Skip(
                Source(str(path), count + 1, ln, fmt),
                f"the JSON array breaks off at line {ln}, column {col} after {count} complete records "
                f"({e.msg}{_truncation_hint(text, e.pos, e.msg)}); the rest of the file was not read",
                "re-download or re-export the file (the records before the break were read)",
            )
            return
        count += 1
        yield JsonValue(value, line, True)
        pos = _skip_ws(text, end)
        if text.startswith(",", pos):
            pos = _skip_ws(text, pos + 1)
        elif text.startswith("]", pos):
            rest = _skip_ws(text, pos + 1)
            if rest < len(text):
                ln, col = _line_col(text, rest)
                yield Skip(
                    Source(str(path), count + 1, ln, fmt),
                    f"unexpected content after the end of the JSON array at line {ln}, column {col}; it was not read",
                    "remove the trailing content, or split the file into one JSON document per file",
                )
            return
        else:
            ln, col = _line_col(text, pos)
            what = "the file ends" if pos >= len(text) else "expected ',' or ']'"
            yield Skip(
                Source(str(path), count + 1, ln, fmt),
                f"the JSON array breaks off at line {ln}, column {col} after {count} complete records ({what}); "
                "the rest of the file was not read",
                "re-download or re-export the file (the records before the break were read)",
            )
            return


def list_of_objects(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) or v is None for v in value[:50])


def describe(value: object) -> str:
    """A short description of a JSON value for error messages."""
    if isinstance(value, dict):
        keys = list(value)
        shown = ", ".join(repr(k) for k in keys[:12]) + (", ..." if len(keys) > 12 else "")
        return f"an object with keys {shown}" if keys else "an empty object"
    if isinstance(value, list):
        return f"a list of {len(value)} items" + (f" (the first is {type(value[0]).__name__})" if value else "")
    return f"a {type(value).__name__}"

"""Reader for JSON Lines: one JSON object per line, each a paper with ``title`` and ``abstract``.

Field names follow :mod:`kg.ingest.records` (aliases such as ``summary`` or ``paperAbstract``,
or ``--field KEY=COLUMN``). The file is streamed line by line, gzip included, so a corpus of
hundreds of thousands of records never sits in memory as one string. A line that is not valid
JSON, or not an object, is a skip naming its line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import TruncatedInputError
from ..model import Skip, Source
from .base import Record, encoding_note, iter_lines, register
from .records import RecordMapper, check_field_map, norm_key, title_keys

__all__ = ["JsonlReader", "first_line_object"]


def first_line_object(head: str) -> dict | None:
    """The first non-blank line of ``head`` parsed as a JSON object, if it is one."""
    for line in head.splitlines():
        if line.strip():
            try:
                value = json.loads(line)
            except ValueError:
                return None
            return value if isinstance(value, dict) else None
    return None


@register
class JsonlReader:
    """JSON Lines of generic paper records."""

    name = "jsonl"
    description = "JSON Lines (.jsonl, .ndjson, optionally .gz): one {title, abstract, ...} object per line"
    uses_field_map = True

    def __init__(self, field_map: dict[str, str] | None = None) -> None:
        self.field_map = check_field_map(field_map)

    def detect(self, path: Path, head: str) -> float:
        first = first_line_object(head)
        if first is None:
            long_line = head.lstrip().startswith("{") and "\n" not in head.strip()
            suffixes = {s.lower() for s in path.suffixes}
            return 0.5 if long_line and suffixes & {".jsonl", ".ndjson"} else 0.0
        rest = head.strip().split("\n", 1)[1:] or [""]
        score = 0.55 if rest[0].lstrip().startswith("{") else 0.4
        if any(norm_key(k) in title_keys(self.field_map) for k in first):
            score += 0.1
        if {s.lower() for s in path.suffixes} & {".jsonl", ".ndjson"}:
            score += 0.05  # breaks the tie with json on a one-line file
        return score

    def read(self, path: Path) -> Iterator[Record]:
        mapper = RecordMapper(str(path), self.name, self.field_map)
        loads = json.loads
        record, lineno, noted = 0, 0, False
        try:
            for lineno, line, enc in iter_lines(path):
                if not line or line.isspace():
                    continue
                record += 1
                if enc != "utf-8" and not noted:
                    noted = True
                    if note := encoding_note(path, enc, self.name, lineno):
                        yield note
                try:
                    obj = loads(line)
                except json.JSONDecodeError as e:
                    yield Skip(
                        Source(str(path), record, lineno, self.name),
                        f"line {lineno} is not valid JSON (column {e.colno}: {e.msg})",
                        "fix or delete that line; each line of a JSON Lines file must be one complete JSON object",
                    )
                    continue
                if not isinstance(obj, dict):
                    yield Skip(
                        Source(str(path), record, lineno, self.name),
                        f"line {lineno} is a JSON {type(obj).__name__}, not an object with a title",
                        "write one {\"title\": ..., \"abstract\": ...} object per line",
                    )
                    continue
                yield from mapper.records(obj, record, lineno)
        except TruncatedInputError as e:  # raised after the last complete line was read
            yield Skip(Source(str(path), 0, lineno + 1, self.name), e.what, e.fix)
        yield from mapper.field_use()

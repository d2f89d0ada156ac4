"""Reader for CSV/TSV tables of papers: a header row, then one paper per row.

The delimiter (comma, tab, semicolon or bar) is the one the header line uses most. Column names
follow :mod:`kg.ingest.records` (``Title``, ``Abstract Note`` from Zotero, ``paper_title``...,
or ``--field KEY=COLUMN``). Quoted fields may span lines; a row whose field count differs from
the header's (an unquoted delimiter, a cut-off last line) is a skip naming its line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Skip, Source
from .base import Record, load_text, register
from .records import RecordMapper, check_field_map, norm_key, title_keys

__all__ = ["CsvReader"]

_DELIMITERS = (",", "\t", ";", "|")
# Abstracts can be long; the csv module's default limit (128 KiB) would reject a long field.
_FIELD_LIMIT = 256 * 1024 * 1024


def _header(head: str) -> tuple[str, list[str]] | None:
    line = next((ln for ln in head.splitlines() if ln.strip()), "")
    if line.lstrip()[:1] in ("{", "[", "<", "@"):
        return None
    delim = max(_DELIMITERS, key=line.count)
    if not line.count(delim):
        return None
    cols = next(csv.reader([line], delimiter=delim))
    return delim, [c.strip() for c in cols]


@register
class CsvReader:
    """CSV or TSV table of generic paper records."""

    name = "csv"
    description = "CSV/TSV table with a header row: title, abstract, authors, year, doi, arxiv, url, github, ..."
    uses_field_map = True

    def __init__(self, field_map: dict[str, str] | None = None) -> None:
        self.field_map = check_field_map(field_map)

    def _title_column(self, cols: list[str]) -> str | None:
        wanted = title_keys(self.field_map)
        return next((c for c in cols if norm_key(c) in wanted), None)

    def detect(self, path: Path, head: str) -> float:
        found = _header(head)
        if found is None:
            return 0.0
        return 0.6 if self._title_column(found[1]) else 0.15

    def read(self, path: Path) -> Iterator[Record]:
        text, extra = load_text(path, self.name, cut="line")
        yield from extra
        found = _header(text[:65536])
        if found is None:
            raise InputError(
                f"{path}: the first line is not a CSV header (no comma, tab, semicolon or bar in it)",
                fix="start the file with a header row such as: title,abstract,authors,year",
            )
        delim, _ = found
        if csv.field_size_limit() < _FIELD_LIMIT:
            csv.field_size_limit(_FIELD_LIMIT)
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
        header = [c.strip() for c in next(rows)]
        if self._title_column(header) is None:
            wanted = f"the column {self.field_map['title']!r} given by --field title=" if "title" in self.field_map else "a title column"
            raise InputError(
                f"{path}: the CSV header has no {wanted}; its columns are: {', '.join(header)}",
                fix="name the title column with --field title=COLUMN (and the abstract with --field abstract=COLUMN)",
            )
        mapper = RecordMapper(str(path), self.name, self.field_map)
        n = len(header)
        record, line = 0, rows.line_num + 1
        try:
            for row in rows:
                start, line = line, rows.line_num + 1
                if not any(c.strip() for c in row):
                    continue
                record += 1
                if len(row) != n:
                    yield Skip(
                        Source(str(path), record, start, self.name),
                        f"row at line {start} has {len(row)} fields but the header has {n}",
                        f"quote fields that contain the delimiter {delim!r} or line breaks, and check the row is complete",
                    )
                    continue
                yield from mapper.records(dict(zip(header, row)), record, start)
        except csv.Error as e:
            yield Skip(
                Source(str(path), record + 1, line, self.name),
                f"the CSV cannot be parsed after line {line} ({e}); the rest of the file was not read",
                "check the quoting around that line (an opening quote without its closing quote)",
            )
        yield from mapper.field_use()

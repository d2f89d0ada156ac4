"""Reader for a JSON document of generic paper records.

Accepted shapes: a list of ``{title, abstract, ...}`` objects, one such object, or an object
holding the list under some key (``{"papers": [...]}``, ``{"data": [...]}``, ...). Field names
follow :mod:`kg.ingest.records`. Any other shape is an error that describes what was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Skip, Source
from ._json import JsonValue, describe, iter_json, list_of_objects
from .base import Record, register
from .records import RecordMapper, check_field_map, norm_key, title_keys

__all__ = ["JsonReader"]

#: The start of a JSON array or object ("[build-system]" of a TOML file is neither).
_JSON_START = re.compile(r'\s*(?:\[\s*(?:[\[{"\]\d-]|true|false|null|$)|\{\s*(?:["}]|$))')
#: Keys that usually hold the record list of an envelope object, tried first.
ENVELOPE_KEYS = ("papers", "data", "results", "records", "items", "entries", "hits", "works", "rows")


@register
class JsonReader:
    """JSON document (list or envelope) of generic paper records."""

    name = "json"
    description = 'JSON document: [{title, abstract, ...}], one such object, or {"papers": [...]}-style envelopes'
    uses_field_map = True

    def __init__(self, field_map: dict[str, str] | None = None) -> None:
        self.field_map = check_field_map(field_map)
        self._title_keys = title_keys(self.field_map)

    def detect(self, path: Path, head: str) -> float:
        if not _JSON_START.match(head):
            return 0.0
        score = 0.4
        if '"title"' in head or any(f'"{c}"' in head for c in self.field_map.values()):
            score += 0.1
        if ".json" in {s.lower() for s in path.suffixes}:
            score += 0.05  # breaks the tie with jsonl on a one-line file
        return score

    def _is_record(self, obj: dict) -> bool:
        return any(norm_key(k) in self._title_keys for k in obj)

    def read(self, path: Path) -> Iterator[Record]:
        mapper = RecordMapper(str(path), self.name, self.field_map)
        record = 0
        for item in iter_json(path, self.name):
            if not isinstance(item, JsonValue):
                yield item
                continue
            values = [item.value] if item.record and not self._is_envelope(item.value) else self._records(path, item.value)
            for obj in values:
                record += 1
                if isinstance(obj, dict):
                    yield from mapper.records(obj, record, item.line)
                else:
                    yield Skip(
                        Source(str(path), record, item.line, self.name),
                        f"record {record} is {describe(obj)}, not an object with a title",
                        "each record must be a JSON object such as {\"title\": ..., \"abstract\": ...}",
                    )
        yield from mapper.field_use()

    def _is_envelope(self, value: object) -> bool:
        return isinstance(value, dict) and not self._is_record(value) and any(list_of_objects(v) for v in value.values())

    def _records(self, path: Path, value: object) -> list:
        if isinstance(value, list):  # a list inside a JSON Lines line, or a nested list
            return value
        if isinstance(value, dict):
            if self._is_record(value):
                return [value]
            for key in (*ENVELOPE_KEYS, *value):
                if list_of_objects(value.get(key)):
                    return value[key]
            if any(isinstance(value.get(k), list) and not value[k] for k in (*ENVELOPE_KEYS, *value)):
                return []  # an envelope with an empty list: nothing to read, nothing wrong
        raise InputError(
            f"{path}: kg does not know this JSON shape: the document is {describe(value)}, with no title "
            "and no list of paper records",
            fix="give a list of {\"title\": ..., \"abstract\": ...} objects, name the title key with "
            "--field title=KEY, or pick an API reader with --format (hf-api, semantic-scholar, openalex)",
        )

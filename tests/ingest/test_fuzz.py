"""Property-based fuzzing (Hypothesis) of every reader and the format detector.

Inputs: arbitrary bytes (plain and gzip), arbitrary JSON shapes, and the shared sample files cut
at random places (plain and gzip). The properties: reading never raises (without --strict), every
file gets a line in the report, and where the count of records is known from the input (a JSON
array, JSON Lines, a CSV table) every record ends as a paper or a recorded skip.

The examples are bounded and derandomized so the suite is repeatable; set KG_FUZZ_EXAMPLES to
run more, random ones (e.g. KG_FUZZ_EXAMPLES=5000 for a long hunt).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.ingest import detect_format, read_inputs, readers
from kg.ingest.base import head_text
from kg.ingest.reading import ReadResult

_MORE = int(os.environ.get("KG_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_MORE or 40,
    deadline=None,  # a loaded 2-core machine makes single examples slow now and then
    database=None,  # no .hypothesis folder left in the worktree
    derandomize=not _MORE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

DATA = Path(__file__).resolve().parents[1] / "data"
SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[3] / "shared")) / "formats"
SAMPLES = sorted(
    p for root in (DATA / "formats", DATA / "bad", SHARED) if root.is_dir()
    for p in root.rglob("*")
    if p.is_file() and p.stat().st_size <= 500_000 and not p.name.startswith(("LICENSE", "README"))
)
READERS = sorted(readers())
SUFFIXES = ["", ".json", ".jsonl", ".csv", ".tsv", ".bib", ".xml", ".txt"]


@contextmanager
def _file(data: bytes, name: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        yield path


def _read(path: Path, **kw) -> ReadResult:
    result = read_inputs([path], **kw)
    _check_accounted(result)
    return result


def _check_accounted(result: ReadResult) -> None:
    """Every file read says what it gave; the totals add up to the per-file counts."""
    assert result.files or any(n.kind == "kg-output" for n in result.notes)
    for f in result.files:
        assert f.papers + f.skipped + f.noted >= 1, f
    assert result.records == sum(f.papers for f in result.files)
    assert len(result.skips) == sum(f.skipped for f in result.files)
    assert len(result.papers) + result.merged == result.records
    for s in result.skips:
        assert s.reason and s.fix and s.source.path


json_scalars = st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False) | st.text(max_size=40)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
    st.sampled_from(["title", "abstract", "year", "doi", "url", "authors", "github", "id", "arxiv", "paper",
                     "papers", "data", "results", "paperId", "summary", "x"]) | st.text(max_size=8), inner, max_size=6),
    max_leaves=20)
#: A record with a title key (whatever its value), so no reader can take it for an envelope.
records = st.fixed_dictionaries({"title": json_values}, optional={
    k: json_values for k in ("abstract", "year", "doi", "url", "authors", "github", "project", "keywords")})


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES), packed=st.booleans())
def test_fuzz_arbitrary_bytes_are_read_or_reported(data, suffix, packed):
    if packed:
        data, suffix = gzip.compress(data)[: max(1, len(data))], suffix + ".gz"
    with _file(data, "input" + suffix) as path:
        _read(path)
        try:
            detect_format(path, head_text(path))
        except KgError:
            pass


@FUZZ
@given(data=st.binary(max_size=3000), reader=st.sampled_from(READERS))
def test_fuzz_every_reader_forced_on_arbitrary_bytes_never_raises(data, reader):
    with _file(data, "input.txt") as path:
        _read(path, format=reader)


@FUZZ
@given(text=st.text(max_size=2000), reader=st.sampled_from(READERS))
def test_fuzz_every_reader_forced_on_arbitrary_text_never_raises(text, reader):
    with _file(text.encode("utf-8", "surrogatepass"), "input.txt") as path:
        _read(path, format=reader)


@FUZZ
@given(value=json_values, reader=st.sampled_from(READERS + [None]))
def test_fuzz_arbitrary_json_shapes_are_read_or_reported(value, reader):
    with _file(json.dumps(value).encode(), "doc.json") as path:
        _read(path, format=reader)


@FUZZ
@given(rows=st.lists(records, min_size=1, max_size=12))
def test_fuzz_json_array_every_record_is_a_paper_or_a_skip(rows):
    with _file(json.dumps(rows, indent=1).encode(), "papers.json") as path:
        result = _read(path, format="json")
    assert result.records + len(result.skips) == len(rows)


@FUZZ
@given(lines=st.lists(json_values, min_size=1, max_size=12))
def test_fuzz_json_lines_every_line_is_a_paper_or_a_skip(lines):
    text = "".join(json.dumps(v) + "\n" for v in lines)
    with _file(text.encode(), "papers.jsonl") as path:
        result = _read(path, format="jsonl")
    assert result.records + len(result.skips) == len(lines)


cells = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)


@FUZZ
@given(rows=st.lists(st.tuples(cells, cells, cells), min_size=1, max_size=12))
def test_fuzz_csv_every_row_is_a_paper_or_a_skip(rows):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["title", "abstract", "year"])
    writer.writerows(rows)
    with _file(buf.getvalue().encode(), "papers.csv") as path:
        result = _read(path, format="csv")
    blank = sum(1 for r in rows if not any(c.strip() for c in r))  # an empty row holds no record
    assert result.records + len(result.skips) == len(rows) - blank


@FUZZ
@given(sample=st.sampled_from(SAMPLES), cut=st.floats(0, 1), packed=st.booleans())
def test_fuzz_samples_cut_short_are_read_or_reported(sample, cut, packed):
    data = sample.read_bytes()
    name = sample.name
    if packed:
        data, name = gzip.compress(data), name + ".gz"
    with _file(data[: int(len(data) * cut)] or b" ", name) as path:
        _read(path)

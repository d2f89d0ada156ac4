"""Bad input (tests/data/bad, plus large files generated here): every case ends in a clear error,
a reported skip or a note, each naming the file and the record or line; nothing vanishes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError, RecordError
from kg.ingest import read_inputs

# case, what the report holds ("error": the file is a skip of record 0; "skip": a record is;
# "note": the record was kept with a note; "ok": read cleanly), papers read, text of the message
CASES = [
    ("empty.jsonl", "error", 0, "the file is empty"),
    ("whitespace_only.json", "error", 0, "the file is empty"),
    ("binary.dat", "error", 0, "looks like a binary file (NUL bytes)"),
    ("scan.pdf", "error", 0, "is a PDF document"),
    ("utf16_no_bom.jsonl", "error", 0, "UTF-16 text without a byte-order mark"),
    ("latin1.csv", "note", 1, "not valid UTF-8; decoded as cp1252"),
    ("utf16_bom.json", "ok", 1, ""),
    ("truncated_array.json", "skip", 2, "the JSON array breaks off at line 12, column 15 after 2 complete records"),
    ("truncated_object.json", "error", 0, "not valid JSON at line 1, column 46"),
    ("unknown_shape.json", "error", 0, "kg does not know this JSON shape"),
    ("no_title.jsonl", "skip", 1, "the record has no title field"),
    ("no_abstract.jsonl", "note", 1, "kept without an abstract"),
    ("long_title.jsonl", "skip", 0, "probably a whole abstract or a broken line"),
    ("control_chars.jsonl", "note", 1, "removed 5 control character(s)"),
    ("duplicates.jsonl", "note", 1, "kept without an abstract"),
    ("bad_line.jsonl", "skip", 2, "line 2 is not valid JSON"),
    ("unclosed_quote.csv", "skip", 2, "row at line 3 has 1 fields but the header has 2"),
    ("billion_laughs.xml", "error", 0, "billion laughs"),
    ("truncated_feed.xml", "skip", 2, "the feed breaks off at line 79"),
    ("unclosed_entry.bib", "skip", 1, "entry 'broken2021' at line 7 cannot be parsed"),
    ("mixed", "error", 3, "kg does not recognise this file's format"),
]


@pytest.mark.parametrize(("case", "kind", "papers", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_reported_with_file_and_place(bad_dir, case, kind, papers, message):
    result = read_inputs([bad_dir / case])
    report = result.report()
    assert len(result.papers) == papers
    entries = {"error": report["skips"], "skip": report["skips"], "note": report["notes"], "ok": []}[kind]
    if kind == "ok":
        assert report["skips"] == [] and report["notes"] == []
        return
    hits = [e for e in entries if message in (e.get("reason") or e.get("message"))]
    assert hits, f"no report entry says {message!r}: {entries}"
    hit = hits[0]
    assert case in hit["path"] or case == "mixed"
    if kind == "error":
        assert hit["record"] == 0 and hit["fix"]  # the whole file
    if kind == "skip":
        assert hit["record"] >= 1 and hit["line"] and hit["fix"]
        assert f"{hit['path']}#{hit['record']} (line {hit['line']})" == hit["source"]
    # every record read is accounted for: papers + merges == records, each file counted
    assert report["papers"] + report["merged"] == report["records_read"]
    assert sum(f["skipped"] for f in report["files"]) == report["skipped"]


@pytest.mark.parametrize(("case", "kind", "papers", "message"), [c for c in CASES if c[1] in ("error", "skip")],
                         ids=[c[0] for c in CASES if c[1] in ("error", "skip")])
def test_bad_input_strict_mode_raises(bad_dir, case, kind, papers, message):
    expected = RecordError if kind == "skip" else InputError
    with pytest.raises(expected) as e:
        read_inputs([bad_dir / case], strict=True)
    assert e.value.fix


@pytest.mark.parametrize("case", [c[0] for c in CASES if c[1] in ("note", "ok")])
def test_bad_input_strict_mode_keeps_noted_records(bad_dir, case):
    assert read_inputs([bad_dir / case], strict=True).papers


def test_bad_input_cleaned_values(bad_dir):
    (latin,) = read_inputs([bad_dir / "latin1.csv"]).papers
    assert latin.title == "Réseaux de neurones pour la détection" and latin.authors == ("Jörg Müller", "Zoë Faÿ")
    (utf16,) = read_inputs([bad_dir / "utf16_bom.json"]).papers
    assert utf16.title == "Übersetzung mit Transformern" and "—" in utf16.abstract
    (ctrl,) = read_inputs([bad_dir / "control_chars.jsonl"]).papers
    assert ctrl.title == "Control characters in a title"
    assert ctrl.abstract == "An abstract with a form feed and a C1 control char."


FIFTY_MB = 50 * 1024 * 1024


def test_bad_input_50mb_single_line_json_array_is_read(tmp_path):
    rec = {"title": "", "abstract": "x" * 900}
    n = FIFTY_MB // 1000
    path = tmp_path / "one_line.json"
    with open(path, "w") as fh:
        fh.write("[" + ",".join(json.dumps({**rec, "title": f"Paper number {i}"}) for i in range(n)) + "]")
    assert path.stat().st_size > FIFTY_MB * 0.9
    result = read_inputs([path])
    assert result.files[0].format == "json" and result.records == n
    assert result.papers[-1].title == f"Paper number {n - 1}" and result.papers[-1].source.line == 1


def test_bad_input_50mb_single_line_of_text_is_unrecognised(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"lorem ipsum " * (FIFTY_MB // 12))
    result = read_inputs([path])
    (skip,) = result.skips
    assert "does not recognise" in skip.reason and skip.source.path == str(path) and "--format" in skip.fix


def test_bad_input_50mb_single_record_line_is_kept_and_noted(tmp_path):
    path = tmp_path / "huge.jsonl"
    path.write_text(json.dumps({"title": "A record with an enormous abstract", "abstract": "word " * (FIFTY_MB // 5)}))
    result = read_inputs([path])
    (paper,) = result.papers
    assert len(paper.abstract) > FIFTY_MB * 0.9
    assert [n.kind for n in result.notes] == ["long-abstract"]


SAMPLES = sorted(
    p for p in (Path(__file__).resolve().parents[1] / "data" / "formats").rglob("*")
    if p.is_file() and not p.name.startswith(("LICENSE", "README"))
)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bad_input_every_sample_cut_short_is_read_or_reported(tmp_path, sample):
    data = sample.read_bytes()
    for cut in (1, len(data) // 3, len(data) // 2, len(data) - 2):
        path = tmp_path / f"cut{cut}{sample.suffix}"
        path.write_bytes(data[:cut])
        result = read_inputs([path])  # never raises without strict
        (report,) = result.files
        assert report.papers or report.skipped or report.noted, f"{path}: nothing read and nothing reported"

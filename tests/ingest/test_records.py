"""Generic records: unusable values are left out with a note, non-text titles are skips, --field
applies where its column exists."""

from __future__ import annotations

import json

import pytest

from kg.ingest import read_inputs
from kg.model import Paper, Skip

_BASE = {"title": "A Study Of Graph Models", "abstract": "We study graph models."}


def _read_one(tmp_path, **fields):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({**_BASE, **fields}) + "\n")
    return read_inputs([path])


@pytest.mark.parametrize(("field", "value", "kind"), [
    ("year", "20021", "invalid-year"),
    ("year", 12, "invalid-year"),
    ("year", "sometime", "invalid-year"),
    ("doi", "doi:not-a-doi", "invalid-doi"),
    ("doi", 10.1, "invalid-doi"),
    ("url", "ftp://example.org/paper", "invalid-url"),
    ("url", "see the website", "invalid-url"),
    ("github", "PEPDS_github", "invalid-url"),
    ("arxiv", "arXiv:abc", "invalid-arxiv"),
])
def test_records_unusable_values_are_left_out_with_a_note(tmp_path, field, value, kind):
    result = _read_one(tmp_path, **{field: value})
    (paper,) = result.papers
    assert paper.year is None and paper.doi is None and paper.url is None and paper.links == () and paper.arxiv_id is None
    (note,) = result.notes
    assert note.kind == kind and repr(value) in note.message and "left out" in note.message
    assert note.source.record == 1 and note.source.line == 1


@pytest.mark.parametrize("value", ["", "n/a", "N/A", "null", "-", None, "unknown"])
def test_records_blank_markers_are_not_noted(tmp_path, value):
    result = _read_one(tmp_path, year=value, doi=value, url=value)
    assert len(result.papers) == 1 and result.notes == []


@pytest.mark.parametrize(("value", "word"), [(12345, "number"), (3.5, "number"), (["A", "B"], "list"),
                                             ({"text": "A"}, "object"), (True, "true/false")])
def test_records_title_that_is_not_text_is_a_skip(tmp_path, value, word):
    result = _read_one(tmp_path, title=value)
    assert result.papers == []
    (skip,) = result.skips
    assert word in skip.reason and "--field title=" in skip.fix


def test_records_usable_values_in_unusual_forms_are_kept(tmp_path):
    result = _read_one(tmp_path, year="June 2021", url="docvqa.org",
                       github="[![github](/icon.svg) a/b](https://github.com/a/b); https://github.com/c/d")
    (paper,) = result.papers
    assert paper.year == 2021 and paper.url == "https://docvqa.org"
    assert [link.url for link in paper.links] == ["https://github.com/a/b", "https://github.com/c/d"]
    assert result.notes == []


@pytest.mark.parametrize(("name", "content"), [
    ("refs.bib", "@article{k1, title={A Study Of Graph Models}, abstract={Text.}, year={20211}, doi={nope}}\n"),
    ("s2.json", json.dumps({"paperId": "p1", "title": "A Study Of Graph Models", "abstract": "Text.", "year": 20211,
                            "externalIds": {"DOI": "nope"}})),
    ("oa.json", json.dumps({"id": "https://openalex.org/W1", "title": "A Study Of Graph Models", "publication_year": 20211,
                            "doi": "nope", "abstract_inverted_index": {"Text.": [0]}})),
])
def test_records_api_and_bibtex_readers_note_unusable_year_and_doi(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    result = read_inputs([path])
    (paper,) = result.papers
    assert paper.year is None and paper.doi is None
    assert sorted(n.kind for n in result.notes) == ["invalid-doi", "invalid-year"]


@pytest.mark.parametrize(("name", "content"), [
    ("s2.json", json.dumps({"paperId": "p1", "title": 12345})),
    ("oa.json", json.dumps({"id": "https://openalex.org/W1", "title": 12345, "abstract_inverted_index": {}})),
    ("hf.json", json.dumps([{"paper": {"id": "2101.00001", "title": 12345, "summary": "S."}, "upvotes": 1,
                             "githubRepo": None, "ai_keywords": []}])),
])
def test_records_api_readers_skip_a_numeric_title(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    result = read_inputs([path])
    assert result.papers == [] and "a number (12345)" in result.skips[0].reason


@pytest.mark.parametrize("where", ["title", "abstract"])
def test_records_bidi_override_characters_are_removed_with_a_note(tmp_path, where):
    result = _read_one(tmp_path, **{where: f"Graphs \u202egnitset\u202c and \u2066isolates\u2069 too"})
    (paper,) = result.papers
    assert "\u202e" not in getattr(paper, where) and "\u2066" not in getattr(paper, where)
    assert getattr(paper, where) == "Graphs gnitset and isolates too"
    (note,) = result.notes
    assert note.kind == "bidi-controls" and "removed 4" in note.message


def test_records_field_map_applies_where_its_column_exists(tmp_path):
    csv_path = tmp_path / "a.csv"
    csv_path.write_text("Paper Title,Summary\nA Study Of Graph Models,We study graphs.\n")
    jsonl_path = tmp_path / "b.jsonl"
    jsonl_path.write_text(json.dumps({"title": "Another Study Of Graphs", "abstract": "More graphs."}) + "\n")
    result = read_inputs([tmp_path], field_map={"title": "Paper Title"})
    assert sorted(p.title for p in result.papers) == ["A Study Of Graph Models", "Another Study Of Graphs"]
    assert not result.skips
    report = result.report()
    assert report["fields_mapped"] == {"title=Paper Title": [str(csv_path)]}
    by_file = {f["path"]: f["fields_mapped"] for f in report["files"]}
    assert by_file == {str(csv_path): {"title": "Paper Title"}, str(jsonl_path): {}}
    (note,) = result.notes
    assert note.kind == "field-map-not-applied" and note.source.path == str(jsonl_path)
    assert "--field title=Paper Title applied to 0 of 1 records" in note.message


def test_records_field_map_partly_applied_in_a_file_is_noted(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"heading": "A Study Of Graph Models", "abstract": "A."}) + "\n"
                    + json.dumps({"title": "Another Study Of Graphs", "abstract": "B."}) + "\n")
    result = read_inputs([path], field_map={"title": "heading"})
    assert len(result.papers) == 2
    (note,) = result.notes
    assert note.kind == "field-map-partial" and "1 of 2" in note.message
    assert isinstance(result.papers[0], Paper) and not any(isinstance(s, Skip) for s in result.skips)

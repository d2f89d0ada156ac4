"""read_inputs: one paper per paper across files and formats, the report, strict mode, --field."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError, RecordError
from kg.ingest import read_inputs
from kg.ingest.reading import Deduplicator, ReadResult, merge_papers
from kg.model import Paper, Source


def _paper(title, n, **kw):
    src = Source("mem.jsonl", n, n, "jsonl")
    return Paper(title=title, abstract=kw.pop("abstract", "An abstract."), source=src, **kw)


def _dedup(*papers):
    result = ReadResult()
    d = Deduplicator(result)
    for p in papers:
        d.add(p)
    return d.papers(), result


def test_reading_same_paper_in_four_formats_is_one_node(formats_dir):
    dedup_dir = formats_dir.parent / "dedup"
    result = read_inputs([dedup_dir])
    assert [f.format for f in result.files] == ["bibtex", "arxiv", "csv", "semantic-scholar"]
    assert result.records == 4 and result.merged == 3
    (p,) = result.papers
    assert p.arxiv_id == "2206.06921"  # from the arXiv feed
    assert p.doi == "10.1512/iumj.2024.73.9928"  # from the bib file, upper case there
    assert p.abstract.startswith("Let $d")  # the longest abstract
    assert p.year == 2024 and p.date is None  # the preprint date does not agree with the journal year
    assert [s.format for s in p.sources] == ["bibtex", "arxiv", "csv", "semantic-scholar"]
    assert [m["on"] for m in result.report()["merges"]] == [
        "doi:10.1512/iumj.2024.73.9928",
        "title:attainableformsofassouadspectra",
        "arxiv:2206.06921",
    ]


def test_reading_record_with_arxiv_id_and_doi_bridges_two_earlier_papers():
    papers, result = _dedup(
        _paper("Title known by its DOI only", 1, doi="10.1/abc"),
        _paper("A different title known by arXiv", 2, arxiv_id="2101.00001"),
        _paper("Third title", 3, arxiv_id="2101.00001", doi="10.1/abc"),
    )
    assert len(papers) == 1
    assert papers[0].title == "Title known by its DOI only"
    assert (papers[0].arxiv_id, papers[0].doi) == ("2101.00001", "10.1/abc")
    assert [s.record for s in papers[0].sources] == [1, 2, 3]
    assert result.merged == 2


def test_reading_same_title_with_different_arxiv_ids_stays_two_papers():
    papers, _ = _dedup(
        _paper("A Survey of Large Language Models", 1, arxiv_id="2303.18223"),
        _paper("A survey of large language models", 2, arxiv_id="2307.06435"),
    )
    assert [p.arxiv_id for p in papers] == ["2303.18223", "2307.06435"]


@pytest.mark.parametrize("title", ["Deep nets", "Introduction", "ACML 2019: Preface", "Front Matter"])
def test_reading_short_and_front_matter_titles_do_not_merge(title):
    papers, _ = _dedup(_paper(title, 1), _paper(title, 2))
    assert len(papers) == 2


def test_reading_version_suffixes_and_doi_forms_merge(bad_dir):
    result = read_inputs([bad_dir / "duplicates.jsonl"])
    (p,) = result.papers
    assert p.arxiv_id == "2006.11239" and p.doi == "10.5555/3495724.3496298"
    assert p.abstract == "A longer abstract that should win the merge."
    assert len(p.sources) == 3 and result.merged == 2


def test_reading_merge_unites_links_and_keeps_first_authors():
    a = _paper("Merged paper title", 1, authors=("A. Turing",), keywords=("x",))
    b = _paper("Merged paper title", 2, authors=("Alan Turing", "Someone"), keywords=("x", "y"), venue="V")
    m = merge_papers(a, b)
    assert m.authors == ("A. Turing",) and m.keywords == ("x", "y") and m.venue == "V"
    assert [s.record for s in m.sources] == [1, 2]


def test_reading_report_lists_files_skips_notes_and_merges(bad_dir):
    report = read_inputs([bad_dir / "mixed"]).report()
    assert [(f["format"], f["papers"]) for f in report["files"]] == [
        ("jsonl", 1), ("bibtex", 1), ("arxiv", 1), (None, 0), ("csv", 1)
    ]
    assert report["records_read"] == 4 and report["papers"] == 3 and report["merged"] == 1
    (skip,) = report["skips"]
    assert skip["path"].endswith("d_notes.md") and "does not recognise" in skip["reason"] and "--format" in skip["fix"]
    assert report["merges"][0]["on"] == "arxiv:2301.00001"
    json.dumps(report)  # JSON-ready


def test_reading_strict_raises_on_the_first_skip(bad_dir):
    with pytest.raises(RecordError) as e:
        read_inputs([bad_dir / "no_title.jsonl"], strict=True)
    assert "no_title.jsonl#2 (line 2)" in str(e.value)


def test_reading_strict_raises_on_an_unreadable_file(bad_dir):
    with pytest.raises(InputError, match="binary"):
        read_inputs([bad_dir / "binary.dat"], strict=True)


def test_reading_strict_allows_notes(bad_dir):
    result = read_inputs([bad_dir / "no_abstract.jsonl"], strict=True)
    assert len(result.papers) == 1 and result.notes[0].kind == "no-abstract"


def test_reading_unknown_field_map_key_is_an_error(formats_dir):
    with pytest.raises(InputError, match="unknown paper field"):
        read_inputs([formats_dir / "generic" / "papers.jsonl"], field_map={"titel": "x"})


def test_reading_field_map_with_a_fixed_format_reader_is_an_error(formats_dir):
    with pytest.raises(InputError, match="fixed field names"):
        read_inputs([formats_dir / "bibtex"], format="bibtex", field_map={"title": "x"})


def test_reading_field_map_ignored_by_a_detected_api_reader_is_noted(formats_dir):
    result = read_inputs([formats_dir / "hf_api" / "paper.json"], field_map={"title": "x"})
    assert result.notes[0].kind == "field-map-ignored"


def test_reading_forced_format_overrides_detection(formats_dir):
    path = formats_dir / "generic" / "papers.json"
    result = read_inputs([path], format="jsonl")
    # pretty-printed JSON read as JSON Lines: each line is a paper or a reported skip, nothing vanishes
    report = result.files[0]
    assert report.format == "jsonl" and report.skipped > 0
    assert report.papers + report.skipped == sum(1 for line in path.read_text().splitlines() if line.strip())


@pytest.mark.parametrize(("content", "fmt"), [("[]", None), ('{"data": []}', "semantic-scholar"), ("[]", "hf-daily")])
def test_reading_a_file_without_records_gets_a_note(tmp_path, content, fmt):
    path = tmp_path / "empty_list.json"
    path.write_text(content)
    result = read_inputs([path], format=fmt)
    assert result.papers == [] and [n.kind for n in result.notes] == ["no-records"]

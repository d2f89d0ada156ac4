"""Semantic Scholar Graph API JSON: real samples (and bodies taken from recorded HTTP cassettes)."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import get_reader
from kg.ingest.base import Note
from kg.model import Paper, Skip

S2 = "semantic_scholar"


def _read(path):
    return list(get_reader("semantic-scholar").read(path))


def _papers(path):
    return [r for r in _read(path) if isinstance(r, Paper)]


@pytest.mark.parametrize(
    ("name", "papers", "skips"),
    [
        ("paper_full.json", 1, 0),
        ("paper_title_only.json", 1, 0),
        ("PaperWithNullValues.json", 0, 1),
        ("paper_batch.json", 0, 3),  # fields=authors only: no titles
        ("search_turing.json", 100, 0),
        ("search_bulk.json", 10, 0),
        ("citations_page.json", 12, 0),
        ("Citation.json", 1, 0),
        ("Reference.json", 1, 0),
        ("recommended.json", 10, 0),
        ("author.json", 5, 0),
    ],
)
def test_semantic_scholar_sample_counts(formats_dir, name, papers, skips):
    recs = _read(formats_dir / S2 / name)
    assert sum(isinstance(r, Paper) for r in recs) == papers
    assert sum(isinstance(r, Skip) for r in recs) == skips


def test_semantic_scholar_full_paper_fields(formats_dir):
    (p,) = _papers(formats_dir / S2 / "paper_full.json")
    assert p.title == "Computing Machinery and Intelligence"
    assert p.abstract.startswith("I propose to consider the question, “Can machines think?”")
    assert p.doi == "10.1093/mind/lix.236.433"  # lower-cased
    assert p.arxiv_id is None
    assert p.year == 1950 and p.date == "1950-10-01"
    assert p.venue == "The Philosophy of Artificial Intelligence"
    assert p.authors == ("A. Turing",)
    assert p.url == "https://www.semanticscholar.org/paper/2d5673caa9e6af3a7b82a43f19ee920992db07ad"


def test_semantic_scholar_embedded_citations_are_noted_not_read(formats_dir):
    notes = [r for r in _read(formats_dir / S2 / "paper_full.json") if isinstance(r, Note)]
    assert len(notes) == 1 and notes[0].kind == "nested-not-read"
    assert "3 citations and 3 references" in notes[0].message


def test_semantic_scholar_reference_envelope_gives_the_cited_paper_with_arxiv_id(formats_dir):
    (p,) = _papers(formats_dir / S2 / "Reference.json")
    assert p.arxiv_id == "1402.0030"
    assert p.venue == "International Conference on Machine Learning"


def test_semantic_scholar_citation_envelope_gives_the_citing_paper(formats_dir):
    (p,) = _papers(formats_dir / S2 / "Citation.json")
    assert p.doi == "10.1109/lra.2022.3229266"


def test_semantic_scholar_null_abstract_becomes_empty(formats_dir):
    papers = _papers(formats_dir / S2 / "search_turing.json")
    assert papers[0].title.startswith("Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B")
    assert all(p.abstract == "" for p in papers)


def test_semantic_scholar_missing_title_skip_says_which_fields_to_request(formats_dir):
    (skip,) = _read(formats_dir / S2 / "PaperWithNullValues.json")
    assert "2d5673caa9e6af3a7b82a43f19ee920992db07ad" in skip.reason
    assert "fields=title,abstract" in skip.fix


def test_semantic_scholar_batch_null_is_a_not_found_skip(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text('[{"paperId": "a", "title": "Found paper title"}, null]')
    recs = _read(path)
    assert isinstance(recs[0], Paper) and isinstance(recs[1], Skip)
    assert "not found" in recs[1].reason and recs[1].source.record == 2


def test_semantic_scholar_jsonl_dataset_lines(tmp_path):
    path = tmp_path / "papers.jsonl"
    path.write_text('{"paperId": "a", "title": "One", "externalIds": {"ArXiv": "2101.00001"}}\n'
                    '{"paperId": "b", "title": "Two", "abstract": "Text."}\n')
    recs = _read(path)
    assert [(p.title, p.arxiv_id, p.source.line) for p in recs] == [("One", "2101.00001", 1), ("Two", None, 2)]


def test_semantic_scholar_error_response_is_an_input_error(tmp_path):
    path = tmp_path / "err.json"
    path.write_text('{"error": "Paper with id X not found"}')
    with pytest.raises(InputError, match="error response: Paper with id X not found"):
        _read(path)

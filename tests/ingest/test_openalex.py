"""OpenAlex works JSON (hand-written from the documented work object)."""

from __future__ import annotations

import pytest

from kg.ingest import get_reader
from kg.ingest.openalex import rebuild_abstract
from kg.model import Paper, Skip


def _read(path):
    return list(get_reader("openalex").read(path))


def test_openalex_single_work_fields(formats_dir):
    (p,) = _read(formats_dir / "openalex" / "work.json")
    assert p.title.startswith("The state of OA")
    assert p.abstract == "Despite growing interest in Open Access (OA) to scholarly literature, in"  # "in" is also at position 57
    assert p.doi == "10.7717/peerj.4375"
    assert p.year == 2018 and p.date == "2018-02-13"
    assert p.authors == ("Heather Piwowar", "Jason Priem", "Stefanie Haustein")
    assert p.venue == "PeerJ"
    assert p.keywords == ("Open Access",)
    assert p.arxiv_id is None


def test_openalex_results_page_arxiv_ids_and_missing_title(formats_dir):
    recs = _read(formats_dir / "openalex" / "works_page.json")
    llama, alphafold, untitled = recs
    assert llama.arxiv_id == "2307.09288"  # from the arXiv landing page / DOI
    assert llama.abstract == "In this work, we develop and release Llama 2."
    assert alphafold.arxiv_id == "2107.00001"  # ids.arxiv
    assert alphafold.abstract == ""  # abstract_inverted_index null
    assert alphafold.venue == "Nature"
    assert isinstance(untitled, Skip) and "W0000000001" in untitled.reason and untitled.source.record == 3


@pytest.mark.parametrize(
    ("index", "text"),
    [
        ({"b": [1], "a": [0, 2]}, "a b a"),
        ({}, ""),
        (None, ""),
        ({"x": "not a list"}, ""),
    ],
)
def test_openalex_rebuild_abstract_orders_words_by_position(index, text):
    assert rebuild_abstract(index) == text


def test_openalex_jsonl_of_works(tmp_path):
    path = tmp_path / "works.jsonl"
    path.write_text('{"id": "https://openalex.org/W1", "title": "A", "abstract_inverted_index": {"x": [0]}}\n'
                    '{"id": "https://openalex.org/W2", "display_name": "B"}\n')
    recs = _read(path)
    assert all(isinstance(r, Paper) for r in recs)
    assert [(r.title, r.abstract, r.source.line) for r in recs] == [("A", "x", 1), ("B", "", 2)]

"""The extraction cache: the same graph with and without it, and only new papers extracted."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.extract.cache import cached_mentions
from kg.model import Mention, Paper, Role, Source
from pipeline_support import same_graph, write_abstracts


@pytest.fixture(scope="module")
def abstracts(tmp_path_factory) -> Path:
    return write_abstracts(tmp_path_factory.mktemp("cache") / "abstracts.jsonl", 300)


def test_pipeline_cache_cold_and_warm_build_the_same_graph_as_no_cache(abstracts, tmp_path):
    plain = kg.build([abstracts], jobs=1)
    cold = kg.build([abstracts], jobs=2, cache_dir=tmp_path / "cache")
    warm = kg.build([abstracts], jobs=1, cache_dir=tmp_path / "cache")
    n = len(plain.extractions)
    assert cold.report["extraction_cache"] == {"hits": 0, "extracted": n}
    assert warm.report["extraction_cache"] == {"hits": n, "extracted": 0}
    same_graph(plain, cold, tmp_path / "cold")
    same_graph(plain, warm, tmp_path / "warm")


def test_pipeline_cache_extracts_only_the_papers_added_since_the_last_build(abstracts, tmp_path):
    cache = tmp_path / "cache"
    kg.build([abstracts], jobs=1, cache_dir=cache)
    more = write_abstracts(tmp_path / "more.jsonl", 20, start=300)
    again = kg.build([abstracts, more], jobs=1, cache_dir=cache)
    assert again.report["extraction_cache"]["extracted"] == len(again.extractions) - len(kg.build([abstracts], jobs=1).extractions)
    same_graph(kg.build([abstracts, more], jobs=1), again, tmp_path)


def paper(title: str, abstract: str = "Some text.") -> Paper:
    return Paper(title=title, abstract=abstract, source=Source("t.jsonl", 1))


def fake_extract(calls: list):
    def extract(papers):
        calls.append([p.title for p in papers])
        return [(Mention(Role.TASK, p.title, "title", 0, len(p.title), p.title, "fake", 1.0),) for p in papers]

    return extract


def test_extract_cache_extracts_a_text_seen_twice_in_one_input_once(tmp_path):
    calls: list = []
    papers = [paper("A"), paper("B"), paper("A"), paper("C")]
    got = list(cached_mentions(papers, tmp_path, fake_extract(calls), "v1"))
    assert calls == [["A", "B", "C"]]
    assert [ms[0].text for ms in got] == ["A", "B", "A", "C"]


def test_extract_cache_other_fingerprint_re_extracts_and_prunes_the_old_file(tmp_path):
    calls: list = []
    papers = [paper("A"), paper("B")]
    list(cached_mentions(papers, tmp_path, fake_extract(calls), "v1"))
    list(cached_mentions(papers, tmp_path, fake_extract(calls), "v1"))
    assert calls == [["A", "B"]]
    list(cached_mentions(papers, tmp_path, fake_extract(calls), "v2"))
    assert calls == [["A", "B"], ["A", "B"]]
    assert [p.name for p in tmp_path.glob("*.sqlite")] == ["extractions-v2.sqlite"]


def test_extract_cache_keeps_what_was_extracted_when_the_caller_stops_early(tmp_path):
    calls: list = []
    papers = [paper("A"), paper("B")]
    gen = cached_mentions(papers, tmp_path, fake_extract(calls), "v1")
    next(gen)
    gen.close()
    list(cached_mentions(papers, tmp_path, fake_extract(calls), "v1"))
    assert calls == [["A", "B"], ["B"]]


def test_cache_fingerprint_covers_every_extraction_data_file(tmp_path):
    from kg.extract.cache import fingerprinted_files
    from kg.extract.words import DATA_DIR

    custom = tmp_path / "custom.jsonl"
    files = fingerprinted_files(str(custom))
    data = sorted(DATA_DIR.glob("*"))
    assert len(data) >= 8 and set(data) <= set(files)
    assert files[-1] == custom
    # code outside kg/extract that decides the names extraction returns (a dataset's edition)
    kg_dir = DATA_DIR.parents[1]
    assert {kg_dir / "editions.py", kg_dir / "model.py"} <= set(files)
    assert all(f.is_file() for f in files[:-1])

"""PaperStore: deduplication past spill_above keeps the papers on disk and gives the same papers."""

from __future__ import annotations

import pytest

from kg.ingest import read_inputs
from kg.ingest.reading import Deduplicator, ReadResult
from kg.ingest.spill import PaperStore, SpilledPapers
from kg.model import Paper, Source


def _paper(title, n, **kw):
    return Paper(title=title, abstract=kw.pop("abstract", f"Abstract {n}."), source=Source("mem.jsonl", n, n, "jsonl"), **kw)


def _records():
    # later records merge into earlier ones, one bridging two groups formed before it
    return [
        _paper("Deep Residual Learning for Image Recognition", 0, arxiv_id="1512.03385"),
        _paper("Attention Is All You Need in Speech Separation", 1, doi="10.1/x"),
        _paper("Something else entirely about graphs", 2),
        _paper("Deep residual learning for image recognition", 3, abstract="A longer abstract that wins the merge."),
        _paper("Attention is all you need in speech separation!", 4, arxiv_id="1512.03385"),
        _paper("A fourth unrelated paper on proteins", 5),
    ]


@pytest.mark.parametrize("spill_above", [0, 1, 3])
def test_spill_dedup_past_the_limit_gives_the_in_memory_papers(spill_above):
    papers = {}
    for limit in (None, spill_above):
        result = ReadResult()
        d = Deduplicator(result, limit)
        for p in _records():
            d.add(p)
        papers[limit] = (list(d.papers()), result.merged)
        assert isinstance(d.papers(), list if limit is None else SpilledPapers)
    assert papers[spill_above] == papers[None]
    assert papers[None][1] == 3 and len(papers[None][0]) == 3


def test_spill_store_rewrites_a_paper_and_forgets_a_merged_one():
    store = PaperStore(limit=0)
    store.append(_paper("One title of a paper here", 0))
    store.append(_paper("Two titles of a paper here", 1))
    assert store.spilled and len(store) == 2
    store[0] = _paper("One title, rewritten after a merge", 0)
    store[1] = None
    assert [p.title for p in store.papers()] == ["One title, rewritten after a merge"]
    assert len(store.papers()) == 1


def test_spill_read_inputs_spills_and_reads_back_every_record(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("".join(f'{{"title": "Paper number {i} on a topic", "abstract": "Text {i}."}}\n' for i in range(50)), encoding="utf-8")
    result = read_inputs([path], spill_above=10)
    assert isinstance(result.papers, SpilledPapers)
    assert [p.title for p in result.papers] == [f"Paper number {i} on a topic" for i in range(50)]
    assert result.report()["papers"] == 50

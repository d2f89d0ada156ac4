"""The Daily Papers text reader still reads the seeds after the ingest rework."""

from __future__ import annotations

from kg.ingest import get_reader, read_inputs
from kg.model import Paper


def test_hf_daily_reads_both_seed_files_as_56_and_14_papers(seeds_dir):
    result = read_inputs([seeds_dir])
    counts = {f.path.rsplit("/", 1)[-1]: (f.format, f.papers, f.skipped) for f in result.files}
    assert counts == {
        "000_783e6828069f427e.txt": ("hf-daily", 56, 0),
        "003_0ee121478c254df5.txt": ("hf-daily", 14, 0),
    }
    assert result.skips == []
    assert len(result.papers) == 70


def test_hf_daily_first_seed_paper_keeps_its_metadata(seeds_dir):
    recs = list(get_reader("hf-daily").read(seeds_dir / "000_783e6828069f427e.txt"))
    first = recs[0]
    assert isinstance(first, Paper)
    assert first.title and first.abstract
    assert first.author_count == 7
    assert first.source.line is not None

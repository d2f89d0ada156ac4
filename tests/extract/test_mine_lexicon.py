"""The lexicon mining script (``scripts/mine_lexicon.py``) on a tiny made-up corpus."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from kg.model import title_key
from script_support import load_script


@pytest.fixture(scope="module")
def mine_lexicon():
    return load_script("mine_lexicon")


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    rows = [
        ("Fast Graph Nets", "We evaluate on the ZorbQA dataset and report gains. Experiments run on ZorbQA."),
        ("Slow Graph Nets", "Results on the ZorbQA benchmark show that the model is robust."),
        ("Deep Trees", "We conduct experiments on the ZorbQA dataset with several baselines."),
        ("Wide Trees", "Our new model is evaluated on the PlinkBench dataset."),
    ]
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for title, abstract in rows:
            fh.write(json.dumps({"title": title, "abstract": abstract}) + "\n")
    exclude = tmp_path / "exclude.txt"  # the third paper is a gold paper: it does not vote
    exclude.write_text(hashlib.sha1(title_key("Deep Trees").encode()).hexdigest() + "\n")
    return corpus, exclude


def test_the_script_counts_distinct_unexcluded_papers_and_applies_thresholds(mine_lexicon, tmp_path):
    corpus, exclude = _corpus(tmp_path)
    out = tmp_path / "mined.json"
    raw = tmp_path / "raw.json"
    mine_lexicon.main(["--corpus", str(corpus), "--exclude", str(exclude), "--out", str(out), "--raw", str(raw),
                       "--min-papers", "2"])
    counts = json.loads(raw.read_text())
    assert counts["papers"] == 3
    assert counts["counts"]["zorbqa"]["dataset"]["*"] == 2  # the excluded paper's vote is not counted
    data = json.loads(out.read_text())
    assert data["dataset"] == {"ZorbQA": 2}  # PlinkBench: one paper, below --min-papers
    assert data["about"]["papers"] == 3 and "--min-papers 2" in data["about"]["rebuild"]

"""The mined lexicon: its loader, its uses (made-up names in a made-up lexicon) and the mining script."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from kg.extract import lexicon
from kg.model import Role, title_key

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mine_lexicon.py"


@pytest.fixture()
def lex_file(tmp_path):
    path = tmp_path / "mined.json"
    path.write_text(json.dumps({"about": {}, "dataset": {"QuaxSet": 3}, "method": {"BlorpNet": 2},
                                "metric": {}, "task": {"widget folding": 6}}))
    return str(path)


def test_load_lexicon_maps_forms_to_roles_and_keeps_task_phrases(lex_file):
    names, phrases = lexicon.load_lexicon(lex_file)
    assert names == {"QuaxSet": (Role.DATASET, "lexicon:dataset"), "BlorpNet": (Role.METHOD, "lexicon:method")}
    assert phrases == {"widget folding"}


def test_a_mined_method_is_proposed_where_no_rule_claimed_it(lex_file):
    names, _ = lexicon.load_lexicon(lex_file)
    text = "Unlike BlorpNet, our model is fast. BlorpNet-style nets differ."
    cands = lexicon.lexicon_candidates(text, [], names)
    assert [(c.role, text[c.start : c.end]) for c in cands] == [(Role.METHOD, "BlorpNet")]
    assert lexicon.lexicon_candidates(text, [(7, 15)], names) == []  # claimed by another rule


def test_a_mined_dataset_needs_a_dataset_position(lex_file):
    names, _ = lexicon.load_lexicon(lex_file)
    assert [c.role for c in lexicon.lexicon_candidates("We report results on QuaxSet.", [], names)] == [Role.DATASET]
    assert lexicon.lexicon_candidates("QuaxSet is a company.", [], names) == []


def test_task_phrases_match_whole_lower_case_word_runs(lex_file):
    _, phrases = lexicon.load_lexicon(lex_file)
    text = "We study widget folding and Widget folding; rewidget folding is not it."
    cands = lexicon.task_candidates(text, text.lower(), phrases, [])
    assert [(text[c.start : c.end], c.rule) for c in cands] == [("widget folding", "lexicon:task")]


@pytest.fixture(scope="module")
def mine_lexicon():
    spec = importlib.util.spec_from_file_location("mine_lexicon", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def test_the_script_counts_distinct_unexcluded_papers_and_applies_thresholds(mine_lexicon, tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "ENABLED", True)  # restored after the test: the script turns it off
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
    assert lexicon.ENABLED is False  # mined with the rules alone

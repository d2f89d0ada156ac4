"""The trained span component (``model`` setting): off changes nothing, on it only adds
mentions of its own rule, loaded from the package (nothing is trained or downloaded here)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import kg
from kg.extract import Extractor, build_pipeline
from kg.extract.cache import extractor_fingerprint
from kg.extract.model_spans import MODEL_DIR, RULE, load_model, model_candidates
from kg.model import Mention, Role

# The model is trained by scripts/train_spans.py (`train --out kg/extract/model`), never in tests.
needs_model = pytest.mark.skipif(not (MODEL_DIR / "meta.json").is_file(), reason="no trained model in kg/extract/model")

TITLE = "Sparse Token Routing for Efficient Long-Document Summarization"
ABSTRACT = ("Abstractive summarization of long documents remains costly. We propose RouteSum, a sparse "
            "routing model for long-document summarization and question answering over scientific papers. "
            "On arXiv and PubMed, RouteSum improves ROUGE-L over Longformer while halving memory.")


class _StubModel:
    """A stand-in for the trained pipeline: fixed spans with fixed scores."""

    def __init__(self, spans: list[tuple[str, str, float]]) -> None:
        self.nlp = spacy.blank("en")
        self.spans = spans

    def __call__(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        group, scores = [], []
        for phrase, label, s in self.spans:
            start = text.index(phrase)
            group.append(doc.char_span(start, start + len(phrase), label=label))
            scores.append(s)
        doc.spans["sc"] = group
        doc.spans["sc"].attrs["scores"] = scores
        return doc


def test_model_spans_candidates_keep_labels_over_threshold_and_leave_rule_mentions_alone():
    text = "We study graph matching and node ranking with GraphNet."
    rule = Mention(Role.METHOD, "GraphNet", "title", 46, 54, text, "catalogue", 1.0)
    stub = _StubModel([
        ("graph matching", "TASK", 0.9),    # kept
        ("node ranking", "TASK", 0.2),      # under the threshold
        ("GraphNet", "TASK", 0.95),         # a rule mention's span
        ("matching", "TASK", 0.8),          # inside a kept span
        ("We study", "METRIC", 0.99),       # a label the component is not trusted with
    ])
    found = model_candidates(stub, text, [rule], tend=len(text), threshold=0.5)
    assert [(text[c.start:c.end], c.role, c.rule, c.confidence) for c in found] == [("graph matching", Role.TASK, RULE, 0.9)]


def test_model_spans_off_the_pipeline_has_no_model_and_the_fingerprint_says_so():
    assert "kg_model" not in build_pipeline().pipe_names
    assert not extractor_fingerprint().endswith("+model")
    assert extractor_fingerprint(None, True) == extractor_fingerprint() + "+model"


@needs_model
def test_model_spans_pipeline_runs_the_model_before_the_results():
    assert build_pipeline(model=True).pipe_names[-2:] == ["kg_model", "kg_results"]


@needs_model
def test_model_spans_shipped_model_loads_from_the_package_and_only_adds_its_own_mentions():
    assert (MODEL_DIR / "config.cfg").is_file() and (MODEL_DIR / "meta.json").is_file()
    text = f"{TITLE}\n\n{ABSTRACT}"
    found = model_candidates(load_model(), text, [], len(TITLE), threshold=0.2)
    assert found and all(c.rule == RULE and c.role is Role.TASK and 0.2 <= c.confidence <= 1.0 for c in found)
    [(rules, _)] = Extractor().analyse([(TITLE, ABSTRACT)])
    [(both, _)] = Extractor(model=True).analyse([(TITLE, ABSTRACT)])
    assert [m for m in both if m.rule != RULE] == list(rules)
    for m in both:
        assert (TITLE if m.field == "title" else ABSTRACT)[m.start:m.end] == m.text


@needs_model
def test_model_spans_setting_reaches_the_build(tmp_path):
    papers = tmp_path / "papers.jsonl"
    papers.write_text('{"title": "%s", "abstract": "%s"}\n' % (TITLE, ABSTRACT), encoding="utf-8")
    on, off = kg.build([papers], jobs=1, model=True), kg.build([papers], jobs=1)
    assert on.report["extractor_fingerprint"].endswith("+model")
    assert not off.report["extractor_fingerprint"].endswith("+model")
    rules_of = lambda g: [(m.rule, m.text) for e in g.extractions for m in e.mentions if m.rule != RULE]  # noqa: E731
    assert rules_of(on) == rules_of(off)

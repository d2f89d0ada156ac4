"""The trained candidate classifier (kg.extract.candidates): spans, features, weights, additions."""

from __future__ import annotations

import json

import pytest

from kg.extract import build_pipeline, paper_doc
from kg.extract import candidates as cm
from kg.extract.doc import state
from kg.extract.sentences import split_sentences
from kg.schema import Role


def _toy(tmp_path, weights: dict, bias=(0.0, 0.0, 0.0, 0.0)) -> str:
    path = tmp_path / "toy.json"
    path.write_text(json.dumps({"classes": list(cm.CLASSES), "bias": list(bias), "weights": weights}), encoding="utf-8")
    return str(path)


def _spans(text: str) -> list[str]:
    return [s.text for s in cm.spans(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("We evaluate on PASCAL VOC 2007 and a ResNet-50.", ["PASCAL VOC 2007", "PASCAL", "VOC", "ResNet-50"], ["evaluate", "2007"]),
        ("Results on Human3.6M improve. Ours is fast.", ["Human3.6M", "Results", "Ours"], ["improve"]),
        ("a Temporal Alignment Module (TAM) helps", ["Temporal Alignment Module", "TAM"], ["helps"]),
    ],
)
def test_candidates_spans_are_name_shaped_runs_and_their_marked_words(text, wanted, unwanted):
    got = _spans(text)
    for w in wanted:
        assert w in got
    for w in unwanted:
        assert w not in got


def test_candidates_features_never_hold_the_name_itself():
    text = "Title\n\nWe train Zorblatt on ImageNet."
    sents = split_sentences(text)
    span = next(s for s in cm.spans(text, sents) if s.text == "Zorblatt")
    feats = cm.features(text, 5, sents, span, {}, {}, {"zorblatt": 1})
    assert not any("zorblatt" in f.lower() for f in feats)
    assert "l1=train" in feats and "r1=on" in feats and "unseen" in feats


def test_candidates_model_probabilities_follow_the_weights(tmp_path):
    model = cm.Model(json.loads(open(_toy(tmp_path, {"caps": [0.0, 0.0, 0.0, 5.0]})).read()))
    plain = model.probabilities(["other"])
    caps = model.probabilities(["caps", "other"])
    assert plain == pytest.approx([0.25] * 4)
    assert sum(caps) == pytest.approx(1.0)
    assert caps[3] > 0.95


def test_candidates_additions_skip_names_the_rules_emitted_and_their_long_forms(tmp_path):
    nlp = build_pipeline()
    doc = paper_doc(nlp, "A study", "We build on Quibble Net (QN) and Zorblatt. We test on MNIST.")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    st = state(doc)
    # every span scores "methods"; the toy model has no "none" evidence
    model = cm.Model(json.loads(open(_toy(tmp_path, {}, bias=(-5.0, -5.0, 5.0, -5.0))).read()))
    emitted = {m.text for m in st.mentions}
    got = {sp.text for sp, cls, _ in cm.additions(st.text, st.title_end, st.sents, st.candidates, st.mentions, model, 0.5)}
    assert "Zorblatt" in got
    assert not got & emitted
    if "QN" in emitted:
        assert "Quibble Net" not in got


def test_candidates_shipped_weights_load_with_the_classes():
    model = cm.load_model()
    assert model.classes == list(cm.CLASSES)
    assert all(len(row) == len(cm.CLASSES) for row in model.weights.values())


def test_candidates_opt_in_component_adds_mentions_under_its_own_rule(tmp_path):
    nlp = build_pipeline()
    nlp.add_pipe("kg_candidate_model", after="kg_resolve",
                 config={"threshold": 0.5, "path": _toy(tmp_path, {"l1=against": [-5.0, -5.0, 5.0, -5.0]})})
    doc = paper_doc(nlp, "A study", "We compare against Zorblatt on two tasks.")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    added = [m for m in state(doc).mentions if m.rule == "model:candidates"]
    assert [(m.text, m.role, m.field) for m in added] == [("Zorblatt", Role.METHOD, "abstract")]
    assert added[0].sentence.startswith("We compare against Zorblatt")

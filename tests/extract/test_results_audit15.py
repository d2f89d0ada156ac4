"""Result credit from session 15's read of the result sets and a fresh corpus slice: a method credited
under the name the sentence writes (its catalogue name may say less), a method name written inside a
longer name of the same text, and the acronym an abstract defines for the approach its title opens
with. The sentences are made up in the shapes those abstracts use."""

from __future__ import annotations

import re

import pytest

from results_support import sentences
from kg.extract.result_credit import proposed_name
from kg.extract.results import find_results
from kg.leaderboard import ranked
from kg.model import Mention, Role

D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


def _mentions(text: str, named: list[tuple[str, Role, str | None]]) -> list[Mention]:
    return [Mention(role, surface, "abstract", m.start(), m.end(), "", "test", 1.0, canonical)
            for surface, role, canonical in named for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?![\w-])", text)]


def _credits(text: str, named: list[tuple[str, Role, str | None]], own: str | None = None) -> list[tuple[str | None, bool, str]]:
    return [(r.method, r.proposed, r.value) for r in find_results(text, sentences(text), _mentions(text, named), proposed_name=own)
            if ranked(r.confidence)]


@pytest.mark.parametrize("written, canonical", [("MobileNetV2", "MobileNet"), ("Markov Random Field", "MRF")])
def test_results_audit15_a_method_is_credited_as_written_when_its_catalogue_name_says_less(written, canonical):
    text = f"On BarSet, {written} reaches 86.1% accuracy."
    assert _credits(text, [("BarSet", D, None), (written, M, canonical), ("accuracy", X, None)]) == [(written, False, "86.1")]


def test_results_audit15_a_plural_or_a_case_change_keeps_the_catalogue_name():
    text = "On BarSet, transformers reach 86.1% accuracy."
    assert _credits(text, [("BarSet", D, None), ("transformers", M, "Transformer"), ("accuracy", X, None)]) == [("Transformer", False, "86.1")]


def test_results_audit15_a_name_written_inside_a_longer_name_of_the_text_is_the_longer_name():
    text = "We present Grid R-CNN, a detector. On BarSet, Grid R-CNN achieves a 4.1% AP gain compared to Faster R-CNN."
    named = [("BarSet", D, None), ("Grid R-CNN", P, None), ("Faster R-CNN", M, None), ("AP", X, None)]
    mentions = _mentions(text, named)
    inner = text.rindex("Grid R-CNN") + len("Grid ")
    mentions = [m for m in mentions if not (m.text == "Grid R-CNN" and m.start == inner - 5)]  # the recogniser saw only "R-CNN" there
    mentions.append(Mention(M, "R-CNN", "abstract", inner, inner + 5, "", "test", 1.0))
    rows = [(r.method, r.proposed, r.value) for r in find_results(text, sentences(text), mentions, proposed_name="Grid R-CNN")]
    assert rows == [("Grid R-CNN", True, "4.1")]


@pytest.mark.parametrize("title, abstract, expected", [
    ("Weakly Supervised Neuro-Symbolic Module Networks for Numerical Reasoning",
     "We propose the Weakly Supervised Neuro-Symbolic Module Network (WNSMN), trained with answers only.", "WNSMN"),
    ("Richer Convolutional Features for Edge Detection",
     "We propose an edge detector using richer convolutional features (RCF).", "RCF"),
    # the title names a task after "in", a technique after "with": no name of the paper's own
    ("Preventing Overconfidence in Neural Machine Translation",
     "Neural Machine Translation (NMT) models are overconfident. We add a margin objective.", None),
    ("Fine-grained Entity Typing with Virtual Adversarial Training",
     "We propose a regularization module based on virtual adversarial training (VAT).", None),
])
def test_results_audit15_the_acronym_an_abstract_defines_for_the_approach_its_title_opens_with_is_its_name(title, abstract, expected):
    assert proposed_name([], abstract, title) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a compared system in apposition to "the state-of-the-art model", its size in parentheses
    ("On BarSet, FooNet succeeds, outperforming the state-of-the-art model, QuxNet (7B parameters), by 24% in success rate.",
     [("FooNet", True, "QuxNet", "24")]),
    # a system whose cost the sentence compares with is no subject
    ("FooNet-B only uses 43% GFLOPs of QuxNet-B but achieves 2.4% top-1 accuracy improvement on BarSet.",
     [("FooNet-B", True, "QuxNet-B", "2.4")]),
    # the metric written again before the next compared system: each margin over its own system
    ("Our technique improves the mAP of QuxNet by 3.8% and mAP of BazNet by 2.2% on BarSet.",
     [("(proposed)", True, "QuxNet", "3.8"), ("(proposed)", True, "BazNet", "2.2")]),
])
def test_results_audit15_a_compared_system_written_in_other_ways_is_the_baseline(sentence, expected):
    named = [("BarSet", D, None), ("FooNet", P, None), ("FooNet-B", P, None), ("QuxNet", M, None), ("QuxNet-B", M, None),
             ("BazNet", M, None), ("success rate", X, None), ("top-1 accuracy", X, None), ("mAP", X, None)]
    rows = [(r.method, r.proposed, r.baseline, r.value) for r in find_results(sentence, sentences(sentence), _mentions(sentence, named))
            if ranked(r.confidence)]
    assert rows == expected


@pytest.mark.parametrize("sentence, expected", [
    # the paper's method put in a named system: the end of the change is the paper's, the system its baseline
    ("By simply using FooNet for QuxNet, the top-1 accuracy on BarSet is boosted from 72.0% to 76.2%.", ("FooNet", True, "QuxNet", "76.2")),
    # a prefix attached to the compared name ("R101-") is part of it
    ("We boost the performance of R101-QuxNet on BarSet from 35.7 mAP to 37.9 mAP.", ("FooNet", True, "QuxNet", "37.9")),
    ("On BarSet, we also adopt FooNet in QuxNet, improving the detection mAP by 2.2%.", ("FooNet", True, "QuxNet", "2.2")),
])
def test_results_audit15_a_system_the_papers_method_is_put_in_is_the_baseline(sentence, expected):
    named = [("BarSet", D, None), ("FooNet", P, None), ("QuxNet", M, None), ("top-1 accuracy", X, None), ("mAP", X, None)]
    rows = [(r.method, r.proposed, r.baseline, r.value) for r in find_results(sentence, sentences(sentence), _mentions(sentence, named),
                                                                              proposed_name="FooNet") if ranked(r.confidence)]
    assert expected in rows and not any(r[0] == "QuxNet" and r[3] == expected[3] for r in rows)


@pytest.mark.parametrize("sentence, expected", [
    # the system the paper's method runs on is no subject
    ("On BarSet, we obtain 80.1% top-1 accuracy on QuxNet, outperforming BazNet by 1.2%.", [("FooNet", True, "1.2")]),
    ("On BarSet, FooNet reduces 53% FLOPs on QuxNet with only 0.90% top-1 accuracy drop.", [("FooNet", True, "0.90")]),
    # a name no recogniser found heads the value's clause after the system it leverages
    ("Leveraging QuxNet, with only 35 examples from BarSet, NovaRescue achieved 48.69% top-1 accuracy.", [("NovaRescue", False, "48.69")]),
    # "exceeds" compares
    ("On BarSet, the proposed FooNet exceeds the state-of-the-art QuxNet by 2.9% top-1 accuracy.", [("FooNet", True, "2.9")]),
    # an adjective of the system is a variant of it, no host: "the pruned QuxNet achieves"
    ("On BarSet, the pruned QuxNet achieves 10.88% top-1 accuracy.", [("QuxNet", False, "10.88")]),
])
def test_results_audit15_a_system_the_papers_method_runs_on_is_no_subject(sentence, expected):
    named = [("BarSet", D, None), ("FooNet", P, None), ("QuxNet", M, None), ("BazNet", M, None), ("top-1 accuracy", X, None)]
    rows = [(r.method, r.proposed, r.value) for r in find_results(sentence, sentences(sentence), _mentions(sentence, named),
                                                                   proposed_name="FooNet") if ranked(r.confidence)]
    assert rows == expected

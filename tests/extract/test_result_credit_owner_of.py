"""A change stated of a named system's measure ("the accuracy of YOLOv4 improves by 9.1%", "for
VGG-16") is the paper's gain, with that system as the baseline; the paper's own variant ("our
YOLOv4") stays as it was. The abstracts are made up in the shapes corpus abstracts use."""

from __future__ import annotations

import re

from results_support import sentences
from kg.extract.results import paper_results
from kg.model import Mention, Role

M, X, D = Role.METHOD, Role.METRIC, Role.DATASET


def _rows(abstract: str, named: list[tuple[str, Role]]):
    mentions = [Mention(role, s, "abstract", m.start(), m.end(), "", "test", 1.0)
                for s, role in named for m in re.finditer(rf"(?<![\w-]){re.escape(s)}(?![\w-])", abstract)]
    return [r for r in paper_results("Gentle Pruning", abstract, mentions, sentences) if r.value == "9.1"]


def test_result_credit_a_named_systems_measure_that_improves_is_the_papers_gain():
    abstract = ("We propose a gentle pruning scheme. With it, the accuracy of YOLOv4 improves by 9.1% on "
                "FooSet while halving its size.")
    rows = _rows(abstract, [("YOLOv4", M), ("accuracy", X), ("FooSet", D)])
    assert rows and all(r.kind == "improvement" for r in rows)
    assert all(r.proposed and r.method != "YOLOv4" and r.baseline == "YOLOv4" for r in rows)


def test_result_credit_the_papers_own_variant_keeps_its_name():
    abstract = ("We propose a gentle pruning scheme. The accuracy of our YOLOv4 variant improves by 9.1% on "
                "FooSet while halving its size.")
    rows = _rows(abstract, [("YOLOv4", M), ("accuracy", X), ("FooSet", D)])
    assert rows and not any(r.proposed and r.baseline == "YOLOv4" for r in rows)

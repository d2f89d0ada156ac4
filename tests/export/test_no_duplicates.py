"""No output states a fact twice (issue: kg:introducedBy was written once per edge and once per node)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import kg
from kg.export.rdf import turtle_chunks
from pipeline_support import write_abstracts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=["seeds", "corpus"])
def written(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param)
    if request.param == "seeds":
        g = kg.build([ROOT / "seeds"], jobs=1)
    else:  # 600 corpus abstracts (made-up ones when the shared corpus is absent)
        g = kg.build([write_abstracts(out / "in.jsonl")], jobs=1)
    g.write(out, ["turtle", "ntriples", "nquads"])
    return g, out


@pytest.mark.parametrize("name", ["graph.nt", "graph.nq"])
def test_no_duplicates_line_formats_state_each_statement_once(written, name):
    _, out = written
    lines = [l for l in (out / name).read_text(encoding="utf-8").splitlines() if l.strip()]
    dupes = [l for l, n in Counter(lines).items() if n > 1]
    assert len(lines) > 1000 and dupes == []


def test_no_duplicates_turtle_statements_are_distinct(written):
    from rdflib import Graph

    g, out = written
    parsed = Graph().parse(out / "graph.ttl", format="turtle")
    # every ";"-joined statement of the text is one triple: as many as the parsed (set) graph has
    text = "".join(turtle_chunks(g.graph))
    statements = text.count(" ;\n") + text.count(" .\n") - text.count("@prefix")
    assert statements == len(parsed)

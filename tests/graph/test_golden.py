"""The graph and RDF stages against a frozen golden: the seeds' mentions (frozen, so extraction
work does not move it) must give a Turtle graph isomorphic to ``tests/data/golden/seeds.ttl``.
Regenerate with ``tests/data/golden/make_golden.py --ttl`` when the output changes on purpose."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.export.rdf import turtle_chunks
from kg.graph import build_graph
from kg.ingest import read_inputs
from kg.model import Extraction, Mention, Result, Role

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "golden"
_FIELDS = {f.name for f in dataclasses.fields(Mention)}


def _frozen_extractions() -> list[Extraction]:
    # read as "seeds" from the repository root: sources are stored as written, and a checkout's
    # absolute path must not enter the graph
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        papers = read_inputs(["seeds"]).papers
    finally:
        os.chdir(cwd)
    out = []
    with (GOLDEN / "seeds.mentions.jsonl").open(encoding="utf-8") as fh:
        for paper, line in zip(papers, fh, strict=True):
            rec = json.loads(line)
            assert rec["title"] == paper.title
            ms = tuple(Mention(**{k: v for k, v in m.items() if k in _FIELDS} | {"role": Role(m["role"])}) for m in rec["mentions"])
            out.append(Extraction(paper, ms, tuple(Result(**r) for r in rec.get("results", ()))))
    return out


def test_graph_seeds_turtle_is_isomorphic_to_the_golden_graph():
    got = Graph().parse(data="".join(turtle_chunks(build_graph(_frozen_extractions()))), format="turtle")
    want = Graph().parse(GOLDEN / "seeds.ttl", format="turtle")
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        extra = sorted(only_got)[:5]
        missing = sorted(only_want)[:5]
        raise AssertionError(f"graph differs from the golden: {len(only_got)} extra, {len(only_want)} missing; e.g. +{extra} -{missing}")
    assert len(got) == len(want) > 2000

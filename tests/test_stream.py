"""Streamed builds (kg/stream.py): chunked, bounded-memory builds state the in-memory build's RDF."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.errors import KgError
from pipeline_support import write_abstracts

TEXT_FORMATS = ("nquads", "turtle", "ntriples")
COUNTS = ("records_read", "papers", "merged", "skipped", "noted", "notes_by_kind")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """2,000 abstracts, then 300 of them again under new titles (as make_corpus resamples): the
    copies' names are introduced in other chunks than the ones that mention them."""
    d = tmp_path_factory.mktemp("corpus")
    first = write_abstracts(d / "a.jsonl", 2000)
    copies = []
    for i, line in enumerate(first.read_text(encoding="utf-8").splitlines()[:300]):
        rec = json.loads(line)
        rec["title"] = f"{rec['title']} (copy {i})"
        rec.pop("arxiv_id", None)
        rec.pop("id", None)
        copies.append(json.dumps(rec))
    (d / "b.jsonl").write_text("\n".join(copies) + "\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def builds(corpus, tmp_path_factory) -> dict[str, Path]:
    """The corpus built in memory and streamed in chunks of 300 papers on 2 processes (one cache)."""
    root = tmp_path_factory.mktemp("builds")
    cache = str(root / "cache")
    out = {}
    for name, kw in (("memory", {}), ("streamed", {"stream_above": 0, "chunk_size": 300})):
        g = kg.build([corpus], cache_dir=cache, jobs=2, **kw)
        out[name] = root / name
        g.write(out[name], [*TEXT_FORMATS, "json", "html"], jobs=2)
    return out


def _quads(path: Path, fmt) -> set:
    with open(path, "rb") as fh:
        return set(ox.parse(fh, fmt))


def _report(d: Path) -> dict:
    return json.loads((d / "report.json").read_text(encoding="utf-8"))


def test_stream_chunked_build_states_the_same_nquads_as_the_in_memory_build(builds):
    # no blank nodes: equal line sets are isomorphic graphs
    lines = [set((builds[k] / "graph.nq").read_text(encoding="utf-8").splitlines()) for k in ("memory", "streamed")]
    assert len(lines[0]) > 10_000
    assert lines[0] == lines[1]


@pytest.mark.parametrize("filename, fmt", [("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)])
def test_stream_chunked_build_states_the_same_facts_as_the_in_memory_build(builds, filename, fmt):
    memory, streamed = (_quads(builds[k] / filename, fmt) for k in ("memory", "streamed"))
    assert memory == streamed


def test_stream_chunked_build_reports_the_same_counts(builds):
    memory, streamed = _report(builds["memory"]), _report(builds["streamed"])
    assert streamed["summary"] == memory["summary"]
    assert streamed["summary"]["papers"] == 2300
    assert {k: streamed[k] for k in COUNTS} == {k: memory[k] for k in COUNTS}
    assert streamed["streamed"]["chunks"] == 8


def test_stream_chunked_build_skips_the_whole_graph_outputs_and_says_so(builds):
    skipped = {s["format"]: s["reason"] for s in _report(builds["streamed"])["streamed"]["outputs_skipped"]}
    assert set(skipped) == {"json", "html"}
    assert "stream-above" in skipped["json"]
    assert not (builds["streamed"] / "graph.json").exists()
    assert not (builds["streamed"] / "graph.html").exists()
    assert not list(builds["streamed"].glob(".kg-part-*"))


def test_stream_graph_of_a_streamed_build_raises_a_kg_error_saying_why(corpus):
    g = kg.build([corpus / "b.jsonl"], stream_above=10, chunk_size=100, jobs=1)
    with pytest.raises(KgError, match="streamed"):
        g.graph  # noqa: B018
    assert g.summary()["papers"] == 300


def test_stream_small_corpus_stays_in_memory_under_the_threshold(corpus):
    g = kg.build([corpus / "b.jsonl"], stream_above=300, jobs=1)
    assert g.graph.number_of_nodes() > 300


def test_stream_cli_build_says_which_outputs_it_did_not_write_and_why(corpus, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["build", str(corpus / "b.jsonl"), "--out", str(out), "--stream-above", "0", "--chunk-size", "120",
                                   "--formats", "nquads,json", "--quiet", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "not written: json" in res.output and "--stream-above" in res.output
    assert (out / "graph.nq").stat().st_size > 0 and not (out / "graph.json").exists()

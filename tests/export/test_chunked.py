"""Text RDF written in cached parts (kg/export/chunked.py) states the whole-graph writers' RDF."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

import kg
import kg.export.chunked as chunked
from kg.export import write_outputs
from pipeline_support import write_abstracts

FORMATS = {"nquads": ("graph.nq", ox.RdfFormat.N_QUADS), "turtle": ("graph.ttl", ox.RdfFormat.TURTLE),
           "ntriples": ("graph.nt", ox.RdfFormat.N_TRIPLES)}


def _facts(path, fmt) -> set:
    with open(path, "rb") as fh:
        return set(ox.parse(fh, fmt))


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    write_abstracts(d / "a.jsonl", 600)
    before = kg.build([d / "a.jsonl"], jobs=1)
    write_abstracts(d / "b.jsonl", 40, start=600)
    after = kg.build([d], jobs=1)
    return before.graph, after.graph


@pytest.fixture(autouse=True)
def small_parts(monkeypatch):
    monkeypatch.setattr(chunked, "PART_PAPERS", 100)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_chunked_parts_state_the_whole_graph_writers_rdf(graphs, tmp_path, fmt):
    name, rdf_format = FORMATS[fmt]
    write_outputs(graphs[0], tmp_path / "plain", [fmt], jobs=1)
    write_outputs(graphs[0], tmp_path / "parts", [fmt], jobs=1, cache_dir=str(tmp_path / "cache"))
    plain, parts = _facts(tmp_path / "plain" / name, rdf_format), _facts(tmp_path / "parts" / name, rdf_format)
    assert len(plain) > 5000
    assert parts == plain
    if fmt == "nquads":  # no statement twice
        lines = (tmp_path / "parts" / name).read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(set(lines))


def test_chunked_rebuild_reuses_the_parts_of_unchanged_papers_and_states_the_new_graph(graphs, tmp_path):
    cache = tmp_path / "cache"
    first = chunked.write_with_part_cache(graphs[0], tmp_path / "a.nq", "nquads", cache)
    assert first == {"parts_reused": 0, "parts_written": 12}
    again = chunked.write_with_part_cache(graphs[0], tmp_path / "b.nq", "nquads", cache)
    assert again == {"parts_reused": 12, "parts_written": 0}
    grown = chunked.write_with_part_cache(graphs[1], tmp_path / "c.nq", "nquads", cache)
    assert grown["parts_reused"] >= 4 and grown["parts_written"] >= 2
    write_outputs(graphs[1], tmp_path / "plain", ["nquads"], jobs=1)
    assert _facts(tmp_path / "c.nq", ox.RdfFormat.N_QUADS) == _facts(tmp_path / "plain" / "graph.nq", ox.RdfFormat.N_QUADS)
    assert len(list((cache / next(cache.iterdir()).name).glob("*.nquads"))) == 14  # parts no longer used are gone

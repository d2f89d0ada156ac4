"""write_outputs: the files are the same whether JSON/HTML are written by a forked process or not."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import kg.export as export
from kg.export import node_link, write_outputs


@pytest.mark.parametrize("graph", [nx.MultiDiGraph(), nx.DiGraph([(1, 2)]), nx.MultiDiGraph([("a", "b", {"x": "é ✓ \U0001F600"})])])
def test_outputs_json_writer_gives_the_bytes_of_json_dump_of_node_link(graph, tmp_path):
    export._write_json(graph, tmp_path / "g.json", None)
    expected = json.dumps(node_link(graph), ensure_ascii=False, separators=(",", ":"))
    assert (tmp_path / "g.json").read_text(encoding="utf-8") == expected


def test_outputs_json_writer_batches_give_the_same_bytes(seeds_graph, tmp_path, monkeypatch):
    path = tmp_path / "graph.json"
    export._write_json(seeds_graph.graph, path, None)
    assert path.read_text(encoding="utf-8") == json.dumps(node_link(seeds_graph.graph), ensure_ascii=False, separators=(",", ":"))
    assert json.loads(path.read_text(encoding="utf-8"))["nodes"][0]["id"] == next(iter(seeds_graph.graph))


def test_outputs_forked_and_in_process_writers_write_the_same_files(seeds_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "_PARALLEL_MIN_NODES", 0)  # the seeds graph is below the real threshold
    formats = ["turtle", "nquads", "json", "html"]
    serial = write_outputs(seeds_graph.graph, tmp_path / "serial", formats, jobs=1)
    timings: dict[str, float] = {}
    forked = write_outputs(seeds_graph.graph, tmp_path / "forked", formats, jobs=2, timings=timings)
    assert list(serial) == list(forked) == formats
    for name in formats:
        assert serial[name].read_bytes() == forked[name].read_bytes(), name
    # no store: Turtle and N-Quads are written as text (rdf_state: the papers' digests for the next write)
    assert set(timings) == {*formats, "rdf_state"}


def test_outputs_error_in_a_forked_writer_is_an_export_error(seeds_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "_PARALLEL_MIN_NODES", 0)
    (tmp_path / "graph.json").mkdir()  # writing graph.json fails in the forked process
    with pytest.raises(export.ExportError, match="graph.json"):
        write_outputs(seeds_graph.graph, tmp_path, ["turtle", "json"], jobs=2)


@pytest.mark.parametrize(
    ("formats", "procs", "plan"),
    [
        (["turtle", "nquads", "json", "html"], 2, [["nquads"], ["turtle", "json", "html"]]),
        (["turtle", "nquads", "json", "html"], 1, [["turtle", "nquads", "json", "html"]]),
        (["json"], 2, [["json"]]),
        (["turtle", "nquads", "json", "html"], 4, [["nquads"], ["turtle"], ["json"], ["html"]]),
        ([], 1, [[]]),
    ],
)
def test_outputs_plan_spreads_writers_costliest_first_keeping_their_order(formats, procs, plan):
    assert export.plan_writers(formats, procs) == plan


def test_outputs_graph_json_reads_back_with_networkx_default_node_link_graph(tmp_path):
    import json

    import networkx as nx

    import kg

    g = kg.build([Path(__file__).resolve().parents[2] / "seeds"], jobs=1)
    g.write(tmp_path, ["json"])
    back = nx.node_link_graph(json.loads((tmp_path / "graph.json").read_text(encoding="utf-8")))
    assert back.number_of_nodes() == g.graph.number_of_nodes()
    assert back.number_of_edges() == g.graph.number_of_edges()
    assert kg.load(tmp_path).summary() == g.summary()

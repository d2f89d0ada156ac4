"""kg.export.graph_json: graph.json written whole, or patched by an appending write to the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.export import graph_json, node_link, write_outputs
from kg.export.graph_json import INDEX_FILE

from pipeline_support import write_abstracts

FORMATS = ["nquads", "json"]


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """The graph of 200 papers, of the same followed by 30 more, and by 30 more again."""
    d = tmp_path_factory.mktemp("json-inputs")
    a = write_abstracts(d / "a.jsonl", 200)
    b = write_abstracts(d / "b.jsonl", 30, start=200)
    c = write_abstracts(d / "c.jsonl", 30, start=230)
    return kg.build([a], jobs=1).graph, kg.build([a, b], jobs=1).graph, kg.build([a, b, c], jobs=1).graph


def _write(g, out: Path, formats=FORMATS, jobs: int = 1) -> dict:
    took: dict = {}
    write_outputs(g, out, formats, jobs=jobs, timings=took)
    return took


def _no_whole_write(monkeypatch) -> None:
    def whole(graph, path):
        raise AssertionError("graph.json written whole")

    monkeypatch.setattr(graph_json, "write_json", whole)


def test_graph_json_whole_write_is_json_dump_of_the_node_link_data(graphs, tmp_path):
    g = graphs[1]
    graph_json.write_json(g, tmp_path / "graph.json")
    want = json.dumps(node_link(g), ensure_ascii=False, separators=(",", ":"))
    assert (tmp_path / "graph.json").read_bytes() == want.encode("utf-8")
    assert (tmp_path / INDEX_FILE).is_file()


@pytest.mark.parametrize("jobs", [1, 2])
def test_graph_json_appending_write_patches_the_file_to_a_full_write_s_bytes(graphs, tmp_path, jobs, monkeypatch):
    from kg import export

    monkeypatch.setattr(export, "_PARALLEL_MIN_NODES", 0)  # jobs=2: forked writers, as on a big graph
    old, both, more = graphs
    _write(old, tmp_path / "full-both")
    _write(both, tmp_path / "full-both")  # not monkeypatched yet: a whole write or a patch, either is a full write's bytes
    _write(both, tmp_path / "full", jobs=jobs)
    _write(old, tmp_path / "inc", jobs=jobs)
    _no_whole_write(monkeypatch)
    took = _write(both, tmp_path / "inc", jobs=jobs)
    assert took.get("appended_papers") == 30
    assert (tmp_path / "inc" / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()
    _write(more, tmp_path / "inc", jobs=jobs)  # the patched file's index serves the next patch
    monkeypatch.undo()
    _write(more, tmp_path / "full-more")
    assert (tmp_path / "inc" / "graph.json").read_bytes() == (tmp_path / "full-more" / "graph.json").read_bytes()


def test_graph_json_patch_restates_an_old_paper_whose_links_changed_and_drops_an_entity_gone(graphs, tmp_path, monkeypatch):
    from test_append import _restated

    old, both, _ = graphs
    changed = _restated(old, both)
    _write(changed, tmp_path / "full")
    _write(old, tmp_path / "inc")
    _no_whole_write(monkeypatch)
    took = _write(changed, tmp_path / "inc")
    assert took.get("restated_papers") == 1
    assert (tmp_path / "inc" / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()


def test_graph_json_is_written_whole_when_it_was_edited_since_the_last_write(graphs, tmp_path):
    old, both, _ = graphs
    _write(old, tmp_path / "inc")
    path = tmp_path / "inc" / "graph.json"
    path.write_bytes(path.read_bytes().replace(b'"directed":true', b'"directed":true '))
    _write(both, tmp_path / "inc")
    _write(both, tmp_path / "full")
    assert path.read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()


def test_graph_json_is_written_whole_when_the_last_write_left_it_out(graphs, tmp_path, monkeypatch):
    # the write between left graph.json as it was: its index matches the file, not the papers since
    old, both, more = graphs
    _write(old, tmp_path / "inc")
    _write(both, tmp_path / "inc", formats=["nquads"])
    called = []
    whole = graph_json.write_json
    monkeypatch.setattr(graph_json, "write_json", lambda g, p: called.append(p) or whole(g, p))
    _write(more, tmp_path / "inc")
    _write(more, tmp_path / "full")
    assert called and (tmp_path / "inc" / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()


def test_graph_json_patch_copies_through_the_process_where_the_kernel_cannot(graphs, tmp_path, monkeypatch):
    import os

    def cannot(*args, **kwargs):
        raise OSError(18, "Invalid cross-device link")

    old, both, _ = graphs
    _write(both, tmp_path / "full")
    _write(old, tmp_path / "inc")
    monkeypatch.setattr(os, "copy_file_range", cannot)
    _no_whole_write(monkeypatch)
    _write(both, tmp_path / "inc")
    assert (tmp_path / "inc" / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()


def test_graph_json_patch_without_an_index_does_nothing(graphs, tmp_path):
    g = graphs[1]
    path = tmp_path / "graph.json"
    graph_json.write_json(g, path)
    stamp = graph_json._stamp(path)
    (tmp_path / INDEX_FILE).unlink()
    assert graph_json.patch_json(g, path, set(), stamp) is False

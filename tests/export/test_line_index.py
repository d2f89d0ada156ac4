"""kg.export.line_index: an appending write cuts the entities' runs out of graph.nq / graph.nt by
their byte index, making the file the line filter makes, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.export import line_index, write_outputs
from kg.export.line_index import INDEX_FILES
from kg.schema import RELATIONS

from pipeline_support import write_abstracts

FORMATS = ["nquads", "ntriples"]
FILES = {"nquads": "graph.nq", "ntriples": "graph.nt"}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """The graphs of 200 papers, of the same and 20 more, and of those and 20 more again."""
    d = tmp_path_factory.mktemp("line-index-inputs")
    parts = [write_abstracts(d / "a.jsonl", 200), write_abstracts(d / "b.jsonl", 20, start=200),
             write_abstracts(d / "c.jsonl", 20, start=220)]
    return [kg.build(parts[: i + 1], jobs=1).graph for i in range(3)]


def _write(g, out: Path) -> dict:
    took: dict = {}
    write_outputs(g, out, FORMATS, jobs=1, timings=took)
    return took


def _without_index(out: Path) -> None:
    for name in INDEX_FILES.values():
        (out / name).unlink(missing_ok=True)


def _runs_hold_exactly_their_node_s_lines(out: Path, fmt: str) -> set:
    """Each indexed run is whole lines about its node (its own, its results', its records'), and
    the runs of a node hold every line whose subject it is; returns the nodes with runs."""
    from kg.vocab import ID

    data = (out / FILES[fmt]).read_bytes()
    index = line_index._load(out / FILES[fmt], fmt)
    assert index is not None
    lines_of: dict[bytes, int] = {}
    for line in data.splitlines():
        subject = line[: line.find(b" ")]
        lines_of[subject] = lines_of.get(subject, 0) + 1
    in_runs: dict[bytes, int] = {}
    rdf_subject = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> "
    for n, kind, a, b in zip(index["ids"], index["kinds"], index["starts"], index["ends"]):
        node = f"<{ID}{n}>".encode()
        run = data[a:b]
        assert (a == 0 or data[a - 1] == ord("\n")) and run.endswith(b"\n"), n
        for line in run.splitlines():
            subject = line[: line.find(b" ")]
            if kind == 2:  # an evidence record of the node
                assert rdf_subject not in line or line.split(rdf_subject)[1].startswith(node)
                continue
            assert subject == node or (kind == 0 and subject.startswith(f"<{ID}result/".encode())), (n, line)
            in_runs[subject] = in_runs.get(subject, 0) + 1
    nodes = {f"<{ID}{n}>".encode() for n in index["ids"]}
    assert all(in_runs.get(node, 0) == lines_of[node] for node in nodes)
    return set(index["ids"])


@pytest.mark.parametrize("batch", [20000, 7])
def test_line_index_cut_makes_the_bytes_the_line_filter_makes_twice_in_a_row(graphs, tmp_path, batch, monkeypatch):
    monkeypatch.setattr(line_index, "_BATCH", batch)  # 7 lines: runs cross the batches written
    a, b, c = graphs
    for out in (tmp_path / "indexed", tmp_path / "filtered"):
        _write(a, out)
    for g in (b, c):
        _without_index(tmp_path / "filtered")
        took = _write(g, tmp_path / "indexed")
        _write(g, tmp_path / "filtered")
        assert took.get("appended_papers") == 20
        for fmt, name in FILES.items():
            assert (tmp_path / "indexed" / name).read_bytes() == (tmp_path / "filtered" / name).read_bytes(), name
            assert (tmp_path / "indexed" / INDEX_FILES[fmt]).is_file()


@pytest.mark.parametrize(("fmt", "batch"), [("nquads", 20000), ("nquads", 7), ("ntriples", 20000), ("ntriples", 3)])
def test_line_index_runs_after_a_whole_write_and_two_appends_hold_each_node_s_lines(graphs, tmp_path, fmt, batch, monkeypatch):
    monkeypatch.setattr(line_index, "_BATCH", batch)
    a, b, c = graphs
    _write(a, tmp_path)
    assert _runs_hold_exactly_their_node_s_lines(tmp_path, fmt) == set(a.nodes)
    _write(b, tmp_path)
    _write(c, tmp_path)
    assert _runs_hold_exactly_their_node_s_lines(tmp_path, fmt) == set(c.nodes)


def test_line_index_append_of_nothing_keeps_the_index(graphs, tmp_path):
    a, _, _ = graphs
    _write(a, tmp_path)
    took = _write(a, tmp_path)
    assert took.get("appended_papers") == 0
    assert line_index._load(tmp_path / "graph.nq", "nquads") is not None


def test_line_index_cut_of_an_old_paper_restated_makes_the_bytes_the_line_filter_makes(graphs, tmp_path):
    a, b, _ = graphs
    changed = b.copy()
    paper = next(n for n, d in a.nodes(data=True) if d["kind"] == "paper" and d.get("results") and a.succ[n])
    changed.nodes[paper]["title"] += " (revised)"
    for out in (tmp_path / "indexed", tmp_path / "filtered"):
        _write(a, out)
    _without_index(tmp_path / "filtered")
    took = _write(changed, tmp_path / "indexed")
    _write(changed, tmp_path / "filtered")
    assert took.get("restated_papers") == 1
    for fmt, name in FILES.items():
        assert (tmp_path / "indexed" / name).read_bytes() == (tmp_path / "filtered" / name).read_bytes(), name
    _runs_hold_exactly_their_node_s_lines(tmp_path / "indexed", "nquads")
    _write(changed, tmp_path / "full")
    assert _lines(tmp_path / "indexed" / "graph.nq") == _lines(tmp_path / "full" / "graph.nq")


def _lines(path: Path) -> set[bytes]:
    return set(path.read_bytes().splitlines())


def test_line_index_cut_of_an_entity_with_an_edge_makes_the_bytes_the_line_filter_makes(graphs, tmp_path):
    a, b, _ = graphs
    a, b = a.copy(), b.copy()
    entity = next(v for n in b if n not in a for v in b.succ[n] if v in a and b.nodes[v]["kind"] != "paper")  # restated by the append
    paper = next(n for n, d in a.nodes(data=True) if d["kind"] == "paper")
    for g in (a, b):  # an edge from an entity: its subject among the edges too
        g.add_edge(entity, paper, key=next(iter(RELATIONS)))
    for out in (tmp_path / "indexed", tmp_path / "filtered"):
        _write(a, out)
    _without_index(tmp_path / "filtered")
    took = _write(b, tmp_path / "indexed")
    _write(b, tmp_path / "filtered")
    assert took.get("appended_papers") == 20
    assert (tmp_path / "indexed" / "graph.nq").read_bytes() == (tmp_path / "filtered" / "graph.nq").read_bytes()


@pytest.mark.parametrize("window", [1 << 16, 16])
def test_line_index_rules_start_is_the_first_of_the_file_s_last_rule_lines(tmp_path, window, monkeypatch):
    monkeypatch.setattr(line_index, "_WINDOW", window)  # 16 bytes: the rules run past many windows
    path = tmp_path / "f.nq"
    head = b"<a> <p> <rule/x> .\n<b> <p> <o> .\n"
    path.write_bytes(head + b"<rule/1> <p> <o> .\n<rule/2> <p> <o> .\n")
    with open(path, "rb") as fh:
        assert line_index._rules_start(fh.fileno(), path.stat().st_size, "rule/") == len(head)
    path.write_bytes(head)
    with open(path, "rb") as fh:
        assert line_index._rules_start(fh.fileno(), len(head), "rule/") == len(head)
    path.write_bytes(b"<rule/1> <p> <o> .\n")
    with open(path, "rb") as fh:
        assert line_index._rules_start(fh.fileno(), path.stat().st_size, "rule/") == 0

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


def _runs_hold_exactly_their_subjects_lines(out: Path, fmt: str) -> int:
    """Each indexed run is all the lines of its entity, and only them; returns how many runs."""
    data = (out / FILES[fmt]).read_bytes()
    index = line_index._load(out / FILES[fmt], fmt)
    assert index is not None
    by_subject: dict[bytes, list[bytes]] = {}
    for line in data.splitlines(keepends=True):
        by_subject.setdefault(line[: line.find(b" ")], []).append(line)
    for n, a, b in zip(index["ids"], index["starts"], index["ends"]):
        subject = f"<{line_index._ID}{n}>".encode()
        assert data[a:b] == b"".join(by_subject[subject]), n
    return len(index["ids"])


def test_line_index_cut_makes_the_bytes_the_line_filter_makes_twice_in_a_row(graphs, tmp_path):
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


@pytest.mark.parametrize("fmt", FORMATS)
def test_line_index_runs_after_a_whole_write_and_two_appends_hold_each_entity_s_lines(graphs, tmp_path, fmt):
    a, b, c = graphs
    _write(a, tmp_path)
    entities = sum(1 for _, k in a.nodes(data="kind") if k != "paper")
    assert _runs_hold_exactly_their_subjects_lines(tmp_path, fmt) == entities
    _write(b, tmp_path)
    _write(c, tmp_path)
    assert _runs_hold_exactly_their_subjects_lines(tmp_path, fmt) == sum(1 for _, k in c.nodes(data="kind") if k != "paper")


def test_line_index_append_of_nothing_keeps_the_index(graphs, tmp_path):
    a, _, _ = graphs
    _write(a, tmp_path)
    took = _write(a, tmp_path)
    assert took.get("appended_papers") == 0
    assert line_index._load(tmp_path / "graph.nq", "nquads") is not None


def test_line_index_is_forgotten_when_an_old_paper_is_restated(graphs, tmp_path):
    a, b, _ = graphs
    changed = b.copy()
    paper = next(n for n, d in a.nodes(data=True) if d["kind"] == "paper")
    changed.nodes[paper]["title"] += " (revised)"
    _write(a, tmp_path)
    took = _write(changed, tmp_path)
    assert took.get("restated_papers") == 1
    assert not (tmp_path / INDEX_FILES["nquads"]).exists()
    _write(changed, tmp_path / "full")
    assert _lines(tmp_path / "graph.nq") == _lines(tmp_path / "full" / "graph.nq")


def _lines(path: Path) -> set[bytes]:
    return set(path.read_bytes().splitlines())


def test_line_index_does_not_vouch_for_an_entity_with_statements_outside_its_run(graphs, tmp_path):
    a, b, _ = graphs
    a, b = a.copy(), b.copy()
    entity = next(v for n in b if n not in a for v in b.succ[n] if v in a and b.nodes[v]["kind"] != "paper")  # restated by the append
    paper = next(n for n, d in a.nodes(data=True) if d["kind"] == "paper")
    for g in (a, b):  # an edge from an entity: its subject in the edge lines too
        g.add_edge(entity, paper, key=next(iter(RELATIONS)))
    _write(a, tmp_path)
    assert line_index.cut_runs(tmp_path / "graph.nq", "nquads", [entity], None) is None
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

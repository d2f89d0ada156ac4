"""kg.export.append: a write that only adds papers appends to the text RDF, stating what a full write states."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.export import write_outputs
from kg.export.append import STATE_FILE

from pipeline_support import write_abstracts

FORMATS = ["nquads", "turtle", "ntriples", "json"]


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """The graph of 240 papers, and of the same 240 followed by 40 more."""
    d = tmp_path_factory.mktemp("append-inputs")
    old = write_abstracts(d / "old.jsonl", 240)
    new = write_abstracts(d / "new.jsonl", 40, start=240)
    return kg.build([old], jobs=1).graph, kg.build([old, new], jobs=1).graph


def _statements(out: Path) -> dict[str, set]:
    """Each text RDF file as a set of statements (no blank nodes: equal sets are isomorphic graphs)."""
    got = {}
    for name, fmt in (("graph.nq", ox.RdfFormat.N_QUADS), ("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        got[name] = {str(q) for q in ox.parse(path=str(out / name), format=fmt)}
    lines = (out / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines))  # nothing stated twice
    return got


def _write(g, out: Path, jobs: int = 1) -> dict:
    took: dict = {}
    write_outputs(g, out, FORMATS, jobs=jobs, timings=took)
    return took


@pytest.mark.parametrize("jobs", [1, 2])
def test_append_write_of_new_papers_states_what_a_full_write_states(graphs, tmp_path, jobs, monkeypatch):
    from kg import export

    monkeypatch.setattr(export, "_PARALLEL_MIN_NODES", 0)  # jobs=2: forked writers, as on a big graph
    old, both = graphs
    _write(old, tmp_path / "inc", jobs)
    took = _write(both, tmp_path / "inc", jobs)
    assert took.get("appended_papers") == 40
    _write(both, tmp_path / "full", jobs)
    assert _statements(tmp_path / "inc") == _statements(tmp_path / "full")
    assert (tmp_path / "inc" / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()


def test_append_twice_in_a_row_still_states_what_a_full_write_states(graphs, tmp_path):
    old, both = graphs
    _write(old, tmp_path / "inc")
    _write(both, tmp_path / "inc")
    took = _write(both, tmp_path / "inc")  # nothing new: nothing dropped, nothing appended
    assert took.get("appended_papers") == 0
    _write(both, tmp_path / "full")
    assert _statements(tmp_path / "inc") == _statements(tmp_path / "full")


def _restated(old, both):
    """``both`` with one old paper's link moved from an entity only it used to another of the same
    kind (as when identity resolution sends a mention elsewhere): the entity is gone, the paper restated."""
    changed = both.copy()
    paper, target, rel = next((u, v, k) for u, v, k in changed.edges(keys=True) if u in old and changed.in_degree(v) == 1)
    data = changed.edges[paper, target, rel]
    changed.remove_edge(paper, target, rel)
    changed.remove_node(target)
    other = next(n for n, d in changed.nodes(data=True) if d["kind"] == old.nodes[target]["kind"] and n != target)
    changed.add_edge(paper, other, key=rel, **data)
    return changed


def test_append_restates_an_old_paper_whose_facts_changed(graphs, tmp_path):
    old, both = graphs
    changed = _restated(old, both)
    _write(old, tmp_path / "inc")
    took = _write(changed, tmp_path / "inc")
    assert took.get("appended_papers") == 40 and took.get("restated_papers") == 1
    _write(changed, tmp_path / "full")
    assert _statements(tmp_path / "inc") == _statements(tmp_path / "full")


def test_append_writes_in_full_when_a_file_was_edited_since(graphs, tmp_path):
    old, both = graphs
    _write(old, tmp_path / "inc")
    with open(tmp_path / "inc" / "graph.ttl", "a", encoding="utf-8") as fh:
        fh.write("<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n")
    _write(both, tmp_path / "inc")
    _write(both, tmp_path / "full")
    assert _statements(tmp_path / "inc") == _statements(tmp_path / "full")


def test_append_writes_in_full_without_the_state_of_the_last_write(graphs, tmp_path):
    old, both = graphs
    _write(old, tmp_path / "inc")
    (tmp_path / "inc" / STATE_FILE).unlink()
    took = _write(both, tmp_path / "inc")
    assert "appended_papers" not in took and (tmp_path / "inc" / STATE_FILE).is_file()


def test_append_build_report_says_how_many_papers_were_appended(tmp_path):
    old = write_abstracts(tmp_path / "old.jsonl", 120)
    new = write_abstracts(tmp_path / "new.jsonl", 10, start=120)
    out = tmp_path / "out"
    kg.build([old], jobs=1).write(out, ["nquads", "turtle"], jobs=1)
    g = kg.build([old, new], jobs=1)
    g.write(out, ["nquads", "turtle"], jobs=1)
    assert g.report["text_rdf_appended"] == {"papers": 10, "old_papers_restated": 0}
    shutil.rmtree(out)


@pytest.mark.parametrize("jobs", [1, 2])
def test_append_updates_the_store_to_answer_what_a_full_write_answers(graphs, tmp_path, jobs, monkeypatch):
    from kg import export
    from kg.query import open_store, store_is_current

    monkeypatch.setattr(export, "_PARALLEL_MIN_NODES", 0)
    old, both = graphs
    formats = ["nquads", "json", "store"]
    write_outputs(old, tmp_path / "inc", formats, jobs=jobs)
    took: dict = {}
    write_outputs(both, tmp_path / "inc", formats, jobs=jobs, timings=took)
    assert took.get("appended_papers") == 40 and store_is_current(tmp_path / "inc")
    write_outputs(both, tmp_path / "full", formats, jobs=1)
    got = [{str(q) for q in open_store(out).quads_for_pattern(None, None, None, None)} for out in (tmp_path / "inc", tmp_path / "full")]
    assert got[0] == got[1]


def test_append_a_rebuild_without_new_papers_keeps_the_store_current_and_unchanged(graphs, tmp_path, monkeypatch):
    from kg.export import append
    from kg.query import open_store, store_is_current

    old, _ = graphs
    formats = ["nquads", "store"]
    write_outputs(old, tmp_path / "inc", formats, jobs=1)

    def update(*args):
        raise AssertionError("the store was updated with nothing to update")

    monkeypatch.setattr(append, "append_store", update)
    took: dict = {}
    write_outputs(old, tmp_path / "inc", formats, jobs=1, timings=took)
    assert took.get("appended_papers") == 0 and store_is_current(tmp_path / "inc")
    monkeypatch.undo()
    write_outputs(old, tmp_path / "full", formats, jobs=1)
    got = [{str(q) for q in open_store(out).quads_for_pattern(None, None, None, None)} for out in (tmp_path / "inc", tmp_path / "full")]
    assert got[0] == got[1]


def test_append_paper_digests_are_the_same_for_papers_served_from_the_extraction_cache(tmp_path):
    from kg.export.append import paper_digests

    papers = write_abstracts(tmp_path / "p.jsonl", 80)
    fresh = paper_digests(kg.build([papers], jobs=1).graph)
    kg.build([papers], jobs=1, cache_dir=tmp_path / "cache")
    cached = paper_digests(kg.build([papers], jobs=1, cache_dir=tmp_path / "cache").graph)
    assert fresh == cached and len(fresh) == 80


def test_append_writes_graph_nq_and_what_follows_it_in_one_process_and_the_rest_in_others():
    from kg.export import _groups

    formats = ["turtle", "nquads", "json", "html", "store", "void"]
    # the plan is made before the writers fork; graph.json patched and the HTML take less than
    # graph.nq's pass and the store's update, so turtle's short append goes beside them
    assert _groups(formats, 2, True) == [["nquads", "store", "void"], ["turtle", "json", "html"]]
    assert _groups(["turtle", "nquads", "json", "store"], 2, True) == [["nquads", "store"], ["turtle", "json"]]
    assert _groups(["nquads", "json"], 1, True) == [["nquads", "json"]]
    assert _groups(["turtle", "json"], 2, True) == [["turtle"], ["json"]]  # no graph.nq: as a full write


def test_append_paper_digests_made_by_two_processes_equal_one_process_s_in_the_same_order(graphs):
    from kg.export import _digests
    from kg.export.append import paper_digests

    _, both = graphs
    one, two = paper_digests(both), _digests(both, 2)
    assert list(two.items()) == list(one.items()) and len(one) == 280


def test_append_owned_subjects_are_the_results_and_evidence_records_of_the_papers_asked_for(graphs, tmp_path):
    import re

    from kg.export.append import _owned_subjects

    _, both = graphs
    _write(both, tmp_path)
    papers = {f"https://w3id.org/kg/id/{n}" for n, d in both.nodes(data=True) if d["kind"] == "paper" and d.get("results")}
    papers = set(sorted(papers)[:5])
    text = (tmp_path / "graph.nq").read_text(encoding="utf-8")
    want = set()
    for s, p, o in re.findall(r"^<([^>]*)> <([^>]*)> <([^>]*)>", text, re.M):
        if (p.endswith("#subject") and o in papers) or (p.endswith("#hasResult") and s in papers):
            want.add(o if p.endswith("#hasResult") else s)
    got = _owned_subjects(tmp_path / "graph.nq", papers)
    assert set(got) == want and len(got) == len(want)
    assert any("/result/" in iri for iri in got) and any("/evidence/" in iri for iri in got)


@pytest.mark.parametrize("block", [1 << 22, 64])
def test_append_filter_turtle_drops_exactly_the_statements_of_the_subjects_asked_for(graphs, tmp_path, block, monkeypatch):
    from kg.export import append

    monkeypatch.setattr(append, "_BLOCK", block)  # 64 bytes: a subject block runs over many read blocks
    _, both = graphs
    _write(both, tmp_path)
    path = tmp_path / "graph.ttl"
    before = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    subjects = sorted({q.subject.value for q in before if isinstance(q.subject, ox.NamedNode)})
    drop = set(subjects[::7]) | {"https://example.org/not-in-the-file"}
    append._filter_turtle(path, drop)
    after = {str(q) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}
    assert after == {str(q) for q in before if q.subject.value not in drop}
    assert len(after) < len(before)


def test_append_void_written_from_the_counts_kept_in_the_store_equals_a_full_write_s(graphs, tmp_path, monkeypatch):
    from kg.export import store as store_module
    from kg.export.append import VOID_COUNTS

    old, both = graphs
    formats = ["nquads", "store", "void"]
    write_outputs(old, tmp_path / "inc", formats, jobs=1)
    assert (tmp_path / "inc" / "store" / VOID_COUNTS).is_file()  # counted once, on the store written whole

    def count(store):
        raise AssertionError("the whole store was counted again")

    monkeypatch.setattr(store_module, "void_counts", count)
    took: dict = {}
    write_outputs(both, tmp_path / "inc", formats, jobs=1, timings=took)
    assert took.get("appended_papers") == 40
    monkeypatch.undo()
    write_outputs(both, tmp_path / "full", formats, jobs=1)
    inc, full = ((tmp_path / d / "void.ttl").read_text(encoding="utf-8") for d in ("inc", "full"))
    assert inc == full and "void:triples" in inc


def test_append_void_counts_left_by_another_store_are_not_used(graphs, tmp_path):
    from kg.export.append import VOID_COUNTS, load_void_counts

    old, both = graphs
    write_outputs(old, tmp_path / "a", ["nquads", "store", "void"], jobs=1)
    write_outputs(both, tmp_path / "b", ["nquads", "store", "void"], jobs=1)
    assert load_void_counts(tmp_path / "a" / "store") is not None
    shutil.copy(tmp_path / "a" / "store" / VOID_COUNTS, tmp_path / "b" / "store" / VOID_COUNTS)
    assert load_void_counts(tmp_path / "b" / "store") is None  # they describe a store of another size


def test_append_void_counts_follow_an_old_paper_restated_and_an_entity_gone(graphs, tmp_path):
    old, both = graphs
    changed = _restated(old, both)
    formats = ["nquads", "store", "void"]
    write_outputs(old, tmp_path / "inc", formats, jobs=1)
    took: dict = {}
    write_outputs(changed, tmp_path / "inc", formats, jobs=1, timings=took)
    assert took.get("restated_papers") == 1
    write_outputs(changed, tmp_path / "full", formats, jobs=1)
    assert (tmp_path / "inc" / "void.ttl").read_bytes() == (tmp_path / "full" / "void.ttl").read_bytes()


def test_append_owned_subjects_looked_up_in_a_current_store_equal_those_found_in_graph_nq(graphs, tmp_path):
    from kg.export.append import _owned_in_store, _owned_subjects

    _, both = graphs
    write_outputs(both, tmp_path, ["nquads", "store"], jobs=1)
    papers = sorted(f"https://w3id.org/kg/id/{n}" for n, d in both.nodes(data=True) if d["kind"] == "paper" and d.get("results"))[:5]
    got = _owned_in_store(tmp_path, papers)
    want = _owned_subjects(tmp_path / "graph.nq", set(papers))
    assert got is not None and set(got) == set(want) and len(got) == len(want) and want
    (tmp_path / "graph.nq").touch()  # a text graph newer than the store: the store is not asked
    assert _owned_in_store(tmp_path, papers) is None


def test_append_record_rules_are_the_rule_and_confidence_of_every_evidence_record(graphs):
    from kg.export.provenance import _records, canonical_decimal, record_rules

    _, both = graphs
    iri = {n: n for n in both.nodes}
    want = {(ev["rule"], canonical_decimal(ev["confidence"])) for n, d in both.nodes(data=True) for *_, ev in _records(both, n, d, iri)}
    assert record_rules(both) == want and len(want) > 5


def test_append_paper_digests_are_those_of_earlier_versions_so_their_state_still_matches(graphs):
    import hashlib
    import marshal

    from kg.export.append import paper_digests

    _, g = graphs
    want = {}
    for n, d in g.nodes(data=True):  # as kg 0.1.0 made them through networkx's views (append state 5)
        if d.get("kind") == "paper":
            edges = [(v, dict(keyed)) for v, keyed in g.succ[n].items()]
            want[n] = hashlib.blake2b(marshal.dumps((d, edges), 2), digest_size=16).digest()
    assert {n: dg for n, (dg, _) in paper_digests(g).items()} == want

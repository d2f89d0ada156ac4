"""Every shipped query on the store of a build of a few hundred real abstracts (the dev sets dev2,
dev3 and blind: ties in the sort keys, unbound values, numbers beside strings): kg's rows, sorted
in Python, are Oxigraph's own ORDER BY rows in its order, their CSV is the csv module's, and the
rows equal those of the text-loaded graph."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from test_query_store import query_params

import kg
from kg.export.rdf import write_rdf
from kg.export.store import write_store_dir
from kg.prefixes import PREFIXES
from kg.query import NamedQuery, load_store, open_store, run_query, shipped_queries
from kg.schema import RELATIONS, EntityType

DATA = Path(__file__).resolve().parent / "data"
PAPERS = [DATA / "dev2" / "dev2.papers.jsonl", DATA / "dev3" / "dev3.papers.jsonl", DATA / "blind" / "blind.papers.jsonl"]
_ENTITY_KINDS = (EntityType.METHOD, EntityType.DATASET, EntityType.TASK, EntityType.METRIC)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("dev310")
    graph = kg.build(PAPERS, jobs=1)
    write_rdf(graph.graph, out / "graph.nq", "nquads")
    write_store_dir(out, nquads=out / "graph.nq")
    return graph, out, open_store(out), load_store(out / "graph.nq")


def _csv(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows([[r.get(c) for c in columns] for r in rows])
    return buf.getvalue()


def _key(row: dict):
    return sorted((k, repr(v)) for k, v in row.items())


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_query_build_rows_sorted_by_kg_are_the_engines_in_its_order(built, name):
    graph, _out, store, text = built
    nq = shipped_queries()[name]
    params = query_params(name, graph.graph, store)
    # a LIMIT after the ORDER BY leaves the sorting to Oxigraph
    engine = NamedQuery(nq.name, nq.description, nq.params, nq.text.rstrip() + "\nLIMIT 100000000")
    want = run_query(store, engine, params)
    got = run_query(store, nq, params, dicts=False)
    assert got.columns == want.columns and got.total == len(want.rows)
    assert [dict(zip(got.columns, v)) for v in got.values] == want.rows
    assert got.to_csv() == _csv(want.columns, want.rows)
    assert sorted(map(_key, run_query(text, nq, params).rows)) == sorted(map(_key, want.rows))


def test_query_build_rows_have_ties_unbound_values_and_numbers(built):
    """The build exercises what the sort must get right, or the test above proves little."""
    _graph, _out, store, _text = built
    boards = run_query(store, "task-datasets").rows  # ORDER BY DESC(?papers) ?taskName ...
    counts = [r["papers"] for r in boards]
    assert all(isinstance(n, int) for n in counts) and len(counts) > 2 * len(set(counts))  # ties on the first key
    code = run_query(store, "proposed-methods").rows
    assert any(r["code"] is None for r in code) and any(r["code"] for r in code)
    assert len(run_query(store, "single-paper-entities").rows) > 300


def test_query_single_paper_entities_reads_every_relation_from_a_paper_to_an_entity(built):
    """single-paper-entities lists the relations it scans: exactly the schema's relations to a
    method, dataset, task or metric, and every predicate linking a paper to one in a build."""
    text = shipped_queries()["single-paper-entities"].text
    listed = {PREFIXES["kg"] + t.removeprefix("kg:") for t in re.search(r"VALUES \?rel \{([^}]*)\}", text)[1].split()}
    assert listed == {r.predicate for r in RELATIONS.values() if r.object_kind in _ENTITY_KINDS}
    _graph, _out, store, _t = built
    used = store.query(
        "SELECT DISTINCT ?rel WHERE { VALUES ?kind { kg:Method schema:Dataset kg:Task kg:Metric } "
        "?entity a ?kind . ?paper ?rel ?entity . ?paper dcterms:title ?title }",
        prefixes=PREFIXES,
    )
    assert {sol[0].value for sol in used} <= listed

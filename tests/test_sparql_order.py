"""ORDER BY done in Python (kg.sparql_order) gives Oxigraph's rows in Oxigraph's order."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from test_query_store import GRAPHS, query_params

from kg.export.rdf import to_store
from kg.query import NamedQuery, run_query, shipped_queries
from kg.sparql_order import sort_positions, sort_rows, split_order

_XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module", params=sorted(GRAPHS))
def store(request):
    which = request.param
    return which, to_store(GRAPHS[which]().graph, provenance=True)


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_sparql_order_python_sort_gives_the_engine_order_for_every_shipped_query(store, name):
    which, st = store
    nq = shipped_queries()[name]
    params = query_params(name, GRAPHS[which]().graph, st)
    # a LIMIT after the ORDER BY leaves the sorting to Oxigraph
    engine = NamedQuery(nq.name, nq.description, nq.params, nq.text.rstrip() + "\nLIMIT 100000000")
    assert split_order(engine.text) is None
    got, want = run_query(st, nq, params), run_query(st, engine, params)
    assert got.columns == want.columns
    assert got.rows == want.rows


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a", [("a", False)]),
        ("SELECT ?a ?n WHERE { ?a ?b ?n }\nORDER BY DESC(?n) ?a\n", [("n", True), ("a", False)]),
        ("SELECT ?a WHERE { ?a ?b ?c }\n# a comment\nORDER BY asc( ?a )\n# done\n", [("a", False)]),
        ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a LIMIT 5", None),
        ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY STR(?a)", None),
        ("SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a } }", None),
        ("SELECT ?a WHERE { ?a ?b ?c }", None),
    ],
)
def test_sparql_order_split_order_takes_only_a_final_order_by_of_variables(text, keys):
    got = split_order(text)
    assert (got[1] if got else None) == keys
    if got:
        assert "ORDER" not in got[0].upper()
        list(ox.Store().query(got[0]))  # what is left is a valid query


def _lit(value, datatype=None, language=None):
    if language:
        return ox.Literal(value, language=language)
    return ox.Literal(value, datatype=ox.NamedNode(_XSD + datatype)) if datatype else ox.Literal(value)


@pytest.mark.parametrize(
    ("column", "descending"),
    [
        ([_lit("b"), None, ox.NamedNode("https://e.org/z"), _lit("a"), ox.NamedNode("https://e.org/a")], False),
        ([_lit("10", "integer"), _lit("9", "integer"), _lit("-1", "integer"), None], True),
        ([_lit("2.5", "decimal"), _lit("10.5", "decimal"), _lit("2.25", "decimal")], False),
        ([_lit("2024-01-02", "date"), _lit("2023-12-31", "date"), _lit("2024-01-01", "date")], True),
        ([_lit("true", "boolean"), _lit("false", "boolean")], False),
        ([_lit("Élan"), _lit("zeta"), _lit("Zeta"), _lit("ärger"), _lit("")], False),
        # one kind only: keys read in C (kg.sparql_order._one_kind), with ties
        ([ox.NamedNode("https://e.org/z"), ox.NamedNode("https://e.org/a"), ox.NamedNode("https://e.org/z")], False),
        ([_lit("b"), _lit("a"), _lit("b"), _lit(""), _lit("B")], True),
        ([_lit("3", "integer"), _lit("-7", "integer"), _lit("3", "integer"), _lit("12", "integer")], False),
    ],
)
def test_sparql_order_sort_rows_matches_oxigraph_on_every_term_kind_it_accepts(column, descending):
    values = " ".join(f"({t})" if t is not None else "(UNDEF)" for t in column)
    order = f"DESC(?x)" if descending else "?x"
    want = [sol[0] for sol in ox.Store().query(f"SELECT ?x WHERE {{ VALUES (?x) {{ {values} }} }} ORDER BY {order}")]
    got = sort_rows([(t,) for t in column], ["x"], [("x", descending)])
    assert got is not None and [r[0] for r in got] == want


@pytest.mark.parametrize(
    "column",
    [
        [_lit("1", "integer"), _lit("1.5", "decimal")],  # two datatypes
        [_lit("chat", language="fr"), _lit("cat")],  # a language tag
        [ox.BlankNode("b0"), _lit("x")],  # a blank node
        [_lit("NaN", "double"), _lit("1", "double")],
        [_lit("chat", language="fr"), _lit("cat", language="en")],  # language tags only
        [_lit("x1", "integer"), _lit("2", "integer")],  # an ill-typed integer
    ],
)
def test_sparql_order_sort_rows_declines_columns_it_cannot_order_exactly(column):
    assert sort_rows([(t,) for t in column], ["x"], [("x", False)]) is None


def test_sparql_order_sort_rows_declines_a_key_that_is_not_a_column():
    assert sort_rows([(_lit("a"),)], ["x"], [("y", False)]) is None


def test_sparql_order_run_query_limit_keeps_the_first_rows_and_counts_them_all():
    st = to_store(GRAPHS["fixture"]().graph, provenance=True)
    full = run_query(st, "papers-with-code")
    assert full.total == len(full.rows) >= 2
    first = run_query(st, "papers-with-code", limit=1)
    assert first.rows == full.rows[:1] and first.total == full.total


def _csv_of_dict_rows(columns: list[str], rows: list[dict]) -> str:
    """CSV written the way kg wrote it before rows became tuples: one dict per row."""
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if r.get(c) is None else r[c] for c in columns])
    return buf.getvalue()


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_sparql_order_tuple_rows_and_their_csv_equal_the_engine_sorted_dict_rows(store, name):
    which, st = store
    nq = shipped_queries()[name]
    params = query_params(name, GRAPHS[which]().graph, st)
    engine = NamedQuery(nq.name, nq.description, nq.params, nq.text.rstrip() + "\nLIMIT 100000000")
    want = run_query(st, engine, params)
    got = run_query(st, nq, params, dicts=False)
    assert got.rows == [] and got.columns == want.columns and got.total == len(want.rows)
    assert [dict(zip(got.columns, v)) for v in got.values] == want.rows
    assert got.to_csv() == _csv_of_dict_rows(want.columns, want.rows)
    assert got.to_json() == want.to_json()


@pytest.mark.parametrize(
    ("column", "plain"),
    [
        ([ox.NamedNode("https://e.org/b"), ox.NamedNode("https://e.org/a")], ["https://e.org/b", "https://e.org/a"]),
        ([_lit("b"), _lit("a")], ["b", "a"]),
        ([_lit("10", "integer"), _lit("9", "integer")], [10, 9]),
        ([_lit("2.5", "decimal"), _lit("1.5", "decimal")], None),  # kg gives floats, the keys are Decimals
        ([_lit("b"), None], None),  # an unbound value ranks first: keys are (rank, value)
        ([_lit("b"), ox.NamedNode("https://e.org/a")], None),
    ],
)
def test_sparql_order_sort_positions_reuses_keys_as_values_only_when_they_equal_them(column, plain):
    positions, reused = sort_positions([column], [False])
    assert sorted(positions) == list(range(len(column)))
    assert reused == [plain]


def _csv_module(rows: list) -> str:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


@pytest.mark.parametrize(
    "rows",
    [
        [("a", "b"), ("x,y", "plain"), ('say "hi"', ""), ("two\nlines", "cr\ronly"), ("crlf\r\n", ",")],
        [("n", "v", "w"), (None, 3, -2.5), (True, None, ""), ("é,", "\0", "tab\there")],
        [("only",), ("",), (None,), ("a,b",)],  # one column: a lone empty field is written '""'
        [("a", "b"), ("ragged",), ("x", "y", "z")],
        [],
    ],
)
def test_sparql_order_csv_lines_are_the_csv_modules_text(rows):
    from kg.query import _csv_lines

    assert _csv_lines(rows) == _csv_module(rows)


def test_sparql_order_csv_lines_equal_the_csv_module_on_random_rows():
    import random

    from kg.query import _csv_lines

    rnd = random.Random(13)
    pieces = ["a", ",", '"', "\r", "\n", " ", "é", "", "\0", ";"]
    for _ in range(3000):
        width = rnd.randint(1, 4)
        cell = lambda: rnd.choice([None, 7, 1.5, False, "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))])  # noqa: E731
        rows = [tuple(cell() for _ in range(width)) for _ in range(rnd.randint(0, 6))]
        assert _csv_lines(rows) == _csv_module(rows), rows


def test_sparql_order_sort_rows_breaks_ties_by_the_next_key_and_keeps_full_ties_in_engine_order():
    a, b = ox.NamedNode("https://e.org/a"), ox.NamedNode("https://e.org/b")
    rows = [(b, _lit("y"), _lit("1", "integer")), (a, _lit("y"), _lit("2", "integer")), (b, _lit("x"), _lit("3", "integer")),
            (a, _lit("y"), _lit("4", "integer")), (b, _lit("x"), _lit("5", "integer"))]
    values = " ".join("(" + " ".join(str(t) for t in r) + ")" for r in rows)
    want = [tuple(sol) for sol in ox.Store().query(f"SELECT ?k ?n ?i WHERE {{ VALUES (?k ?n ?i) {{ {values} }} }} ORDER BY DESC(?k) ?n")]
    assert sort_rows(rows, ["k", "n", "i"], [("k", True), ("n", False)]) == want

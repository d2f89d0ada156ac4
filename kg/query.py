"""SPARQL over a built graph: the shipped queries in ``queries/``, parameters, and result rows.

Queries run on pyoxigraph (Oxigraph's Rust engine). Parameters are bound with SPARQL
substitutions (SEP-0007): a value replaces a variable as an RDF term, never as query text, so a
value cannot change the query. Every query sees kg's prefixes without declaring them.

pyoxigraph binds a parameter only when its variable is in the SELECT clause and used outside
subqueries (a subquery has its own variables); the parameter columns are dropped from the rows.
Shipped queries match names through ``kg:nameKey`` inside ``LATERAL`` blocks (an Oxigraph
extension from the SPARQL 1.2 drafts) so that a name is an index lookup, not a scan.

A shipped query is a ``.rq`` file whose leading comment lines describe it::

    # Datasets ranked by the number of papers that use them.
    # param: task  the task label, e.g. "talking head generation"
"""

from __future__ import annotations

import bisect
import csv
import gc
import io
import itertools
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GraphLoadError, QueryError
from .sparql_guard import short_syntax_error, unknown_prefixes, uses_service
from .sparql_order import sort_positions, split_order
from .prefixes import PREFIXES

__all__ = [
    "NamedQuery",
    "QueryResult",
    "queries_dir",
    "shipped_queries",
    "resolve_query",
    "run_query",
    "load_store",
    "open_store",
    "store_is_current",
    "needs_provenance",
    "standalone_text",
    "result_from_sparql_json",
    "STORE_DIR",
    "STORE_STAMP",
]

#: The on-disk Oxigraph store ``kg build`` writes in its output folder, and the file written into
#: it once the bulk load has finished (a store without it is half-written and never opened).
STORE_DIR = "store"
STORE_STAMP = "kg-store.json"
_TEXT_GRAPHS = ("graph.nq", "graph.trig", "graph.ttl", "graph.nt")


def queries_dir() -> Path:
    """Folder of the shipped queries: ``$KG_QUERIES``, else ``queries/`` beside the package."""
    env = os.environ.get("KG_QUERIES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "queries", here / "queries"):
        if cand.is_dir():
            return cand
    return here.parent / "queries"


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query: its name (file stem), description, declared parameters and text."""

    name: str
    description: str
    params: dict[str, str]
    text: str
    path: Path | None = None


_PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)\s*(.*)$")


def parse_query_file(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    desc: list[str] = []
    params: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _PARAM_LINE.match(line):
            params[m[1]] = m[2].strip()
        else:
            desc.append(line.lstrip("#").strip())
    return NamedQuery(path.stem, " ".join(d for d in desc if d), params, text, path)


def shipped_queries() -> dict[str, NamedQuery]:
    """All queries in :func:`queries_dir`, by name."""
    d = queries_dir()
    return {p.stem: parse_query_file(p) for p in sorted(d.glob("*.rq"))} if d.is_dir() else {}


#: SPARQL 1.1 Update operations, after any PREFIX / BASE declarations and comments.
_UPDATE = re.compile(
    r"^(?:\s|#[^\n]*\n|(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>))*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.I,
)


def resolve_query(query: str) -> NamedQuery:
    """A query given as a file path, the bare name of a shipped query, or inline SPARQL."""
    q = query.strip()
    if m := _UPDATE.match(q):
        raise QueryError(
            f"{m[1].upper()} is a SPARQL update; kg's graphs are read-only and accept only queries",
            fix="use SELECT, ASK, CONSTRUCT or DESCRIBE; to change the graph, change the inputs and run `kg build` again",
        )
    if q.endswith(".rq") or os.sep in q and not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", q, re.I):
        path = Path(q)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file", fix="give a path to a .rq file, a shipped query name, or SPARQL text")
        return parse_query_file(path)
    if re.fullmatch(r"[\w\-]+", q):
        known = shipped_queries()
        if q in known:
            return known[q]
        raise QueryError(
            f"no shipped query is called {q!r}",
            fix=f"use one of: {', '.join(known) or '(none found in ' + str(queries_dir()) + ')'}; or pass SPARQL text",
        )
    return NamedQuery("inline", "", {}, q)


_CSV_CHUNK = 5000


@dataclass
class QueryResult:
    """Rows of a SELECT (``columns`` + ``rows`` of Python values), a boolean for ASK, or triples.

    ``run_query(..., dicts=False)`` gives a SELECT's rows as ``values`` (a tuple per row, in
    ``columns`` order) and leaves ``rows`` empty; the writers take either.
    """

    columns: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[str, str, str]] | None = None
    graph_triples: list[tuple] | None = field(default=None, repr=False)  # the triples as rdflib terms
    total: int | None = None  # rows of a SELECT before ``run_query``'s limit
    values: list[tuple] | None = field(default=None, repr=False)

    def value_rows(self) -> list[tuple]:
        """A SELECT's rows as tuples in ``columns`` order (None for an unbound value)."""
        if self.values is not None:
            return self.values
        return [tuple(r.get(c) for c in self.columns) for r in self.rows]

    def write_csv(self, out) -> None:
        """The result as CSV into the text stream ``out`` (the same text as :meth:`to_csv`), a few
        thousand rows per write: one write per row costs a third more than the CSV itself."""
        if self.boolean is not None:
            rows: list = [["result"], [str(self.boolean).lower()]]
        elif self.triples is not None:
            rows = [("subject", "predicate", "object"), *self.triples]
        else:
            rows = [tuple(self.columns), *self.value_rows()]
        for at in range(0, len(rows), _CSV_CHUNK):
            out.write(_csv_lines(rows[at : at + _CSV_CHUNK]))

    def to_csv(self) -> str:
        buf = io.StringIO()
        self.write_csv(buf)
        return buf.getvalue()

    def to_json(self) -> str:
        if self.boolean is not None:
            return json.dumps({"boolean": self.boolean})
        if self.triples is not None:
            return json.dumps({"triples": self.triples}, ensure_ascii=False, indent=1)
        rows = self.rows if self.values is None else [dict(zip(self.columns, v)) for v in self.values]
        return json.dumps({"columns": self.columns, "rows": rows}, ensure_ascii=False, indent=1)


#: What makes the csv module quote a field (a comma, a quote, a line break) or may (a carriage return)
_CSV_SPECIAL = (",", '"', "\n", "\r")


def _csv_lines(rows: list) -> str:
    """``rows`` as the csv module writes them (excel dialect, ``\\n`` line ends). Its C writer
    looks at each character of each field in turn (0.23 s for 87K rows of five fields); here a
    column's text is searched at once for the few characters that need quoting, rows without any
    are joined by commas, and only the others go through the csv module (0.14 s)."""
    if not rows:
        return ""
    width = len(rows[0])
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if width < 2 or len(set(map(len, rows))) != 1:  # a lone empty field is written '""'
        writer.writerows(rows)
        return buf.getvalue()
    # the csv module writes None as an empty field and anything else as str() gives it
    columns = [col if set(map(type, col)) == {str} else ["" if v is None else str(v) for v in col] for col in zip(*rows)]
    quoted: set[int] = set()
    for col in columns:
        text = "".join(col)
        if not any(char in text for char in _CSV_SPECIAL):
            continue
        ends = list(itertools.accumulate(map(len, col)))  # where each field of the column ends in text
        for char in _CSV_SPECIAL:
            at = text.find(char)
            while at >= 0:
                row = bisect.bisect_right(ends, at)
                quoted.add(row)
                at = text.find(char, ends[row])  # on from the next field: this row is quoted already
    lines = list(map(",".join, zip(*columns)))
    for row in quoted:
        writer.writerow(rows[row])
        lines[row] = buf.getvalue()[:-1]
        buf.seek(0)
        buf.truncate()
    lines.append("")
    return "\n".join(lines)


def needs_provenance(query: str) -> bool:
    """Whether a query reads named graphs (the provenance), so the plain facts would not do."""
    return re.search(r"\bGRAPH\b|\bFROM\s+NAMED\b", query, re.IGNORECASE) is not None


def load_store(graph: str | Path, *, provenance: bool = True):
    """A pyoxigraph store from a build folder or an RDF file.

    From a folder: graph.nq (facts and provenance), or with ``provenance=False`` the smaller
    graph.ttl of plain facts, about a third of the size and as much faster to load.
    """
    import pyoxigraph as ox

    path = Path(graph)
    if path.is_dir():
        order = ("graph.nq", "graph.trig", "graph.ttl", "graph.nt") if provenance else ("graph.ttl", "graph.nt", "graph.nq", "graph.trig")
        for name in order:
            if (path / name).is_file():
                path = path / name
                break
        else:
            raise GraphLoadError(f"{graph}: no graph.nq / graph.ttl in this folder", fix="run `kg build ... --out DIR` first, or pass the RDF file")
    if not path.is_file():
        raise GraphLoadError(f"{path}: no such graph file", fix="run `kg build PATH --out DIR` first and pass DIR or DIR/graph.ttl")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
    if fmt is None:
        raise GraphLoadError(f"{path}: unknown RDF file extension", fix="use .ttl, .nt, .nq or .trig")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        raise GraphLoadError(f"{path}: cannot load the graph ({e})", fix="rebuild it with `kg build`") from e
    return store


def store_is_current(folder: str | Path) -> bool:
    """Whether ``folder/store`` is a finished store at least as new as every RDF text file beside it.

    A text graph rewritten after the store (by another writer, or by hand) makes the store stale:
    the text wins, so a query never answers from an older graph than the files show.
    """
    folder = Path(folder)
    stamp = folder / STORE_DIR / STORE_STAMP
    try:
        done = stamp.stat().st_mtime_ns
    except OSError:
        return False
    for name in _TEXT_GRAPHS:
        try:
            if (folder / name).stat().st_mtime_ns > done:
                return False
        except OSError:
            continue
    return True


def open_store(graph: str | Path, *, provenance: bool = True):
    """The store of a build folder opened read-only in place (no parsing, so a cold query is fast);
    else, for an RDF file or a folder without a current store, :func:`load_store`.

    Several processes (``kg serve`` workers) may open one store read-only at the same time.
    """
    import pyoxigraph as ox

    path = Path(graph)
    if path.is_dir() and store_is_current(path):
        try:
            return ox.Store.read_only(str(path / STORE_DIR))
        except OSError as e:  # e.g. written by an incompatible Oxigraph: the text files still work
            import warnings

            warnings.warn(f"{path / STORE_DIR}: cannot open the store ({e}); parsing the RDF text instead", stacklevel=2)
    return load_store(path, provenance=provenance)


def _term(value):
    import pyoxigraph as ox

    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double"))
    s = str(value)
    if s.startswith("<") and s.endswith(">") and " " not in s:
        return ox.NamedNode(s[1:-1])
    return ox.Literal(s)


_DATATYPE_CONVERTERS = {
    "http://www.w3.org/2001/XMLSchema#integer": int,
    "http://www.w3.org/2001/XMLSchema#int": int,
    "http://www.w3.org/2001/XMLSchema#long": int,
    "http://www.w3.org/2001/XMLSchema#decimal": float,
    "http://www.w3.org/2001/XMLSchema#double": float,
    "http://www.w3.org/2001/XMLSchema#float": float,
    "http://www.w3.org/2001/XMLSchema#boolean": lambda v: v == "true",
}


def _py(term):
    """An RDF term as a Python value: IRIs and strings as str, numbers as int/float, booleans as bool."""
    if term is None:
        return None
    value = term.value
    datatype = getattr(term, "datatype", None)  # only literals have one
    if datatype is None:
        return value
    convert = _DATATYPE_CONVERTERS.get(datatype.value)
    if convert is None:
        return value
    try:
        return convert(value)
    except ValueError:  # an ill-typed literal stays as written
        return value


_WHERE_OPEN = re.compile(r"\bWHERE\s*\{|\{", re.IGNORECASE)


def standalone_text(query: str | NamedQuery, params: Mapping[str, object] | None = None) -> str:
    """The query as text any SPARQL 1.1 endpoint runs: ``params`` become a ``VALUES`` block
    opening the WHERE group, which binds them before the group's patterns and BINDs as
    :func:`run_query`'s substitutions do. Shipped queries declare their own prefixes.
    """
    nq = query if isinstance(query, NamedQuery) else resolve_query(query)
    if not params:
        return nq.text
    for name in params:
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"{name!r} is not a valid SPARQL variable name", fix="use letters, digits and _ only")
    # the first "{" outside comment lines opens the WHERE group (prologue and SELECT have none)
    code = "".join(line if not line.lstrip().startswith("#") else " " * len(line) for line in nq.text.splitlines(keepends=True))
    m = _WHERE_OPEN.search(code)
    if m is None:
        raise QueryError(f"query {nq.name!r} has no WHERE group to bind parameters in", fix="check the query text")
    values = "".join(f" VALUES ?{k} {{ {_term(v)} }}" for k, v in params.items())
    return nq.text[: m.end()] + values + nq.text[m.end() :]


def result_from_sparql_json(doc: Mapping, params: Mapping[str, object] | None = None) -> QueryResult:
    """A SPARQL 1.1 JSON results document (any endpoint's answer) as :func:`run_query`'s result:
    the same Python values per datatype, parameter columns dropped."""
    if "boolean" in doc:
        return QueryResult(boolean=bool(doc["boolean"]))
    drop = set(params or ())
    cols = [c for c in doc["head"]["vars"] if c not in drop]

    def value(b: Mapping | None):
        if b is None:
            return None
        convert = _DATATYPE_CONVERTERS.get(b.get("datatype", "")) if b["type"] in ("literal", "typed-literal") else None
        try:
            return convert(b["value"]) if convert else b["value"]
        except ValueError:
            return b["value"]

    rows = [{c: value(sol.get(c)) for c in cols} for sol in doc["results"]["bindings"]]
    return QueryResult(columns=cols, rows=rows)


def _rdflib_term(term):
    """A pyoxigraph term of a CONSTRUCT / DESCRIBE answer as the rdflib term."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value, datatype=None if dt == "http://www.w3.org/2001/XMLSchema#string" else URIRef(dt))


def run_query(
    store, query: str | NamedQuery, params: Mapping[str, object] | None = None, *, limit: int | None = None, dicts: bool = True
) -> QueryResult:
    """Run a query (name, file, text or :class:`NamedQuery`) with ``params`` bound as RDF terms.

    ``limit``: keep the first ``limit`` rows of a SELECT (all when None); ``total`` counts them all.
    ``dicts=False``: a SELECT's rows as ``values`` (tuples in column order), not ``rows`` (dicts):
    what the CSV / JSON writers need, without a dict per row.
    """
    # the rows are hundreds of thousands of tuples and strings, none in a reference cycle: the
    # cyclic collector would walk them all several times over (about a tenth of the CPU of a
    # query's 80,000 rows on the 87K build) and find nothing to free
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(store, query, params, limit, dicts)
    finally:
        if enabled:
            gc.enable()


def _run(store, query, params, limit, dicts) -> QueryResult:
    import pyoxigraph as ox

    nq = query if isinstance(query, NamedQuery) else resolve_query(query)
    params = dict(params or {})
    missing = [p for p in nq.params if p not in params]
    if missing:
        hint = "; ".join(f"--param {p}=VALUE ({nq.params[p]})" for p in missing)
        raise QueryError(f"query {nq.name!r} needs parameter(s): {', '.join(missing)}", fix=f"pass {hint}")
    for name in params:
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"{name!r} is not a valid SPARQL variable name", fix="use letters, digits and _ only")
    subs = {ox.Variable(k): _term(v) for k, v in params.items()}
    _check_evidence_layout(store, nq)
    if uses_service(nq.text):
        raise QueryError(
            f"query {nq.name!r} uses SERVICE: kg never sends a query to another server",
            fix="remove the SERVICE clause; to combine graphs, load them into one SPARQL server",
        )
    # a final ORDER BY of plain variables is done here, on the decoded rows (kg.sparql_order):
    # Oxigraph would read both strings from disk at every comparison
    split = split_order(nq.text)
    res = _execute(store, nq, split[0] if split else nq.text, params, subs)
    if isinstance(res, ox.QueryBoolean):
        return QueryResult(boolean=bool(res))
    if isinstance(res, ox.QueryTriples):
        found = list(res)
        return QueryResult(
            triples=[(t.subject.value, t.predicate.value, _py(t.object) if isinstance(t.object, ox.Literal) else t.object.value) for t in found],
            graph_triples=[tuple(_rdflib_term(x) for x in (t.subject, t.predicate, t.object)) for t in found],
        )
    variables = [v.value for v in res.variables]
    columns, done = None, None
    keys = [variables.index(name) for name, _ in split[1]] if split and all(n in variables for n, _ in split[1]) else []
    if keys:
        columns = _transpose([tuple(sol) for sol in res], len(variables))
        done = sort_positions([columns[i] for i in keys], [d for _, d in split[1]])
    if done is None:  # no ORDER BY, or one Oxigraph must do itself
        if split:
            res = _execute(store, nq, nq.text, params, subs)
        columns = _transpose([tuple(sol) for sol in res], len(variables))
        done = range(len(columns[0]) if columns else 0), []
    order, plain = done
    known = {i: vals for i, vals in zip(keys, plain) if vals is not None}  # sort keys that are the values
    total = len(order)
    if limit is not None and limit >= 0:
        order = order[:limit]
    # parameters are inputs, not answers: pyoxigraph needs them projected, the rows do not
    keep = [(i, v) for i, v in enumerate(variables) if v not in params]
    # each kept term is read once, column by column, and only for the rows given back
    values = list(zip(*([known[i][p] for p in order] if i in known else _values([columns[i][p] for p in order]) for i, _ in keep)))
    if not keep:
        values = [() for _ in order]
    names = [c for _, c in keep]
    if not dicts:
        return QueryResult(columns=names, values=values, total=total)
    return QueryResult(columns=names, rows=[dict(zip(names, v)) for v in values], total=total)


def _transpose(solutions: list[tuple], width: int) -> list[tuple]:
    """Rows of terms as columns of terms (``width`` empty columns when there is no row)."""
    return list(zip(*solutions)) if solutions else [() for _ in range(width)]


def _values(terms: list) -> list:
    """:func:`_py` of each term; an IRI's text without the datatype look-up a literal needs."""
    import pyoxigraph as ox

    named = ox.NamedNode
    return [t.value if type(t) is named else _py(t) for t in terms]


_KG = PREFIXES["kg"]
_PROVENANCE = PREFIXES["kgid"] + "provenance"


def _check_evidence_layout(store, nq: NamedQuery) -> None:
    """A query reading ``kg:span`` on a graph built before it existed (evidence records with
    ``kg:field``/``kg:start``/``kg:end``) would find no evidence and say nothing: say so instead.
    One quad look-up: each layout declares its own ``rdfs:domain kg:Mention`` once."""
    if "kg:span" not in nq.text and f"{_KG}span" not in nq.text:
        return
    import pyoxigraph as ox

    graph, domain, mention = ox.NamedNode(_PROVENANCE), ox.NamedNode(PREFIXES["rdfs"] + "domain"), ox.NamedNode(_KG + "Mention")

    def declared(term: str, how=domain, what=mention) -> bool:
        return next(iter(store.quads_for_pattern(ox.NamedNode(_KG + term), how, what, graph)), None) is not None

    rule_node = declared("rule", ox.NamedNode(PREFIXES["rdfs"] + "range"), ox.NamedNode(_KG + "Rule"))
    if declared("span") and not rule_node:
        raise QueryError(
            f"query {nq.name!r} reads the kg:Rule node of evidence records, but this graph was built by an older kg "
            "whose records have kg:rule and kg:confidence literals",
            fix="rebuild the graph with this kg (`kg build PATH --out DIR`): the extraction cache makes it quick",
        )
    if declared("field") and not declared("span"):
        raise QueryError(
            f"query {nq.name!r} reads evidence records' kg:span, but this graph was built by an older kg "
            "whose records have kg:field, kg:start and kg:end",
            fix="rebuild the graph with this kg (`kg build PATH --out DIR`): the extraction cache makes it quick",
        )


def _execute(store, nq: NamedQuery, text: str, params: Mapping[str, object], subs: dict):
    """``store.query(text)`` with kg's prefixes and the substitutions; errors as :class:`QueryError`."""
    try:
        return store.query(text, prefixes=PREFIXES, substitutions=subs or None)
    except SyntaxError as e:
        unknown = unknown_prefixes(nq.text, PREFIXES)
        if unknown:
            raise QueryError(
                f"query {nq.name!r} uses the unknown prefix {unknown[0]}:",
                fix=f"declare it (PREFIX {unknown[0]}: <...>) or use one of kg's: {', '.join(list(PREFIXES)[:8])}, ...",
            ) from e
        raise QueryError(f"query {nq.name!r} is not valid SPARQL: {short_syntax_error(str(e))}", fix="check the query text") from e
    except RuntimeError as e:  # pyoxigraph: a substituted variable missing from the SELECT clause
        raise QueryError(
            f"query {nq.name!r} cannot take parameter(s) {', '.join(params)}: {e}",
            fix="name each parameter variable in the SELECT clause, outside any subquery",
        ) from e
    except OSError as e:
        raise QueryError(f"query {nq.name!r} failed: {e}", fix="check the graph and the query") from e

"""ORDER BY in Python for the rows of a SELECT, in Oxigraph's order.

Oxigraph compares two strings of an on-disk store by reading both from RocksDB at every
comparison, so sorting tens of thousands of rows by title costs tens of seconds on the 87K build
(``benchmarks/bench_scale.py``), while the rows themselves take a few seconds. When a query ends
with ``ORDER BY`` plain variables, :func:`split_order` takes that clause off; :func:`sort_rows`
then sorts the decoded rows the way SPARQL (and Oxigraph) orders them: unbound first, then IRIs
by their text, then literals of one datatype by value. A column it cannot order exactly (blank
nodes, language tags, mixed datatypes, other datatypes) makes it return ``None``, and the caller
lets Oxigraph sort instead.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["split_order", "sort_rows", "sort_positions", "column_keys", "as_solutions"]

_KEY = r"(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+)"
_ORDER_TAIL = re.compile(rf"\bORDER\s+BY\s+({_KEY}(?:\s+{_KEY})*)\s*$", re.IGNORECASE)
_ONE_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*\?(\w+)", re.IGNORECASE)

_XSD = "http://www.w3.org/2001/XMLSchema#"
_STRING = _XSD + "string"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong")}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def split_order(text: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """``(text without its final ORDER BY, [(variable, descending), ...])`` when the query ends
    with ``ORDER BY`` of plain variables (no LIMIT / OFFSET after it); else ``None``."""
    # blank whole-line comments (a "#" inside an IRI is no comment); keep offsets
    code = "".join(" " * len(line) if line.lstrip().startswith("#") else line for line in text.splitlines(keepends=True))
    m = _ORDER_TAIL.search(code)
    if m is None:
        return None
    keys = [(name, (how or "").upper() == "DESC") for how, name in _ONE_KEY.findall(m[1])]
    return text[: m.start()], keys


def _literal_value(datatype: str, lexical: str):
    """A Python value ordering as SPARQL orders literals of ``datatype``; None when not sure."""
    if datatype == _XSD + "string":
        return lexical
    try:
        if datatype in _INTEGERS:
            return int(lexical)
        if datatype == _XSD + "decimal":
            return Decimal(lexical)
        if datatype in (_XSD + "double", _XSD + "float"):
            value = float(lexical)
            return None if value != value else value  # NaN has no place in an order
    except (ValueError, InvalidOperation):
        return None
    if datatype == _XSD + "boolean" and lexical in ("true", "false"):
        return lexical == "true"
    if datatype == _XSD + "date" and _DATE.fullmatch(lexical):
        return lexical  # same-format dates without a time zone order as their text
    return None


#: Datatypes whose sort keys are also the Python values kg gives back (kg.query._py)
_PLAIN = {"", _XSD + "string", _XSD + "integer"}


def column_keys(column) -> list | None:
    """Sort keys ordering one column's terms as SPARQL does; ``None`` when it cannot be exact."""
    return _keys(column)[0]


def _keys(column) -> tuple[list | None, str | None]:
    """``(keys, datatype)``. A column of IRIs only (datatype ``""``), or of literals of one datatype
    only, gets plain values as keys: comparing two strings is much cheaper than two tuples. A
    column with unbound values or mixed kinds gets ``(rank, value)`` keys and datatype ``None``."""
    import pyoxigraph as ox

    named, literal = ox.NamedNode, ox.Literal
    values: list = []
    ranks: list[int] = []  # 0 unbound, 1 IRI, 2 literal
    datatype = None
    for term in column:
        kind = type(term)
        if term is None:
            values.append(0)
            ranks.append(0)
        elif kind is named:
            values.append(term.value)
            ranks.append(1)
        elif kind is literal and not term.language:
            this = term.datatype.value
            if datatype is None:
                datatype = this
            elif this != datatype:
                return None, None
            value = term.value if this == _STRING else _literal_value(this, term.value)
            if value is None:
                return None, None
            values.append(value)
            ranks.append(2)
        else:
            return None, None
    kinds = set(ranks)
    if len(kinds) == 1 and 0 not in kinds:
        return values, ("" if 1 in kinds else datatype)
    return list(zip(ranks, values)), None


def sort_positions(columns: list, descending: list[bool]) -> tuple[list[int], list[list | None]] | None:
    """The row positions in the order of the key ``columns`` (each a sequence of terms, one per
    row; the first the major key), and per key column its keys when they are also the Python
    values of its terms (IRIs' text, strings, integers: no need to read them twice), else None.
    ``None`` when a column cannot be ordered exactly."""
    positions = list(range(len(columns[0]) if columns else 0))
    plain: list[list | None] = [None] * len(columns)
    for at in reversed(range(len(columns))):  # stable sorts, last key first
        keys, datatype = _keys(columns[at])
        if keys is None:
            return None
        positions.sort(key=keys.__getitem__, reverse=descending[at])
        plain[at] = keys if datatype in _PLAIN else None
    return positions, plain


def sort_rows(rows: list[tuple], variables: list[str], order: list[tuple[str, bool]]) -> list[tuple] | None:
    """``rows`` (tuples of pyoxigraph terms, one per variable) sorted by ``order``; ``None`` when
    a key is not a column or a column holds terms this module cannot order exactly as Oxigraph."""
    index = {v: i for i, v in enumerate(variables)}
    if any(name not in index for name, _ in order):
        return None
    done = sort_positions([[row[index[name]] for row in rows] for name, _ in order], [d for _, d in order])
    return None if done is None else [rows[p] for p in done[0]]


def as_solutions(rows: list[tuple], variables: list[str]):
    """``rows`` as pyoxigraph query solutions in this order (from a ``VALUES`` block on an empty
    store), so pyoxigraph serialises them exactly as it would its own; ``None`` when a term has no
    SPARQL syntax in ``VALUES`` (blank nodes, quoted triples)."""
    import pyoxigraph as ox

    cells = []
    for row in rows:
        if any(t is not None and not isinstance(t, (ox.NamedNode, ox.Literal)) for t in row):
            return None
        cells.append("(" + " ".join("UNDEF" if t is None else str(t) for t in row) + ")")
    names = " ".join(f"?{v}" for v in variables)
    return ox.Store().query(f"SELECT {names} WHERE {{ VALUES ({names}) {{ {' '.join(cells)} }} }}")

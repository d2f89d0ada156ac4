"""Where the bytes of a graph.nq are: quads and bytes per graph and predicate, largest first.

    .venv/bin/python benchmarks/nq_bytes.py OUT/graph.nq [--top 30] [--terms]

Prints the evidence records of the named graph (one ``rdf:subject`` each) with their quads and
bytes per record, then one row per (graph, predicate): quads, MB, share of the file, bytes per
quad. With ``--terms``, also the bytes per (graph, position, kind of term): subjects and objects
by the kind of IRI kg mints (``kgid:paper``, ``kgid:evidence``, ...) or other IRI, literals by
their predicate, the predicates, and the graph name with the line's separators, which is where
the bytes of a layout go (shorter IRIs, fewer quads). kg writes no blank nodes, so the predicate
is the second space-separated term of a line; a line is in the named graph when it ends with it
(kg writes no other).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


_SUBJECT = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>"


def tally(path: Path, graph: str) -> tuple[Counter, Counter, int]:
    """(quads, bytes) per (in ``graph``, predicate) and the file's size in bytes."""
    n, size = Counter(), Counter()
    total = 0
    tail = f" <{graph}> .\n".encode()
    with open(path, "rb") as fh:
        for line in fh:
            total += len(line)
            key = (line.endswith(tail), line.split(b" ", 2)[1].decode())
            n[key] += 1
            size[key] += len(line)
    return n, size, total


_KGID = b"<https://w3id.org/kg/id/"


def _kind(term: bytes) -> str:
    if term.startswith(_KGID):
        return "kgid:" + term[len(_KGID):].split(b"/", 1)[0].decode()
    return "IRI" if term.startswith(b"<") else "literal"


def term_bytes(path: Path, graph: str) -> tuple[Counter, Counter]:
    """(bytes, terms) per (in ``graph``, position, kind): subject, predicate, object, and the rest
    of the line (the graph name and separators, or " ." for the default graph)."""
    size, n = Counter(), Counter()
    tail = f" <{graph}> .\n".encode()
    with open(path, "rb") as fh:
        for line in fh:
            named = line.endswith(tail)
            s, p, rest = line.split(b" ", 2)
            o = rest[: -len(tail)] if named else rest[:-3]
            kind = _kind(o)
            if kind == "literal":
                kind = "literal of " + p.decode().rsplit("/", 1)[-1].rstrip(">")
            for key, b in ((("subject", _kind(s)), len(s) + 1), (("predicate", ""), len(p) + 1), (("object", kind), len(o)),
                           (("graph name, separators", ""), len(line) - len(s) - len(p) - len(o) - 2)):
                size[(named, *key)] += b
                n[(named, *key)] += 1
    return size, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("nquads", type=Path)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--graph", default="https://w3id.org/kg/id/provenance", help="the named graph to count apart")
    ap.add_argument("--terms", action="store_true", help="also bytes per position and kind of term")
    args = ap.parse_args()
    n, size, total = tally(args.nquads, args.graph)
    print(f"{args.nquads}: {total / 1e6:,.1f} MB, {sum(n.values()):,} quads")
    for named in (False, True):
        b, q = sum(v for k, v in size.items() if k[0] == named), sum(v for k, v in n.items() if k[0] == named)
        print(f"  {args.graph if named else 'default graph'}: {b / 1e6:,.1f} MB, {q:,} quads")
        records = n[(True, _SUBJECT)]
        if named and records:
            print(f"    {records:,} evidence records: {q / records:.2f} quads, {b / records:,.0f} bytes a record (the graph's own statements included)")
    print(f"{'graph':>10} {'predicate':<55} {'quads':>11} {'MB':>8} {'share':>6} {'B/quad':>7}")
    for key, b in size.most_common(args.top):
        g, p = key
        print(f"{'prov' if g else 'default':>10} {p:<55} {n[key]:>11,} {b / 1e6:>8.1f} {b / total:>6.1%} {b / n[key]:>7.0f}")
    if args.terms:
        size, count = term_bytes(args.nquads, args.graph)
        print(f"{'graph':>10} {'position':<24} {'kind':<32} {'terms':>11} {'MB':>8} {'share':>6} {'B/term':>7}")
        for (g, pos, kind), b in size.most_common(args.top):
            k = (g, pos, kind)
            print(f"{'prov' if g else 'default':>10} {pos:<24} {kind:<32} {count[k]:>11,} {b / 1e6:>8.1f} {b / total:>6.1%} {b / count[k]:>7.0f}")


if __name__ == "__main__":
    main()

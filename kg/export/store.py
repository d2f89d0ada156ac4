"""The on-disk Oxigraph store of a build (``OUT/store``), and the VoID description of the dataset.

``kg query``, :func:`kg.load` and the API open the store read-only in place
(:func:`kg.query.open_store`) instead of parsing graph.nq into memory at every call. The store
is bulk-loaded from the N-Quads text (from graph.nq when the build wrote it, so Rust parses the
file and no Python generates the statements twice), into a temporary folder renamed into place
once complete; a stamp file written last marks it finished.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..errors import ExportError
from ..query import STORE_DIR, STORE_STAMP

__all__ = ["write_store_dir", "void_quads", "write_void"]


def write_store_dir(out: Path, *, nquads: Path | None = None, lines: Iterable[str] | None = None) -> dict:
    """Bulk-load ``nquads`` (a file) or ``lines`` (N-Quads text) into ``out/store``; returns stats."""
    import pyoxigraph as ox

    from .rdf import _ChunkReader

    out = Path(out)
    tmp = out / f".{STORE_DIR}.tmp-{os.getpid()}"
    final = out / STORE_DIR
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        store = ox.Store(str(tmp))
        # lenient: skips re-validating IRIs kg's writers already made safe (safe_iri), ~15% less CPU
        if nquads is not None:
            store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)
        else:
            store.bulk_load(_ChunkReader(lines or ()), ox.RdfFormat.N_QUADS, lenient=True)
        size = len(store)
        store.flush()
        del store  # closes the database before its folder moves
        stats = {"quads": size, "kg_version": __version__, "source": nquads.name if nquads else None}
        (tmp / STORE_STAMP).write_text(json.dumps(stats), encoding="utf-8")
        if final.exists():  # the previous build's store; rename first so a reader never sees a mix
            old = out / f".{STORE_DIR}.old-{os.getpid()}"
            os.replace(final, old)
            shutil.rmtree(old, ignore_errors=True)
        os.replace(tmp, final)
    except (OSError, SyntaxError, ValueError) as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"{final}: writing the Oxigraph store failed ({e})", fix="check free disk space and permissions") from e
    return stats


# ---- VoID --------------------------------------------------------------------------------------
_VOID = "http://rdfs.org/ns/void#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def _rows(store, text: str) -> list[tuple]:
    return [tuple(t.value if t is not None else None for t in sol) for sol in store.query(text)]


def _vocabulary(iri: str) -> str | None:
    """The namespace of a term among kg's prefixes (the longest that matches), else None."""
    from ..vocab import PREFIXES

    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    return None if best is None or best == PREFIXES.get("kgid") else best


def void_quads(store, *, title: str = "kg") -> list:
    """A VoID description of the dataset in ``store``: triples, entities per class, properties and
    the vocabularies used, for the facts (default graph) and each named graph (the provenance).

    Every node has a stable IRI under ``kgid:void`` (no blank nodes), derived from what it describes.
    """
    import pyoxigraph as ox

    from ..model import short_hash
    from ..vocab import ID

    base = str(ID["void"])  # partitions: kgid:void/class/<hash of the class IRI>, ...
    N, L = ox.NamedNode, ox.Literal
    V = {k: N(_VOID + k) for k in ("Dataset", "triples", "entities", "classes", "properties", "vocabulary",
                                     "classPartition", "propertyPartition", "class", "property", "subset", "uriSpace")}
    a = N(_RDF_TYPE)

    def num(n) -> ox.Literal:
        return L(str(int(n)), datatype=N(_XSD_INTEGER))

    out: list = []
    parts: list = []  # after the datasets, so each partition is written as one block

    def describe(ds: ox.NamedNode, graph: str | None, label: str) -> None:
        pattern = "{ ?s ?p ?o }" if graph is None else f"{{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        props = _rows(store, f"SELECT ?p (COUNT(*) AS ?n) WHERE {pattern} GROUP BY ?p")
        typed = pattern.replace("?p ?o", "<" + _RDF_TYPE + "> ?c")
        classes = _rows(store, f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {typed} GROUP BY ?c")
        (entities,) = _rows(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {typed}")[0]
        out.extend([
            ox.Triple(ds, a, V["Dataset"]),
            ox.Triple(ds, N("http://purl.org/dc/terms/title"), L(label)),
            ox.Triple(ds, V["triples"], num(sum(int(n) for _, n in props))),
            ox.Triple(ds, V["entities"], num(entities)),
            ox.Triple(ds, V["classes"], num(len(classes))),
            ox.Triple(ds, V["properties"], num(len(props))),
        ])
        for vocab in sorted({v for iri, _ in props + classes if (v := _vocabulary(iri))}):
            out.append(ox.Triple(ds, V["vocabulary"], N(vocab)))
        for cls, n in sorted(classes):
            part = N(f"{ds.value}/class/{short_hash(cls, 12)}")
            out.append(ox.Triple(ds, V["classPartition"], part))
            parts.extend([ox.Triple(part, V["class"], N(cls)), ox.Triple(part, V["entities"], num(n))])
        for prop, n in sorted(props):
            part = N(f"{ds.value}/property/{short_hash(prop, 12)}")
            out.append(ox.Triple(ds, V["propertyPartition"], part))
            parts.extend([ox.Triple(part, V["property"], N(prop)), ox.Triple(part, V["triples"], num(n))])

    root = N(base)
    out.append(ox.Triple(root, V["uriSpace"], L(str(ID))))
    describe(root, None, f"{title}: facts (default graph)")
    for graph in sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)):
        sub = N(f"{base}/graph/{short_hash(graph, 12)}")
        out.append(ox.Triple(root, V["subset"], sub))
        out.append(ox.Triple(sub, N("http://www.w3.org/ns/sparql-service-description#name"), N(graph)))
        describe(sub, graph, f"{title}: named graph <{graph}>")
    return out + parts


def write_void(store, path: Path, *, title: str = "kg") -> None:
    """Write :func:`void_quads` of ``store`` as Turtle to ``path``."""
    import pyoxigraph as ox

    from ..vocab import PREFIXES

    from ..vocab import ID

    # the vocabularies only: kg's resource prefixes would make every partition IRI a pname
    vocabularies = {k: v for k, v in PREFIXES.items() if not v.startswith(str(ID))}
    prefixes = {**vocabularies, "void": _VOID, "sd": "http://www.w3.org/ns/sparql-service-description#"}
    ox.serialize(void_quads(store, title=title), str(path), ox.RdfFormat.TURTLE, prefixes=prefixes)

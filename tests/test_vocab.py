"""docs/vocabulary.md documents every term kg writes; the namespaces refuse misspelt terms."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from test_query_support import ROOT, fixture_graph

from kg import vocab
from kg.export.rdf import Lit, alignment_quads, quads

DOC = ROOT / "docs" / "vocabulary.md"
RDF_PY = ROOT / "kg" / "export" / "rdf.py"
PROVENANCE_PY = ROOT / "kg" / "export" / "provenance.py"
SCHEMA_PY = ROOT / "kg" / "schema.py"
NAMESPACES = {name: getattr(vocab, name) for name in ("KG", "SCHEMA", "LPWC", "LPWCP", "FABIO", "OWL", "DCTERMS", "PROV", "RDF", "RDFS", "SKOS", "XSD")}
STRICT = ("KG", "SCHEMA", "LPWC", "LPWCP", "FABIO", "OWL")
ID = str(vocab.ID)


def doc_rows() -> dict[str, str]:
    """Prefixed term -> its table row, from every table of the vocabulary document."""
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^\| `([\w-]+:[\w-]+)` \| `([^`]+)` \|(.+)\|$", line):
            rows[m[1]] = line
            assert m[3].strip(), f"{m[1]} has no meaning"
    return rows


def prefixed(iri: str) -> str:
    ns = max((ns for ns in vocab.PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    assert ns is not None, f"{iri} is in no namespace kg binds"
    prefix = next(p for p, n in vocab.PREFIXES.items() if n == ns)
    return f"{prefix}:{iri[len(ns):]}"


def assert_documented(iri: str) -> None:
    term = prefixed(iri)
    row = doc_rows().get(term)
    assert row is not None, f"{term} is written by kg but has no row in docs/vocabulary.md"
    assert f"`{iri}`" in row, f"the row of {term} does not give its IRI {iri}"


def _iris_views(tree: ast.AST) -> dict[str, str]:
    """Names bound to ``iris(NS)`` views in a module: ``_K = iris(KG)`` and
    ``K, SC = (iris(ns) for ns in (KG, SCHEMA))`` -> {"_K": "KG", "K": "KG", "SC": "SCHEMA"}."""
    views = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target, value = node.targets[0], node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "iris" and isinstance(target, ast.Name):
            views[target.id] = value.args[0].id
        elif isinstance(value, ast.GeneratorExp) and isinstance(target, ast.Tuple):
            spaces = value.generators[0].iter
            if isinstance(spaces, ast.Tuple):
                views.update({t.id: n.id for t, n in zip(target.elts, spaces.elts)})
    return views


def terms_in_rdf_py() -> set[str]:
    """IRIs of every ``KG.x`` / ``SCHEMA.x`` ... attribute, or attribute of an ``iris(NS)`` view,
    that the RDF writer and the schema mention."""
    found = set()
    for path in (RDF_PY, PROVENANCE_PY, SCHEMA_PY):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n: n for n in NAMESPACES} | _iris_views(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and names.get(node.value.id) in NAMESPACES:
                found.add(str(getattr(NAMESPACES[names[node.value.id]], node.attr)))
    return found


def terms_in_output() -> set[str]:
    """Predicates, classes and datatypes in the quads of a graph using every relation kg has."""
    found = set()
    for s, p, o, _ in [*quads(fixture_graph().graph), *alignment_quads()]:
        found.add(p)
        if p == str(vocab.RDF.type) or p.startswith("http://www.w3.org/2002/07/owl#") or p.endswith(("subClassOf", "subPropertyOf")):
            found.add(o)
            if not s.startswith(ID):
                found.add(s)
        if isinstance(o, Lit) and o.datatype:
            found.add(o.datatype)
    return found


def test_vocab_rdf_py_finds_the_terms_it_should():
    assert len(terms_in_rdf_py()) > 50 and str(vocab.KG.proposes) in terms_in_rdf_py()


@pytest.mark.parametrize("iri", sorted(terms_in_rdf_py()))
def test_vocab_every_term_named_in_rdf_py_is_documented(iri):
    assert_documented(iri)


@pytest.mark.parametrize("iri", sorted(terms_in_output()))
def test_vocab_every_term_in_the_written_rdf_is_documented(iri):
    assert_documented(iri)


@pytest.mark.parametrize("ns", STRICT)
def test_vocab_every_declared_term_is_documented(ns):
    for name in NAMESPACES[ns].__annotations__:
        assert_documented(str(getattr(NAMESPACES[ns], name)))


def test_vocab_every_documented_kg_term_is_declared():
    for term in doc_rows():
        prefix, name = term.split(":")
        if prefix in ("kg", "schema", "lpwc", "lpwcp", "fabio", "owl"):
            ns = {"kg": "KG", "schema": "SCHEMA", "lpwc": "LPWC", "lpwcp": "LPWCP", "fabio": "FABIO", "owl": "OWL"}[prefix]
            assert name in NAMESPACES[ns].__annotations__, f"{term} is documented but not declared in kg/vocab.py"


def test_vocab_every_prefix_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for prefix, ns in vocab.PREFIXES.items():
        assert f"`{prefix}`" in text, prefix
        assert f"`{ns}`" in text or prefix in ("paper", "method", "dataset", "task", "metric", "repository", "webpage", "organization", "evidence", "result", "activity")


@pytest.mark.parametrize(
    "ns, typo",
    [("KG", "propose"), ("KG", "usesDatasets"), ("KG", "method"), ("SCHEMA", "Datset"), ("SCHEMA", "codeRepo"), ("LPWC", "Paper"), ("LPWCP", "hasOfficialRepo"), ("FABIO", "hasArxivId")],
)
def test_vocab_misspelt_term_raises_instead_of_minting_an_iri(ns, typo):
    with pytest.raises(AttributeError):
        getattr(NAMESPACES[ns], typo)


def test_vocab_document_is_linked_from_the_module():
    assert "docs/vocabulary.md" in (vocab.__doc__ or "")
    assert Path(DOC).is_file()

"""The hand-written N-Quads / N-Triples / Turtle writers escape every string and parse back equal."""

from __future__ import annotations


import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export.rdf import to_rdflib, write_rdf
from kg.graph import build_graph
from kg.model import Extraction, Mention, Paper, Role, Source

NASTY = [
    'quote " and backslash \\ and \\" both',
    "new\nline, carriage\rreturn, tab\t, bell \x07 and NUL-free control \x1f",
    "unicode: Zürich — 東京 🙂 and line sep \u2028 para sep \u2029",
    "ends with backslash \\",
    "<script>alert(1)</script> & 'single' quotes",
]


@pytest.fixture(scope="module")
def nasty_graph():
    exs = []
    for i, text in enumerate(NASTY):
        abstract = f"We propose Foo{i}. {text} We evaluate on HDTF."
        p = Paper(title=f"Foo{i}: {text}", abstract=abstract, source=Source("t.txt", i + 1), date="Jul 16")
        start = abstract.index("HDTF")
        exs.append(Extraction(p, (
            Mention(Role.PROPOSED, f"Foo{i}", "abstract", 11, 11 + len(f"Foo{i}"), abstract, "test:proposed", 0.9),
            Mention(Role.DATASET, "HDTF", "abstract", start, start + 4, abstract, "test", 1.0),
            Mention(Role.CODE_URL, 'https://github.com/a/b](https://github.com/a/b"x', "abstract", 0, 3, text, "test", 0.5),
        )))
    return build_graph(exs)


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("ntriples", "nt")])
def test_rdf_text_plain_formats_parse_back_isomorphic(nasty_graph, tmp_path, fmt, rdflib_format):
    path = tmp_path / f"g.{fmt}"
    write_rdf(nasty_graph, path, fmt)
    parsed = Graph().parse(path, format=rdflib_format)
    assert isomorphic(parsed, to_rdflib(nasty_graph))
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES)
    assert len(store) == len(parsed)


def test_rdf_text_nquads_parse_back_with_provenance(nasty_graph, tmp_path):
    path = tmp_path / "g.nq"
    write_rdf(nasty_graph, path, "nquads")
    ds = Dataset()
    ds.parse(path, format="nquads")
    expected = to_rdflib(nasty_graph, provenance=True)
    assert len(ds) == len(expected) > 0
    assert len(set(ds.quads((None, None, None, None)))) == len(set(expected.quads((None, None, None, None))))
    titles = {str(o) for _, p, o in ds.triples((None, None, None)) if str(p).endswith("/title")}
    assert {f"Foo{i}: {t}" for i, t in enumerate(NASTY)} <= titles

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_rdf_text_a_name_two_authors_share_is_written_once(tmp_path):
    """Namesakes among a paper's authors (and a repeated keyword) are one RDF statement: graph.nq
    states it once, and the count of authors stays in kg:authorCount."""
    p = Paper(title="Twins", abstract="We evaluate on HDTF.", source=Source("t.txt", 1),
              authors=["Jie Zhou", "Le Tian", "Jie Zhou"], keywords=["faces", "faces", "video"])
    g = build_graph([Extraction(p, (Mention(Role.DATASET, "HDTF", "abstract", 15, 19, p.abstract, "test", 1.0),))])
    write_rdf(g, tmp_path / "g.nq", "nquads")
    lines = (tmp_path / "g.nq").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines))
    creators = [ln for ln in lines if "/dc/terms/creator>" in ln]
    assert sorted(c.split("> ", 2)[2] for c in creators) == ['"Jie Zhou" .', '"Le Tian" .']
    assert sum("schema.org/keywords>" in ln for ln in lines) == 2
    assert any('vocab#authorCount> "3"' in ln for ln in lines)

"""The HTML explorer's Python side: the page it writes, its embedded data and its layout."""

from __future__ import annotations

import json
import re
from importlib import resources

import networkx as nx
import numpy as np
import pytest
from pyvis.network import Network

import kg.export.html as html_writer
from kg.errors import ExportError
from kg.export.html import (
    DEFAULT_MAX_NODES,
    explorer_data,
    explorer_network,
    json_for_script,
    write_html,
)
from kg.export.html_layout import layout_positions

IRI = "https://w3id.org/kg/id/"


def _graph(n_papers: int = 3) -> nx.MultiDiGraph:
    """Papers that all use COCO, each proposing its own method, after docs/graph-model.md."""
    g = nx.MultiDiGraph()
    g.add_node("dataset/coco", kind="dataset", label="COCO", iri=IRI + "dataset/coco",
               aliases=["MS COCO"], papers=n_papers)
    g.add_node("task/detection", kind="task", label="object detection",
               iri=IRI + "task/detection", aliases=[], papers=n_papers)
    for i in range(n_papers):
        pid, mid = f"paper/p{i}", f"method/m{i}"
        abstract = f"We propose M{i} and test it on COCO."
        g.add_node(pid, kind="paper", label=f"Paper {i}: a long subtitle that goes on",
                   iri=IRI + pid, title=f"Paper {i}: a long subtitle that goes on",
                   abstract=abstract, date="Jul 16" if i % 2 else f"202{i}-01-02",
                   year=None if i % 2 else 2020 + i, upvotes=i, sources=["x#1"],
                   mentions=[{"field": "abstract", "start": 11, "end": 11 + len(f"M{i}"),
                              "role": "proposes", "text": f"M{i}", "entity": mid},
                             {"field": "abstract", "start": abstract.index("COCO"),
                              "end": abstract.index("COCO") + 4, "role": "uses_dataset",
                              "text": "COCO", "entity": "dataset/coco"}])
        g.add_node(mid, kind="method", label=f"M{i}", iri=IRI + mid, aliases=[], papers=1,
                   introduced_by=pid)
        ev = [{"field": "abstract", "start": 0, "end": 5, "sentence": abstract,
               "rule": "r", "confidence": 0.9, "text": "COCO"}]
        g.add_edge(pid, "dataset/coco", key="uses_dataset", relation="uses_dataset",
                   evidence=ev, confidence=0.9, value=None)
        g.add_edge(pid, mid, key="proposes", relation="proposes", evidence=ev, confidence=0.9,
                   value=None)
        g.add_edge(pid, "task/detection", key="addresses_task", relation="addresses_task",
                   evidence=[], confidence=0.8, value=None)
    return g


def _embedded(page: str, element: str = "kg-data") -> dict:
    m = re.search(rf'<script id="{element}" type="application/json">(.*?)</script>', page, re.S)
    assert m, f"the page has no {element} element"
    return json.loads(m.group(1))


_JSON_ELEMENTS = re.compile(r'<script id="kg-[a-z]+" type="application/json">.*?</script>', re.S)
# What would make a browser fetch something: a URL in src=/href=/action=, a CSS url() or
# @import, a <link> or <base> element (a script that loads one would set src/href too).
_FETCH = re.compile(r"""(?:\b(?:src|href|action|srcset)\s*=\s*["']?\s*|url\(\s*["']?\s*)"""
                    r"""(?:https?:)?//|@import|<link\b|<base\b""", re.I)


def _external_references(page: str) -> list[str]:
    """Fetching references outside the JSON data elements (whose URLs the page shows as text)."""
    return _FETCH.findall(_JSON_ELEMENTS.sub("", page))


def test_html_write_returns_stats_and_writes_one_offline_file(tmp_path):
    out = tmp_path / "sub" / "graph.html"
    stats = write_html(_graph(), out, title="My graph")
    page = out.read_text(encoding="utf-8")
    assert stats["nodes"] == 8 and stats["edges"] == 9 and stats["left_out"] == 0
    assert "<title>My graph</title>" in page
    # Nothing loaded from elsewhere: every script and style is inline.
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


@pytest.mark.parametrize("text", [
    "</script><script>alert(1)</script>",
    "<!-- <script>",
    "a & b > c",
    "line\u2028separator\u2029paragraph",
])
def test_html_json_for_script_cannot_break_out_of_the_script_element(text):
    encoded = json_for_script({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded and "\u2029" not in encoded
    assert json.loads(encoded) == {"t": text}


def test_html_hostile_title_stays_inside_the_data_element(tmp_path):
    g = _graph(1)
    g.nodes["paper/p0"]["title"] = g.nodes["paper/p0"]["label"] = "</script><script>x()</script>"
    write_html(g, tmp_path / "g.html", title="<b>t</b>")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script>x()" not in page
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    data = _embedded(page)
    assert data["details"][_index(data, "paper/p0")]["title"] == "</script><script>x()</script>"


def _index(data: dict, node_id: str) -> int:
    return next(i for i, d in enumerate(data["details"]) if d["id"] == node_id)


def test_html_abstract_segments_follow_the_mention_offsets():
    data = explorer_data(_graph(1))
    segs = data["details"][_index(data, "paper/p0")]["abstract"]
    assert "".join(s[0] for s in segs) == "We propose M0 and test it on COCO."
    marked = {s[0]: data["details"][s[1]]["id"] for s in segs if s[1] >= 0}
    assert marked == {"M0": "method/m0", "COCO": "dataset/coco"}


@pytest.mark.parametrize("bad", [
    {"field": "abstract", "start": 5, "end": 500, "entity": "dataset/coco"},   # past the end
    {"field": "abstract", "start": 9, "end": 3, "entity": "dataset/coco"},     # reversed
    {"field": "abstract", "start": "x", "end": 3, "entity": "dataset/coco"},   # not a number
    {"field": "title", "start": 0, "end": 2, "entity": "dataset/coco"},        # other field
])
def test_html_abstract_segments_ignore_unusable_mentions(bad):
    g = _graph(1)
    g.nodes["paper/p0"]["mentions"] = [bad]
    data = explorer_data(g)
    segs = data["details"][_index(data, "paper/p0")]["abstract"]
    assert segs == [["We propose M0 and test it on COCO.", -1, ""]]


def test_html_paper_years_group_dates_without_a_year_as_undated():
    data = explorer_data(_graph(4))
    assert data["overview"]["years"] == [["2020", 1], ["2022", 1], ["undated", 2]]


def test_html_overview_ranks_entities_by_papers():
    data = explorer_data(_graph(3))
    top = data["overview"]["datasets"]
    assert [data["details"][i]["id"] for i, _ in top] == ["dataset/coco"]
    assert top[0][1] == 3


def test_html_cooccurrence_links_entities_sharing_papers_weighted_by_count():
    data = explorer_data(_graph(3))
    ids = {(data["details"][a]["id"], data["details"][b]["id"]): w for a, b, w in data["cooc"]}
    assert ids[("dataset/coco", "task/detection")] == 3
    assert ids[("dataset/coco", "method/m0")] == 1
    assert all("paper/" not in a and "paper/" not in b for a, b in ids)


def test_html_max_nodes_keeps_the_most_connected_and_counts_what_was_left_out(tmp_path):
    stats = write_html(_graph(10), tmp_path / "g.html", max_nodes=5)
    data = _embedded((tmp_path / "g.html").read_text(encoding="utf-8"))
    kept = {d["id"] for d in data["details"]}
    assert stats["nodes"] == 5 and stats["left_out"] == 17
    assert {"dataset/coco", "task/detection"} <= kept
    assert sum(stats["left_out_by_kind"].values()) == 17
    assert all(kept >= {data["details"][e[0]]["id"], data["details"][e[1]]["id"]}
               for e in data["edges"])


@pytest.mark.parametrize("bad", [0, -3, 2.5, "10"])
def test_html_max_nodes_must_be_a_positive_integer(tmp_path, bad):
    with pytest.raises(ExportError, match="max_nodes"):
        write_html(_graph(1), tmp_path / "g.html", max_nodes=bad)


def test_html_empty_graph_writes_a_page(tmp_path):
    stats = write_html(nx.MultiDiGraph(), tmp_path / "g.html")
    assert stats["nodes"] == 0 and stats["edges"] == 0
    assert _embedded((tmp_path / "g.html").read_text(encoding="utf-8"))["nodes"] == []


def test_html_paper_labels_are_short_and_keep_the_full_title():
    data = explorer_data(_graph(1))
    node = data["nodes"][_index(data, "paper/p0")]
    assert node["l"] == "Paper 0"
    assert node["t"] == "Paper 0: a long subtitle that goes on"


@pytest.mark.parametrize("n", [0, 1, 2, 50, 800])
def test_html_layout_gives_finite_distinct_positions(n):
    pairs = [(i, (i * 7 + 1) % n) for i in range(n) if n > 1 and i != (i * 7 + 1) % n]
    pos = layout_positions(n, pairs)
    assert pos.shape == (n, 2) and np.isfinite(pos).all()
    if n > 1:
        assert len({tuple(np.round(p, 3)) for p in pos}) == n


def test_html_layout_puts_neighbours_closer_than_strangers():
    # Two stars: leaves should sit near their own hub.
    pairs = [(0, i) for i in range(2, 30)] + [(1, i) for i in range(30, 58)]
    pos = layout_positions(58, pairs)
    own = np.linalg.norm(pos[2:30] - pos[0], axis=1).mean()
    other = np.linalg.norm(pos[2:30] - pos[1], axis=1).mean()
    assert own < other


def test_html_unwritable_path_raises_export_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="could not write"):
        write_html(_graph(1), tmp_path / "file" / "g.html")


def test_html_max_nodes_breaks_ties_towards_papers_datasets_then_tasks():
    g = nx.MultiDiGraph()
    g.add_node("paper/p", kind="paper", label="P", iri=IRI + "paper/p", title="P")
    for node in ("webpage/w", "repository/r", "method/m", "task/t", "dataset/d"):
        g.add_node(node, kind=node.split("/")[0], label=node, iri=IRI + node, aliases=[], papers=1)
        g.add_edge("paper/p", node, key="x", relation="x", evidence=[], confidence=1.0, value=None)
    data = explorer_data(g, max_nodes=3)
    assert {d["id"] for d in data["details"]} == {"paper/p", "dataset/d", "task/t"}
    assert data["stats"]["left_out_by_kind"] == {"method": 1, "repository": 1, "webpage": 1}


def test_html_network_is_built_by_pyvis_and_embedded_as_it_built_it(tmp_path, monkeypatch):
    built = []

    class Recorded(Network):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            built.append(self)

    monkeypatch.setattr(html_writer, "Network", Recorded)
    stats = write_html(_graph(3), tmp_path / "g.html", title="T")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    net, data = _embedded(page, "kg-network"), _embedded(page)
    assert len(built) == 1 and built[0].heading == "T"
    assert net["nodes"] == built[0].nodes and net["edges"] == built[0].edges
    assert net["options"] == built[0].options
    # One vis node per graph node, with its kind as vis group; one edge per relation, plus the
    # co-occurrence links of the "entities only" view.
    assert sorted(n["id"] for n in net["nodes"]) == list(range(stats["nodes"])) == list(range(8))
    assert all(n["group"] == data["nodes"][n["id"]]["k"] for n in net["nodes"])
    assert {n["group"] for n in net["nodes"]} <= set(net["options"]["groups"])
    relations = [e for e in net["edges"] if e["id"].startswith("e")]
    cooc = [e for e in net["edges"] if e["id"].startswith("c")]
    assert len(relations) == stats["edges"] == 9 and len(cooc) == stats["cooccurrence_edges"]
    assert [(e["from"], e["to"]) for e in relations] == [(e[0], e[1]) for e in data["edges"]]
    assert net["options"]["physics"]["enabled"] is True and data["physics"] is True
    # The vis-network bundle inlined is the one pyvis ships.
    vis = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    assert f"<script>{vis.read_text(encoding='utf-8')}</script>" in page


def test_html_page_references_nothing_outside_itself_unlike_pyvis_own_pages(tmp_path):
    g = _graph(2)
    g.nodes["paper/p0"]["url"] = "https://arxiv.org/abs/2401.00001"  # data, shown as a link
    write_html(g, tmp_path / "g.html")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "https://arxiv.org/abs/2401.00001" in page
    assert _external_references(page) == []
    assert not re.search(r"cdnjs|jsdelivr|unpkg|tom-select|bootstrap", page, re.I)
    # The check can fail: pyvis's own template references CDNs whatever cdn_resources says.
    for mode in ("in_line", "remote"):
        own = Network(cdn_resources=mode)
        own.add_node(1, label="a")
        assert _external_references(own.generate_html()) != [], mode


@pytest.mark.parametrize("n_entities, physics, arrows", [(5, True, "to"), (320, False, "to"),
                                                          (420, False, "")])
def test_html_network_turns_physics_off_past_300_nodes_and_arrows_past_400(
        n_entities, physics, arrows):
    g = nx.MultiDiGraph()
    g.add_node("paper/p", kind="paper", label="P", iri=IRI + "paper/p", title="P")
    for i in range(n_entities):
        g.add_node(f"task/t{i}", kind="task", label=f"t{i}", iri=IRI + f"task/t{i}", papers=1)
        g.add_edge("paper/p", f"task/t{i}", key="addresses_task", relation="addresses_task",
                   evidence=[], confidence=1.0, value=None)
    net = explorer_network(explorer_data(g))
    assert net.options["physics"]["enabled"] is physics
    assert {e["arrows"] for e in net.edges if e["id"].startswith("e")} == {arrows}
    assert all(np.isfinite([n["x"], n["y"]]).all() for n in net.nodes)


def test_html_write_caps_nodes_by_default_and_none_draws_all(tmp_path):
    g = nx.MultiDiGraph()
    for i in range(DEFAULT_MAX_NODES + 5):
        g.add_node(f"paper/p{i}", kind="paper", label=f"Paper {i}", iri=IRI + f"paper/p{i}")
    g.add_node("dataset/d", kind="dataset", label="D", iri=IRI + "dataset/d", papers=1)
    g.add_edge("paper/p0", "dataset/d", key="uses_dataset", relation="uses_dataset",
               evidence=[], confidence=1.0, value=None)
    capped = write_html(g, tmp_path / "capped.html")
    assert capped["nodes"] == DEFAULT_MAX_NODES and capped["left_out"] == 6
    every = write_html(g, tmp_path / "every.html", max_nodes=None)
    assert every["nodes"] == g.number_of_nodes() and every["left_out"] == 0
    # Past 1,500 nodes papers are drawn without labels (titles show on hover); entities keep theirs.
    net = _embedded((tmp_path / "every.html").read_text(encoding="utf-8"), "kg-network")
    labelled = {n["group"] for n in net["nodes"] if "label" in n}
    assert labelled == {"dataset"}


def _plain_keep_and_edges(graph, max_nodes):
    """What explorer_data keeps and draws, by networkx's public API (the reference of its fast paths)."""
    nodes = list(graph.nodes)
    if max_nodes is not None and len(nodes) > max_nodes:
        neighbours = {n: len(set(graph.predecessors(n)) | set(graph.successors(n))) for n in nodes}
        order = {k: i for i, k in enumerate(html_writer._KEEP_ORDER)}
        ranked = set(sorted(nodes, key=lambda n: (-neighbours[n], order.get(html_writer._kind(graph.nodes[n]), 99), str(n)))[:max_nodes])
        nodes = [n for n in nodes if n in ranked]
    kept = set(nodes)
    edges = [(u, v, k) for u, v, k in graph.edges(keys=True) if u in kept and v in kept]
    return nodes, edges


@pytest.mark.parametrize("max_nodes", [None, 1, 4, 7, 12, 40])
def test_html_kept_nodes_and_edges_are_those_a_plain_ranking_keeps_in_graph_order(max_nodes):
    g = _graph(9)
    g.add_node("method/lonely", kind="method", label="Lonely")  # no neighbour at all
    g.add_edge("paper/p0", "paper/p1", key="cites")
    nodes, edges = _plain_keep_and_edges(g, max_nodes)
    data = explorer_data(g, max_nodes=max_nodes)
    assert [d["t"] for d in data["nodes"]] == [html_writer._text(g.nodes[n].get("label")) or str(n) for n in nodes]
    assert [(nodes[e[0]], nodes[e[1]], e[2]) for e in data["edges"]] == [(u, v, g.edges[u, v, k].get("relation") or k) for u, v, k in edges]
    assert data["stats"]["total_edges"] == g.number_of_edges()
    left = {}
    for n in g.nodes:
        if n not in set(nodes):
            left[html_writer._kind(g.nodes[n])] = left.get(html_writer._kind(g.nodes[n]), 0) + 1
    assert data["stats"]["left_out_by_kind"] == dict(sorted(left.items()))

"""Write a graph as one self-contained HTML explorer that opens offline.

The network is a pyvis ``Network``: its nodes (positions, labels, shapes, kinds as vis groups),
its edges (paper relations and entity co-occurrence) and the vis-network options are built
with pyvis and rendered by pyvis through kg's own Jinja template (``assets/page.html``), which
inlines the vis-network bundle pyvis ships, so no request leaves the page. Positions are
computed in Python (``html_layout``; vis-network physics is too slow past a few hundred nodes).
What the page shows beside the drawing (details, abstracts, overview, the leaderboards of
``html_leaderboards``) is kg's JSON, in a
``<script type="application/json">`` element the page reads with ``JSON.parse``; so is pyvis's
network data. The page's own script (``assets/explorer.js``) sets every text from the data
with ``textContent``; only http(s) URLs become links, and no pyvis ``title`` (HTML tooltips)
is ever set.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import json
import math
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from jinja2 import TemplateError
from pyvis.network import Network

from kg.errors import ExportError
from kg.export.html_layout import layout_positions
from kg.export.html_leaderboards import leaderboard_data

__all__ = ["write_html", "explorer_data", "explorer_network", "render_page", "json_for_script",
           "KIND_STYLES", "DEFAULT_MAX_NODES"]

#: Most nodes drawn unless the caller says otherwise: past a few thousand the page gets slow.
DEFAULT_MAX_NODES = 2000

#: kind -> (legend label, colour, vis-network shape)
KIND_STYLES: dict[str, tuple[str, str, str]] = {
    "paper": ("Paper", "#8a96a8", "dot"),
    "method": ("Method", "#e4572e", "dot"),
    "dataset": ("Dataset", "#2e86de", "diamond"),
    "task": ("Task", "#17a673", "triangle"),
    "metric": ("Metric", "#f2a900", "square"),
    "repository": ("Repository", "#6c3fc4", "hexagon"),
    "webpage": ("Webpage", "#b0469b", "star"),
    "organization": ("Organization", "#795548", "triangleDown"),
}
_OTHER_STYLE = ("Other", "#9e9e9e", "dot")

# Entities whose co-occurrence (shared papers) is drawn in the "entities only" view.
_COOC_KINDS = ("method", "dataset", "task")
_PHYSICS_MAX_NODES = 300
_ARROWS_MAX_NODES = 400
# Past this many nodes paper labels are a wall of text: papers show their title on hover.
_BIG_GRAPH = 1500
_KEEP_ORDER = ("paper", "dataset", "task", "method", "metric", "organization", "repository",
               "webpage")
_COOC_MAX_EDGES = 6000
_EVIDENCE_PER_EDGE = 3
_TOP_N = 12
_LABEL_CHARS = 28
_UNDATED = "undated"

# The explorer is a template beside this module (a folder, so that Jinja can load it).
_ASSETS = Path(__file__).with_name("assets")
_PYVIS_VIS = "vis-9.1.2"  # the vis-network copy inside pyvis 0.3.x (templates/lib/)

_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def write_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    title: str = "kg",
) -> dict[str, Any]:
    """Write ``graph`` as an explorer page at ``path``; return what it shows.

    ``max_nodes`` keeps the most connected nodes (``None`` draws every node); the page says
    what was left out, by kind. Returns ``{"nodes", "edges", "left_out", "left_out_by_kind",
    "cooccurrence_edges", "leaderboards", "total_nodes", "total_edges", "cooccurrence_total",
    "leaderboards_total"}``: what the page shows, and of what.
    """
    data = explorer_data(graph, max_nodes=max_nodes, title=title)
    page = render_page(data, explorer_network(data))
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as e:
        raise ExportError(
            f"could not write the HTML explorer to {out}: {e.strerror or e}",
            fix="check that the folder exists and is writable, or choose another --output path",
        ) from e
    return dict(data["stats"])


def explorer_data(
    graph: nx.MultiDiGraph, *, max_nodes: int | None = None, title: str = "kg"
) -> dict[str, Any]:
    """Return the JSON-ready payload the page reads (nodes, edges, details, overview,
    leaderboards, stats)."""
    if max_nodes is not None and (not isinstance(max_nodes, int) or max_nodes < 1):
        raise ExportError(
            f"max_nodes must be a positive whole number, got {max_nodes!r}",
            fix="pass e.g. max_nodes=2000, or leave it out to show every node",
        )
    kept = _keep_most_connected(graph, max_nodes)
    kept_set = set(kept)
    left = _left_out_by_kind(graph, kept_set)
    index = {n: i for i, n in enumerate(kept)}

    edges, pair_set, relations_of = _kept_edges(graph, kept, kept_set, index)

    degree = Counter()
    for a, b in pair_set:
        degree[a] += 1
        degree[b] += 1

    nodes, details = [], []
    for i, n in enumerate(kept):
        a = graph.nodes[n]
        kind = _kind(a)
        label = _text(a.get("label")) or _text(a.get("title")) or str(n)
        papers = _int(a.get("papers"))
        if papers is None and kind != "paper":
            papers = len({e[0] for e in (edges[j] for j in relations_of[i]) if e[1] == i})
        nodes.append({
            "id": i,
            "k": kind,
            "l": _short_label(kind, label, a),
            "t": label,
            "d": degree[i],
            "p": papers or 0,
            "a": [_text(x) for x in a.get("aliases") or [] if _text(x)],
        })
        details.append(_details(n, a, kind, index))

    cooc, cooc_total = _cooccurrence(nodes, edges)
    boards = leaderboard_data(graph, index)
    stats = {
        "nodes": len(nodes),
        "edges": len(edges),
        "left_out": sum(left.values()),
        "left_out_by_kind": dict(sorted(left.items())),
        "cooccurrence_edges": len(cooc),
        "leaderboards": len(boards["tables"]),
    }
    return {
        "title": _text(title) or "kg",
        "stats": {**stats, "total_nodes": graph.number_of_nodes(),
                  "total_edges": sum(len(keyed) for nbrs in graph._succ.values() for keyed in nbrs.values()),
                  "cooccurrence_total": cooc_total,
                  "leaderboards_total": boards["total"]},
        "kinds": [{"k": k, "label": s[0], "color": s[1], "shape": s[2],
                   "count": sum(1 for n in nodes if n["k"] == k)}
                  for k, s in _kind_styles(nodes).items()],
        "physics": 2 <= len(nodes) <= _PHYSICS_MAX_NODES,
        "nodes": nodes,
        "edges": edges,
        "cooc": cooc,
        "details": details,
        "overview": _overview(nodes, edges, details),
        "leaderboards": boards,
    }


def _kept_edges(graph: nx.MultiDiGraph, kept: list[Any], kept_set: set, index: dict[Any, int]):
    """The edges between kept nodes in graph.edges' order (``[source, target, relation,
    evidence]``), the node pairs they join, and each kept node's edges."""
    edges, pair_set = [], set()
    relations_of: dict[int, list[int]] = defaultdict(list)
    succ = graph._succ  # networkx's adjacency: no step per edge left out
    for u in kept:  # in node order, as graph.edges goes
        iu = index[u]
        for v, keyed in succ[u].items():
            if v not in kept_set:
                continue
            iv = index[v]
            for key, attrs in keyed.items():
                rel = str(attrs.get("relation") or key)
                edges.append([iu, iv, rel, _evidence_sentences(attrs)])
                relations_of[iu].append(len(edges) - 1)
                relations_of[iv].append(len(edges) - 1)
                pair_set.add((min(iu, iv), max(iu, iv)))
    return edges, pair_set, relations_of


def explorer_network(data: dict[str, Any]) -> Network:
    """The pyvis ``Network`` the page draws, laid out here, from :func:`explorer_data`'s payload.

    Node ids are the payload's node indexes. Papers come first so that entities are drawn over
    them. Edge ids say which view an edge belongs to: ``e<i>`` is ``data["edges"][i]`` (papers
    and entities), ``c<i>`` is ``data["cooc"][i]`` (the "entities only" view).
    """
    nodes = data["nodes"]
    pairs = sorted({(min(e[0], e[1]), max(e[0], e[1])) for e in data["edges"]})
    xy = layout_positions(len(nodes), pairs).round(1).tolist()
    net = Network(heading=data["title"], directed=True, cdn_resources="in_line")
    net.node_ids = _NodeIds()
    big = len(nodes) > _BIG_GRAPH
    shapes = {k["k"]: k["shape"] for k in data["kinds"]}
    for n in sorted(nodes, key=lambda n: n["k"] != "paper"):
        paper = n["k"] == "paper"
        # Entities grow with the papers that use them; papers stay small so entities stand out.
        value = 1 + math.sqrt(n["d"]) if paper else 1 + 3 * max(n["p"], 1)
        net.add_node(n["id"], label=n["l"] or str(n["id"]), shape=shapes[n["k"]], group=n["k"],
                     x=xy[n["id"]][0], y=xy[n["id"]][1], value=value)
        if big and paper:
            del net.get_node(n["id"])["label"]  # pyvis puts the id where a label is empty
    # Arrows cost a frame of a big graph dearly; co-occurrence has no direction.
    arrows = "to" if len(nodes) <= _ARROWS_MAX_NODES else ""
    for i, (u, v, _rel, _ev) in enumerate(data["edges"]):
        net.add_edge(u, v, id=f"e{i}", arrows=arrows)
    for i, (a, b, w) in enumerate(data["cooc"]):
        net.add_edge(a, b, id=f"c{i}", arrows="", width=round(min(1 + math.log2(w) * 1.5, 8), 2),
                     color={"color": "rgba(46,134,222,0.35)", "highlight": "#1b5fa8",
                            "hover": "#1b5fa8"})
    # Network.set_options would strip every space from the JSON text ("Segoe UI" -> "SegoeUI");
    # a dict is what it leaves behind, and what get_network_data serialises.
    net.options = _vis_options(data)
    return net


class _NodeIds(list):
    """pyvis keeps node ids in a list that add_node and add_edge search (quadratic: ~0.7 s more
    for a 5,000-node page); this list answers ``in`` from a set."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, node_id: Any) -> None:
        super().append(node_id)
        self._seen.add(node_id)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._seen


_FONT_FACE = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
_MUTED_FONT = {"paper": "#4a5568", "repository": "#6b7789", "webpage": "#6b7789",
               "organization": "#6b7789"}


def _vis_options(data: dict[str, Any]) -> dict[str, Any]:
    """vis-network options: kinds as groups (colour, shape, font), physics only when small."""
    big = len(data["nodes"]) > _BIG_GRAPH
    groups = {}
    for k in data["kinds"]:
        c = k["color"]
        groups[k["k"]] = {"shape": k["shape"], "color": {
            "background": c, "border": "#6b7789" if k["k"] == "paper" else "#ffffff",
            "highlight": {"background": c, "border": "#111"},
            "hover": {"background": c, "border": "#111"}}}
        if k["k"] in _MUTED_FONT:
            groups[k["k"]]["font"] = {"color": _MUTED_FONT[k["k"]]}
    physics = {"enabled": False}
    if data["physics"]:
        physics = {"enabled": True, "solver": "barnesHut",
                   "barnesHut": {"gravitationalConstant": -2500, "centralGravity": 0.8,
                                 "springLength": 90, "springConstant": 0.04, "avoidOverlap": 0.5},
                   "stabilization": {"iterations": 200, "updateInterval": 50, "fit": True}}
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "borderWidth": 1.5,
            "font": {"size": 14, "face": _FONT_FACE, "color": "#1d2530", "strokeWidth": 3,
                     "strokeColor": "rgba(255,255,255,0.9)"},
            "scaling": {"min": 10, "max": 48, "label": {"enabled": True, "min": 13, "max": 30,
                                                        "drawThreshold": 6, "maxVisible": 32}},
        },
        "edges": {"smooth": False, "width": 1, "selectionWidth": 2, "hoverWidth": 1,
                  "color": {"color": "rgba(110,122,140,0.28)", "highlight": "#333",
                            "hover": "#555"},
                  "arrows": {"to": {"enabled": False, "scaleFactor": 0.4}}},
        "groups": groups,
        "physics": physics,
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "keyboard": False, "multiselect": True},
    }


def render_page(data: dict[str, Any], net: Network) -> str:
    """The page: pyvis renders ``net`` through kg's template, with ``data`` and the scripts."""
    vis_js, vis_css = _vis_bundle()
    app_js, app_css, lb_js = _asset("explorer.js"), _asset("explorer.css"), _asset("leaderboards.js")
    # </script> inside a bundle would close its element early; no asset has one.
    for name, text, tag in (("vis-network.min.js", vis_js, "</script"),
                            ("explorer.js", app_js, "</script"),
                            ("leaderboards.js", lb_js, "</script"),
                            ("vis-network.css", vis_css, "</style"),
                            ("explorer.css", app_css, "</style")):
        if tag in text.lower():
            raise ExportError(f"asset {name} contains '{tag}'",
                              fix="reinstall kg and pyvis; a packaged asset was altered")
    # A hash-based CSP: even if some text ever reached the DOM as HTML, injected inline
    # handlers (onerror=...) and scripts would not run, and nothing can be fetched.
    csp = ("default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; "
           f"script-src {_sha256(vis_js)} {_sha256(app_js)} {_sha256(lb_js)}; base-uri 'none'; "
           "form-action 'none'")
    net.set_template_dir(str(_ASSETS) + "/", "page.html")
    env = net.templateEnv
    env.filters["script_json"] = json_for_script
    env.filters["script_json_text"] = lambda text: json_for_script(json.loads(text))
    # The CSP's quotes stay readable: only what could end the attribute is escaped.
    env.globals["kg"] = {"csp": html.escape(csp, quote=False).replace('"', "&quot;"), "vis_js": vis_js,
                         "vis_css": vis_css, "app_js": app_js, "lb_js": lb_js, "app_css": app_css,
                         "data": data}
    try:
        return net.generate_html()
    except (TemplateError, OSError) as e:
        raise ExportError(f"could not render the explorer page template {_ASSETS / 'page.html'}: {e}",
                          fix="reinstall kg; the packaged template was altered") from e


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _vis_bundle() -> tuple[str, str]:
    """The vis-network script and stylesheet pyvis ships for its ``in_line`` pages."""
    lib = resources.files("pyvis") / "templates" / "lib" / _PYVIS_VIS
    try:
        return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
                (lib / "vis-network.css").read_text(encoding="utf-8"))
    except OSError as e:
        raise ExportError(
            f"pyvis's vis-network bundle is missing ({lib}/vis-network.min.js): {e}",
            fix="reinstall the pyvis kg needs: pip install 'pyvis>=0.3.2,<0.4'",
        ) from e


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028/2029."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _keep_most_connected(graph: nx.MultiDiGraph, max_nodes: int | None) -> list[Any]:
    nodes = list(graph.nodes)
    if max_nodes is None or len(nodes) <= max_nodes:
        return nodes
    pred, succ = graph._pred, graph._succ  # networkx's adjacency dicts: no view object per node
    neighbours = {n: len(pred[n].keys() | succ[n].keys()) if pred[n] and succ[n] else len(pred[n] or succ[n])
                  for n in nodes}
    # Only the nodes with at least as many neighbours as the max_nodes-th most connected can be
    # kept: the others are not ranked (about 0.5 s of an appending write of the 87K build).
    least = heapq.nlargest(max_nodes, neighbours.values())[-1]
    candidates = [n for n in nodes if neighbours[n] >= least]
    # Ties (mostly entities seen once) go to the kinds that carry the graph's meaning.
    order = {k: i for i, k in enumerate(_KEEP_ORDER)}
    attrs = graph._node
    ranked = sorted(candidates, key=lambda n: (-neighbours[n], order.get(_kind(attrs[n]), 99),
                                               str(n)))[:max_nodes]
    chosen = set(ranked)
    return [n for n in nodes if n in chosen]


def _left_out_by_kind(graph: nx.MultiDiGraph, kept: set) -> Counter:
    """The nodes not in ``kept``, counted by :func:`_kind` (made once per distinct kind value)."""
    try:
        raw = Counter(d.get("kind") for n, d in graph._node.items() if n not in kept)
    except TypeError:  # a kind that is no hashable value (a caller's own graph)
        return Counter(_kind(graph.nodes[n]) for n in graph.nodes if n not in kept)
    left: Counter = Counter()
    for kind, count in raw.items():
        left[_kind({"kind": kind})] += count
    return left


def _details(node_id: Any, a: dict[str, Any], kind: str, index: dict[Any, int]) -> dict[str, Any]:
    d: dict[str, Any] = {"id": str(node_id)}
    for key in ("iri", "url", "date", "organization", "venue", "arxiv_id", "doi"):
        if _text(a.get(key)):
            d[key] = _text(a.get(key))
    for key in ("upvotes", "author_count"):
        if _int(a.get(key)) is not None:
            d[key] = _int(a.get(key))
    if kind == "paper":
        d["title"] = _text(a.get("title")) or _text(a.get("label"))
        year = _year(a)
        d["year"] = year if year is not None else _UNDATED
        authors = a.get("authors") or []
        if isinstance(authors, (list, tuple)):
            d["authors"] = [_text(x) for x in authors if _text(x)]
        abstract = _text(a.get("abstract"))
        d["abstract"] = _segments(abstract, a.get("mentions") or [], "abstract", index)
        d["title_segments"] = _segments(d["title"], a.get("mentions") or [], "title", index)
    intro = a.get("introduced_by")
    if intro in index:
        d["introduced_by"] = index[intro]
    return d


def _segments(text: str, mentions: list[Any], field: str, index: dict[Any, int]) -> list[list[Any]]:
    """Split ``text`` into ``[text, entity index or -1, role]`` runs from the mention offsets.

    Done here so that the page never does offset arithmetic: Python offsets count code points,
    JavaScript strings count UTF-16 units.
    """
    spans = []
    for m in mentions:
        if not isinstance(m, dict) or m.get("field") != field:
            continue
        start, end = _int(m.get("start")), _int(m.get("end"))
        if start is None or end is None or not 0 <= start < end <= len(text):
            continue
        ent = index.get(m.get("entity"), -1)
        spans.append((start, end, ent, _text(m.get("role"))))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, at = [], 0
    for start, end, ent, role in spans:
        if start < at:
            continue  # overlapping mention: keep the earlier, longer one
        if start > at:
            out.append([text[at:start], -1, ""])
        out.append([text[start:end], ent, role])
        at = end
    if at < len(text):
        out.append([text[at:], -1, ""])
    return out


def _evidence_sentences(attrs: dict[str, Any]) -> list[str]:
    seen: list[str] = []
    for ev in attrs.get("evidence") or []:
        s = _text(ev.get("sentence")) if isinstance(ev, dict) else ""
        if s and s not in seen:
            seen.append(s)
        if len(seen) == _EVIDENCE_PER_EDGE:
            break
    return seen


def _cooccurrence(nodes: list[dict[str, Any]], edges: list[list[Any]]) -> tuple[list[list[int]], int]:
    """Entity pairs (method/dataset/task) weighted by the number of papers they share."""
    per_paper: dict[int, set[int]] = defaultdict(set)
    for u, v, _rel, _ev in edges:
        if nodes[u]["k"] == "paper" and nodes[v]["k"] in _COOC_KINDS:
            per_paper[u].add(v)
    weight: Counter[tuple[int, int]] = Counter()
    for ents in per_paper.values():
        ordered = sorted(ents)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                weight[(a, b)] += 1
    strongest = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:_COOC_MAX_EDGES]
    return [[a, b, w] for (a, b), w in strongest], len(weight)


def _overview(nodes: list[dict[str, Any]], edges: list[list[Any]],
              details: list[dict[str, Any]]) -> dict[str, Any]:
    def top(kind: str) -> list[list[int]]:
        ranked = sorted((n for n in nodes if n["k"] == kind), key=lambda n: (-n["p"], n["t"]))
        return [[n["id"], n["p"]] for n in ranked[:_TOP_N] if n["p"] > 0]

    years: Counter[Any] = Counter(details[n["id"]]["year"] for n in nodes if n["k"] == "paper")
    dated = sorted((y for y in years if y != _UNDATED))
    timeline = [[str(y), years[y]] for y in dated]
    if _UNDATED in years:
        timeline.append([_UNDATED, years[_UNDATED]])
    datasets: dict[int, set[int]] = defaultdict(set)
    for u, v, _rel, _ev in edges:
        if nodes[u]["k"] == "paper" and nodes[v]["k"] == "dataset":
            datasets[u].add(v)
    together: Counter[tuple[int, int]] = Counter()
    for ds in datasets.values():
        ordered = sorted(ds)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                together[(a, b)] += 1
    pairs = sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP_N]
    return {
        "datasets": top("dataset"),
        "methods": top("method"),
        "tasks": top("task"),
        "years": timeline,
        "pairs": [[a, b, w] for (a, b), w in pairs],
    }


def _kind_styles(nodes: list[dict[str, Any]]) -> dict[str, tuple[str, str, str]]:
    styles = dict(KIND_STYLES)
    for n in nodes:
        if n["k"] not in styles:
            styles[n["k"]] = (n["k"].capitalize() or _OTHER_STYLE[0], *_OTHER_STYLE[1:])
    return styles


def _kind(attrs: dict[str, Any]) -> str:
    return _text(attrs.get("kind")) or "other"


def _year(a: dict[str, Any]) -> int | None:
    year = _int(a.get("year"))
    if year:
        return year
    match = _YEAR.search(_text(a.get("date")))
    return int(match.group(0)) if match else None


def _short_label(kind: str, label: str, attrs: dict[str, Any]) -> str:
    if kind == "paper":
        return _short(label)
    if kind in ("repository", "webpage"):
        # "github.com/facebookresearch/segment-anything" -> "segment-anything"
        tail = label.rstrip("/").rsplit("/", 1)[-1] if "/" in label else label
        return _short(tail or label)
    return label


def _short(title: str) -> str:
    if len(title) <= _LABEL_CHARS:
        return title
    head = title.split(":")[0].strip()
    if 2 <= len(head) <= _LABEL_CHARS:
        return head
    cut = title[:_LABEL_CHARS].rsplit(" ", 1)[0] or title[:_LABEL_CHARS]
    return cut.rstrip(" ,;:-") + "…"


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"

"""Write a graph as one self-contained HTML explorer that opens offline.

The page is written here, not by pyvis: pyvis's page writer is quadratic in the number of
nodes and puts titles into HTML. This module builds plain node and edge lists, computes the
positions in Python (vis-network physics is too slow past a few hundred nodes), and embeds
everything as JSON in a ``<script type="application/json">`` element that the page reads with
``JSON.parse``. The page's own script (``assets/explorer.js``) sets every text from the data
with ``textContent``; only http(s) URLs become links.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.export.html_layout import layout_positions

__all__ = ["write_html", "explorer_data", "render_page", "json_for_script", "KIND_STYLES"]

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
_KEEP_ORDER = ("paper", "dataset", "task", "method", "metric", "organization", "repository",
               "webpage")
_COOC_MAX_EDGES = 6000
_EVIDENCE_PER_EDGE = 3
_TOP_N = 12
_LABEL_CHARS = 28
_UNDATED = "undated"

_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def write_html(
    graph: nx.MultiDiGraph, path: str | Path, *, max_nodes: int | None = None, title: str = "kg"
) -> dict[str, Any]:
    """Write ``graph`` as an explorer page at ``path``; return what it shows.

    ``max_nodes`` keeps the most connected nodes; the page says what was left out, by kind.
    Returns ``{"nodes", "edges", "left_out", "left_out_by_kind", "cooccurrence_edges",
    "total_nodes", "total_edges", "cooccurrence_total"}``: what the page shows, and of what.
    """
    data = explorer_data(graph, max_nodes=max_nodes, title=title)
    page = render_page(data, title=title)
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
    """Return the JSON-ready payload the page reads (nodes, edges, details, overview, stats)."""
    if max_nodes is not None and (not isinstance(max_nodes, int) or max_nodes < 1):
        raise ExportError(
            f"max_nodes must be a positive whole number, got {max_nodes!r}",
            fix="pass e.g. max_nodes=2000, or leave it out to show every node",
        )
    kept = _keep_most_connected(graph, max_nodes)
    kept_set = set(kept)
    left = Counter(_kind(graph.nodes[n]) for n in graph.nodes if n not in kept_set)
    index = {n: i for i, n in enumerate(kept)}

    edges, pair_set = [], set()
    relations_of: dict[int, list[int]] = defaultdict(list)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if u not in kept_set or v not in kept_set:
            continue
        iu, iv = index[u], index[v]
        rel = str(attrs.get("relation") or key)
        edges.append([iu, iv, rel, _evidence_sentences(attrs)])
        relations_of[iu].append(len(edges) - 1)
        relations_of[iv].append(len(edges) - 1)
        pair_set.add((min(iu, iv), max(iu, iv)))

    degree = Counter()
    for a, b in pair_set:
        degree[a] += 1
        degree[b] += 1
    pos = layout_positions(len(kept), sorted(pair_set))

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
            "x": round(float(pos[i, 0]), 1),
            "y": round(float(pos[i, 1]), 1),
            "d": degree[i],
            "p": papers or 0,
            "a": [_text(x) for x in a.get("aliases") or [] if _text(x)],
        })
        details.append(_details(n, a, kind, index))

    cooc, cooc_total = _cooccurrence(nodes, edges)
    stats = {
        "nodes": len(nodes),
        "edges": len(edges),
        "left_out": sum(left.values()),
        "left_out_by_kind": dict(sorted(left.items())),
        "cooccurrence_edges": len(cooc),
    }
    return {
        "title": _text(title) or "kg",
        "stats": {**stats, "total_nodes": graph.number_of_nodes(),
                  "total_edges": graph.number_of_edges(), "cooccurrence_total": cooc_total},
        "kinds": [{"k": k, "label": s[0], "color": s[1], "shape": s[2],
                   "count": sum(1 for n in nodes if n["k"] == k)}
                  for k, s in _kind_styles(nodes).items()],
        "physics": 2 <= len(nodes) <= _PHYSICS_MAX_NODES,
        "nodes": nodes,
        "edges": edges,
        "cooc": cooc,
        "details": details,
        "overview": _overview(nodes, edges, details),
    }


def render_page(data: dict[str, Any], *, title: str = "kg") -> str:
    """Return the HTML page for ``data`` with the vis-network bundle and the page script inlined."""
    assets = resources.files("kg.export") / "assets"
    vis_js = (assets / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (assets / "vis-network.css").read_text(encoding="utf-8")
    app_js = (assets / "explorer.js").read_text(encoding="utf-8")
    app_css = (assets / "explorer.css").read_text(encoding="utf-8")
    template = (assets / "page.html").read_text(encoding="utf-8")
    # </script> inside a bundle would close its element early; neither asset has one.
    for name, text in (("vis-network.min.js", vis_js), ("explorer.js", app_js)):
        if "</script" in text.lower():
            raise ExportError(f"asset {name} contains '</script'",
                              fix="reinstall kg; the packaged asset was altered")
    # A hash-based CSP: even if some text ever reached the DOM as HTML, injected inline
    # handlers (onerror=...) and scripts would not run, and nothing can be fetched.
    csp = ("default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; "
           f"script-src {_sha256(vis_js)} {_sha256(app_js)}; base-uri 'none'; form-action 'none'")
    parts = {
        "@@TITLE@@": html.escape(_text(title) or "kg"),
        "@@CSP@@": html.escape(csp, quote=False).replace('"', "&quot;"),
        "@@VIS_CSS@@": vis_css,
        "@@APP_CSS@@": app_css,
        "@@DATA@@": json_for_script(data),
        "@@VIS_JS@@": vis_js,
        "@@APP_JS@@": app_js,
    }
    return re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], template)


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028/2029."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _keep_most_connected(graph: nx.MultiDiGraph, max_nodes: int | None) -> list[Any]:
    nodes = list(graph.nodes)
    if max_nodes is None or len(nodes) <= max_nodes:
        return nodes
    neighbours = {n: len(set(graph.predecessors(n)) | set(graph.successors(n))) for n in nodes}
    # Ties (mostly entities seen once) go to the kinds that carry the graph's meaning.
    order = {k: i for i, k in enumerate(_KEEP_ORDER)}
    ranked = sorted(nodes, key=lambda n: (-neighbours[n], order.get(_kind(graph.nodes[n]), 99),
                                          str(n)))[:max_nodes]
    chosen = set(ranked)
    return [n for n in nodes if n in chosen]


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

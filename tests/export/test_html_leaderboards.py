"""The explorer's leaderboards payload: ranked tables linked to the drawn nodes, direction-aware
bars, caps that the page can report, improvements kept apart."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from kg.export.html import explorer_data, write_html
from kg.export.html_leaderboards import leaderboard_data
from kg.graph import build_graph
from kg.model import Extraction, Mention, Paper, Result, Role, Source
from kg.leaderboard import leaderboards

# abstract, method, [(value, metric, dataset, unit, higher is better)]
SPECS = [
    ("AlphaNet reaches 81.0% top-1 accuracy on ImageNet and an FID of 9.5 on COCO.", "AlphaNet",
     [("81.0", "top-1 accuracy", "ImageNet", "%", True), ("9.5", "FID", "COCO", "", False)]),
    ("BetaNet reaches 84.1% top-1 accuracy on ImageNet and an FID of 7.2 on COCO.", "BetaNet",
     [("84.1", "top-1 accuracy", "ImageNet", "%", True), ("7.2", "FID", "COCO", "", False)]),
    ("GammaNet reaches 0.79 top-1 accuracy on ImageNet.", "GammaNet",
     [("0.79", "top-1 accuracy", "ImageNet", "", True)]),
]


def _mention(p: Paper, role: Role, text: str) -> Mention:
    i = p.abstract.index(text)
    return Mention(role, text, "abstract", i, i + len(text), p.abstract, "test", 0.9)


def _result(p: Paper, value: str, metric: str, dataset: str, method: str, unit: str, hib: bool,
            kind: str = "absolute", baseline: str | None = None) -> Result:
    i = p.abstract.index(value)
    return Result(metric, value, float(value), unit, kind, dataset, method, True, baseline, "abstract",
                  i, i + len(value), p.abstract, f"results:{kind}:test", 0.8, hib)


def _graph() -> nx.MultiDiGraph:
    exs = []
    for n, (abstract, method, results) in enumerate(SPECS, 1):
        p = Paper(title=f"Paper {n}", abstract=abstract, source=Source("lb.jsonl", n), arxiv_id=f"2401.0000{n}")
        ms = [_mention(p, Role.PROPOSED, method)]
        ms += [_mention(p, Role.DATASET, d) for d in dict.fromkeys(r[2] for r in results)]
        exs.append(Extraction(p, tuple(ms), tuple(_result(p, v, m, d, method, u, h) for v, m, d, u, h in results)))
    p = Paper(title="Paper 4", abstract="DeltaNet improves top-1 accuracy by 2.0% over AlphaNet on ImageNet.",
              source=Source("lb.jsonl", 4), arxiv_id="2401.00004")
    exs.append(Extraction(p, (_mention(p, Role.PROPOSED, "DeltaNet"), _mention(p, Role.DATASET, "ImageNet")),
                          (_result(p, "2.0", "top-1 accuracy", "ImageNet", "DeltaNet", "%", True,
                                   kind="improvement", baseline="AlphaNet"),)))
    return build_graph(exs)


@pytest.fixture(scope="module")
def graph():
    return _graph()


def _table(data: dict, dataset: str, metric: str, unit: str) -> dict:
    return next(t for t in data["leaderboards"]["tables"] if (t["dn"], t["mn"], t["u"]) == (dataset, metric, unit))


def test_html_leaderboards_embed_every_table_ranked_with_links_to_the_drawn_nodes(graph):
    data = explorer_data(graph)
    boards = data["leaderboards"]
    # Tables of a single paper are embedded too: the page is searchable.
    assert boards["total"] == len(boards["tables"]) == len(leaderboards(graph, min_papers=1)) == 3
    assert data["stats"]["leaderboards"] == data["stats"]["leaderboards_total"] == 3
    t = _table(data, "ImageNet", "top-1 accuracy", "%")
    assert (t["h"], t["p"], t["n"]) == (True, 2, 2)
    assert data["nodes"][t["d"]]["t"] == "ImageNet" and data["nodes"][t["m"]]["t"] == "top-1 accuracy"
    assert [(r[0], r[1], r[4]) for r in t["rows"]] == [(1, "84.1", "BetaNet"), (2, "81.0", "AlphaNet")]
    assert [data["nodes"][r[3]]["t"] for r in t["rows"]] == ["BetaNet", "AlphaNet"]
    assert [data["details"][r[5]]["title"] for r in t["rows"]] == ["Paper 2", "Paper 1"]
    assert all(r[6] == data["details"][r[5]]["title"] and r[1] in r[7] and r[8] is True for r in t["rows"])


@pytest.mark.parametrize("dataset, metric, unit, bars", [
    ("ImageNet", "top-1 accuracy", "%", [1.0, 0.15]),   # higher is better: 84.1 before 81.0
    ("COCO", "FID", "", [1.0, 0.15]),                    # lower is better: 7.2 before 9.5
    ("ImageNet", "top-1 accuracy", "", [1.0]),           # one value
])
def test_html_leaderboards_bars_make_the_best_value_the_longest(graph, dataset, metric, unit, bars):
    t = _table(explorer_data(graph), dataset, metric, unit)
    assert [r[2] for r in t["rows"]] == bars


@pytest.mark.parametrize("hib, numbers, bars", [
    (True, [90.0, 80.0, 50.0], [1.0, 0.7875, 0.15]),
    (False, [-3.0, 0.0, 7.0], [1.0, 0.745, 0.15]),  # negative and zero values scale too
    (True, [5.0, 5.0], [1.0, 1.0]),
])
def test_html_leaderboards_bars_scale_over_the_range_of_the_table(hib, numbers, bars):
    g = nx.MultiDiGraph()
    g.add_node("dataset/d", kind="dataset", label="D")
    g.add_node("metric/m", kind="metric", label="M", higher_is_better=hib)
    for i, x in enumerate(numbers):
        ev = {"field": "abstract", "start": 0, "end": 1, "sentence": f"It gets {x}.", "rule": "r", "confidence": 1.0, "text": "x"}
        g.add_node(f"paper/{i}", kind="paper", label=f"P{i}", results=[
            {"metric": "metric/m", "dataset": "dataset/d", "method": None, "proposed": True, "baseline": None,
             "value": str(x), "number": x, "unit": "", "kind": "absolute", "evidence": ev}])
    (t,) = leaderboard_data(g, {n: i for i, n in enumerate(g.nodes)})["tables"]
    assert [r[2] for r in t["rows"]] == pytest.approx(bars, abs=1e-3)
    assert all(r[4] == "" and r[3] == -1 for r in t["rows"])  # the papers' own, unnamed methods


def test_html_leaderboards_caps_tables_and_rows_and_says_how_many_there_are(graph):
    index = {n: i for i, n in enumerate(graph.nodes)}
    boards = leaderboard_data(graph, index, max_tables=1, max_rows=1)
    assert boards["total"] == 3 and len(boards["tables"]) == 1
    (t,) = boards["tables"]
    assert len(t["rows"]) == 1 and t["n"] == 2 and t["rows"][0][0] == 1


def test_html_leaderboards_names_nodes_left_out_of_the_drawing_as_plain_text(graph):
    kept = [n for n, a in graph.nodes(data=True) if a["kind"] != "method"]
    index = {n: i for i, n in enumerate(kept)}
    t = next(t for t in leaderboard_data(graph, index)["tables"] if t["mn"] == "FID")
    assert [r[3] for r in t["rows"]] == [-1, -1] and [r[4] for r in t["rows"]] == ["BetaNet", "AlphaNet"]
    assert t["d"] == index[next(n for n in kept if graph.nodes[n]["label"] == "COCO")]


def test_html_leaderboards_list_improvements_under_the_table_unranked(graph):
    data = explorer_data(graph)
    pct, plain = _table(data, "ImageNet", "top-1 accuracy", "%"), _table(data, "ImageNet", "top-1 accuracy", "")
    for t in (pct, plain):  # an improvement is shown beside every unit's table of its dataset and metric
        (imp,) = t["imp"]
        assert imp[:2] == ["2.0", "%"] and imp[3:5] == ["DeltaNet", "AlphaNet"]
        assert data["nodes"][imp[2]]["t"] == "DeltaNet" and data["details"][imp[5]]["title"] == "Paper 4"
        assert "improves top-1 accuracy by 2.0%" in imp[7]
    assert all(r[4] != "DeltaNet" for t in data["leaderboards"]["tables"] for r in t["rows"])
    assert _table(data, "COCO", "FID", "")["imp"] == []


def test_html_leaderboards_a_graph_without_results_has_none():
    g = nx.MultiDiGraph()
    g.add_node("paper/p", kind="paper", label="P", title="P")
    data = explorer_data(g)
    assert data["leaderboards"] == {"tables": [], "total": 0} and data["stats"]["leaderboards"] == 0


def test_html_leaderboards_script_is_inline_and_allowed_by_the_csp_hash(graph, tmp_path):
    import base64
    import hashlib

    write_html(graph, tmp_path / "g.html")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 3 and "Leaderboards view" in scripts[2]
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    for text in scripts:
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert len(data["leaderboards"]["tables"]) == 3

"""Leaderboards from results: ranking by direction, units kept apart, improvements not ranked,
filters, and the same tables through the API, the CLI and the shipped query."""

from __future__ import annotations

import dataclasses
import json

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.graph import build_graph
from kg.model import Extraction, Mention, Paper, Result, Role, Source


def _paper(n: int, abstract: str) -> Paper:
    return Paper(title=f"Paper {n}: a study", abstract=abstract, source=Source("lb.jsonl", n), arxiv_id=f"2401.0000{n}")


def _mention(p: Paper, role: Role, text: str) -> Mention:
    i = p.abstract.index(text)
    return Mention(role, text, "abstract", i, i + len(text), p.abstract, "test", 0.9)


def _result(p: Paper, value: str, metric: str, dataset: str | None, method: str | None, *, unit="%", kind="absolute",
            hib=True, proposed=False, baseline=None) -> Result:
    i = p.abstract.index(value)
    return Result(metric, value, float(value), unit, kind, dataset, method, proposed, baseline, "abstract", i, i + len(value),
                  p.abstract, f"results:{kind}:test", 0.8, hib)


def _graph() -> kg.KnowledgeGraph:
    exs = []
    specs = [
        (1, "AlphaNet reaches 81.0% top-1 accuracy on ImageNet and an FID of 9.5 on COCO.", "AlphaNet",
         [("81.0", "top-1 accuracy", "ImageNet", True, "%"), ("9.5", "FID", "COCO", False, "")]),
        (2, "BetaNet reaches 84.1% top-1 accuracy on ImageNet and an FID of 7.2 on COCO.", "BetaNet",
         [("84.1", "top-1 accuracy", "ImageNet", True, "%"), ("7.2", "FID", "COCO", False, "")]),
        (3, "GammaNet reaches 0.79 top-1 accuracy on ImageNet and 82.5% top-1 accuracy on ImageNet with tricks.", "GammaNet",
         [("0.79", "top-1 accuracy", "ImageNet", True, ""), ("82.5", "top-1 accuracy", "ImageNet", True, "%")]),
    ]
    for n, abstract, method, results in specs:
        p = _paper(n, abstract)
        ms = [_mention(p, Role.PROPOSED, method), _mention(p, Role.DATASET, "ImageNet")]
        if "COCO" in abstract:
            ms.append(_mention(p, Role.DATASET, "COCO"))
        rs = [_result(p, v, m, d, method, unit=u, hib=h, proposed=True) for v, m, d, h, u in results]
        exs.append(Extraction(p, tuple(ms), tuple(rs)))
    p = _paper(4, "DeltaNet improves top-1 accuracy by 2.0% over AlphaNet on ImageNet.")
    exs.append(Extraction(p, (_mention(p, Role.PROPOSED, "DeltaNet"), _mention(p, Role.DATASET, "ImageNet")),
                          (_result(p, "2.0", "top-1 accuracy", "ImageNet", "DeltaNet", kind="improvement", proposed=True, baseline="AlphaNet"),)))
    return kg.KnowledgeGraph(build_graph(exs))


@pytest.fixture(scope="module")
def g():
    return _graph()


def test_leaderboard_ranks_higher_is_better_metrics_best_first(g):
    (t,) = g.leaderboard(dataset="imagenet", metric="Top-1 Accuracy", min_papers=1) [:1]
    assert (t.dataset, t.metric, t.unit, t.higher_is_better) == ("ImageNet", "top-1 accuracy", "%", True)
    assert [(r.rank, r.value, r.method) for r in t.rows] == [(1, 84.1, "BetaNet"), (2, 82.5, "GammaNet"), (3, 81.0, "AlphaNet")]


def test_leaderboard_ranks_lower_is_better_metrics_smallest_first(g):
    (t,) = g.leaderboard(metric="FID")
    assert t.higher_is_better is False
    assert [(r.rank, r.value, r.method) for r in t.rows] == [(1, 7.2, "BetaNet"), (2, 9.5, "AlphaNet")]


def test_leaderboard_keeps_units_apart_and_never_ranks_improvements(g):
    tables = g.leaderboard(dataset="ImageNet", min_papers=1)
    assert {(t.unit, len(t.rows)) for t in tables} == {("%", 3), ("", 1)}
    assert all(r.method != "DeltaNet" for t in tables for r in t.rows)


def test_leaderboard_without_filter_lists_tables_of_two_or_more_papers_largest_first(g):
    tables = g.leaderboard()
    assert [t.papers for t in tables] == sorted((t.papers for t in tables), reverse=True)
    assert all(t.papers >= 2 for t in tables) and len(tables) == 2


def test_leaderboard_rows_carry_the_evidence_sentence_and_paper(g):
    row = g.leaderboard(metric="FID")[0].rows[0]
    assert "7.2" in row.evidence and row.paper == "paper/2401.00002" and row.title.startswith("Paper 2")


def test_leaderboard_cli_json_rows_have_the_documented_keys(g, tmp_path):
    g.write(tmp_path, ["json"])
    res = CliRunner().invoke(app, ["leaderboard", "--graph", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    keys = {"dataset", "metric", "rank", "value", "unit", "higher_is_better", "method", "paper", "title", "evidence"}
    assert rows and all(keys <= set(r) for r in rows)
    assert [r["value"] for r in rows if r["metric"] == "FID"] == [7.2, 9.5]


def test_leaderboard_cli_table_names_the_direction_and_an_empty_filter_says_so(g, tmp_path):
    g.write(tmp_path, ["json"])
    res = CliRunner().invoke(app, ["leaderboard", "--graph", str(tmp_path), "--metric", "FID"])
    assert res.exit_code == 0 and "lower is better" in res.output and "BetaNet" in res.output
    res = CliRunner().invoke(app, ["leaderboard", "--graph", str(tmp_path), "--dataset", "NoSuchSet"])
    assert res.exit_code == 0 and "No leaderboard for dataset 'NoSuchSet'" in res.output


def test_leaderboard_shipped_query_orders_like_the_api(g):
    rows = g.run("leaderboard", dataset="ImageNet", metric="top-1 accuracy")
    pct = [(r["value"], r["methodName"]) for r in rows if r["unit"] == "%"]
    api = [(r.value, r.method) for r in g.leaderboard(dataset="ImageNet", metric="top-1 accuracy")[0].rows]
    assert [(float(v), m) for v, m in pct] == api


def test_leaderboard_a_unitless_value_above_one_of_a_percent_metric_ranks_with_percent_values():
    exs = []
    for n, text, value, unit in [(1, "OneNet gets 45.2 mAP on VOC.", "45.2", ""), (2, "TwoNet gets 47.0% mAP on VOC.", "47.0", "%"),
                                 (3, "ThreeNet gets 0.46 mAP on VOC.", "0.46", "")]:
        p = _paper(n, text)
        r = _result(p, value, "mAP", "VOC", text.split()[0], unit=unit, proposed=True)
        exs.append(Extraction(p, (_mention(p, Role.DATASET, "VOC"),), (dataclasses.replace(r, percent_scale=True),)))
    g = kg.KnowledgeGraph(build_graph(exs))
    tables = {t.unit: [(r.value, r.method) for r in t.rows] for t in g.leaderboard(metric="mAP", min_papers=1)}
    assert tables == {"%": [(47.0, "TwoNet"), (45.2, "OneNet")], "": [(0.46, "ThreeNet")]}


def test_leaderboard_a_percent_value_above_one_of_a_bounded_text_score_ranks_with_its_unitless_values():
    exs = []
    for n, text, value, unit in [(1, "OneNet gets 9.65 METEOR on Captions.", "9.65", ""), (2, "TwoNet gets 10.2% METEOR on Captions.", "10.2", "%"),
                                 (3, "ThreeNet gets 0.46% METEOR on Captions.", "0.46", "%")]:
        p = _paper(n, text)
        r = _result(p, value, "METEOR", "Captions", text.split()[0], unit=unit, proposed=True)
        exs.append(Extraction(p, (_mention(p, Role.DATASET, "Captions"),), (r,)))
    g = kg.KnowledgeGraph(build_graph(exs))
    tables = {t.unit: [(r.value, r.method) for r in t.rows] for t in g.leaderboard(metric="METEOR", min_papers=1)}
    assert tables == {"": [(10.2, "TwoNet"), (9.65, "OneNet")], "%": [(0.46, "ThreeNet")]}

"""Inter-annotator agreement (kg/evaluate_agreement.py, scripts/agreement.py) on made-up gold records."""
import json
import runpy
from pathlib import Path

import pytest

from kg.errors import GoldError
from kg.evaluate_agreement import agreement

ROOT = Path(__file__).resolve().parents[1]


def rec(title, **keys):
    return {"title": title, **keys}


def test_identical_files_agree_fully_and_disjoint_ones_not_at_all():
    a = [rec("Paper One", proposed=["Zorblax"], datasets=["FooSet|Foo"], tasks=["widget sorting"])]
    assert all(s.f1 == 1.0 for s in agreement(a, a).scores.values())
    b = [rec("Paper One", proposed=["Quux"], datasets=["BarSet"], tasks=["gadget sorting"])]
    r = agreement(a, b)
    for key in ("proposed", "datasets", "tasks"):
        assert (r.scores[key].tp, r.scores[key].fp, r.scores[key].fn) == (0, 1, 1)


def test_entries_sharing_one_form_agree_once():
    a = [rec("P", datasets=["FooSet|Foo", "BarSet"])]
    b = [rec("p", datasets=["Foo", "foo", "BazSet"])]  # titles pair case-blind; a second "foo" is a second entry
    s = agreement(a, b).scores["datasets"]
    assert (s.tp, s.fp, s.fn) == (1, 2, 1)


def test_doubtful_on_either_side_is_neither_agreement_nor_disagreement():
    a = [rec("P", methods=["Widgetron", "GridNet"], doubtful=["Blip"])]
    b = [rec("P", methods=["Blip"], doubtful=["GridNet"])]
    s = agreement(a, b).scores["methods"]
    assert (s.tp, s.fp, s.fn) == (0, 0, 1)  # only Widgetron is a disagreement
    s = agreement(a, b, lenient=False).scores["methods"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 2)  # strict: all three disagree


def test_merged_views_agree_across_keys():
    a = [rec("P", proposed=["Zorblax"])]
    b = [rec("P", methods=["Zorblax"])]
    r = agreement(a, b)
    assert r.scores["proposed"].fn == 1 and r.scores["methods"].fp == 1
    assert r.scores["any_method"].f1 == 1.0


def test_result_tuples_pair_and_own_method_matches():
    t = {"method": "(proposed)", "dataset": "FooSet", "metric": "accuracy", "value": "91.2", "unit": "%", "kind": "absolute"}
    a = [{"title": "P", "results": [t, {**t, "value": "80.0"}], "doubtful": []}]
    b = [{"title": "P", "results": [t], "doubtful": [{**t, "value": "80.0"}]}]
    r = agreement(a, b)
    assert (r.scores["+method"].tp, r.scores["+method"].fp, r.scores["+method"].fn) == (1, 0, 0)
    c = [{"title": "P", "results": [{**t, "method": "GridNet"}], "doubtful": []}]
    r = agreement(a, c)
    assert r.scores["dataset+metric+value"].tp == 1 and r.scores["+method"].tp == 0


def test_mixing_result_and_entity_gold_is_a_clear_error():
    with pytest.raises(GoldError, match="result tuples"):
        agreement([{"title": "P", "results": []}], [rec("P")])


def test_script_prints_the_table(tmp_path, capsys):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps(rec("P", datasets=["FooSet"])) + "\n")
    ns = runpy.run_path(str(ROOT / "scripts/agreement.py"))
    assert ns["main"]([str(f), str(f)]) == 0
    out = capsys.readouterr().out
    assert "datasets" in out and "(1 papers paired)" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    assert ns["main"]([str(f), str(bad)]) == 2
    assert "not JSON" in capsys.readouterr().err

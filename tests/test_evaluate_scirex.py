"""The extractor's dataset floor on the SciREX abstracts (../shared/gold/scirex-dev/, 136 papers
kg was not tuned on; gold derived from SciREX, see its README).

Only the dataset lists follow guidelines comparable with kg's; SciREX's methods, tasks and
metrics mark generic mentions too, so they get no floor. Reached with EXTRACTOR_VERSION 14:
any_dataset .738 (P .740, R .735), datasets .716 (.706 and .685 with versions 11-13, .662 with
version 8); .752 and .731 with version 49 (session 12: year siblings, "from A to B on X" runs);
the issue's target is .80. Most errors left are gold choices our guidelines do not share
(task words inside names: "WMT'14 English-French translation"; datasets SciREX leaves unmarked).
Session 14 read all 40 false hits and 36 misses of version 50: 38 and 33 of them are such gold
choices (18 named datasets unmarked, 12 + 12 task-word spans, 18 generic phrases or language pairs
marked), so about .77 is the most kg can reach here under its own guidelines.

Scored relaxed (`kg eval --relaxed`: one name containing the other as whole words, the matching the
issue gives this set and result tuples always use), the task-word spans match their names: version 56
any_dataset .868 (P .868, R .868), datasets .848; the issue's .80 holds there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eval_support import extraction_predictions

from kg.evaluate import EvalReport, load_gold, score

_SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))  # as conftest.shared_dir
SCIREX = _SHARED / "gold" / "scirex-dev"
# Version 59: .749 strict: "the Who Did What dataset" (a catalogue spelling added in session 23) is a
# dataset by kg's guidelines that this paper's SciREX gold leaves unmarked, one more false hit of that class.
FLOORS = {"any_dataset": 0.745, "datasets": 0.73}
RELAXED_FLOORS = {"any_dataset": 0.86, "datasets": 0.84}


@pytest.fixture(scope="module")
def scirex_reports() -> dict[bool, EvalReport]:
    """The strict and the relaxed report (key: relaxed) of one extraction run."""
    if not (SCIREX / "gold.jsonl").is_file():
        pytest.skip(f"SciREX gold not found at {SCIREX}")
    gold, preds = load_gold(SCIREX / "gold.jsonl"), extraction_predictions(SCIREX / "papers.jsonl")
    return {relaxed: score(gold, preds, relaxed=relaxed) for relaxed in (False, True)}


@pytest.mark.slow
@pytest.mark.parametrize("relaxed, key, floor",
                         [(False, k, f) for k, f in sorted(FLOORS.items())] + [(True, k, f) for k, f in sorted(RELAXED_FLOORS.items())])
def test_evaluate_scirex_datasets_meet_the_floor(scirex_reports: dict[bool, EvalReport], relaxed: bool, key: str, floor: float) -> None:
    report = scirex_reports[relaxed]
    assert report.unmatched == []
    assert report.f1(key) >= floor, f"{key} F1 {report.f1(key):.3f} < {floor} (relaxed={relaxed})\n{report.table()}"

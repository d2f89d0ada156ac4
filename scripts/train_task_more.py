"""A learned choice of a paper's further tasks, cross-validated against kg's rules (issue 11, tasks).

Run from the checkout with the ``train`` extra (scikit-learn)::

    python scripts/train_task_more.py classes
    python scripts/train_task_more.py cv [--C 1.0]
    python scripts/train_task_more.py export --out kg/extract/data/task_more.json [--C 1.0]

Candidates and features: :mod:`kg.extract.task_more` (the task phrases the rules offered or found
but did not choose). A label is 1 when the phrase matches a gold task of the paper as ``kg eval``
matches; a phrase matching only a ``doubtful`` entry is left out. Training data: the read sets of
``scripts/dev_sets.py`` only; the check and closed sets are never read here.

Only the candidates of ``kg.extract.task_more.CLASSES`` (None: every frame) are kept for ``cv`` and
``export`` unless ``--only`` says otherwise (``--only catalogue``: catalogue tasks alone).
``classes`` prints each frame's candidates in papers with fewer than three tasks: how many, how
many right (precision) and how many gold tasks kg misses they would add (recall gain). ``cv`` leaves
one read set out at a time and scores it (tasks F1, :func:`kg.evaluate.score`) with the candidates
scoring at least a threshold added, best first, up to three tasks (and at most ``max_add`` a paper).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from the checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_sets import hooked_rows, print_cv, write_weights  # noqa: E402
from train_title_span import export, fit, label  # noqa: E402

from kg.evaluate import score  # noqa: E402
from kg.extract.task_more import CLASSES, overlaps, pool_candidates  # noqa: E402
from kg.extract.tasks import MAX_TASKS  # noqa: E402
from kg.extract.title_clause import norm_phrase_words  # noqa: E402
from kg.model import normalize_name  # noqa: E402

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, float("inf"))
MAX_ADDS = (1, 2, 3)


def load_papers() -> list[dict]:
    """Every gold paper of the read sets with kg's tasks (the scored additions off), its chosen
    tasks' keys and the candidates :func:`kg.extract.task_more.pool_candidates` makes for it."""

    def record(text, tend, tasks, pool, names=frozenset()):
        cands, feats = pool_candidates(text, tend, tasks, pool, names, classes=None)
        return {"surf": [text[c.start : c.end] for c in cands], "feats": feats}

    return hooked_rows("more_tasks", record, gain_label)


def gain_label(surface: str, row: dict) -> int:
    """1: matches a gold task kg's tasks miss; -1: matches one they hit (a second form counts
    neither way) or only a doubtful entry; else 0."""
    y = label(surface, row["gold"])
    if y == 1 and not any(normalize_name(surface) in a for a in _missed(row)):
        return -1
    return y


def _keys(xs: list[str]) -> list[str]:
    return [norm_phrase_words(x) for x in xs]


def decide(row: dict, probs: list[float], threshold: float, max_add: int = 3) -> list[str]:
    """The paper's tasks with the candidates scoring at least ``threshold`` added, best first, up
    to three tasks and ``max_add`` additions, none overlapping a task (as
    :func:`kg.extract.task_more.more_tasks` decides)."""
    tasks = list(row["tasks"])
    chosen, keys = set(_keys(tasks)), []
    added = 0
    for p, i in sorted(((p, -i) for i, p in enumerate(probs)), reverse=True):
        i = -i
        if p < threshold or len(tasks) >= MAX_TASKS or added >= max_add:
            break
        k = norm_phrase_words(row["surf"][i])
        if k in chosen or any(overlaps(k, o) for o in keys):
            continue
        tasks.append(row["surf"][i])
        keys.append(k)
        added += 1
    return tasks


def _missed(row: dict) -> list[set[str]]:
    """The paper's gold tasks (each a set of normalised alternatives) kg's tasks miss."""
    got = {normalize_name(t) for t in row["tasks"]}
    alts = [{normalize_name(a) for a in g.split("|")} for g in row["gold"].get("tasks") or []]
    return [a for a in alts if not a & got]


def classes(rows: list[dict]) -> None:
    """Per frame: candidates in papers with fewer than three tasks, right, precision, gold tasks
    kg misses that they hit (recall gain)."""
    n, right, gain = Counter(), Counter(), Counter()
    gold_total = sum(len(r["gold"].get("tasks") or []) for r in rows)
    for r in rows:
        if len(r["tasks"]) >= MAX_TASKS:
            continue
        missed = _missed(r)
        for x, f, y in zip(r["surf"], r["feats"], r["labels"]):
            if y < 0:
                continue
            fr = [k for k in f if k.startswith("frame:")] + ["all"]
            hit = normalize_name(x)
            new = any(hit in a for a in missed)
            for k in fr:
                n[k] += 1
                right[k] += y
                gain[k] += new
    print(f"{len(rows)} papers, {gold_total} gold tasks; frame: candidates, right, precision, missed gold tasks hit")
    for k, c in n.most_common():
        print(f"{k:32s} {c:5d} {right[k]:5d} {right[k] / c:.3f} {gain[k]:5d}")


def cv(rows: list[dict], C: float) -> dict:
    """Leave-one-read-set-out: {(threshold, max_add): {set: (tp, fp, fn, F1)}}."""
    table: dict = {}
    for held in dict.fromkeys(r["set"] for r in rows):
        train = [r for r in rows if r["set"] != held]
        vec, clf = fit([f for r in train for f in r["feats"]], [y for r in train for y in r["labels"]], C)
        test = [r for r in rows if r["set"] == held]
        probs = [list(clf.predict_proba(vec.transform(r["feats"]))[:, 1]) if r["feats"] else [] for r in test]
        golds = [r["gold"] for r in test]
        for t in THRESHOLDS:
            for m in MAX_ADDS:
                preds = [{"title": r["title"], "tasks": decide(r, p, t, m)} for r, p in zip(test, probs)]
                s = score(golds, preds).scores["tasks"]
                table.setdefault((t, m), {})[held] = (s.tp, s.fp, s.fn, round(s.f1, 3))
    return table


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("classes", "cv", "export"))
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--out", type=Path, help="write the weights (export) as JSON")
    ap.add_argument("--only", default=",".join(CLASSES or ("all",)),
                    help="the frames whose candidates are kept (cv, export; default: task_more.CLASSES; 'all': every frame)")
    args = ap.parse_args(argv)
    rows = load_papers()
    if args.command != "classes" and args.only != "all":
        only = {"frame:" + x for x in args.only.split(",")}
        for r in rows:
            keep = [i for i, f in enumerate(r["feats"]) if not only.isdisjoint(f)]
            for k in ("surf", "feats", "labels"):
                r[k] = [r[k][i] for i in keep]
    print(f"{len(rows)} papers, {sum(len(r['feats']) for r in rows)} candidates, "
          f"{sum(y == 1 for r in rows for y in r['labels'])} positive")
    if args.command == "classes":
        classes(rows)
        return
    if args.command == "export":
        write_weights(ap, args.out, lambda: export(rows, args.C))
        return
    print_cv(cv(rows, args.C), (float("inf"), 1), f"{'thr max':10s}", lambda k: f"{k[0]:5} {k[1]:2}   ", "rules")


if __name__ == "__main__":
    main()

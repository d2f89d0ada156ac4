"""A learned veto over the tasks kg chooses, cross-validated against keeping them all (issue 11, tasks).

Run from the checkout (numpy only)::

    python scripts/train_task_reject.py cv [--C 1.0]
    python scripts/train_task_reject.py export --out kg/extract/data/task_reject.json [--C 1.0]

Items and features: :mod:`kg.extract.task_reject` (every task kg chose, the veto off). A label is 1
when the task matches a gold task of the paper as ``kg eval`` matches, 0 when it matches none; one
matching only a ``doubtful`` entry is left out. Training data: the read and opened sets of
``scripts/dev_sets.py`` only; the check and closed sets are never read here. ``cv`` leaves one set
out at a time and scores it (tasks F1, :func:`kg.evaluate.score`) with the tasks scoring below each
threshold dropped (the paper's best task stays).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from the checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_sets import hooked_rows, print_cv, write_weights  # noqa: E402
from train_title_span import label  # noqa: E402

from kg.evaluate import score  # noqa: E402
from kg.extract.task_reject import features  # noqa: E402
from kg.extract.title_span import span_score  # noqa: E402
from kg.model import normalize_name  # noqa: E402

THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)


def fit(feats: list[dict], labels: list[int], C: float) -> tuple[float, dict[str, float]]:
    """(intercept, feature -> weight) of an L2-regularised logistic regression on the labelled tasks
    (doubtful ones left out), as scikit-learn's ``LogisticRegression(C=C)`` fits it (the penalty
    spares the intercept), by Newton's method in numpy: no scikit-learn needed."""
    import numpy as np

    pairs = [(f, y) for f, y in zip(feats, labels) if y >= 0]
    names = sorted({k for f, _ in pairs for k in f})
    index = {k: i + 1 for i, k in enumerate(names)}
    X = np.zeros((len(pairs), len(names) + 1))
    X[:, 0] = 1.0
    for r, (f, _) in enumerate(pairs):
        for k, v in f.items():
            X[r, index[k]] = v
    y = np.array([p[1] for p in pairs], dtype=float)
    reg = np.full(len(names) + 1, 1.0 / C)
    reg[0] = 0.0
    w = np.zeros(len(names) + 1)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-X @ w))
        grad = X.T @ (p - y) + reg * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), {k: float(w[i]) for k, i in index.items()}


def export(rows: list[dict], C: float) -> dict:
    """Weights of one model trained on every read paper: inference is a dot product."""
    b, w = fit([f for r in rows for f in r["feats"]], [y for r in rows for y in r["labels"]], C)
    return {"intercept": round(b, 6), "weights": {k: round(v, 6) for k, v in sorted(w.items()) if abs(v) > 1e-6}}


def load_papers() -> list[dict]:
    """Every gold paper of the read sets with kg's tasks (the veto off), the chosen tasks' surfaces,
    features and labels."""

    def record(text, tend, tasks, threshold=None):
        return {"surf": [text[c.start : c.end] for c in tasks], "feats": features(text, tend, tasks), "doc": (text, tend, list(tasks))}

    return hooked_rows("reject_tasks", record, lambda surface, row: label(surface, row["gold"]))


def decide(row: dict, probs: list[float], threshold: float) -> list[str]:
    """The paper's tasks less those scoring below ``threshold`` (its best-scoring task stays)."""
    if not probs:
        return list(row["tasks"])
    best = max(range(len(probs)), key=probs.__getitem__)
    drop = {normalize_name(s) for i, (s, p) in enumerate(zip(row["surf"], probs)) if p < threshold and i != best}
    return [t for t in row["tasks"] if normalize_name(t) not in drop]


def cv(rows: list[dict], C: float) -> dict:
    """Leave-one-set-out: {threshold: {set: (tp, fp, fn, F1)}}."""
    table: dict = {}
    for held in dict.fromkeys(r["set"] for r in rows):
        train = [r for r in rows if r["set"] != held]
        weights = fit([f for r in train for f in r["feats"]], [y for r in train for y in r["labels"]], C)
        test = [r for r in rows if r["set"] == held]
        probs = [[span_score(f, weights) for f in r["feats"]] for r in test]
        golds = [r["gold"] for r in test]
        for t in THRESHOLDS:
            preds = [{"title": r["title"], "tasks": decide(r, p, t)} for r, p in zip(test, probs)]
            s = score(golds, preds).scores["tasks"]
            table.setdefault(t, {})[held] = (s.tp, s.fp, s.fn, round(s.f1, 3))
    return table


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("cv", "export"))
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--cache", type=Path, help="a pickle of the extracted papers (written if missing, else read)")
    ap.add_argument("--out", type=Path, help="write the weights (export) as JSON")
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        rows = pickle.loads(args.cache.read_bytes())
        for r in rows:  # (features recomputed: the cache holds the chosen tasks, not what is read of them)
            r["feats"] = features(*r["doc"]) if r.get("doc") else []
    else:
        rows = load_papers()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rows))
    print(f"{len(rows)} papers, {sum(len(r['feats']) for r in rows)} tasks, "
          f"{sum(y == 1 for r in rows for y in r['labels'])} right")
    if args.command == "export":
        write_weights(ap, args.out, lambda: export(rows, args.C))
        return
    print_cv(cv(rows, args.C), 0.0, f"{'thr':6s}", lambda t: f"{t:5} ", "keep")


if __name__ == "__main__":
    main()

"""A learned choice of the title's task span, cross-validated against kg's title rules (issue 11,
tasks; the measurement is in docs/task-model.md).

Run from the checkout with the ``train`` extra (scikit-learn)::

    python scripts/train_title_span.py cv [--C 1.0]
    python scripts/train_title_span.py export --out kg/extract/data/title_span.json [--C 1.0]

Candidates and features: :mod:`kg.extract.title_span` (the word spans of the title's clauses, up to
eight words, plus kg's own title pick when the rules wrote it in the abstract's wording). A label is
1 when the span matches a gold task of the paper as ``kg eval`` matches; a span matching only a
``doubtful`` entry is left out. Training data: the read sets only (seeds, heldout, dev2-4,
train1r, train2, train3); the check and closed sets are never read here.

The sets are ``scripts/dev_sets.py``'s READ_SETS (a missing set is skipped).

``cv`` leaves one read set out at a time and scores it (tasks F1, :func:`kg.evaluate.score`) under
two decisions: ``replace`` puts the model's best span of a rule pick's clause in the pick's place
when its score beats the pick's by ``margin``; ``add`` gives a paper whose rules took no title task
the best title span scoring at least ``add``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from the checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_sets import READ_SETS as DEV_READ_SETS, pooled, read_set_papers, write_weights  # noqa: E402
from kg.evaluate import score  # noqa: E402
from kg.extract import Extractor, resolve  # noqa: E402
from kg.extract.title_clause import norm_phrase_words  # noqa: E402
from kg.extract.title_span import candidates, choose, title_picks as picks_of  # noqa: E402
from kg.model import Role, normalize_name, title_key  # noqa: E402

#: The read sets (scripts/dev_sets.py): name -> (gold, papers). No check or closed set.
READ_SETS = DEV_READ_SETS


def title_picks(mentions: list[tuple]) -> dict[str, str]:
    """The normalised tasks kg's rules took from the title (a title rule, or a title mention), each
    with its rule."""
    return picks_of((norm_phrase_words(text), rule, field == "title") for text, field, _s, _e, rule in mentions)


def load_papers() -> list[dict]:
    """Every gold paper of the read sets with kg's task mentions and its tasks list; a set whose
    files are missing is skipped with a note."""
    # The rules alone: the model's own revision (kg_resolve) is what is being learnt, so it is off,
    # and so are the scored further tasks (kg.extract.task_more), which come after it.
    shipped, resolve.revise_title_tasks = resolve.revise_title_tasks, lambda text, tend, tasks, names=(): tasks
    more, resolve.more_tasks = resolve.more_tasks, lambda text, tend, tasks, pool, names=(): tasks
    try:
        ex, rows = Extractor(), []
        for name, gold, papers in read_set_papers():
            for e in ex.extract(papers):
                ms = [(m.text, m.field, m.start, m.end, m.rule) for m in e.mentions if m.role is Role.TASK]
                rows.append({"set": name, "title": e.paper.title, "abstract": e.paper.abstract or "",
                             "gold": gold[title_key(e.paper.title)], "mentions": ms, "tasks": e.surface_lists()["tasks"]})
    finally:
        resolve.revise_title_tasks, resolve.more_tasks = shipped, more
    return rows


def label(surface: str, gold: dict) -> int:
    """1: matches a gold task; -1: matches only a doubtful entry; else 0."""
    k = normalize_name(surface)
    if any(k in [normalize_name(a) for a in g.split("|")] for g in gold.get("tasks") or []):
        return 1
    return -1 if k in {normalize_name(a) for d in gold.get("doubtful") or [] for a in d.split("|")} else 0


def items(row: dict) -> dict:
    """The paper's candidates (:func:`kg.extract.title_span.candidates`), their surfaces and labels."""
    picks = title_picks(row["mentions"])
    cands = candidates(row["title"], row["abstract"], picks)
    surf = [row["title"][sp.start : sp.end] if sp is not None else
            next((t for t in row["tasks"] if norm_phrase_words(t) == k), k) for sp, k in zip(cands.spans, cands.keys)]
    return {"cands": cands, "feats": cands.feats, "surf": surf, "labels": [label(s, row["gold"]) for s in surf]}


def decide(row: dict, it: dict, probs: list[float], margin: float, add: float) -> list[str]:
    """The paper's tasks after the model's choice (:func:`kg.extract.title_span.choose`)."""
    tasks = list(row["tasks"])
    keys = [norm_phrase_words(t) for t in tasks]
    for slot, i in choose(it["cands"], probs, keys, margin, add):
        if slot is None:
            tasks.append(it["surf"][i])
        else:
            tasks[slot] = it["surf"][i]
    return tasks


def fit(feats: list[dict], labels: list[int], C: float):
    """A logistic regression on the labelled candidates (doubtful ones left out)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    pairs = [(f, y) for f, y in zip(feats, labels) if y >= 0]
    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=5000).fit(vec.fit_transform([p[0] for p in pairs]), [p[1] for p in pairs])
    return vec, clf


MARGINS = (0.0, 0.1, 0.2, 0.3, 0.5, float("inf"))
ADDS = (0.3, 0.4, 0.5, 0.6, float("inf"))


def cv(rows: list[dict], its: list[dict], C: float) -> dict:
    """Leave-one-read-set-out: {(margin, add): {set: (tp, fp, fn, F1)}}."""
    table: dict = {}
    for held in dict.fromkeys(r["set"] for r in rows):
        train = [it for r, it in zip(rows, its) if r["set"] != held]
        vec, clf = fit([f for it in train for f in it["feats"]], [y for it in train for y in it["labels"]], C)
        test = [(r, it) for r, it in zip(rows, its) if r["set"] == held]
        probs = [list(clf.predict_proba(vec.transform(it["feats"]))[:, 1]) if it["feats"] else [] for _, it in test]
        golds = [r["gold"] for r, _ in test]
        for m in MARGINS:
            for a in ADDS:
                preds = [{"title": r["title"], "tasks": decide(r, it, p, m, a)} for (r, it), p in zip(test, probs)]
                s = score(golds, preds).scores["tasks"]
                table.setdefault((m, a), {})[held] = (s.tp, s.fp, s.fn, round(s.f1, 3))
    return table


def export(its: list[dict], C: float) -> dict:
    """Weights of one model trained on every read paper: inference is a dot product."""
    vec, clf = fit([f for it in its for f in it["feats"]], [y for it in its for y in it["labels"]], C)
    return {"intercept": round(float(clf.intercept_[0]), 6),
            "weights": {str(n): round(float(w), 6) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) > 1e-6}}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("cv", "export"))
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--out", type=Path, help="write the weights (export) as JSON")
    args = ap.parse_args(argv)
    rows = load_papers()
    its = [items(r) for r in rows]
    gold_title = sum(any(y == 1 for y in it["labels"]) for it in its)
    print(f"{len(rows)} papers, {sum(len(it['feats']) for it in its)} candidates, "
          f"{sum(y == 1 for it in its for y in it['labels'])} positive; papers with a gold task among them: {gold_title}")
    if args.command == "export":
        write_weights(ap, args.out, lambda: export(its, args.C))
        return
    table = cv(rows, its, args.C)
    base = table[(float("inf"), float("inf"))]
    sets = list(base)
    print(f"{'margin add':14s} " + " ".join(f"{s:>8s}" for s in sets) + "  pooled  sets>rules/<rules")
    for (m, a), row in table.items():
        better = sum(row[s][3] > base[s][3] for s in sets)
        worse = sum(row[s][3] < base[s][3] for s in sets)
        print(f"{m:5} {a:5}     " + " ".join(f"{row[s][3]:8.3f}" for s in sets)
              + f"  {pooled(row)[3]:.4f}  {better}/{worse}")


if __name__ == "__main__":
    main()

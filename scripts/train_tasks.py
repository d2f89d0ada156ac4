"""A task phrase classifier over kg's own task candidates, cross-validated against the rules
(issue 11, tasks; the measurement is in docs/task-model.md).

Run from the checkout, with its .venv and the ``train`` extra (``pip install -e '.[train]'``)::

    .venv/bin/python scripts/train_tasks.py cv [--C 1.0] [--out FILE.json]
    .venv/bin/python scripts/train_tasks.py export --out FILE.json [--C 1.0]

Candidates, per paper: every task candidate the rule components and the catalogue give kg_resolve,
the title's task phrases and their tails of two or more words ("talking head generation" in
"Generalized Talking Head Generation"), and the abstract's task phrases
(:func:`kg.extract.task_spans.task_phrases`: noun phrases ending in a task noun). One candidate per
lower-cased phrase. Features are cheap and read the text only: the head noun (in the curated
``task_heads`` / ``weak_heads`` lists of ``kg/extract/data/words.json``), length, title vs abstract,
the abstract sentence of the first mention, the word before it ("for", "of", "on", "address" ...),
the word after it ("task", "problem", an abbreviation), how often the abstract repeats it, which
rule emitted it and whether the rules chose it, and how many tasks the rules chose. A label is 1
when the phrase matches a gold task of the paper (kg eval's matching), and a phrase matching only
a "doubtful" entry is left out of training.

``cv`` is leave-one-set-out over the read sets of ``scripts/dev_sets.py`` (seeds, heldout, dev2-4,
train1r, train2, train3; the shipped weights were trained on six development sets, docs/task-model.md):
a logistic regression (scikit-learn) is trained on all but one and scored on the one left with
:func:`kg.evaluate.score`. Three decision modes per threshold: ``rules`` (kg as it is), ``model``
(the top three candidates at or above the threshold) and ``combined`` (the rules' tasks, less those
below ``drop``, plus the best other candidates at or above ``add`` while fewer than three).
``export`` trains on every set and writes the weights as JSON (feature -> weight, plus the
intercept), so that inference needs no scikit-learn. The closed held-out sets are never read here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from the checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_sets import DEV_SETS, write_weights  # noqa: E402

from kg.evaluate import load_gold, score  # noqa: E402
from kg.extract import Extractor, state_doc  # noqa: E402
from kg.extract.doc import state  # noqa: E402
from kg.extract.shapes import TASK_HEADS, WEAK_HEADS, lower_same_length  # noqa: E402
from kg.extract.task_spans import task_phrases  # noqa: E402
from kg.extract.tasks import MAX_TASKS  # noqa: E402
from kg.ingest import read_inputs  # noqa: E402
from kg.model import Role, normalize_name, title_key  # noqa: E402

#: The read sets (scripts/dev_sets.py): name -> (gold file, papers).
SETS = DEV_SETS

# The word before a phrase's first abstract mention, kept when it is one of these (a cue or a
# function word); any other word is "other".
_BEFORE = frozenset(("for", "of", "on", "in", "to", "the", "a", "an", "and", "address", "addresses", "tackle",
                     "tackles", "study", "studies", "as", "via", "with", "is", "<s>"))
_AFTER = frozenset(("task", "tasks", "problem", "problems", "is", "and", "methods", "models", "benchmarks"))


def key(phrase: str) -> str:
    """One candidate per phrase: lower case, dashes as spaces, single spaces."""
    return " ".join(phrase.lower().replace("-", " ").split())


def paper_record(extractor: Extractor, title: str, abstract: str) -> dict:
    """What the rules give kg_resolve for one paper (its task candidates) and what it keeps."""
    comps = [(name, proc) for name, proc in extractor.nlp.pipeline]
    doc = state_doc(title, abstract)
    pool: list[tuple[int, int, str]] = []
    for name, proc in comps:
        if name == "kg_resolve":
            st = state(doc)
            pool = [(c.start, c.end, c.rule) for c in st.candidates if c.role is Role.TASK]
        doc = proc(doc)
    st = state(doc)
    final = [m.text for m in st.mentions if m.role is Role.TASK]
    return {"title": title, "text": st.text, "tend": st.title_end, "sents": list(st.sents), "pool": pool, "final": final}


def candidates(rec: dict) -> dict[str, dict]:
    """{key: {"spans", "src", "sel"}}: the rules' candidates and the extra phrases, one per key."""
    text, tend = rec["text"], rec["tend"]
    low = lower_same_length(text)
    out: dict[str, dict] = {}

    def add(s: int, e: int, src: str) -> None:
        k = key(text[s:e])
        if k:
            c = out.setdefault(k, {"spans": [], "src": set(), "sel": False})
            c["spans"].append((s, e))
            c["src"].add(src)

    for s, e, rule in rec["pool"]:
        add(s, e, "rule:" + (rule if rule.startswith("tasks:") else rule.split(":")[0]))
    for s, e in task_phrases(text, 0, tend, low[:tend]):
        add(s, e, "title_phrase")
        words = [m.start() + s for m in re.finditer(r"\S+", text[s:e])]
        for w in words[1:-1]:  # tails of two or more words
            add(w, e, "title_tail")
    for s, e in task_phrases(text, tend, len(text), low):
        add(s, e, "abs_phrase")
    for k in {key(f) for f in rec["final"]}:
        if k in out:
            out[k]["sel"] = True
    return out


def features(rec: dict, k: str, c: dict, cands: dict[str, dict]) -> dict[str, float]:
    """The features of candidate ``k`` (see the module docstring)."""
    text, tend = rec["text"], rec["tend"]
    words = k.split()
    head = words[-1]
    f: dict[str, float] = {"sel": float(c["sel"]), "n_src": len(c["src"])}
    f.update({"src=" + s: 1.0 for s in c["src"]})
    f["head_task"] = float(head in TASK_HEADS)
    f["head_weak"] = float(head in WEAK_HEADS)
    if head in TASK_HEADS:
        f["head=" + head] = 1.0
    f[f"words={min(len(words), 5)}"] = 1.0
    f["in_title"] = float(k in key(text[:tend]))
    n_abs = key(text[tend:]).count(k)
    f["abs_count"] = min(n_abs, 4) / 4
    f["abs_zero"] = float(n_abs == 0)
    f["first_ing"] = float(words[0].endswith("ing") and words[0] not in TASK_HEADS)
    f["digit"] = float(any(ch.isdigit() for ch in k))
    f["contains_other"] = float(any(o != k and o in k for o in cands))
    f["inside_other"] = float(any(o != k and k in o for o in cands))
    _position_features(rec, c, f)
    chosen = [o for o, v in cands.items() if v["sel"]]
    f[f"chosen={len(chosen)}"] = 1.0
    if not c["sel"]:
        f[f"unchosen_chosen={len(chosen)}"] = 1.0
        f["same_head_as_chosen"] = float(any(o.split()[-1] == head for o in chosen))
        f["overlaps_chosen"] = float(any(o in k or k in o for o in chosen))
    return f


def _position_features(rec: dict, c: dict, f: dict[str, float]) -> None:
    """Where the phrase is first mentioned, and the words around that mention."""
    text, tend = rec["text"], rec["tend"]
    body = [x for x in rec["sents"] if x[0] >= tend]
    in_abs = sorted(sp for sp in c["spans"] if sp[0] >= tend)
    if in_abs:
        s, e = in_abs[0]
        idx = next((i for i, (a, b) in enumerate(body) if a <= s < b), len(body))
        f[f"sentence={min(idx, 3)}"] = 1.0
        before = text[max(tend, s - 30) : s].lower().split()
        word = before[-1] if before else "<s>"
        f["before=" + (word if word in _BEFORE else "other")] = 1.0
        after = text[e : e + 12].lower().split()
        nxt = after[0].strip(".,;:") if after else ""
        if nxt in _AFTER:
            f["after=" + nxt] = 1.0
        if after and after[0].startswith("("):
            f["after=("] = 1.0
        f["capitalised_in_abstract"] = float(text[s:e].istitle())
    else:
        f["sentence=none"] = 1.0
    in_title = sorted(sp for sp in c["spans"] if sp[0] < tend)
    if in_title:
        s = in_title[0][0]
        before = text[max(0, s - 20) : s].lower().split()
        word = before[-1] if before else "<s>"
        f["title_before=" + (word if word in _BEFORE else "other")] = 1.0
        f["after_title_colon"] = float(":" in text[:s])


def labelled(rec: dict, gold: dict) -> list[tuple[str, str, dict, int, bool]]:
    """(key, surface, features, label, chosen by the rules) per candidate; label -1 = doubtful."""
    cands = candidates(rec)
    entries = [[normalize_name(a) for a in g.split("|")] for g in gold.get("tasks") or []]
    doubt = {normalize_name(a) for d in gold.get("doubtful") or [] for a in d.split("|")}
    out = []
    for k, c in cands.items():
        s, e = min(c["spans"])
        surface = rec["text"][s:e]
        nk = normalize_name(surface)
        lab = 1 if any(nk in alts for alts in entries) else (-1 if nk in doubt else 0)
        out.append((k, surface, features(rec, k, c, cands), lab, c["sel"]))
    return out


def load_sets(names=tuple(SETS)) -> list[dict]:
    """Every gold paper of the named sets: its rule record, gold and labelled candidates."""
    extractor = Extractor()
    rows = []
    for name in names:
        gold_path, papers = SETS[name]
        gold = {title_key(g["title"]): g for g in load_gold(gold_path)}
        for paper in read_inputs([str(papers)]).papers:
            g = gold.get(title_key(paper.title))
            if g is None:
                continue
            rec = paper_record(extractor, paper.title, paper.abstract or "")
            rows.append({"set": name, "rec": rec, "gold": g, "items": labelled(rec, g)})
    return rows


def decide(items: list, probs: list[float], mode: str, add: float, drop: float = 0.0) -> list[str]:
    """The tasks one paper gets: ``model`` (top candidates at or above ``add``) or ``combined``
    (the rules' picks at or above ``drop``, then others at or above ``add``); none inside another."""
    order = sorted(range(len(items)), key=lambda i: -probs[i])
    out: list[int] = []
    if mode == "combined":
        out = [i for i in order if items[i][4] and probs[i] >= drop]
    for i in order:
        if len(out) >= MAX_TASKS:
            break
        if (mode == "combined" and items[i][4]) or probs[i] < add:
            continue
        if any(items[i][0] in items[j][0] or items[j][0] in items[i][0] for j in out):
            continue
        out.append(i)
    return [items[i][1] for i in out]


def fit(rows: list[dict], C: float):
    """A logistic regression on the candidates of ``rows`` (doubtful ones left out)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    pairs = [(it[2], it[3]) for r in rows for it in r["items"] if it[3] >= 0]
    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=2000).fit(vec.fit_transform([p[0] for p in pairs]), [p[1] for p in pairs])
    return vec, clf


#: (mode, add threshold, drop threshold) scored by ``cv``.
CONFIGS = ([("rules", 0.0, 0.0)] + [("model", t, 0.0) for t in (0.3, 0.4, 0.5)]
           + [("combined", a, d) for a in (0.4, 0.5, 0.6, 0.7) for d in (0.0, 0.2, 0.3)])


def cv(rows: list[dict], C: float) -> dict:
    """Leave-one-set-out: {config label: {set: (P, R, F1)}} plus each config's mean F1."""
    table: dict[str, dict] = {}
    for held in SETS:
        train = [r for r in rows if r["set"] != held]
        test = [r for r in rows if r["set"] == held]
        vec, clf = fit(train, C)
        probs = [list(clf.predict_proba(vec.transform([it[2] for it in r["items"]]))[:, 1]) if r["items"] else [] for r in test]
        golds = [{"title": r["rec"]["title"], "tasks": r["gold"].get("tasks") or [], "doubtful": r["gold"].get("doubtful") or []}
                 for r in test]
        for mode, add, drop in CONFIGS:
            label = mode if mode == "rules" else f"{mode} add>={add}" + (f" drop<{drop}" if mode == "combined" else "")
            preds = [{"title": r["rec"]["title"],
                      "tasks": r["rec"]["final"] if mode == "rules" else decide(r["items"], p, mode, add, drop)}
                     for r, p in zip(test, probs)]
            s = score(golds, preds).scores["tasks"]
            table.setdefault(label, {})[held] = (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3))
    for label, row in table.items():
        row["mean_f1"] = round(sum(v[2] for k, v in row.items() if k in SETS) / len(SETS), 4)
    return table


def export(rows: list[dict], C: float) -> dict:
    """Weights of one model trained on every development paper: inference is a dot product."""
    vec, clf = fit(rows, C)
    names = vec.get_feature_names_out()
    return {"intercept": float(clf.intercept_[0]),
            "weights": {str(n): round(float(w), 6) for n, w in zip(names, clf.coef_[0]) if w}}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("cv", "export"))
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--out", type=Path, help="write the table (cv) or the weights (export) as JSON")
    args = ap.parse_args(argv)
    rows = load_sets()
    oracle = sum(any(normalize_name(it[1]) in [normalize_name(a) for a in g.split("|")] for it in r["items"])
                 for r in rows for g in r["gold"].get("tasks") or [])
    total = sum(len(r["gold"].get("tasks") or []) for r in rows)
    print(f"{len(rows)} papers, {sum(len(r['items']) for r in rows)} candidates; "
          f"gold tasks among the candidates: {oracle} of {total}")
    if args.command == "export":
        write_weights(ap, args.out, lambda: export(rows, args.C))
        return
    table = cv(rows, args.C)
    print(f"{'config':32s} " + " ".join(f"{s:>7s}" for s in SETS) + "  mean F1")
    for label, row in table.items():
        print(f"{label:32s} " + " ".join(f"{row[s][2]:7.3f}" for s in SETS) + f"  {row['mean_f1']:.4f}")
    if args.out:
        args.out.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

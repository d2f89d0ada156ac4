"""Train and cross-validate the candidate classifier (:mod:`kg.extract.candidates`).

    .venv/bin/python scripts/train_candidates.py cv      # leave-one-set-out table over the dev sets
    .venv/bin/python scripts/train_candidates.py train   # fit on every dev set, write data/candidates.json

Needs the ``train`` extra (scikit-learn): ``pip install -e '.[train]'``. Seeded, CPU, about a
minute. Labels come from the DEV gold sets only (seeds, heldout, dev2, dev3, blind, blind4, and
scirex-dev for datasets); a span is labelled by the gold key its normalized text matches
("proposed", "methods", "datasets"/"introduced_datasets"), else "none"; spans matching a
"doubtful" entry are left out. scirex-dev's methods follow other guidelines, so its spans
matching one of its methods, tasks or metrics are left out too, and only its any_dataset is scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "gold"
DEV_SETS = {
    "seeds": (SHARED / "seeds.gold.jsonl", ROOT / "seeds"),
    "heldout": (ROOT / "tests/data/heldout/dev.gold.jsonl", ROOT / "tests/data/heldout/dev.papers.jsonl"),
    "dev2": (ROOT / "tests/data/dev2/dev2.gold.jsonl", ROOT / "tests/data/dev2/dev2.papers.jsonl"),
    "dev3": (ROOT / "tests/data/dev3/dev3.gold.jsonl", ROOT / "tests/data/dev3/dev3.papers.jsonl"),
    "blind": (ROOT / "tests/data/blind/blind.gold.jsonl", ROOT / "tests/data/blind/blind.papers.jsonl"),
    "blind4": (ROOT / "tests/data/blind4/blind4.gold.jsonl", ROOT / "tests/data/blind4/blind4.papers.jsonl"),
    "scirex": (SHARED / "scirex-dev/gold.jsonl", SHARED / "scirex-dev/papers.jsonl"),
}
KEYS = ("proposed", "any_method", "any_dataset")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SEED = 0
MIN_COUNT = 2  # a feature seen once in training gets no weight


def _label(key: str, gold: dict, scirex: bool) -> str | None:
    from kg.model import normalize_name

    def has(*fields):
        return any(key in {normalize_name(a) for a in g.split("|")} for f in fields for g in gold.get(f) or [])

    if has("doubtful"):
        return None
    if scirex:
        if has("datasets", "introduced_datasets"):
            return "datasets"
        return None if has("methods", "proposed", "tasks", "metrics") else "none"
    if has("proposed"):
        return "proposed"
    if has("methods"):
        return "methods"
    if has("datasets", "introduced_datasets"):
        return "datasets"
    return "none"


def _matched(key: str, gold: dict, emitted: set[str]) -> bool:
    """Is ``key`` one form of a gold entry that an emitted name already matches?"""
    from kg.model import normalize_name

    for f in ("proposed", "methods", "datasets", "introduced_datasets"):
        for g in gold.get(f) or []:
            alts = {normalize_name(a) for a in g.split("|")}
            if key in alts and alts & emitted:
                return True
    return False


def analysed(name: str):
    """[(paper title, gold record, doc state)] of one dev set, with the rules run."""
    from kg.evaluate import load_gold
    from kg.extract import Extractor, state_doc
    from kg.extract.doc import state
    from kg.ingest import read_inputs
    from kg.model import title_key

    gold_path, papers_path = DEV_SETS[name]
    gold = {title_key(g["title"]): g for g in load_gold(gold_path)}
    comps = [proc for _, proc in Extractor().nlp.pipeline]
    out = []
    for p in read_inputs([papers_path]).papers:
        g = gold.get(title_key(p.title))
        if g is None:
            continue
        doc = state_doc(p.title, p.abstract or "")
        for proc in comps:
            doc = proc(doc)
        out.append((p.title, g, state(doc)))
    return out


def rows(name: str, docs, unemitted: bool = False) -> list[tuple[list[str], str | None, int]]:
    """(features, label, doc index) of every span of every doc of a set (``unemitted``: only
    the spans whose name the rules did not emit as a method or dataset, the ones
    :func:`~kg.extract.candidates.additions` scores)."""
    from kg.extract import candidates as cm
    from kg.model import normalize_name

    out = []
    for i, (_, g, st) in enumerate(docs):
        ctx = cm.context(st.text, st.candidates, st.mentions)
        emitted = {normalize_name(m.text) for m in st.mentions if m.role.value in ("proposed", "methods", "datasets", "introduced_datasets")}
        for sp in cm.spans(st.text, st.sents):
            if unemitted and (normalize_name(sp.text) in emitted or cm._defines_emitted(st.text, sp.end, emitted)):
                continue
            feats = cm.features(st.text, st.title_end, st.sents, sp, *ctx)
            label = _label(normalize_name(sp.text), g, name == "scirex")
            if unemitted and label not in (None, "none") and _matched(normalize_name(sp.text), g, emitted):
                label = None  # another form of a name the rules found: adding it changes nothing
            out.append((feats, label, i))
    return out


def fit(train_rows, c: float = 0.5) -> dict:
    """A multinomial logistic regression over binary features, as the weights file's dict."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from kg.extract.candidates import CLASSES

    data = [(f, y) for f, y, _ in train_rows if y is not None]
    counts = Counter(x for f, _ in data for x in set(f))
    keep = {x for x, n in counts.items() if n >= MIN_COUNT}
    vec = DictVectorizer()
    X = vec.fit_transform([{x: 1 for x in f if x in keep} for f, _ in data])
    y = [CLASSES.index(lab) for _, lab in data]
    clf = LogisticRegression(C=c, max_iter=2000, random_state=SEED).fit(X, y)
    assert list(clf.classes_) == list(range(len(CLASSES))), clf.classes_
    names = vec.get_feature_names_out()
    weights = {n: [round(float(v), 4) for v in clf.coef_[:, j]] for j, n in enumerate(names) if any(abs(clf.coef_[:, j]) > 1e-4)}
    return {"classes": list(CLASSES), "bias": [round(float(v), 4) for v in clf.intercept_], "weights": weights,
            "_trained": {"script": "scripts/train_candidates.py", "c": c, "min_count": MIN_COUNT, "seed": SEED}}


def predictions(docs, model, threshold: float | None, remove: float | None = None) -> list[dict]:
    """Gold-style records: the rules' lists plus the model's additions at ``threshold`` (None:
    rules only), less the rule names the model calls "none" with at least ``remove``."""
    from kg.extract import candidates as cm
    from kg.model import Extraction, Paper, Source, normalize_name

    out = []
    for title, _, st in docs:
        lists = Extraction(Paper(title=title, abstract="", source=Source("x", 0)), tuple(st.mentions), ()).surface_lists()
        if remove is not None:
            drop = _removals(st, model, remove)
            for k in ("proposed", "methods", "datasets", "introduced_datasets"):
                lists[k] = [x for x in lists[k] if normalize_name(x) not in drop]
        if threshold is not None:
            for sp, cls, _ in cm.additions(st.text, st.title_end, st.sents, st.candidates, st.mentions, model, threshold):
                lists[cls].append(sp.text)
        out.append({"title": title, **lists})
    return out


def _removals(st, model, t: float) -> set[str]:
    from kg.extract import candidates as cm
    from kg.model import normalize_name

    ctx = cm.context(st.text, st.candidates, st.mentions)
    emitted = {normalize_name(m.text) for m in st.mentions if m.role.value in ("proposed", "methods", "datasets")}
    drop: set[str] = set()
    for sp in cm.spans(st.text, st.sents):
        k = normalize_name(sp.text)
        if k in emitted and model.probabilities(cm.features(st.text, st.title_end, st.sents, sp, *ctx))[0] >= t:
            drop.add(k)
    return drop


def _scores(gold, preds, name: str) -> dict[str, tuple[int, int, int]]:
    from kg.evaluate import score

    rep = score(gold, preds)
    keys = ("any_dataset",) if name == "scirex" else KEYS
    return {k: (rep.scores[k].tp, rep.scores[k].fp, rep.scores[k].fn) for k in keys}


def _fmt(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{f:.3f} ({p:.2f}/{r:.2f})"


def cv(sets: list[str], c: float, removes: tuple[float, ...], unemitted: bool) -> None:
    """Leave one set out: train on the others, score rules-only and combined on it."""
    from kg.extract.candidates import Model

    docs = {n: analysed(n) for n in sets}
    data = {n: rows(n, docs[n], unemitted) for n in sets}
    print(f"spans: {sum(len(r) for r in data.values())}; labelled: "
          f"{sum(1 for r in data.values() for _, y, _ in r if y not in (None, 'none'))}", file=sys.stderr)
    settings = [("rules", None, None)] + [(f"add>={t}", t, None) for t in THRESHOLDS] + [(f"remove>={t}", None, t) for t in removes]
    totals = {s: {} for s, _, _ in settings}
    for n in sets:
        model = Model(fit([r for m in sets if m != n for r in data[m]], c))
        gold = [g for _, g, _ in docs[n]]
        for s, t, rm in settings:
            got = _scores(gold, predictions(docs[n], model, t, rm), n)
            print(f"{n:8s} {s:12s} " + "  ".join(f"{k} {_fmt(*v)}" for k, v in got.items()))
            for k, v in got.items():
                old = totals[s].get(k, (0, 0, 0))
                totals[s][k] = tuple(a + b for a, b in zip(old, v))
    print("pooled over the left-out sets (F1 (P/R)):")
    for s, _, _ in settings:
        print(f"  {s:12s} " + "  ".join(f"{k} {_fmt(*v)} tp {v[0]} fp {v[1]}" for k, v in totals[s].items()))


def train(sets: list[str], c: float, out: Path, unemitted: bool) -> None:
    data = [r for n in sets for r in rows(n, analysed(n), unemitted)]
    model = fit(data, c)
    model["_trained"].update(sets=sets, unemitted_only=unemitted)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{out}: {len(model['weights'])} features from {len(data)} spans", file=sys.stderr)


CORPUS = ROOT.parent / "shared/corpora/paperlists-abstracts.jsonl.gz"


def _corpus_states(first: int, last: int):
    """(title, doc state) of corpus lines ``first``..``last`` - 1 (1-based), rules run."""
    import gzip
    from itertools import islice

    from kg.extract import Extractor, state_doc
    from kg.extract.doc import state

    comps = [proc for _, proc in Extractor().nlp.pipeline]
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in islice(fh, first - 1, last - 1):
            rec = json.loads(line)
            doc = state_doc(rec.get("title") or "", rec.get("abstract") or "")
            for proc in comps:
                doc = proc(doc)
            yield rec.get("title") or "", state(doc)


def corpus(threshold: float, out: Path | None) -> None:
    """The shipped model's additions on corpus lines 75,000-76,000 (in no gold set), and a
    seeded random 40 of them for judging by hand."""
    import random

    from kg.extract import candidates as cm
    from kg.extract.sentences import sentence_at

    model = cm.load_model()
    found = []
    for title, st in _corpus_states(75_000, 76_000):
        for sp, cls, p in cm.additions(st.text, st.title_end, st.sents, st.candidates, st.mentions, model, threshold):
            a, b = sentence_at(st.sents, sp.start)
            found.append({"title": title, "name": sp.text, "class": cls, "p": round(p, 3), "sentence": st.text[a:b].strip()})
    print(f"{len(found)} additions at >= {threshold} on 1,000 abstracts", file=sys.stderr)
    sample = random.Random(SEED).sample(found, min(40, len(found)))
    if out:
        out.write_text("".join(json.dumps(r) + "\n" for r in sample), encoding="utf-8")


def timing(n: int) -> None:
    """CPU ms per abstract of :func:`~kg.extract.candidates.additions` on the first ``n``
    corpus abstracts (the rules' own time excluded)."""
    import time

    from kg.extract import candidates as cm

    model = cm.load_model()
    states = [st for _, st in _corpus_states(1, n + 1)]
    for t in (0.9, 0.5):
        t0 = time.process_time()
        added = sum(len(cm.additions(st.text, st.title_end, st.sents, st.candidates, st.mentions, model, t)) for st in states)
        ms = (time.process_time() - t0) * 1000 / len(states)
        print(f"kg_candidate_model at {t}: {ms:.3f} CPU ms per abstract over {len(states)} abstracts, {added} additions")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("cv", "train", "corpus", "time"))
    ap.add_argument("--threshold", type=float, default=0.9, help="corpus: the addition threshold")
    ap.add_argument("--n", type=int, default=3000, help="time: corpus abstracts")
    ap.add_argument("--out-sample", type=Path, default=None, help="corpus: write 40 random additions here")
    ap.add_argument("--sets", default=",".join(DEV_SETS), help="dev sets to use (comma-separated)")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--remove", default="", help="cv: also try removing rule names at these p(none) thresholds")
    ap.add_argument("--unemitted", action="store_true", help="train only on spans the rules did not emit")
    ap.add_argument("--out", type=Path, default=ROOT / "kg/extract/data/candidates.json")
    a = ap.parse_args()
    sets = a.sets.split(",")
    if a.command == "cv":
        cv(sets, a.c, tuple(float(x) for x in a.remove.split(",") if x), a.unemitted)
    elif a.command == "train":
        train(sets, a.c, a.out, a.unemitted)
    elif a.command == "corpus":
        corpus(a.threshold, a.out_sample)
    else:
        timing(a.n)


if __name__ == "__main__":
    main()

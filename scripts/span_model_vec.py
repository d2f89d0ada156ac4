"""A spaCy span categoriser with static word vectors built from the corpus, cross-validated
against and together with kg's rules on the read + open gold sets (docs/span-model.md, "Word
vectors and 2,330 gold papers", issue 11).

Differs from ``scripts/train_spans.py`` (which it reuses) in three ways: the vectors
(``scripts/span_vectors.py``, no test paper in their corpus) feed the ``tok2vec`` beside the
hash embeddings; the gold is the 2,330 papers of the read and open sets with train1 whole; and
PROPOSED is a label of its own. Besides adding the model's names to the rules' lists at a
threshold (always, or only where the rules' list is empty), the model can *filter*: a rule name
whose every occurrence the model scores below ``f`` for its key is dropped. Run with kg's venv::

    python scripts/span_model_vec.py cv --vectors build/vectors/model --work W --only-folds 0,1
    python scripts/span_model_vec.py report --work W            # the CV table per combination
    python scripts/span_model_vec.py check --vectors build/vectors/model --work W
    python scripts/span_model_vec.py speed --work W             # CPU-ms per abstract

``check`` trains one model on every read + open paper and prints pooled totals on the check
sets (blind, blind3, blind4, dev5): totals only, no paper's errors. No paper is scored by a
model trained on it; the closed sets are never read.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_spans as ts  # noqa: E402  (puts the checkout on sys.path)

import spacy  # noqa: E402

from kg.evaluate import load_gold, score  # noqa: E402
from kg.extract import extract_papers  # noqa: E402
from kg.model import normalize_name  # noqa: E402

ROOT, DATA = ts.ROOT, ts.ROOT / "tests/data"
#: Read + open sets (train1 whole, 840 papers): name -> (gold, papers).
SETS = {"seeds": ts.SETS["seeds"], "heldout": ts.SETS["heldout"],
        **{n: (DATA / f"{n}/{n}.gold.jsonl", DATA / f"{n}/{n}.papers.jsonl")
           for n in ("dev2", "dev3", "dev4", "train1", "train2", "train3", "blind2", "blind5", "blind6", "blind7")}}
CHECK = {n: (DATA / f"{n}/{n}.gold.jsonl", DATA / f"{n}/{n}.papers.jsonl") for n in ("blind", "blind3", "blind4", "dev5")}
LABELS = {"PROPOSED": ("proposed",), "METHOD": ("methods",), "DATASET": ("datasets", "introduced_datasets"),
          "METRIC": ("metrics",), "TASK": ("tasks",)}
KEY_OF = {label: keys[0] for label, keys in LABELS.items()}
#: Rule list key -> the labels whose score vouches for one of its names.
VOUCH = {"proposed": ("PROPOSED", "METHOD"), "methods": ("METHOD", "PROPOSED"), "datasets": ("DATASET",),
         "introduced_datasets": ("DATASET",), "metrics": ("METRIC",), "tasks": ("TASK",)}
ADD_T = (0.3, 0.5, 0.7, 0.8, 0.9)
FILTER_T = (0.001, 0.003, 0.01, 0.03)
FLOOR = 0.0005  # the lowest score kept from the model (the filter's "not scored" is below it)


def config(train: Path, dev: Path, steps: int, seed: int, vectors: Path | None):
    """train_spans' narrow spancat config, five labels, the static vectors beside MultiHashEmbed."""
    cfg = ts.training_config(train, dev, steps, seed)
    cfg["components"]["spancat"]["threshold"] = 0.5
    if vectors is not None:
        cfg["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] = True
        cfg["initialize"]["vectors"] = str(vectors)
        cfg["paths"]["vectors"] = str(vectors)
    return cfg


def train(train_items, dev_items, out: Path, steps: int, vectors: Path | None, seed: int = 0) -> Path:
    """Train on ``train_items`` (``dev_items`` pick the checkpoint); the best model's path."""
    return ts.train_model(train_items, dev_items, out, steps, seed, labels=LABELS,
                          config=lambda train, dev, steps, seed: config(train, dev, steps, seed, vectors))


def load(path: Path):
    """The trained pipeline, its spancat keeping every span scored at :data:`FLOOR` or more."""
    nlp = spacy.load(path)
    nlp.get_pipe("spancat").cfg["threshold"] = FLOOR
    return nlp


def model_lists(doc, spans: dict, t: float) -> dict[str, list[str]]:
    """The model's names at ``t`` or more, by gold key (:func:`train_spans.pick_names`)."""
    return ts.pick_names(doc, spans, t, KEY_OF)


def vouch(doc, spans: dict, key: str, name: str) -> float | None:
    """The model's best score for ``name`` as ``key`` over its occurrences in the doc; None when
    the name does not occur as written (the filter then keeps it)."""
    pattern = ts._form_pattern(name)
    found = None
    for m in pattern.finditer(doc.text) if pattern else ():
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            s = max(spans.get((span.start, span.end, lab), 0.0) for lab in VOUCH[key])
            found = s if found is None else max(found, s)
    return found


def filtered(rules: dict, doc, spans: dict, f: float) -> dict[str, list[str]]:
    """The rules' lists without the names the model scores below ``f`` for their key."""
    out = {}
    for k, names in rules.items():
        if k not in VOUCH:
            out[k] = list(names)
            continue
        out[k] = [n for n in names if (v := vouch(doc, spans, k, n)) is None or v >= f]
    return out


def fill(rules: dict, model: dict) -> dict[str, list[str]]:
    """The model's names added only under the keys the rules left empty."""
    return ts.combine(rules, model, tuple(k for k in model if not rules.get(k)))


def variants(rules: dict, doc, spans: dict) -> dict[str, dict]:
    """Every combination, by name: rules; model alone; add (always) and fill (rules' key empty)
    at each threshold; the filter at each floor."""
    keys = tuple(KEY_OF.values())
    out = {"rules": rules, "model@0.5": ts.combine({}, model_lists(doc, spans, 0.5), keys)}
    for t in ADD_T:
        model = model_lists(doc, spans, t)
        out[f"add@{t}"] = ts.combine(rules, model, keys)
        out[f"fill@{t}"] = fill(rules, model)
    for f in FILTER_T:
        out[f"filter@{f}"] = filtered(rules, doc, spans, f)
    return out


def predict(nlp, items: list[dict]) -> dict[str, list[dict]]:
    """Each combination's records for ``items`` (title + lists), as ``kg eval`` reads them."""
    rules = [e.surface_lists() for e in extract_papers([it["paper"] for it in items])]
    out: dict[str, list[dict]] = {}
    for it, r, doc in zip(items, rules, nlp.pipe([it["text"] for it in items], batch_size=32)):
        for name, lists in variants(r, doc, ts.doc_span_scores(doc)).items():
            out.setdefault(name, []).append({"title": it["title"], **lists})
    return out


def folds_of(items: list[dict], folds: int, seed: int = 0) -> list[list[int]]:
    """Item indices of each fold (a fixed shuffle)."""
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    return [order[f::folds] for f in range(folds)]


def run_fold(items, f: int, folds: int, steps: int, work: Path, vectors: Path | None) -> None:
    """Train without fold ``f`` (a tenth of the rest picks the checkpoint), predict fold ``f``,
    write its records per combination and the gold to ``work/fold{f}.json``."""
    split = folds_of(items, folds)
    test = [items[i] for i in split[f]]
    rest = [items[i] for g in range(folds) if g != f for i in split[g]]
    dev = rest[: len(rest) // 10]
    print(f"fold {f + 1}/{folds}: train {len(rest) - len(dev)}, dev {len(dev)}, test {len(test)}", flush=True)
    nlp = load(train(rest[len(dev):], dev, work / f"fold{f}", steps, vectors))
    rec = {"gold": [it["gold"] for it in test], "sets": [it["set"] for it in test], "pred": predict(nlp, test)}
    (work / f"fold{f}.json").write_text(json.dumps(rec))


def table(gold: list[dict], pred: dict[str, list[dict]]) -> dict[str, dict]:
    """Per combination and report key: P, R, F1, tp, fp, fn by kg's scorer."""
    return {name: ts._scores(score(gold, recs)) for name, recs in pred.items()}


def best_per_key(tab: dict[str, dict]) -> dict[str, str]:
    """Per key, the combination with the highest F1 (the rules on a tie)."""
    return {k: max(tab, key=lambda n: (tab[n][k]["f1"], n == "rules")) for k in ts.REPORT_KEYS}


def report(work: Path) -> dict:
    """Pool the folds written in ``work``; print and return the CV table and the best per key."""
    gold, pred = [], {}
    for f in sorted(work.glob("fold*.json")):
        rec = json.loads(f.read_text())
        gold += rec["gold"]
        for name, recs in rec["pred"].items():
            pred.setdefault(name, []).extend(recs)
    tab = table(gold, pred)
    print(f"{len(gold)} papers\n" + ts.markdown(tab))
    best = best_per_key(tab)
    print("best per key: " + json.dumps(best))
    (work / "cv.json").write_text(json.dumps({"table": tab, "best": best}, indent=1))
    return {"table": tab, "best": best}


def check(work: Path, steps: int, vectors: Path | None, combos: list[str] | None = None) -> None:
    """One model on every read + open paper; pooled totals on the check sets of the ``combos``
    picked on CV (default: the rules alone); no other row is kept or printed."""
    items = ts.load_items(tuple(SETS), SETS)
    dev = items[::10]
    nlp = load(train([it for k, it in enumerate(items) if k % 10], dev, work / "all", steps, vectors))
    gold, pred = [], {}
    for name in CHECK:
        citems = ts.load_items((name,), CHECK)
        gold += load_gold(CHECK[name][0])
        for combo, recs in predict(nlp, citems).items():
            pred.setdefault(combo, []).extend(recs)
    tab = table(gold, pred)
    combos = combos or ["rules"]
    tab = {name: tab[name] for name in combos}
    (work / "check.json").write_text(json.dumps(tab, indent=1))
    print(f"check sets pooled ({len(gold)} papers)\n" + ts.markdown(tab))


def speed(work: Path, n: int = 1000, skip: int = ts.SILVER_SKIP) -> None:
    """CPU-ms per abstract of the model alone on ``n`` corpus abstracts (lines from ``skip``)."""
    import gzip
    from itertools import islice

    with gzip.open(ts.CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in islice(fh, skip, skip + n)]
    texts = [ts.paper_text(r.get("title") or "", r.get("abstract") or "") for r in rows]
    nlp = load(work / "all" / "run" / "model-best")
    c0 = time.process_time()
    spans = sum(len(d.spans[ts.SPANS_KEY]) for d in nlp.pipe(texts, batch_size=32))
    ms = 1000 * (time.process_time() - c0) / len(texts)
    print(json.dumps({"abstracts": len(texts), "model_cpu_ms_per_abstract": round(ms, 2), "spans": spans}))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["cv", "report", "check", "speed"])
    ap.add_argument("--work", type=Path, required=True, help="folder for docbins, runs and tables")
    ap.add_argument("--vectors", type=Path, default=None, help="a `spacy init vectors` folder (none: hash embeddings only)")
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--only-folds", type=str, default=None, help="cv: run only these folds, e.g. 0,1")
    ap.add_argument("--steps", type=int, default=4000)
    ap.add_argument("--combos", type=str, default=None, help="check: the combinations to print (picked on CV), comma-separated")
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    args.work.mkdir(parents=True, exist_ok=True)
    if args.command == "cv":
        items = ts.load_items(tuple(SETS), SETS)
        print(f"{len(items)} read + open gold papers", flush=True)
        todo = [int(x) for x in args.only_folds.split(",")] if args.only_folds else range(args.folds)
        for f in todo:
            run_fold(items, f, args.folds, args.steps, args.work, args.vectors)
    elif args.command == "report":
        report(args.work)
    elif args.command == "check":
        check(args.work, args.steps, args.vectors, args.combos.split(",") if args.combos else None)
    else:
        speed(args.work)


if __name__ == "__main__":
    main()

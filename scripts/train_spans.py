"""Train a small spaCy span categoriser on the development gold sets, and cross-validate it
against (and together with) kg's rules (the measurement is in docs/span-model.md).

Run from the checkout, with its .venv::

    .venv/bin/python scripts/train_spans.py cv [--folds 4] [--steps 1200] [--silver N] [--work DIR]
    .venv/bin/python scripts/train_spans.py train [--steps 1200] [--out build/span-model]
    .venv/bin/python scripts/train_spans.py score GOLD.jsonl PAPERS... [--model build/span-model]

``cv`` splits the gold papers of the read sets (``scripts/dev_sets.py``: seeds, heldout, dev2-4,
train1r, train2, train3; docs/span-model.md's figures used earlier sets) into
``--folds`` folds by a fixed seed, trains on all but one fold (a tenth of it picks the
checkpoint), predicts the held-out fold, and scores with kg's own scorer
(:func:`kg.evaluate.score`, the ``kg eval`` semantics): the rules alone, the model alone, and the
rules with the model's spans at or above a threshold added. It prints the table per key and
writes it as JSON into ``--work``. No paper is ever scored by a model that was trained on it.
``train`` trains one model on every development paper; ``score`` prints the same table for any
gold file and its papers with a trained model. ``--silver N`` adds N corpus abstracts (from line
60,001, where no gold paper is) labelled by kg's own rules to the training data.

Labels: METHOD (gold ``proposed`` and ``methods``), DATASET (``introduced_datasets`` and
``datasets``), METRIC, TASK. Gold entries are names, not offsets: every occurrence of each form
("A|B" gives both) in the paper's title + abstract is a span (:func:`gold_spans`). The check and
closed sets are never read here. Training uses spaCy's own
config machinery (``init_config`` then ``spacy.cli.train.train``): a ``tok2vec`` of hash
embeddings (no pretrained vectors) and a ``spancat`` over n-grams of 1-6 tokens, CPU, fixed seed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))  # run as a script from the checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_sets import DEV_SETS  # noqa: E402

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from kg.evaluate import load_gold, score  # noqa: E402
from kg.extract import extract_papers  # noqa: E402
from kg.extract.doc import cap_text, layout  # noqa: E402
from kg.ingest import read_inputs  # noqa: E402
from kg.model import normalize_name, title_key  # noqa: E402

#: The read sets (scripts/dev_sets.py).
SETS = DEV_SETS
#: Span label -> the gold keys it is drawn from; the first key is where a model span is reported.
LABELS = {
    "METHOD": ("methods", "proposed"),
    "DATASET": ("datasets", "introduced_datasets"),
    "METRIC": ("metrics",),
    "TASK": ("tasks",),
}
SPANS_KEY = "sc"
MAX_SPAN_TOKENS = 6
DEFAULT_OUT = ROOT / "build/span-model"  # not shipped: cross-validation showed no gain (docs/span-model.md)
THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)
CORPUS = SHARED / "corpora/paperlists-abstracts.jsonl.gz"
SILVER_SKIP = 60_000  # corpus lines from here on hold no gold paper
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"


def paper_text(title: str, abstract: str) -> str:
    """The text kg's pipeline reads for a paper (title, blank line, abstract; capped)."""
    title, abstract, _ = cap_text(title, abstract or "")
    return layout(title, abstract)


def _form_pattern(form: str) -> re.Pattern | None:
    words = form.split()
    if not words:
        return None
    # Matching as kg's scorer does: case, dash variants and runs of white space are not told apart.
    body = r"\s+".join("".join(f"[{_DASHES}]" if ch in _DASHES else re.escape(ch) for ch in w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def gold_spans(text: str, gold: dict, labels: dict | None = None) -> list[tuple[int, int, str]]:
    """Character spans ``(start, end, label)`` of every occurrence in ``text`` of every form of
    every gold name, sorted; a name that never occurs verbatim gives none."""
    out: set[tuple[int, int, str]] = set()
    for label, keys in (labels or LABELS).items():
        for key in keys:
            for entry in gold.get(key) or []:
                for form in entry.split("|"):
                    pattern = _form_pattern(form.strip())
                    if pattern is not None:
                        out.update((m.start(), m.end(), label) for m in pattern.finditer(text))
    return sorted(out)


def span_doc(nlp, text: str, spans: list[tuple[int, int, str]]) -> tuple[Doc, int]:
    """The tokenised doc with its gold spans under ``doc.spans["sc"]``, and how many spans did
    not fall on token boundaries even when widened to them (those are dropped)."""
    doc = nlp.make_doc(text)
    kept, lost = [], 0
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or len(span) > MAX_SPAN_TOKENS:
            lost += 1
        elif not any(s.start == span.start and s.end == span.end and s.label_ == label for s in kept):
            kept.append(span)
    doc.spans[SPANS_KEY] = kept
    return doc, lost


def load_items(names=tuple(SETS), sets: dict | None = None) -> list[dict]:
    """Every development gold paper: ``{"set", "title", "text", "gold", "paper"}`` (``sets``:
    name -> (gold, papers), default :data:`SETS`)."""
    items = []
    for name in names:
        gold_path, papers_path = (sets or SETS)[name]
        papers = {title_key(p.title): p for p in read_inputs([papers_path]).papers}
        for g in load_gold(gold_path):
            p = papers.get(title_key(g["title"]))
            if p is not None:
                items.append({"set": name, "title": p.title, "text": paper_text(p.title, p.abstract), "gold": g, "paper": p})
    return items


def load_silver(n: int, skip: int = SILVER_SKIP, exclude: set[str] = frozenset()) -> list[dict]:
    """``n`` corpus abstracts from line ``skip`` on (none of them a gold paper), labelled by kg's
    rules and catalogue: their resolved names stand in for gold names."""
    import gzip

    from kg.model import Paper, Source

    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(n), islice(fh, skip, None))]
    papers = [Paper(r.get("title") or "", r.get("abstract") or "", Source(str(CORPUS), skip + i + 1))
              for i, r in enumerate(rows) if title_key(r.get("title") or "") not in exclude]
    return [{"set": "silver", "title": p.title, "text": paper_text(p.title, p.abstract), "gold": lists, "paper": p}
            for p, lists in zip(papers, (e.surface_lists() for e in extract_papers(papers)))]


def write_docbin(nlp, items: list[dict], path: Path, labels: dict | None = None) -> dict:
    """Write the items' span docs to ``path`` (gold keys grouped by ``labels``, default
    :data:`LABELS`); counts of spans kept and lost."""
    db, kept, lost = DocBin(store_user_data=False), 0, 0
    for it in items:
        doc, n_lost = span_doc(nlp, it["text"], gold_spans(it["text"], it["gold"], labels))
        db.add(doc)
        kept, lost = kept + len(doc.spans[SPANS_KEY]), lost + n_lost
    db.to_disk(path)
    return {"docs": len(items), "spans": kept, "lost": lost}


def training_config(train: Path, dev: Path, steps: int, seed: int):
    """spaCy's own efficiency config for ``tok2vec`` + ``spancat``, sized for minutes on a CPU."""
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["spancat"], optimize="efficiency", gpu=False)
    config["paths"]["train"], config["paths"]["dev"] = str(train), str(dev)
    config["system"]["seed"] = seed
    training = config["training"]
    training["max_steps"], training["max_epochs"], training["patience"] = steps, 0, 0
    training["eval_frequency"] = max(100, steps // 5)
    spancat = config["components"]["spancat"]
    spancat["threshold"] = min(THRESHOLDS) - 0.1  # keep low scores; the caller picks a threshold
    spancat["suggester"] = {"@misc": "spacy.ngram_range_suggester.v1", "min_size": 1, "max_size": MAX_SPAN_TOKENS}
    # Narrower than spaCy's efficiency defaults: a fold trains in minutes on a shared CPU, and
    # the model adds little to extraction's time per abstract.
    encode = config["components"]["tok2vec"]["model"]["encode"]
    encode["width"], encode["depth"] = 64, 2
    config["components"]["spancat"]["model"]["reducer"]["hidden_size"] = 64
    return config


def train_model(train_items: list[dict], dev_items: list[dict], out: Path, steps: int, seed: int = 0, *,
                labels: dict | None = None, config=training_config) -> Path:
    """Train on ``train_items`` (``dev_items`` pick the best checkpoint); the best model's path.
    ``labels`` groups the gold keys (default :data:`LABELS`); ``config(train, dev, steps, seed)`` gives
    the training config (scripts/span_model_vec.py: five labels, static vectors)."""
    from spacy.cli.train import train

    if (out / "run" / "model-best" / "meta.json").is_file():  # a resumed run (--work): trained already
        return out / "run" / "model-best"
    nlp = spacy.blank("en")
    out.mkdir(parents=True, exist_ok=True)
    counts = {
        "train": write_docbin(nlp, train_items, out / "train.spacy", labels),
        "dev": write_docbin(nlp, dev_items, out / "dev.spacy", labels),
    }
    print(f"  data: {json.dumps(counts)}", flush=True)
    cfg = out / "config.cfg"
    config(out / "train.spacy", out / "dev.spacy", steps, seed).to_disk(cfg)
    t0, c0 = time.time(), time.process_time()
    train(cfg, out / "run", use_gpu=-1)
    print(f"  trained in {time.time() - t0:.0f} s wall, {time.process_time() - c0:.0f} CPU-s", flush=True)
    return out / "run" / "model-best"


def doc_span_scores(doc) -> dict[tuple[int, int, str], float]:
    """The model's score of each labelled span of a predicted doc: ``(start, end, label) -> score``."""
    group = doc.spans[SPANS_KEY]
    scores = group.attrs.get("scores", [1.0] * len(group))
    out: dict[tuple[int, int, str], float] = {}
    for span, score in zip(group, scores):
        key = (span.start, span.end, span.label_)
        out[key] = max(out.get(key, 0.0), float(score))
    return out


def pick_names(doc, spans: dict[tuple[int, int, str], float], threshold: float, key_of: dict[str, str]) -> dict[str, list[str]]:
    """The model's names at ``threshold`` or more, under ``key_of[label]``: a span's best label,
    longer spans first, a span overlapping a kept one dropped."""
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for (start, end, label), score in spans.items():
        if score >= threshold and score > best.get((start, end), (0.0, ""))[0]:
            best[(start, end)] = (score, label)
    lists: dict[str, list[str]] = {key: [] for key in key_of.values()}
    taken: list[tuple[int, int]] = []
    for (start, end), (_, label) in sorted(best.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), -kv[1][0])):
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            lists[key_of[label]].append(doc[start:end].text)
    return lists


def model_lists(nlp, texts: list[str], threshold: float) -> list[dict[str, list[str]]]:
    """Per text, the model's names above ``threshold`` by gold key (one label per span: its best)."""
    key_of = {label: keys[0] for label, keys in LABELS.items()}
    return [pick_names(doc, doc_span_scores(doc), threshold, key_of) for doc in nlp.pipe(texts, batch_size=64)]


def combine(rules: dict[str, list[str]], model: dict[str, list[str]], keys, *, replace: bool = False) -> dict[str, list[str]]:
    """The rules' lists with the model's names added under ``keys`` (a name any rule list
    already holds is not added again), or with ``replace`` the model's lists instead of the
    rules' for those keys."""
    out = {k: list(v) for k, v in rules.items()}
    have = {normalize_name(x) for k, v in rules.items() if k not in keys or not replace for x in v}
    for k in keys:
        if replace or k not in out:
            out[k] = []
        for name in model.get(k, []):
            n = normalize_name(name)
            if n not in have:
                out[k].append(name)
                have.add(n)
    return out


REPORT_KEYS = ("proposed", "any_method", "any_dataset", "metrics", "tasks")
MODEL_KEYS = tuple(keys[0] for keys in LABELS.values())


def variants(rules: dict, model_at: dict[float, dict]) -> dict[str, dict]:
    """Every combination scored, by name: the rules, the model alone, the union at each
    threshold on every key, and on the weakest keys alone (tasks; methods + tasks)."""
    out = {"rules": rules, "model@0.5": combine({}, model_at[0.5], MODEL_KEYS), "model@0.9": combine({}, model_at[0.9], MODEL_KEYS)}
    for t, model in model_at.items():
        out[f"rules+model@{t}"] = combine(rules, model, MODEL_KEYS)
    out["rules+model tasks@0.5"] = combine(rules, model_at[0.5], ("tasks",))
    out["rules+model methods,tasks@0.5"] = combine(rules, model_at[0.5], ("methods", "tasks"))
    out["rules, tasks from model@0.5"] = combine(rules, model_at[0.5], ("tasks",), replace=True)
    return out


def rule_lists(items: list[dict]) -> list[dict[str, list[str]]]:
    """kg's rule output (``Extraction.surface_lists``) for each item, in order."""
    return [e.surface_lists() for e in extract_papers([it["paper"] for it in items])]


def cross_validate(items: list[dict], folds: int, steps: int, out: Path, seed: int = 0,
                   silver: list[dict] = (), only: set[int] | None = None) -> dict[str, dict[str, dict]]:
    """Predictions of every combination for every item, each from a model not trained on it;
    returns the scores per combination and key, pooled over the folds ("all") and per gold set."""
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    rules = rule_lists(items)
    predicted: dict[str, list[dict]] = {}
    gold: list[dict] = []
    sets: list[str] = []
    for f in range(folds) if only is None else sorted(only):
        test = [items[i] for i in order[f::folds]]
        rest = [items[i] for j, i in enumerate(order) if j % folds != f]
        dev = rest[: max(1, len(rest) // 10)]  # checkpoint choice only; never the scored fold
        print(f"fold {f + 1}/{folds}: train {len(rest) - len(dev)}, dev {len(dev)}, test {len(test)}", flush=True)
        nlp = spacy.load(train_model(rest[len(dev):] + list(silver), dev, out / f"fold{f}", steps, seed))
        texts = [it["text"] for it in test]
        model_at = {t: dict(zip(range(len(test)), model_lists(nlp, texts, t))) for t in THRESHOLDS}
        for k, it in enumerate(test):
            gold.append(it["gold"])
            sets.append(it["set"])
            for name, lists in variants(rules[items.index(it)], {t: m[k] for t, m in model_at.items()}).items():
                predicted.setdefault(name, []).append({"title": it["title"], **lists})
    out = {"all": {name: _scores(score(gold, preds)) for name, preds in predicted.items()}}
    for s in sorted(set(sets)):
        keep = [i for i, x in enumerate(sets) if x == s]
        out[s] = {name: _scores(score([gold[i] for i in keep], [preds[i] for i in keep])) for name, preds in predicted.items()}
    return out


def _scores(report) -> dict[str, dict]:
    return {k: {"p": round(s.precision, 3), "r": round(s.recall, 3), "f1": round(s.f1, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn}
            for k, s in report.scores.items() if k in REPORT_KEYS}


def markdown(table: dict[str, dict]) -> str:
    """The CV table: one row per combination, F1 (P / R) per key."""
    lines = ["| combination | " + " | ".join(REPORT_KEYS) + " |", "|---" * (len(REPORT_KEYS) + 1) + "|"]
    for name, keys in table.items():
        cells = [f"{keys[k]['f1']:.3f} ({keys[k]['p']:.2f} / {keys[k]['r']:.2f})" for k in REPORT_KEYS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def score_set(gold_path: Path, papers: list[Path], model_path: Path) -> dict[str, dict]:
    """The rules alone and with a trained model's spans (every threshold) on one gold set,
    scored as ``kg eval`` scores them."""
    gold = load_gold(gold_path)
    found = list(read_inputs(papers).papers)
    rules = [e.surface_lists() for e in extract_papers(found)]
    texts = [paper_text(p.title, p.abstract) for p in found]
    nlp = spacy.load(model_path)
    model_at = {t: model_lists(nlp, texts, t) for t in THRESHOLDS}
    predicted: dict[str, list[dict]] = {}
    for k, p in enumerate(found):
        for name, lists in variants(rules[k], {t: m[k] for t, m in model_at.items()}).items():
            predicted.setdefault(name, []).append({"title": p.title, **lists})
    return {name: _scores(score(gold, preds)) for name, preds in predicted.items()}


def save_model(best: Path, dest: Path) -> None:
    """Copy the trained pipeline to ``dest`` (only what loading needs: no training data)."""
    import shutil

    if dest.exists():
        shutil.rmtree(dest)
    spacy.load(best).to_disk(dest)
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    print(f"model written to {dest} ({size / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["cv", "train", "score"])
    ap.add_argument("paths", nargs="*", type=Path, help="score: GOLD.jsonl PAPERS... (as `kg eval`)")
    ap.add_argument("--model", type=Path, default=DEFAULT_OUT, help="score: the trained model to add to the rules")
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--steps", type=int, default=1200, help="training steps per model")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--silver", type=int, default=0, help=f"also train on this many corpus abstracts (from line {SILVER_SKIP}) labelled by the rules")
    ap.add_argument("--only-folds", type=str, default=None, help="cv: run only these folds, e.g. 0,1")
    ap.add_argument("--work", type=Path, default=None, help="folder for docbins and runs (default: a temporary one)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="train: where the model goes")
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if args.command == "score":
        if len(args.paths) < 2:
            ap.error("score needs GOLD.jsonl and the papers (files or folders)")
        print(markdown(score_set(args.paths[0], args.paths[1:], args.model)))
        return
    items = load_items()
    print(f"{len(items)} development gold papers", flush=True)
    silver = load_silver(args.silver, exclude={title_key(it["title"]) for it in items}) if args.silver else []
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        if args.command == "cv":
            tables = cross_validate(items, args.folds, args.steps, work, args.seed, silver,
                                   {int(x) for x in args.only_folds.split(",")} if args.only_folds else None)
            (work / "cv.json").write_text(json.dumps(tables, indent=1))
            print(markdown(tables["all"]))
            for name, table in tables.items():
                if name != "all":
                    print(f"{name}: " + ", ".join(f"{combo} tasks {keys['tasks']['f1']:.3f} any_method {keys['any_method']['f1']:.3f}"
                                                  for combo, keys in table.items() if combo.startswith("rules")))
            print(f"(scores written to {work / 'cv.json'})")
        else:
            dev = items[:: 10]
            train = [it for k, it in enumerate(items) if k % 10] + silver
            save_model(train_model(train, dev, work / "all", args.steps, args.seed), args.out)


if __name__ == "__main__":
    main()

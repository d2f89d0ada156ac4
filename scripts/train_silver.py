"""Train the candidate classifier on SILVER labels from the corpus, with the rule features hidden.

    .venv/bin/python scripts/train_silver.py rows --first 1 --last 30001 --out R.tsv.gz   # corpus pass
    .venv/bin/python scripts/train_silver.py fit R1.tsv.gz R2.tsv.gz --out M.json          # fit
    .venv/bin/python scripts/train_silver.py eval --model M.json                           # dev sets as tests
    .venv/bin/python scripts/train_silver.py corpus --model M.json --threshold T --out-sample F

Silver labels (no gold is trained on): over corpus lines 1-60,000, less every paper of any
tests/data/*/*.papers.jsonl, seeds/ or ../shared/gold (by (venue, id) and lower-cased title),
a span is a positive when the rules emitted its name with high confidence (proposed: the
"proposed" family at >= .85; methods / datasets: an unambiguous catalogue match, rule
"catalogue" at >= .9, or "datasets:listed"), a negative ("none") when the rules neither emitted
nor proposed the name at all, and left out otherwise. The features the rules' output feeds
(``rule=``, ``seen=``, ``unseen``) are dropped, so the model learns what rule-found names look
like in context (shape, place, neighbouring and cue words, counts), not what the rules said.
See docs/candidate-model.md, "Silver labels".
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_candidates as tc  # noqa: E402

ROOT = tc.ROOT
NEG_KEEP = 0.25  # negatives kept (seeded sample): ~10 a corpus abstract otherwise
HIDDEN = ("rule=", "seen=", "unseen")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def exclusion() -> tuple[set, set]:
    """(venue, id) pairs and lower-cased titles of every paper in a test or gold papers file (keys only)."""
    ids, titles = set(), set()
    files = list((ROOT / "tests/data").glob("*/*.papers.jsonl")) + list((ROOT.parent / "shared/gold").rglob("*papers*.jsonl"))
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                titles.add((r.get("title") or "").strip().lower())
                if r.get("id") is not None:
                    ids.add((r.get("venue"), str(r["id"])))
    for f in (ROOT / "seeds").glob("*.txt"):
        titles.add(f.read_text(encoding="utf-8").split("\n", 1)[0].strip().lower())
    for line in (ROOT.parent / "shared/gold/seeds.gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            titles.add(json.loads(line)["title"].strip().lower())
    titles.discard("")
    return ids, titles


def silver(st) -> dict[str, str]:
    """normalized name -> silver class, from the rules' high-confidence mentions."""
    from kg.model import normalize_name

    out: dict[str, str] = {}
    for m in st.mentions:
        r, fam, c = m.role.value, m.rule.split(":")[0], m.confidence
        if r == "proposed" and fam == "proposed" and c >= 0.85:
            cls = "proposed"
        elif r == "methods" and m.rule == "catalogue" and c >= 0.9:
            cls = "methods"
        elif r == "datasets" and (m.rule == "catalogue" and c >= 0.9 or m.rule == "datasets:listed"):
            cls = "datasets"
        else:
            continue
        out.setdefault(normalize_name(m.text), cls)
    return out


def rows(first: int, last: int, out: Path) -> None:
    from kg.extract import Extractor, state_doc
    from kg.extract import candidates as cm
    from kg.extract.doc import state
    from kg.model import normalize_name

    ids, titles = exclusion()
    rng = random.Random(first)
    comps = [proc for _, proc in Extractor().nlp.pipeline]
    n = skipped = 0
    with gzip.open(tc.CORPUS, "rt", encoding="utf-8") as fh, gzip.open(out, "wt", encoding="utf-8") as w:
        for line in islice(fh, first - 1, last - 1):
            rec = json.loads(line)
            title = rec.get("title") or ""
            if title.strip().lower() in titles or (rec.get("venue"), str(rec.get("id"))) in ids:
                skipped += 1
                continue
            doc = state_doc(title, rec.get("abstract") or "")
            for proc in comps:
                doc = proc(doc)
            st = state(doc)
            n += 1
            ctx = cm.context(st.text, st.candidates, st.mentions)
            lab = silver(st)
            done = set()
            for sp in cm.spans(st.text, st.sents):
                k = normalize_name(sp.text)
                if k in done:
                    continue
                done.add(k)
                if k in lab:
                    y = lab[k]
                elif k not in ctx[0] and k not in ctx[1]:
                    if rng.random() > NEG_KEEP:
                        continue
                    y = "none"
                else:
                    continue
                f = [x for x in cm.features(st.text, st.title_end, st.sents, sp, *ctx) if not x.startswith(HIDDEN)]
                w.write(y + "\t" + "\t".join(x.replace("\t", " ") for x in f) + "\n")
    print(f"{out}: {n} abstracts, {skipped} excluded", file=sys.stderr)


def fit(paths: list[Path], c: float, out: Path, prior: bool = True) -> None:
    data = []
    for p in paths:
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            for line in fh:
                y, *f = line.rstrip("\n").split("\t")
                data.append((f, y, 0))
    from collections import Counter

    print("labels:", Counter(y for _, y, _ in data), file=sys.stderr)
    model = tc.fit(data, c)
    if prior:  # negatives were sampled at NEG_KEEP: restore their odds in the "none" bias
        model["bias"][0] = round(model["bias"][0] + math.log(1 / NEG_KEEP), 4)
    model["_trained"].update(script="scripts/train_silver.py", labels="silver", rows=[str(p.name) for p in paths],
                             neg_keep=NEG_KEEP, prior_corrected=prior)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{out}: {len(model['weights'])} features from {len(data)} spans", file=sys.stderr)


def no_overlap(additions):
    """Wrap :func:`~kg.extract.candidates.additions`: drop a span that contains, or lies inside,
    a name the rules emitted ("PASCAL VOC 2007" beside "PASCAL VOC", "MovieLens" inside "MovieLens-1M")."""
    from kg.model import normalize_name

    def wrapped(text, tend, sents, candidates, mentions, model, threshold):
        emitted = [" " + normalize_name(m.text).replace("-", " ") + " " for m in mentions if m.role.value in ("proposed", "methods", "datasets", "introduced_datasets")]
        out = []
        for sp, cls, p in additions(text, tend, sents, candidates, mentions, model, threshold):
            k = " " + normalize_name(sp.text).replace("-", " ") + " "
            if not any(k in e or e in k for e in emitted):
                out.append((sp, cls, p))
        return out

    return wrapped


def evaluate(model_path: Path, sets: list[str], overlap: bool = True) -> None:
    """Every dev set as a test: rules vs rules + additions, per set and pooled."""
    from kg.extract import candidates as cm
    from kg.extract.candidates import load_model

    if not overlap:
        cm.additions = no_overlap(cm.additions)

    model = load_model(str(model_path))
    settings = [("rules", None)] + [(f"add>={t}", t) for t in THRESHOLDS]
    totals = {s: {} for s, _ in settings}
    for n in sets:
        docs = tc.analysed(n)
        gold = [g for _, g, _ in docs]
        for s, t in settings:
            got = tc._scores(gold, tc.predictions(docs, model, t), n)
            print(f"{n:8s} {s:10s} " + "  ".join(f"{k} {tc._fmt(*v)} tp {v[0]} fp {v[1]}" for k, v in got.items()), flush=True)
            for k, v in got.items():
                totals[s][k] = tuple(a + b for a, b in zip(totals[s].get(k, (0, 0, 0)), v))
    print("pooled (F1 (P/R)):")
    for s, _ in settings:
        print(f"  {s:10s} " + "  ".join(f"{k} {tc._fmt(*v)} tp {v[0]} fp {v[1]}" for k, v in totals[s].items()))


def corpus(model_path: Path, threshold: float, out: Path | None) -> None:
    from kg.extract import candidates as cm
    from kg.extract.sentences import sentence_at

    model = cm.load_model(str(model_path))
    found = []
    for title, st in tc._corpus_states(75_000, 76_000):
        for sp, cls, p in cm.additions(st.text, st.title_end, st.sents, st.candidates, st.mentions, model, threshold):
            a, b = sentence_at(st.sents, sp.start)
            found.append({"title": title, "name": sp.text, "class": cls, "p": round(p, 3), "sentence": st.text[a:b].strip()})
    print(f"{len(found)} additions at >= {threshold} on 1,000 abstracts", file=sys.stderr)
    sample = random.Random(tc.SEED).sample(found, min(40, len(found)))
    if out:
        out.write_text("".join(json.dumps(r) + "\n" for r in sample), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("rows", "fit", "eval", "corpus"))
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--last", type=int, default=60_001)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--model", type=Path)
    ap.add_argument("--c", type=float, default=0.5)
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--out-sample", type=Path)
    ap.add_argument("--no-overlap", action="store_true", help="eval: drop additions overlapping an emitted name")
    ap.add_argument("--no-prior", action="store_true", help="fit: keep the sampled negatives' odds")
    ap.add_argument("--sets", default=",".join(tc.DEV_SETS))
    a = ap.parse_args()
    if a.command == "rows":
        rows(a.first, a.last, a.out)
    elif a.command == "fit":
        fit(a.inputs, a.c, a.out, not a.no_prior)
    elif a.command == "eval":
        evaluate(a.model, a.sets.split(","), not a.no_overlap)
    else:
        corpus(a.model, a.threshold, a.out_sample)


if __name__ == "__main__":
    main()

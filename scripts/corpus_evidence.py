"""Corpus-wide evidence per name (issue 11): build the table, score it on the dev sets, sample the corpus.

  build  --lines 60000 --out T.json   count method / dataset / other contexts per name-shaped string
                                      over corpus lines 1..N, leaving out every paper in a gold set
                                      (matched by (venue, id) and by title; only those keys are read)
  eval   --table T.json               rules vs rules + table on each dev set, at several thresholds
  corpus --table T.json --out F       additions on corpus lines 75,000-76,000, a seeded sample of 40
  time   --table T.json --n 3000      CPU ms per abstract of ``additions`` after the rules

Standard library and kg only. See docs/candidate-model.md, "Corpus-wide evidence".
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import defaultdict
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_sets import DEV_SETS, ROOT, SHARED  # noqa: E402

from kg.evaluate import load_gold, score  # noqa: E402
from kg.extract import Extractor  # noqa: E402
from kg.extract.corpus_evidence import Table, additions, context_kind, spans  # noqa: E402
from kg.ingest import read_inputs  # noqa: E402
from kg.model import Extraction, normalize_name, title_key  # noqa: E402

CORPUS = SHARED / "corpora/paperlists-abstracts.jsonl.gz"
METHOD_ROLES = {"proposed", "methods"}
DATASET_ROLES = {"datasets", "introduced_datasets"}


def gold_keys() -> tuple[set, set]:
    """(venue, id) pairs and title keys of every paper in any gold or papers file (keys only)."""
    ids, titles = set(), set()
    files = list((ROOT / "tests/data").glob("*/*.jsonl")) + list(SHARED.glob("gold/**/*.jsonl"))
    for f in files:
        for line in f.open(encoding="utf-8"):
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(r, dict):
                if r.get("title"):
                    titles.add(title_key(r["title"]))
                if r.get("venue") and r.get("id"):
                    ids.add((r["venue"], r["id"]))
    for f in (ROOT / "seeds").glob("*"):
        first = f.read_text(encoding="utf-8", errors="replace").strip().splitlines()[:1]
        titles.update(title_key(t) for t in first)
    return ids, titles


def corpus_rows(start: int, stop: int) -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in islice(fh, start, stop)]


def build(args) -> None:
    ids, titles = gold_keys()
    rows = corpus_rows(0, args.lines)
    keep = [r for r in rows if (r.get("venue"), r.get("id")) not in ids and title_key(r.get("title") or "") not in titles]
    print(f"{len(rows)} lines, {len(rows) - len(keep)} in a gold set left out, {len(keep)} abstracts")
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    ex = Extractor()
    c = time.process_time()
    for i in range(0, len(keep), 500):
        chunk = keep[i:i + 500]
        for r, (ms, _) in zip(chunk, ex.analyse([(r.get("title") or "", r.get("abstract") or "") for r in chunk])):
            emitted = {normalize_name(m.canonical or m.text) for m in ms if m.role.value in METHOD_ROLES | DATASET_ROLES}
            emitted |= {normalize_name(m.text) for m in ms if m.role.value in METHOD_ROLES | DATASET_ROLES}
            other = {normalize_name(m.text) for m in ms if m.role.value in ("tasks", "metrics")}
            kinds: dict[str, set] = defaultdict(set)
            for is_title, text in ((True, r.get("title") or ""), (False, r.get("abstract") or "")):
                for s, e in spans(text, is_title):
                    kinds[normalize_name(text[s:e])].add(context_kind(text, s, e))
            for key, ks in kinds.items():
                row = stats[key]
                row[0] += "method" in ks
                row[1] += "dataset" in ks
                row[2] += 1
                row[3] += key in emitted
                row[4] += key in other
    out = {k: v for k, v in stats.items() if v[0] + v[1] >= 3}
    Path(args.out).write_text(json.dumps(out, sort_keys=True), encoding="utf-8")
    print(f"{len(stats)} strings, {len(out)} with >= 3 context abstracts -> {args.out} ({time.process_time() - c:.0f} CPU s)")


def predicted(papers, analysed, table: Table | None, local: bool = False) -> list[dict]:
    out = []
    for p, (ms, rs) in zip(papers, analysed):
        extra = additions(p.title, p.abstract or "", ms, table, local=local) if table else []
        out.append({"title": p.title, **Extraction(p, ms + tuple(extra), rs).surface_lists()})
    return out


def evaluate(args) -> None:
    rows = json.loads(Path(args.table).read_text(encoding="utf-8"))
    sets = dict(DEV_SETS)
    sets["scirex-dev"] = (SHARED / "gold/scirex-dev/gold.jsonl", SHARED / "gold/scirex-dev/papers.jsonl")
    ex = Extractor()
    settings = [(n, m, sh, o) for n in args.n for m in args.majority for sh in args.share for o in args.other]
    pooled = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for name, (gold_path, papers_path) in sets.items():
        gold = load_gold(gold_path)
        papers = read_inputs([papers_path]).papers
        analysed = ex.analyse([(p.title, p.abstract or "") for p in papers])
        keys = ["any_dataset"] if name == "scirex-dev" else ["any_method", "any_dataset"]
        for label, table in [("rules", None)] + [(f"N{n} M{m} S{sh} O{o}", Table(rows, min_abstracts=n, majority=m, min_share=sh, max_other=o))
                                       for n, m, sh, o in settings]:
            rep = score(gold, predicted(papers, analysed, table, args.local))
            cells = []
            for k in keys:
                s = rep.scores[k]
                cells.append(f"{k} {s.f1:.3f} ({s.precision:.3f}/{s.recall:.3f}) {s.tp}/{s.fp}")
                acc = pooled[label][k]
                acc[0] += s.tp
                acc[1] += s.fp
                acc[2] += s.fn
            print(f"{name:10} {label:16} " + " | ".join(cells), flush=True)
    print("pooled (tp / fp / fn):")
    for label, ks in pooled.items():
        print(f"  {label:16} " + " | ".join(f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in ks.items()))


def corpus(args) -> None:
    rows = corpus_rows(75000, 76000)
    table = Table(json.loads(Path(args.table).read_text(encoding="utf-8")), min_abstracts=args.n[0], majority=args.majority[0], min_share=args.share[0],
                  max_other=args.other[0])
    ex = Extractor()
    analysed = ex.analyse([(r.get("title") or "", r.get("abstract") or "") for r in rows])
    added = []
    for line, (r, (ms, _)) in enumerate(zip(rows, analysed), 75001):
        for m in additions(r.get("title") or "", r.get("abstract") or "", ms, table, local=args.local):
            src = r["title"] if m.field == "title" else r["abstract"]
            added.append({"line": line, "role": m.role.value, "text": m.text,
                          "context": src[max(0, m.start - 150):m.end + 150].replace("\n", " ")})
    sample = random.Random(0).sample(added, min(40, len(added)))
    Path(args.out).write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in sample), encoding="utf-8")
    print(f"{len(added)} additions on lines 75,001-76,000; {len(sample)} sampled -> {args.out}")


def timing(args) -> None:
    rows = corpus_rows(0, args.lines)
    table = Table(json.loads(Path(args.table).read_text(encoding="utf-8")), min_abstracts=args.n[0], majority=args.majority[0], min_share=args.share[0],
                  max_other=args.other[0])
    texts = [(r.get("title") or "", r.get("abstract") or "") for r in rows]
    analysed = Extractor().analyse(texts)
    c = time.process_time()
    for (t, a), (ms, _) in zip(texts, analysed):
        additions(t, a, ms, table, local=args.local)
    print(f"additions: {(time.process_time() - c) * 1000 / len(texts):.3f} CPU ms per abstract over {len(texts)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["build", "eval", "corpus", "time"])
    ap.add_argument("--lines", type=int, default=60000)
    ap.add_argument("--table", default="/work/scratch/lex12/table.json")
    ap.add_argument("--out", default="/work/scratch/lex12/out.json")
    ap.add_argument("--n", type=int, nargs="+", default=[5])
    ap.add_argument("--majority", type=float, nargs="+", default=[0.8])
    ap.add_argument("--local", action="store_true", help="add only where the occurrence's own context agrees")
    ap.add_argument("--other", type=float, nargs="+", default=[1.0], help="most share of abstracts emitting it as a task or metric")
    ap.add_argument("--share", type=float, nargs="+", default=[0.1])
    args = ap.parse_args()
    {"build": build, "eval": evaluate, "corpus": corpus, "time": timing}[args.cmd](args)


if __name__ == "__main__":
    main()

"""Extraction speed with and without the trained span component (the ``model`` setting).

Run: .venv/bin/python benchmarks/bench_model_spans.py [--n 1000] [--skip 60000] [--corpus PATH]
Reads ``--n`` corpus abstracts after the first ``--skip`` (by default lines the gold sets do not
use), extracts them in this process with the rules alone and with the model, and prints abstracts
per wall- and CPU-second, what the model adds (mentions per abstract, by role) and its
milliseconds per abstract; asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from itertools import islice
from pathlib import Path

from kg.extract import Extractor
from kg.extract.model_spans import RULE

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpora/paperlists-abstracts.jsonl.gz"


def load_texts(path: Path, n: int, skip: int) -> list[tuple[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        rows = (json.loads(line) for line in islice(fh, skip, skip + n))
        return [(r.get("title") or "", r.get("abstract") or "") for r in rows]


def timed(ex: Extractor, texts: list[tuple[str, str]]):
    ex.analyse(texts[:20])  # build the pipeline (and load the model) outside the timing
    t, c = time.perf_counter(), time.process_time()
    out = ex.analyse(texts)
    return out, time.perf_counter() - t, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--skip", type=int, default=60_000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    texts = load_texts(args.corpus, args.n, args.skip)
    print(f"{len(texts)} abstracts (corpus lines {args.skip + 1}-{args.skip + len(texts)})")
    print(f"{'extractor':12} {'wall s':>8} {'CPU s':>8} {'abs/s':>8} {'abs/CPU-s':>10}")
    cpu_of = {}
    for label, model in (("rules", False), ("rules+model", True)):
        out, wall, cpu = timed(Extractor(model=model), texts)
        cpu_of[label] = cpu
        print(f"{label:12} {wall:8.2f} {cpu:8.2f} {len(texts) / wall:8.0f} {len(texts) / cpu:10.0f}")
    added = Counter(m.role.value for ms, _ in out for m in ms if m.rule == RULE)
    print(f"model adds {sum(added.values()) / len(texts):.2f} mentions per abstract: {dict(added)}; "
          f"{(cpu_of['rules+model'] - cpu_of['rules']) * 1000 / len(texts):.2f} CPU-ms per abstract")


if __name__ == "__main__":
    main()

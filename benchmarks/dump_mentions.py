"""Not a benchmark: dumps the mentions and results extracted from corpus abstracts as JSON Lines,
so a speed change can be checked to leave every output unchanged (``cmp`` two dumps).

Run: .venv/bin/python benchmarks/dump_mentions.py --n 3000 [--skip 0] [--corpus PATH] --out FILE
One line per abstract: its corpus line number, its mentions and its results (every field, in order).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from bench_extract import CORPUS, load_corpus

from kg.extract import Extractor


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--skip", type=int, default=0, help="corpus lines to skip first")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    papers = load_corpus(args.corpus, args.skip + args.n)[args.skip:]
    texts = [(p.title, p.abstract) for p in papers]
    with args.out.open("w", encoding="utf-8") as fh:
        for p, (ms, rs) in zip(papers, Extractor().analyse(texts)):
            row = {
                "line": p.source.record,
                "mentions": [dataclasses.astuple(m) for m in ms],
                "results": [dataclasses.astuple(r) for r in rs],
            }
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    print(f"{len(papers)} abstracts -> {args.out}")


if __name__ == "__main__":
    main()

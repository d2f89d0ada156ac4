"""Make an N-paper corpus by resampling the shared corpus (deterministic, for the scale benchmarks).

    .venv/bin/python benchmarks/make_corpus.py --papers 1000000 --out /tmp/corpus-1m.jsonl.gz

Record j of the output is record ``order[j mod M]`` of the shared corpus (M records, ``order`` a
fixed shuffle), copy number ``r = j // M``. Copy 0 is the record as it is; later copies get a
title suffix `` (resample r)``, an id suffix ``~rR`` and no arXiv link, so that kg's
deduplication (arXiv id, DOI, normalised title) keeps every copy as its own paper. Their text is
the original abstract: extraction finds the same entities, which is what a bigger field of the
same kind of papers looks like to entity resolution. Output is JSON Lines (gzip when FILE ends
with .gz).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "corpora" / "paperlists-abstracts.jsonl.gz"


def _open(path: Path, mode: str):
    return gzip.open(path, mode + "t", encoding="utf-8", compresslevel=3) if path.suffix == ".gz" else open(path, mode, encoding="utf-8")


def resampled(lines: list[str], papers: int, seed: int = 13):
    """The ``papers`` output lines (see the module docstring)."""
    order = list(range(len(lines)))
    random.Random(seed).shuffle(order)
    for j in range(papers):
        r, i = divmod(j, len(lines))
        line = lines[order[i]]
        if r == 0:
            yield line if line.endswith("\n") else line + "\n"
            continue
        rec = json.loads(line)
        rec["title"] = f"{rec.get('title') or ''} (resample {r})"
        rec["id"] = f"{rec.get('id') or order[i]}~r{r}"
        for key in ("arxiv", "arxiv_id", "doi"):
            rec.pop(key, None)
        yield json.dumps(rec, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers", type=int, required=True, help="number of records to write")
    ap.add_argument("--out", type=Path, required=True, help="output JSON Lines file (.jsonl or .jsonl.gz)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus to resample (JSON Lines, may be gzipped)")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"{args.corpus}: corpus not found; pass --corpus or set KG_SHARED", file=sys.stderr)
        return 2
    with _open(args.corpus, "r") as fh:
        lines = [ln for ln in fh if ln.strip()]
    with _open(args.out, "w") as out:
        batch: list[str] = []
        for ln in resampled(lines, args.papers, args.seed):
            batch.append(ln)
            if len(batch) >= 10000:
                out.write("".join(batch))
                batch.clear()
        out.write("".join(batch))
    print(f"{args.out}: {args.papers} records resampled from {len(lines)} in {args.corpus.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How many corpus papers name each phrase as what they address (issue 11, tasks): a feature table
for the trained task veto (:mod:`kg.extract.task_reject`).

Reads the corpus's titles and abstracts with ``benchmarks/task_corpus_rank.py``'s frames ("the task
of X", "X problems", "we address/tackle/study X", "for X") and counts each phrase, and each trailing
part of it, once a paper, and how many papers write it anywhere (the share of its uses that name
it as what a paper addresses: "image captioning" 84 of 205, "neural networks" 450 of 5,264). Every gold paper (any ``*.gold.jsonl`` under ``tests/data``, train1's
whole file included, and the seeds) is skipped by its title key, so no evaluated paper votes for its own tasks; only
the titles of the gold files are read. Phrases counted by at least ``--min`` papers are written as phrase -> [frame papers, papers]::

    python scripts/task_corpus_df.py --out kg/extract/data/task_df.json [--min 3]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_sets import SHARED, papers_outside_gold  # noqa: E402
from task_corpus_rank import CORPUS, key, phrases  # noqa: E402  (CORPUS: catalogue_grow's, a str argparse makes a Path)

from kg.model import title_key  # noqa: E402


def gold_hashes() -> set[str]:
    """sha1 of the title key of every gold paper kg is measured on (titles only are read)."""
    files = [*ROOT.glob("tests/data/**/*.gold.jsonl"), *SHARED.glob("gold/*.gold.jsonl")]
    out = set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(hashlib.sha1(title_key(json.loads(line).get("title") or "").encode()).hexdigest())
    return out


def written_anywhere(corpus: Path, exclude: set[str], kept: set[str]) -> Counter:
    """How many papers write each phrase of ``kept`` anywhere in title or abstract, in any frame
    ("neural networks": many papers, few of which address them as a task)."""
    out: Counter = Counter()
    for _, _, title, abstract in papers_outside_gold(corpus, exclude):
        words = key(f"{title}. {abstract}").split()
        out.update({g for i in range(len(words)) for n in range(1, 6) if (g := " ".join(words[i : i + n])) in kept})
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min", type=int, default=3, help="papers a phrase needs to be written")
    args = ap.parse_args(argv)
    exclude = gold_hashes()
    df: Counter = Counter()
    n = 0
    for _, _, title, abstract in papers_outside_gold(args.corpus, exclude):
        n += 1
        df.update(phrases(f"{title}. {abstract}"))
    kept = {k for k, v in df.items() if v >= args.min}
    anywhere = written_anywhere(args.corpus, exclude, kept)
    table = {k: [df[k], max(anywhere[k], df[k])] for k in sorted(kept)}
    args.out.write_text(json.dumps({"papers": n, "gold_skipped": len(exclude), "min": args.min, "df": table},
                                   sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{n} papers ({len(exclude)} gold titles skipped), {len(table)} phrases of {len(df)}")


if __name__ == "__main__":
    main()

"""Draw the held-out development sample (see README.md). Run from the repo root:

    python3 tests/data/heldout/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz
"""
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED, N, PER_VENUE, MIN_CHARS = 2026, 60, 4, 400

def main(corpus: str) -> None:
    by_venue = defaultdict(list)
    seen = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = (r["venue"], r["id"])
            if len((r.get("abstract") or "").strip()) < MIN_CHARS or key in seen:
                continue
            seen.add(key)
            by_venue[r["venue"]].append(r)
    rng = random.Random(SEED)
    venues = sorted(by_venue)
    rng.shuffle(venues)
    pools = {v: rng.sample(by_venue[v], min(PER_VENUE, len(by_venue[v]))) for v in venues}
    picked = []
    for rnd in range(PER_VENUE):  # round-robin: one per venue per round, so strata stay balanced
        for v in venues:
            if len(picked) < N and rnd < len(pools[v]):
                picked.append(pools[v][rnd])
    out = Path(__file__).with_name("dev.papers.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in picked:
            fh.write(json.dumps({k: r[k] for k in ("title", "abstract", "venue", "year", "id")}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} papers from {len({r['venue'] for r in picked})} venues -> {out}")

if __name__ == "__main__":
    main(sys.argv[1])

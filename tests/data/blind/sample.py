"""Draw the blind held-out sample (see README.md). Run from the repo root:

    python3 tests/data/blind/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz

Disjoint from the older dev sample: no (venue, year) pair that sample used, none of its records.
"""
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED, N, PER_VENUE, MIN_CHARS = 4242, 110, 6, 400
HERE = Path(__file__).parent


def main(corpus: str) -> None:
    dev = [json.loads(l) for l in (HERE.parent / "heldout" / "dev.papers.jsonl").open(encoding="utf-8")]
    used_pairs = {(r["venue"], r["year"]) for r in dev}
    by_venue = defaultdict(list)
    seen = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = (r["venue"], r["id"])
            if len((r.get("abstract") or "").strip()) < MIN_CHARS or key in seen:
                continue
            seen.add(key)
            if (r["venue"], r["year"]) in used_pairs:
                continue
            by_venue[r["venue"]].append(r)
    rng = random.Random(SEED)
    venues = sorted(by_venue)
    rng.shuffle(venues)
    pools = {v: rng.sample(by_venue[v], min(PER_VENUE, len(by_venue[v]))) for v in venues}
    picked = []
    for rnd in range(PER_VENUE):  # round-robin keeps the venue strata balanced
        for v in venues:
            if len(picked) < N and rnd < len(pools[v]):
                picked.append(pools[v][rnd])
    out = HERE / "blind.papers.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in picked:
            fh.write(json.dumps({k: r[k] for k in ("title", "abstract", "venue", "year", "id")}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} papers from {len({r['venue'] for r in picked})} venues -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])

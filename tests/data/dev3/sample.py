"""Draw the third development sample (see README.md). Run from the repo root:

    python3 tests/data/dev3/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz

Disjoint from every other sample in tests/data (records matched by (venue, id) and by folded title).
"""
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED, N, PER_VENUE, MIN_CHARS = 3131, 100, 4, 400
HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from draw_order import fold_title, used_papers  # noqa: E402


def main(corpus: str, seed: int = SEED, here: Path = HERE) -> None:
    """Draw the sample into ``here``/<folder name>.papers.jsonl (tests/data/blind2 calls it with its seed)."""
    used_keys, used_titles = used_papers(here)
    by_venue = defaultdict(list)
    seen = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = (r["venue"], r["id"])
            if len((r.get("abstract") or "").strip()) < MIN_CHARS or key in seen:
                continue
            seen.add(key)
            if key in used_keys or fold_title(r.get("title") or "") in used_titles:
                continue
            by_venue[r["venue"]].append(r)
    rng = random.Random(seed)
    venues = sorted(by_venue)
    rng.shuffle(venues)
    pools = {v: rng.sample(by_venue[v], min(PER_VENUE, len(by_venue[v]))) for v in venues}
    picked = []
    for rnd in range(PER_VENUE):  # round-robin keeps the venue strata balanced
        for v in venues:
            if len(picked) < N and rnd < len(pools[v]):
                picked.append(pools[v][rnd])
    out = here / f"{here.name}.papers.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in picked:
            fh.write(json.dumps({k: r[k] for k in ("title", "abstract", "venue", "year", "id")}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} papers from {len({r['venue'] for r in picked})} venues -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])

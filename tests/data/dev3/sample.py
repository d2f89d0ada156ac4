"""Draw the third development sample (see README.md). Run from the repo root:

    python3 tests/data/dev3/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz

Disjoint from every other sample in tests/data (records matched by (venue, id) and by folded title).
"""
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

SEED, N, PER_VENUE, MIN_CHARS = 3131, 100, 4, 400
HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from draw_order import drawn_after  # noqa: E402


def _fold(title: str) -> str:
    return re.sub(r"\W+", " ", title).strip().casefold()


def _used(here: Path) -> tuple[set, set]:
    keys, titles, later = set(), set(), drawn_after(here)
    for path in here.parent.glob("*/*.papers.jsonl"):
        if path.parent == here or path.parent.name in later:
            continue
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            keys.add((r.get("venue"), r.get("id")))
            titles.add(_fold(r.get("title") or ""))
    return keys, titles


def main(corpus: str, seed: int = SEED, here: Path = HERE) -> None:
    """Draw the sample into ``here``/<folder name>.papers.jsonl (tests/data/blind2 calls it with its seed)."""
    used_keys, used_titles = _used(here)
    by_venue = defaultdict(list)
    seen = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = (r["venue"], r["id"])
            if len((r.get("abstract") or "").strip()) < MIN_CHARS or key in seen:
                continue
            seen.add(key)
            if key in used_keys or _fold(r.get("title") or "") in used_titles:
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

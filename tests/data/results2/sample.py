"""Draw the second result-tuple sample (see README.md). Standard library only, deterministic.

    python3 tests/data/results2/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz

Same text tests as tests/data/results/sample.py (imported from there, so the two sets select
alike): an abstract is a candidate when a sentence has a score-like number near a metric word,
and it is kept only when one such number is firm (not hedged, not a range end).
Differences: every paper whose title occurs in any tests/data/*/*.papers.jsonl is excluded
(results, blind, heldout, dev2, ...), and the draw is stratified over venue x year band:
candidates are grouped by (venue, band), the groups shuffled with the seed, one firm paper taken
per group round-robin until N.
"""
import gzip
import importlib.util
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED, N, MIN_CHARS = 14014, 50, 400
HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from draw_order import drawn_after  # noqa: E402
BANDS = ((0, 2015), (2016, 2019), (2020, 2022), (2023, 9999))
_spec = importlib.util.spec_from_file_location("results_sample", HERE.parent / "results" / "sample.py")
first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(first)


def _norm(title: str) -> str:
    return " ".join(title.lower().split())


def _band(year) -> int:
    y = int(year or 0)
    return next(i for i, (lo, hi) in enumerate(BANDS) if lo <= y <= hi)


def main(corpus: str, seed: int = SEED, here: Path = HERE) -> None:
    """Draw the sample into ``here``/<folder name>.papers.jsonl (tests/data/results3 calls it with its seed)."""
    excluded, later = set(), drawn_after(here)
    for path in sorted(here.parent.glob("*/*.papers.jsonl")):
        if path.parent != here and path.parent.name not in later:
            with path.open(encoding="utf-8") as fh:
                excluded |= {_norm(r["title"]) for r in map(json.loads, fh)}
    groups, seen = defaultdict(list), set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            abstract = (r.get("abstract") or "").strip()
            title = _norm(r.get("title") or "")
            if title in seen or title in excluded or len(abstract) < MIN_CHARS:
                continue
            seen.add(title)
            if first.has_result(abstract):
                groups[(r["venue"], _band(r.get("year")))].append(r)
    rng = random.Random(seed)
    keys = sorted(groups)
    rng.shuffle(keys)
    queues = {k: rng.sample(groups[k], len(groups[k])) for k in keys}
    picked, rnd = [], 0
    while len(picked) < N and any(queues.values()):
        for k in keys:  # one firm paper per (venue, band) per round keeps the strata balanced
            while len(picked) < N and queues[k]:
                r = queues[k].pop()
                if first.has_firm_result(r["abstract"]):
                    picked.append(r)
                    break
        rnd += 1
    out = here / f"{here.name}.papers.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in picked:
            fh.write(json.dumps({k: r[k] for k in ("title", "abstract", "venue", "year", "id")}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} papers from {len({r['venue'] for r in picked})} venues, {len(keys)} strata, {rnd} rounds -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])

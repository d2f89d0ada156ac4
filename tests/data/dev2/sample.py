"""Draw the second development sample (see README.md). Run from the repo root:

    python3 tests/data/dev2/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz

Disjoint from the older dev sample (no (venue, year) pair it used) and from the blind sample
(none of its (venue, id) records). Two strata, drawn without running kg: 65 abstracts that state
a contribution and carry a name for it (a "Name: ..." title or a "called/dubbed/named/termed"
phrase), 35 from everything else, so about two thirds have a proposed method as in the papers
users build graphs from.
"""
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

SEED, MIN_CHARS = 1111, 400
STRATA = (("named", 65, 4), ("other", 35, 2))  # (stratum, papers, at most per venue)
# Theory venues (alt, colt) and the tiny automl venue are left out: the set is for the
# ML/CV/NLP/robotics papers kg's users build graphs from.
VENUES = ("3dv", "aaai", "acl", "acml", "aistats", "coling", "colm", "corl", "cvpr", "eccv", "iccv",
          "iclr", "icml", "icra", "ijcai", "iros", "naacl", "nips", "rss", "uai", "wacv", "www")
CONTRIB = re.compile(r"\b(we|this paper|this work)\s+(propose|introduce|present|develop)", re.I)
NAMED = re.compile(r"\b(called|dubbed|named|termed|coined)\b")
HERE = Path(__file__).parent


def _ids(path: Path) -> set:
    return {(r["venue"], r["id"]) for r in map(json.loads, path.open(encoding="utf-8"))}


def _stratum(r: dict) -> str:
    text = r["abstract"]
    if CONTRIB.search(text) and (":" in r["title"] or NAMED.search(text)):
        return "named"
    return "other"


def main(corpus: str) -> None:
    dev = [json.loads(l) for l in (HERE.parent / "heldout" / "dev.papers.jsonl").open(encoding="utf-8")]
    used_pairs = {(r["venue"], r["year"]) for r in dev}
    blind = _ids(HERE.parent / "blind" / "blind.papers.jsonl")  # ids only, to exclude them
    pools = {s: defaultdict(list) for s, _, _ in STRATA}
    seen = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = (r["venue"], r["id"])
            if len((r.get("abstract") or "").strip()) < MIN_CHARS or key in seen:
                continue
            seen.add(key)
            if r["venue"] not in VENUES or (r["venue"], r["year"]) in used_pairs or key in blind:
                continue
            pools[_stratum(r)][r["venue"]].append(r)
    rng = random.Random(SEED)
    picked = []
    for stratum, n, per_venue in STRATA:
        by_venue = pools[stratum]
        venues = sorted(by_venue)
        rng.shuffle(venues)
        draws = {v: rng.sample(by_venue[v], min(per_venue, len(by_venue[v]))) for v in venues}
        got = []
        for rnd in range(per_venue):  # round-robin keeps the venue strata balanced
            for v in venues:
                if len(got) < n and rnd < len(draws[v]):
                    got.append(draws[v][rnd])
        picked += got
    out = HERE / "dev2.papers.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in picked:
            fh.write(json.dumps({k: r[k] for k in ("title", "abstract", "venue", "year", "id")}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} papers from {len({r['venue'] for r in picked})} venues -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])

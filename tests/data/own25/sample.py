"""Re-draw the own25 dev set (200 abstracts for the `proposed` / `introduced_datasets` keys).

Why: own25 is fresh development text for the paper's own method names, drawn from corpus
text no other set holds. Its pool is the second part of /work/staging/s22/fresh2.jsonl
(lines 4,901 to the end), which is corpus lines 70,001-80,000 of
paperlists-abstracts.jsonl.gz minus 178 papers of the closed sets; fresh2 line 4,901 is
corpus line 75,032. So the pool is corpus lines 75,032-80,000 minus every paper of the sets
below (matched by (venue, id) or case-folded title), and the draw is
`random.Random(2526).sample(pool, 200)`, written in corpus order.

Usage: python sample.py CORPUS.jsonl.gz TESTS_DATA_DIR > own25.papers.jsonl
"""
import gzip
import json
import random
import sys
from pathlib import Path

FIRST_LINE, LAST_LINE, SEED, SIZE = 75032, 80000, 2526, 200
# every set in tests/data when own25 was drawn (session 25); own25 itself excluded
SETS = ("blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 "
        "blind12 blind13 blind14 blind15 blind16 blind17 dev2 dev3 dev4 dev5 heldout iaa "
        "results results2 results3 results4 results5 results6 results7 results8 results9 "
        "results10 results11 results12 results13 results14 rtrain1 rtrain2 train1 train2 "
        "train3").split()


def taken(data_dir):
    """(venue, id) keys and case-folded titles of every paper of SETS."""
    keys, titles = set(), set()
    for name in SETS:
        for path in (Path(data_dir) / name).glob("*.papers.jsonl"):
            for line in path.open(encoding="utf-8"):
                rec = json.loads(line)
                keys.add((rec.get("venue"), str(rec.get("id"))))
                titles.add((rec.get("title") or "").casefold())
    return keys, titles


def pool(corpus, data_dir):
    """Corpus lines FIRST_LINE..LAST_LINE (raw bytes) whose paper no set holds."""
    keys, titles = taken(data_dir)
    out = []
    with gzip.open(corpus, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if number > LAST_LINE:
                break
            if number < FIRST_LINE:
                continue
            rec = json.loads(line)
            if (rec.get("venue"), str(rec.get("id"))) in keys:
                continue
            if (rec.get("title") or "").casefold() in titles:
                continue
            out.append(line)
    return out


def main(corpus, data_dir):
    lines = pool(corpus, data_dir)
    chosen = sorted(random.Random(SEED).sample(range(len(lines)), SIZE))
    for index in chosen:
        sys.stdout.buffer.write(lines[index])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

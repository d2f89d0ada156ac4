"""Re-draw the own25 dev set (200 abstracts for the `proposed` / `introduced_datasets` keys).

Why: own25 is fresh development text for the paper's own method names, drawn from corpus
text no other set holds. Its pool is the second part of /work/staging/s22/fresh2.jsonl
(lines 4,901 to the end), which is corpus lines 70,001-80,000 of
paperlists-abstracts.jsonl.gz minus 178 papers of the closed sets; fresh2 line 4,901 is
corpus line 75,032. So the pool is corpus lines 75,032-80,000 minus every paper of every set in
tests/data but metrics25, drawn with it (tests/data/draw_order.py; matched by (venue, id) or folded
title), and the draw is
`random.Random(2526).sample(pool, 200)`, written in corpus order.

Usage: python sample.py CORPUS.jsonl.gz TESTS_DATA_DIR > own25.papers.jsonl
"""
import gzip
import json
import random
import sys
from pathlib import Path

FIRST_LINE, LAST_LINE, SEED, SIZE = 75032, 80000, 2526, 200
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from draw_order import fold_title, used_papers  # noqa: E402


def pool(corpus, data_dir):
    """Corpus lines FIRST_LINE..LAST_LINE (raw bytes) whose paper no set holds."""
    keys, titles = used_papers(Path(data_dir) / HERE.name)
    out = []
    with gzip.open(corpus, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if number > LAST_LINE:
                break
            if number < FIRST_LINE:
                continue
            rec = json.loads(line)
            if (rec.get("venue"), rec.get("id")) in keys or fold_title(rec.get("title") or "") in titles:
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

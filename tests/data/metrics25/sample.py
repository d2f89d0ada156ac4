"""Re-draw the metrics25 dev set from the corpus (reproducible; see README.md).

Source: lines 70,001-75,031 of shared/corpora/paperlists-abstracts.jsonl.gz, which are the
first 4,900 lines of staging fresh2.jsonl (corpus lines 70,001-80,000 minus the closed sets)
plus the closed-set papers among them. Every paper of any set in tests/data drawn before it
(tests/data/draw_order.py; matched by (venue, id) or folded title) is left out, abstracts that mention an evaluation are kept
(e.g. "measured by the F1 score", "outperforms ... by 3%"), and 250 are drawn with
random.Random(2525).sample, then written in corpus order.

Usage: python sample.py [CORPUS.jsonl.gz] > metrics25.papers.jsonl
"""
import gzip
import json
import random
import re
import sys
from pathlib import Path

FIRST, LAST = 70_001, 75_031
EVAL = re.compile(r"evaluat|metric|measure|score|accuracy|error|precision|recall|outperform"
                  r"|state-of-the-art|\d\s*%", re.I)
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from draw_order import fold_title, used_papers  # noqa: E402


def candidates(corpus: str) -> list[str]:
    """Corpus lines FIRST..LAST (1-based) that are unseen and mention an evaluation."""
    keys, titles = used_papers(HERE)
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i < FIRST:
                continue
            if i > LAST:
                break
            rec = json.loads(line)
            if (rec.get("venue"), rec.get("id")) in keys or fold_title(rec.get("title") or "") in titles:
                continue
            if EVAL.search(rec.get("abstract") or ""):
                out.append(line.rstrip("\n"))
    return out


def main() -> None:
    corpus = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora/paperlists-abstracts.jsonl.gz"
    pool = candidates(corpus)
    picked = set(random.Random(2525).sample(range(len(pool)), 250))
    for i in sorted(picked):
        print(pool[i])


if __name__ == "__main__":
    main()

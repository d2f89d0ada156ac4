"""Draws the 30 papers of the agreement set (session 10): a seeded random sample of the shared
corpus, abstracts of 400 characters or more, leaving out every title in the gold and paper files
of tests/data and ../shared/gold. Run from the repository root:
``python tests/data/iaa/draw.py`` writes tests/data/iaa/iaa.papers.jsonl again."""
import glob
import gzip
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "paperlists-abstracts.jsonl.gz"
sys.path.insert(0, str(HERE.parent))
from draw_order import drawn_after  # noqa: E402  (sets drawn later must not change this draw)


def titles_in_gold_sets() -> set[str]:
    files = glob.glob(str(ROOT / "tests/data/**/*.jsonl"), recursive=True)
    files += glob.glob(str(ROOT.parent / "shared/gold/**/*.jsonl"), recursive=True)
    seen, later = set(), drawn_after(HERE)
    for f in files:
        if Path(f).parent == HERE or Path(f).parent.name in later:
            continue
        for line in open(f, encoding="utf-8"):
            try:
                seen.add(json.loads(line).get("title", "").strip().lower())
            except (ValueError, AttributeError):
                pass
    return seen


def main() -> None:
    seen = titles_in_gold_sets()
    recs = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
    order = list(range(len(recs)))
    random.Random(1010).shuffle(order)
    out = []
    for i in order:
        title = (recs[i].get("title") or "").strip()
        if title and title.lower() not in seen and len(recs[i].get("abstract") or "") >= 400:
            out.append(recs[i])
            if len(out) == 30:
                break
    with open(HERE / "iaa.papers.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""The development gold sets the training scripts learn from and cross-validate over.

name -> (gold file, papers). The closed held-out sets (tests/data/blind2, blind5, blind6, results4,
results5) are not here, by design: they measure, nobody trains on them.
"""
import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from kg.model import title_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

DEV_SETS = {
    "seeds": (SHARED / "gold/seeds.gold.jsonl", ROOT / "seeds"),
    "heldout": (ROOT / "tests/data/heldout/dev.gold.jsonl", ROOT / "tests/data/heldout/dev.papers.jsonl"),
    **{name: (ROOT / f"tests/data/{name}/{name}.gold.jsonl", ROOT / f"tests/data/{name}/{name}.papers.jsonl")
       for name in ("dev2", "dev3", "blind", "blind4")},
}


def papers_outside_gold(corpus: Path, exclude: set[str]) -> Iterator[tuple[int, str, str, str]]:
    """(line number, title key, title, abstract) of each paper of a JSONL.gz corpus with an abstract,
    once per title key, skipping the papers whose sha1(title key) is in ``exclude`` (the gold papers,
    so that no evaluated paper shapes what is measured on it)."""
    seen: set[str] = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            rec = json.loads(line)
            title, abstract = rec.get("title") or "", rec.get("abstract") or ""
            key = title_key(title)
            if not key or not abstract or key in seen or hashlib.sha1(key.encode()).hexdigest() in exclude:
                continue
            seen.add(key)
            yield n, key, title, abstract

"""The development gold sets the training scripts learn from and cross-validate over.

name -> (gold file, papers). The closed held-out sets (tests/data/blind2, blind5, blind6, results4,
results5) are not here, by design: they measure, nobody trains on them.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

DEV_SETS = {
    "seeds": (SHARED / "gold/seeds.gold.jsonl", ROOT / "seeds"),
    "heldout": (ROOT / "tests/data/heldout/dev.gold.jsonl", ROOT / "tests/data/heldout/dev.papers.jsonl"),
    **{name: (ROOT / f"tests/data/{name}/{name}.gold.jsonl", ROOT / f"tests/data/{name}/{name}.papers.jsonl")
       for name in ("dev2", "dev3", "blind", "blind4")},
}

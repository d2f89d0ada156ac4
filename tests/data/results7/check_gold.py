"""Check results7.gold.jsonl against results7.papers.jsonl (standard library only): the first
results set's checker (../results/check_gold.py, same rules and counts) run on this folder.
This set writes a length in `cm` as its abstract does, so that unit is allowed here.

    python3 tests/data/results7/check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "results"))
import check_gold  # noqa: E402

check_gold.UNITS.update({"cm"})

if __name__ == "__main__":
    sys.exit(check_gold.main(HERE, "results7"))

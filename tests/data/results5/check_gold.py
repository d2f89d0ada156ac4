"""Check results5.gold.jsonl against results5.papers.jsonl (standard library only): the first
results set's checker (../results/check_gold.py, same rules and counts) run on this folder.
This set writes times in `seconds`, `weeks` and `ms` and a length in `meter` as the abstracts do,
so those units are allowed here.

    python3 tests/data/results5/check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "results"))
import check_gold  # noqa: E402

check_gold.UNITS.update({"seconds", "weeks", "ms", "meter"})

if __name__ == "__main__":
    sys.exit(check_gold.main(HERE, "results5"))

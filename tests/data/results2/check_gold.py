"""Check results2.gold.jsonl against results2.papers.jsonl (standard library only): the first
results set's checker (../results/check_gold.py, same rules and counts) run on this folder.

    python3 tests/data/results2/check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "results"))
from check_gold import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, "results2"))

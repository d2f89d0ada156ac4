"""Check results16.gold.jsonl against results16.papers.jsonl (standard library only): the first
results set's checker (../results/check_gold.py, same rules and counts) run on this folder.
Annotated by one assistant (session 27).

    python3 tests/data/results16/check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "results"))
import check_gold  # noqa: E402


if __name__ == "__main__":
    sys.exit(check_gold.main(HERE, "results16"))

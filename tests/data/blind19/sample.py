"""Draw the nineteenth blind sample: held out (session 27; see README.md). Run from the repo root:

    python3 tests/data/blind19/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz

The draw of tests/data/dev3/sample.py with another seed and 115 papers (up to 5 a venue):
disjoint from every other sample in tests/data (records matched by (venue, id) and by folded title).
"""
import importlib.util
import sys
from pathlib import Path

SEED, N, PER_VENUE = 19191, 115, 5
HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("dev3_sample", HERE.parent / "dev3" / "sample.py")
dev3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev3)


if __name__ == "__main__":
    dev3.N, dev3.PER_VENUE = N, PER_VENUE  # dev3's draw with a larger sample
    dev3.main(sys.argv[1], seed=SEED, here=HERE)

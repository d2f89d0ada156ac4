"""Draw the sixteenth result sample: held out (session 27; see README.md). Standard library only, deterministic.

    python3 tests/data/results16/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz

The draw of tests/data/results2/sample.py (the text tests of tests/data/results/sample.py,
stratified over venue x year band) with another seed and 80 papers; every paper of another
tests/data set drawn before it is left out.
"""
import importlib.util
import sys
from pathlib import Path

SEED, N = 161616, 80
HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("results2_sample", HERE.parent / "results2" / "sample.py")
second = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(second)


if __name__ == "__main__":
    second.N = N  # results2's draw with a larger sample
    second.main(sys.argv[1], seed=SEED, here=HERE)

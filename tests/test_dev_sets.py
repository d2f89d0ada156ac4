"""The sets the training scripts learn from (scripts/dev_sets.py): the read sets and, since
session 23, the open sets; never a check set."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from dev_sets import READ_SETS  # noqa: E402


def test_the_open_sets_are_training_sets_and_no_check_set_is() -> None:
    assert {"blind2", "blind5", "blind6", "blind7"} <= set(READ_SETS)
    assert {"seeds", "heldout", "dev2", "dev3", "dev4", "train1r", "train2", "train3"} <= set(READ_SETS)
    assert not {"blind", "blind3", "blind4", "dev5", "train1c"} & set(READ_SETS)


def test_train1r_is_written_from_the_committed_train1_read_part() -> None:
    from dev_sets import train1_read_part

    gold, papers = train1_read_part()
    train1 = Path(__file__).resolve().parent / "data/train1/train1.papers.jsonl"
    lines = train1.read_text(encoding="utf-8").splitlines()
    written = papers.read_text(encoding="utf-8").splitlines()
    assert len(written) == 560 == len(gold.read_text(encoding="utf-8").splitlines())
    assert written == [line for i, line in enumerate(lines) if i % 3]
    assert lines[0] not in written  # index 0, a multiple of 3: the check part

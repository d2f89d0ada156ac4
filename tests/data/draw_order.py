"""The samples drawn by tests/data/dev3/sample.py and tests/data/results2/sample.py (and the sets
that call them with their own seed), in the order they were drawn. A re-draw leaves out every other
set in tests/data except those drawn after it, so that it writes its committed papers file again."""
from pathlib import Path

ORDER = ("results2", "dev3", "results3", "blind2", "blind3", "blind4", "blind5", "iaa", "blind6", "results4", "results5", "blind7", "dev4", "results6", "blind8", "dev5", "blind9", "results7")


def drawn_after(here: Path) -> set[str]:
    """The sets drawn after the set in folder ``here``: not left out of its re-draw."""
    return set(ORDER[ORDER.index(here.name) + 1 :]) if here.name in ORDER else set()

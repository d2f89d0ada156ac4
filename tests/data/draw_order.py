"""The samples drawn by tests/data/dev3/sample.py and tests/data/results2/sample.py (and the sets
that call them with their own seed), in the order they were drawn. A re-draw leaves out every other
set in tests/data except those drawn after it, so that it writes its committed papers file again.
A tuple in ORDER is sets drawn at the same time, each from a checkout without the other (session 24's
blind16 and results13; session 25's blind17 and results14, then its metrics25 and own25; session 26's blind18 and
results15; session 27's blind19 and results16): neither
leaves the other out of its re-draw. metrics25 and own25 (session 25's metrics-only and
proposed-only development sets, drawn from corpus lines 70,001-80,000) have their own sample.py.
Every re-draw leaves out the same papers, :func:`used_papers`."""
import json
import re
from pathlib import Path

#: The closed held-out sets: never opened, read or run on while working (the house rules; their
#: gold is the held-out measure). The one list: benchmarks/catalogue_grow.py (and the scripts that
#: read gold through it) imports it by path and skips their files. Session 23 opened the four oldest
#: held-out abstract sets (blind2, blind5, blind6, blind7) and the two oldest result sets (results4,
#: results5) as development sets: their errors are read from then on.
CLOSED = ("blind8", "blind9", "results7", "blind10", "results8", "blind11", "blind12", "results9", "blind13", "results10", "blind14", "results11", "blind15", "results12", "results13", "blind16", "blind17", "results14", "blind18", "results15", "blind19", "results16")

ORDER = ("results2", "dev3", "results3", "blind2", "blind3", "blind4", "blind5", "iaa", "blind6", "results4", "results5", "blind7", "dev4", "results6", "blind8", "dev5", "blind9", "results7", "train1", "blind10", "results8", "train2", "blind11", "rtrain1", "train3", "blind12", "rtrain2", "results9", "blind13", "results10", "blind14", "results11", "blind15", "results12", ("blind16", "results13"), ("blind17", "results14"), ("metrics25", "own25"), ("blind18", "results15"), ("blind19", "results16"))


def drawn_after(here: Path) -> set[str]:
    """The sets drawn after the set in folder ``here``, or at the same time: not left out of its re-draw."""
    groups = [entry if isinstance(entry, tuple) else (entry,) for entry in ORDER]
    for at, group in enumerate(groups):
        if here.name in group:
            return {name for later in groups[at + 1 :] for name in later} | (set(group) - {here.name})
    return set()


def fold_title(title: str) -> str:
    """A title as re-draws match it: runs of non-word characters one space, case folded."""
    return re.sub(r"\W+", " ", title).strip().casefold()


def used_papers(here: Path) -> tuple[set, set]:
    """(venue, id) pairs and folded titles (:func:`fold_title`) of every paper a re-draw of the set in
    folder ``here`` leaves out: every other set in tests/data but those drawn after it (:func:`drawn_after`)."""
    keys, titles, later = set(), set(), drawn_after(here)
    for path in here.parent.glob("*/*.papers.jsonl"):
        if path.parent == here or path.parent.name in later:
            continue
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            keys.add((r.get("venue"), r.get("id")))
            titles.add(fold_title(r.get("title") or ""))
    return keys, titles

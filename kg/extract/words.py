"""The word lists and cue phrases the rules match, read from ``data/<name>.json``.

Each file holds one module's lists. A word set is stored as lines of space-separated words
(:func:`word_set`); phrases whose spaces matter, such as anchor words ending in a space, are
stored as exact strings (:func:`phrases`, :func:`anchor_kinds`), and cue words that a regular
expression alternates between as regex fragments (:func:`alternation`). The extractor fingerprint
hashes these files, so editing a list invalidates cached extractions.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Final

__all__ = ["DATA_DIR", "load", "word_set", "phrases", "alternation", "anchor_kinds"]

# (from the package's file, not this module's: a module compiled by scripts/compile_fast.py is given
# a ``__file__`` made from the build's paths, not where it lies)
DATA_DIR: Final = Path(sys.modules["kg.extract"].__file__ or "").parent / "data"


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed ``data/<name>.json`` (read once per process: the files ship with kg)."""
    with (DATA_DIR / f"{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def word_set(name: str, key: str) -> frozenset[str]:
    """The words of list ``key`` in ``data/<name>.json``."""
    return frozenset(" ".join(load(name)[key]).split())


def phrases(name: str, key: str) -> tuple[str, ...]:
    """The exact strings of list ``key`` in ``data/<name>.json``, in file order."""
    return tuple(load(name)[key])


def alternation(name: str, key: str) -> str:
    """The regex alternatives of list ``key`` in ``data/<name>.json`` joined by ``|``, in file
    order (entries are regex fragments: "results?", "utili[sz]es?")."""
    return "|".join(load(name)[key])


def anchor_kinds(name: str) -> dict[str, list[str]]:
    """The ``anchors`` table of ``data/<name>.json``: anchor kind -> words that start it."""
    return {kind: list(words) for kind, words in load(name)["anchors"].items()}

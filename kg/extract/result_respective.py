"""Sets no recogniser knows, listed for a "respectively" list of values.

"improving pass@1 rate by 16.2 pts and 15.0 pts for PyTorch-Keras and PyTorch-MXNet transpilation pairs
respectively": the sentence names one unknown set (the first of a list) and the names coordinated with it are
the others; a "respectively" list of values pairs with them in order (:func:`kg.extract.result_sets.group_datasets`
guesses only when the counts agree). Names are taken only when all share the first one's shape (a dash, a digit
or an inner capital), so "on Foo-Bench and real robots" stays unknown.
"""

from __future__ import annotations

import re
from typing import Final

from .result_metrics import Named
from .result_patterns import RESPECTIVELY

# ", PyTorch-MXNet", " and PyTorch-MXNet", ", and WMT16": a coordinated name of a set's shape
_NEXT_NAME: Final = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<name>[A-Z][\w.+]*(?:-[\w.+]+)+|[A-Z][A-Za-z]*\d[\w.+-]*|[A-Z][a-z]+[A-Z][\w.+-]*)(?![\w-])")
_SHAPED: Final = re.compile(r"[\w.+]*(?:-[\w.+]+)+|[A-Za-z]*\d[\w.+-]*|[A-Z][a-z]+[A-Z][\w.+-]*")


def respective_sets(text: str, s: int, e: int, unknown: list[Named]) -> list[Named]:
    """The unknown sets a "respectively" sentence lists, first to last, when ``unknown`` holds its first
    (two or more names, no recognised mention among them), else []."""
    if len(unknown) != 1 or not _SHAPED.fullmatch(unknown[0].name) or not RESPECTIVELY.search(text, s, e):
        return []
    out, end = [unknown[0]], unknown[0].end
    while (m := _NEXT_NAME.match(text, end, e)) is not None:
        out.append(unknown[0]._replace(start=m.start("name"), end=m.end("name"), name=m.group("name")))
        end = m.end()
    return out if len(out) > 1 else []

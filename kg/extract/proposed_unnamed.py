"""A title prefix naming the system its abstract presents without a name.

Most title-prefix names ("NAME: rest of title") are confirmed by the abstract writing NAME; some
abstracts never do, and present "a new encoder-decoder architecture" instead. The title then is
where the name is given, when its shape says the prefix is a system: a system noun ends it ("Fader
Networks:Manipulating Images by Sliding Attributes") or the title's rest apposes a kind to it ("You
Only Evaluate Once: a Simple Baseline Algorithm for Offline RL"). Read by
:func:`kg.extract.proposed_title.title_names` (rule ``proposed:title-prefix``).
"""

from __future__ import annotations

import re
from typing import Final

from .proposed_names import _METHOD_NOUNS, valid_name
from .shapes import SYSTEM_NOUNS

__all__ = ["PRESENTS_UNNAMED_SOURCE", "unnamed_system"]

# "This paper introduces a new encoder-decoder architecture", "we propose an end-to-end trainable
# framework": the abstract presents a system of its own without naming it. A title prefix of plain
# words the abstract never writes names that system when it ends in a system noun ("Fader Networks:
# Manipulating Images ...") or the title's rest apposes a kind to it ("You Only Evaluate Once: a
# Simple Baseline Algorithm ...").
_KIND: Final = "(?:" + "|".join(sorted(_METHOD_NOUNS)) + ")"
#: The source of that presentation up to its kind noun; :mod:`kg.extract.proposed_title_only` reads it too.
PRESENTS_UNNAMED_SOURCE: Final = (
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|article))\s+(?:\w+ly\s+)?(?:propose|present|introduce|develop|design)s?\s+"
    r"(?:a|an)\s+(?:novel\s+|new\s+)?(?:[\w\-]+\s+){0,4}?" + _KIND
)
_PRESENTS_UNNAMED: Final = re.compile(PRESENTS_UNNAMED_SOURCE + r"\b")


# "NAME: a Simple Baseline Algorithm for Offline RL": the title's rest says what kind of thing NAME is.
_TITLE_APPOSED_KIND: Final = re.compile(
    r"(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?" + _KIND + r"\b", re.IGNORECASE
)


def unnamed_system(phrase: str, rest: str, abstract: str) -> tuple[bool, bool]:
    """(the title's rest apposes a kind to ``phrase``, ``phrase`` names the system the abstract presents
    unnamed) for a title prefix the abstract never writes. "You Only Evaluate Once: a Simple Baseline
    Algorithm for ..." (apposed: a pronoun inside is then no clause) and "Fader Networks:Manipulating
    Images ..." (a system noun ends the prefix) over "we propose a simple baseline algorithm", "This
    paper introduces a new encoder-decoder architecture"."""
    if _PRESENTS_UNNAMED.search(abstract) is None:
        return False, False
    words = phrase.split()
    apposed = _TITLE_APPOSED_KIND.match(rest) is not None
    named = (apposed and valid_name(phrase, strong_context=True, plain_words_ok=True)) or (
        len(words) > 1 and words[-1].lower().rstrip("s") in SYSTEM_NOUNS
        and valid_name(" ".join(words[:-1]), strong_context=True, plain_words_ok=True))
    return apposed, named

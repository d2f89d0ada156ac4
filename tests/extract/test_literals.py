"""kg.extract.literals finds what the per-name patterns it replaced found (same offsets)."""

import random
import re

from kg.extract.literals import caseless_starts, word_spans, word_start, word_then

# ASCII and non-ASCII letters, the four characters re.IGNORECASE folds to ASCII ones, word joiners
_ALPHABET = "aAsSkKbB-_ ().é1\u0130\u0131\u017f\u212aΣσς"


def _cases(n: int = 20000):
    rng = random.Random(7)
    for _ in range(n):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14))) + rng.choice(["", " block", " blocks", " blockx"])
        name = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 3)))
        yield text, name if rng.random() < 0.5 else (name.encode("ascii", "ignore").decode() or "a")


def test_literals_word_searches_match_the_patterns():
    after = re.compile(r"\s+(?:block|module|layer)s?\b")
    for text, name in _cases():
        first = re.search(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text)
        assert word_start(text, name) == (first.start() if first else -1)
        for plural in (False, True):
            spans = [m.span() for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + ("s?" if plural else "") + r"(?![\w\-])", text)]
            assert word_spans(text, name, plural=plural) == spans
        assert word_then(text, name, after) == (re.search(r"(?<![\w\-])" + re.escape(name) + after.pattern, text) is not None)


def test_literals_caseless_starts_match_ignorecase():
    # "\u0130" (dotted capital I) lowers to two characters and matches "i"; the Kelvin sign matches "k"
    assert caseless_starts("\u0130ndex and \u212aernel", "i") == [0] and caseless_starts("\u212aernel", "kernel") == [0]
    for text, name in _cases():
        assert caseless_starts(text, name) == [m.start() for m in re.finditer(re.escape(name), text, re.I)]

"""kg.extract.ascii_twin: a pattern's ASCII twin finds on ASCII text exactly what the pattern finds."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import kg.extract
from kg.extract.ascii_twin import ascii_source, ascii_twin

_SEPARATORS = [" ", " ", " ", "  ", "\n", "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "-", ", ", ". ", "(", ")", "'", "_"]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _texts(pattern: re.Pattern[str], rng: random.Random, n: int) -> list[str]:
    """ASCII texts of the pattern's own words ("we propose", "dataset") between spaces, the
    separators ``\\s`` reads differently under re.ASCII, punctuation and digits."""
    words = re.findall(r"[A-Za-z]{2,}", pattern.pattern) or ["word"]
    words += ["We", "This", "A", "CoFormer", "BERT", "3D", "2019", "x", "new", "the", "model"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randrange(4, 40)):
            w = rng.choice(words)
            parts.append(w.capitalize() if rng.random() < 0.2 else w)
            parts.append(rng.choice(_SEPARATORS))
        out.append("".join(parts))
    return out


def test_every_twin_of_the_rules_patterns_finds_what_the_pattern_finds() -> None:
    rng = random.Random(26)
    checked = 0
    for info in pkgutil.iter_modules(kg.extract.__path__):
        module = importlib.import_module(f"kg.extract.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                twin = ascii_twin(value)
                for text in _texts(value, rng, 12):
                    assert _found(twin, text) == _found(value, text), (info.name, value.pattern, text)
                checked += 1
    assert checked > 1000


def test_the_separators_stay_spaces_in_the_twin() -> None:
    assert ascii_source(r"a\sb[\s,]c\Sd") == r"a[\s\x1c-\x1f]b[\s\x1c-\x1f,]c[^\s\x1c-\x1f]d"
    pattern = re.compile(r"we\s+propose\s(\S+)")
    assert _found(ascii_twin(pattern), "we\x1cpropose\x1fX") == _found(pattern, "we\x1cpropose\x1fX") != []


def test_no_twin_where_it_could_read_differently() -> None:
    assert ascii_source(r"[\S-]+") is None  # a \S inside a class
    kelvin = re.compile("\u212a", re.IGNORECASE)  # (KELVIN SIGN): matches "k" under Unicode case folding
    assert ascii_twin(kelvin) is kelvin and kelvin.match("k")
    scoped = re.compile("(?i:\u017f)")  # (LONG S) matches "s"
    assert ascii_twin(scoped) is scoped
    escaped_bracket = re.compile(r"[\]\s]x\s")  # "]" inside a class does not end it
    assert _found(ascii_twin(escaped_bracket), "]\x1cx\x1c") == _found(escaped_bracket, "]\x1cx\x1c") != []

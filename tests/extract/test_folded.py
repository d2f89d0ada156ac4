"""Case-insensitive patterns read through a case-sensitive twin (kg.extract.folded): the same
matches as the pattern, on ASCII text (through the twin) and on other text (the pattern itself)."""

import re

import pytest

from kg.extract.folded import Folded, lower_twin
from kg.extract.result_patterns import GENERIC_METRIC

_TEXTS = [
    "We report Top-1 Validation Error and RECOGNITION accuracy, F1 Score of 0.9 and AUROC on ImageNet.",
    "the recognition Rate, Spearman's rank correlation and the MACRO-averaged F1 improve.",
    "Our Speech RECOGNITION ACCURACY and segmentation accuracy rise; the Error Rates fall.",
    "Mean error rate, exact-match, Q8 accuracy and the precision \u2014 all up; caf\u00e9 accuracy too.",
    "ORGANISATION accuracy and Organisation accuracy and organisation accuracy.",
]


def _same(a, b):
    return [(m.span(), m.groups(), m.string) for m in a] == [(m.span(), m.groups(), m.string) for m in b]


@pytest.mark.parametrize("text", _TEXTS)
def test_folded_a_loose_twin_finds_what_the_pattern_finds(text):
    """GENERIC_METRIC's case-sensitive part ("(?-i:[a-z]{3,}tion)") is read loosely by the twin,
    which then leaves "RECOGNITION accuracy" to the pattern: the matches are the pattern's own."""
    folded = Folded(GENERIC_METRIC, loose=True)
    assert _same(folded.finditer(text), GENERIC_METRIC.finditer(text))
    assert _same(folded.finditer(text, 5, len(text) - 3), GENERIC_METRIC.finditer(text, 5, len(text) - 3))
    for pos in range(0, len(text), 7):
        assert _same([m for m in [folded.search(text, pos)] if m], [m for m in [GENERIC_METRIC.search(text, pos)] if m])


def test_folded_keeps_the_case_of_groups_and_reads_behind_its_start():
    pattern = re.compile(r"(?<![Oo]ur )\b(based on|Derived From)\s+(\w+)", re.IGNORECASE)
    folded = Folded(pattern)
    text = "A model BASED ON Transformers, our derived from X, DERIVED FROM Y."
    assert [m.group(2) for m in folded.finditer(text)] == ["Transformers", "Y"]
    assert folded.search(text, 40).group(1) == "DERIVED FROM"
    assert folded.match(text, 8).group(1) == "BASED ON" and folded.match(text, 7) is None


@pytest.mark.parametrize("source", [
    r"(?-i:[a-z]+)tion",  # a case-sensitive part needs a loose twin
    r"ab(?i:c)",  # a case-insensitive part inside
    "\u017fcore",  # the long s matches "s" and "S" without case
    r"\s*",  # a pattern matching empty text
    r"(?=a)",  # ... or nothing at some place of a text (finditer stayed there)
    r"\b|x",
])
def test_folded_refuses_a_pattern_its_twin_would_not_hold_for(source):
    with pytest.raises(ValueError):
        Folded(re.compile(source, re.IGNORECASE))


@pytest.mark.parametrize("source,loose", [
    (r"[A-z]+", False),  # lowered to "[a-z]+", which holds no "_": "_b" would be found at "b"
    (r"x(?-i:[A-z])", True),  # a loose twin would match less than the pattern ("x_")
    (r"[Z-a]", False),  # lowered to "[z-a]", no range
])
def test_folded_refuses_a_range_its_lowered_ends_change(source, loose):
    with pytest.raises(ValueError):
        Folded(re.compile(source, re.IGNORECASE), loose=loose)
    assert Folded(re.compile(r"[B-Y]+_[a-f0-9]+", re.IGNORECASE)).search("x DOG_9f").group() == "DOG_9f"


def test_folded_a_loose_twin_refuses_a_negated_case_sensitive_part():
    with pytest.raises(ValueError):
        lower_twin(re.compile(r"x(?-i:[^A-Z])", re.IGNORECASE), loose=True)
    assert lower_twin(re.compile(r"(?-i:[A-Z][a-z]+)ing", re.IGNORECASE), loose=True).pattern == "(?:[a-z][a-z]+)ing"


def _folded_in_extract():
    import importlib
    import pkgutil

    import kg.extract as kx

    found = {}
    for info in pkgutil.iter_modules(kx.__path__):
        for name, obj in vars(importlib.import_module(f"kg.extract.{info.name}")).items():
            if isinstance(obj, Folded):
                found[f"{info.name}.{name}"] = obj
    return sorted(found.items())


_MIXED = [
    "Applications such as Autonomous Driving; its Roles In Robotics. Based On the Classical SGD, USING the BERT model.",
    "We Reduce the Training Time by 20%, (see Table 3) up to 4.1 points and Improved by 2%, on These Datasets, on both benchmarks.",
    "Results Outperform prior work in terms of MRR, Learning and Planning and Acting, fields, e.g., Medicine and Law.",
    "caf\u00e9 applications such as \u201cdriving\u201d \u2014 based on the classical method, reducing the error by 3%.",
    # (read from its start only: "^% absolute gains"; the lists of values before a hedge: "Up To 4, 5 And")
    "% Absolute Gains Over a Variant Of the original model, Up To 4, 5 And 6% Higher Top-1 Accuracy by 2 points.",
]


@pytest.mark.parametrize("name,folded", _folded_in_extract())
def test_folded_every_twin_in_extract_answers_as_its_pattern(name, folded):
    """Each pattern kg.extract reads through a twin gives the same matches both ways, at every start,
    the window ending at every word ("...based on the " for the patterns read up to a value, "\\Z");
    each pattern matches somewhere in ASCII text, so a twin that answered otherwise would show."""
    matched = 0
    for text in _MIXED + [t.upper() for t in _MIXED] + [t.lower() for t in _MIXED]:
        for pos in range(0, len(text), 5):
            ends = {len(text), pos + 40, pos + 80} | {i + 1 for i, c in enumerate(text) if c == " " and i >= pos}
            for end in sorted(ends):
                want = list(folded.pattern.finditer(text, pos, end))
                matched += len(want) if text.isascii() else 0
                assert _same(folded.finditer(text, pos, end), want), (name, text, pos, end)
                m, n = folded.match(text, pos, end), folded.pattern.match(text, pos, end)
                assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups())), (name, text, pos)
    assert matched, name

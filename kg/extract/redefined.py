"""Catalogue acronyms the abstract defines as something else.

An acronym means what the paper says it means: "the free-flying target (FFT)" is not the Fast
Fourier Transform, "a sliding mode controller (SMC)" not Sequential Monte Carlo, and "Residual
Factored Forecaster (RFF)" not Random Fourier Features. The role of such a name is decided once
per abstract from its strongest evidence, the definition: :func:`redefined_acronyms` lists the
catalogue matches whose acronym the text defines with a long form that shares no content word
with the entry's full name or long aliases, and the resolver drops those matches (the acronym
component's own reading of the definition, if any, stands).

A long form that differs only in inflection, hyphenation or an extra modifier ("deep
convolutional neural networks (CNNs)") shares words with the entry and keeps the match; an entry
with no spelled-out form to compare with is never overruled.
"""

from __future__ import annotations

import re
from typing import Final

from .long_forms import find_definitions, long_form_start
from .catalogue_data import Catalogue
from ..model import Role
from .doc import Candidate
from .shapes import STOP_NAMES, is_acronym

__all__ = ["CATALOGUE_RULES", "redefined_acronyms", "inside_defined_names"]

_WORDS: Final = re.compile(r"[A-Za-z]+")
_MINOR: Final = frozenset({"a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "with", "by", "based", "via"})
CATALOGUE_RULES: Final = ("catalogue", "catalogue:variant")
_VALUE_BEFORE: Final = re.compile(r"\d(?:\s?%)?\s*\Z")


def _stems(phrase: str) -> set[str]:
    """Content words, cut to five letters so that "networks"/"network", "optimisation"/
    "optimization" and "controller"/"control" compare equal."""
    return {w.lower()[:5] for w in _WORDS.findall(phrase) if w.lower() not in _MINOR and len(w) > 1}


def _spelled_forms(entry) -> list[str]:
    """The entry's spelled-out forms: its full name and its aliases of two words or more."""
    return [f for f in (entry.full_name, entry.name, *entry.aliases)
            if f and len([w for w in _WORDS.findall(f) if len(w) > 2 and not w.isupper()]) >= 2]


def redefined_acronyms(text: str, found: list[Candidate], catalogue: Catalogue | None) -> set[tuple[int, int]]:
    """Spans of catalogue matches whose acronym ``text`` defines with an unrelated long form
    (only the catalogue's candidates on those spans are to go)."""
    if catalogue is None:
        return set()
    out: set[tuple[int, int]] = set()
    verdict: dict[str, bool] = {}
    for c in found:
        if c.rule not in CATALOGUE_RULES:
            continue
        short = text[c.start : c.end]
        if short not in verdict:
            verdict[short] = _redefined(text, short, catalogue)
        if verdict[short]:
            out.add((c.start, c.end))
    return out


def _bracketed(text: str, short: str):
    r"""Offsets of the "(" of each ``(short)`` in ``text``, spaces allowed inside the brackets and a
    comma or semicolon for the closing one: what ``re.finditer(r"\(\s*" + re.escape(short) +
    r"\s*[);,]")`` finds, without compiling a pattern per acronym (a compile costs more than the scan)."""
    n, size = len(short), len(text)
    at = text.find("(")
    while at >= 0:
        i = at + 1
        while i < size and text[i].isspace():  # str.isspace() is what \s tests
            i += 1
        if text.startswith(short, i):
            i += n
            while i < size and text[i].isspace():
                i += 1
            if i < size and text[i] in ");,":
                yield at
        at = text.find("(", at + 1)


def _redefined(text: str, short: str, catalogue: Catalogue) -> bool:
    if not is_acronym(short):
        return False
    if f"({short}" not in text:  # the substring test first: most are not defined
        return _spelled_apart(text, short, catalogue)
    entry = catalogue.lookup(short)
    spelled = _spelled_forms(entry) if entry is not None else []
    if not spelled:
        return False
    for at in _bracketed(text, short):
        if _VALUE_BEFORE.search(text, max(0, at - 12), at):
            continue  # "a performance of 65% (AP)": the metric a value is given in, not a definition
        start = long_form_start(short, text, len(text[:at].rstrip()))
        if start is None:
            continue
        long = text[start:at]
        words = _stems(long)
        if len(words) >= 2 and not any(words & _stems(f) for f in spelled):
            return True
        if len(words) >= 2 and _spelled_like(long, short) and not any(_related(long, words, f) for f in spelled):
            return True
    return False


def _related(long: str, words: set[str], form: str) -> bool:
    """Does a long form that shares a word with an entry's spelled form name the same thing? It
    does when it shares half its content words or more than half the form's ("deep convolutional
    neural networks" for "Convolutional Neural Network"), or spells it with other spaces and
    hyphens ("Variational Auto Encoders", "Penn Tree Bank"); one shared word does not ("Multi-type
    Object Trajectory Prediction" is no "Multiple Object Tracking Precision", "Fake news
    Propagation Simulation framework" no "frames per second")."""
    initials = "".join(w[0] for w in _WORDS.findall(long)).upper()
    if any(is_acronym(w) and "".join(c for c in w if c.isupper()) in initials for w in form.split()):
        return True  # "Parametric Rectified Linear Unit" spells "Parametric ReLU"
    theirs = _stems(form)
    shared = len(words & theirs)
    if 2 * shared >= len(words) or 2 * shared > len(theirs):
        return True
    joined, joined_form = _JOINED.sub("", long).lower(), _JOINED.sub("", form).lower()
    return joined_form.rstrip("s") in joined or joined.rstrip("s") in joined_form


def _spelled_like(long: str, short: str) -> bool:
    """Is ``long`` written as a definition of ``short``: it does not open with a minor or stop
    word ("by bootstrapping from ... (BYOL)", "such as sentiment analysis (SST)") and has no more
    content words than the acronym has letters and one ("art results in evaluations on large
    motion capture datasets (AMASS)" is the end of a sentence, not a long form)?"""
    first = long.split(None, 1)[0].lower() if long.strip() else ""
    letters = sum(c.isalpha() for c in short)
    return first not in _MINOR and first not in STOP_NAMES and len(_stems(long)) <= letters + 1


_JOINED: Final = re.compile(r"[^A-Za-z]+")


def inside_defined_names(text: str, found: list[Candidate]) -> set[tuple[int, int]]:
    """Spans of catalogue methods that end a longer name the text defines for someone else's
    method, after a modifier, wherever that name is written: "Belief Propagation" in "Nonparametric Belief Propagation
    (NBP)" and in the title's "... based on Nonparametric Belief Propagation" is part of NBP, not
    a mention of belief propagation (other mentions of it stay)."""
    known = [c for c in found if c.rule in CATALOGUE_RULES and c.role is Role.METHOD]
    if not known or "(" not in text:
        return set()
    low = text.lower()
    own = [(c.start, c.end) for c in found if c.role is Role.PROPOSED]
    longs = set()
    for d in find_definitions(text):
        long = low[d.long_start : d.long_end]
        if " " not in long.strip() or any(a < d.short_end and d.long_start < b for a, b in own):
            continue  # the paper's own "Fully Quantized Vision Transformer (FQ-ViT)" is built on ViT
        longs.add(long)
    # Where each long form is written, by its end (each long form searched once however often it is
    # defined: a text defining it at every place it is written made this quadratic).
    starts_by_end: dict[int, set[int]] = {}
    for long in longs:
        at = low.find(long)
        while at >= 0:
            starts_by_end.setdefault(at + len(long), set()).add(at)
            at = low.find(long, at + 1)
    # the known name ends the longer one, after a modifier: not "... Network equipped with BERT (HAN-BERT)"
    return {(c.start, c.end) for c in known
            if any(s < c.start and not _LINK_BEFORE.search(text, s, c.start) for s in starts_by_end.get(c.end, ()))}


_LINK_BEFORE: Final = re.compile(r"\b(?:with|of|for|and|or|on|in|by|via|using|based)\s+\Z", re.IGNORECASE)


def _spelled_apart(text: str, short: str, catalogue: Catalogue) -> bool:
    """Does the abstract write out another phrase the acronym spells, without brackets, while
    the entry's own long form is nowhere ("sparse SDR" after "sufficient dimension reduction",
    not the Signal-to-Distortion Ratio)? Three letters or more: two spell too many word pairs."""
    entry = catalogue.lookup(short)
    if entry is None or entry.type != "metric" or not 3 <= len(short) <= 5 or not short.isupper():
        return False
    spelled = _spelled_forms(entry)
    low = text.lower()
    if not spelled or any(f.lower() in low for f in spelled):
        return False
    words = _SPLIT.split(text)
    n = len(short)
    for i in range(len(words) - n + 1):
        run = words[i:i + n]
        if all(w[:1].lower() == ch.lower() and len(w) > 2 and w.isalpha() and w.lower() not in STOP_NAMES
               for w, ch in zip(run, short)):
            if not any(_stems(" ".join(run)) & _stems(f) for f in spelled):
                return True
    return False


_SPLIT: Final = re.compile(r"[\s\-]+")


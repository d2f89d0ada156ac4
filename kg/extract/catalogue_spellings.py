"""Other spellings the catalogue matcher files for a form: spaces and hyphens swapped, dataset names glued or split."""

from __future__ import annotations

import re
from itertools import product
from typing import Final

from .catalogue_data import Catalogue

__all__ = ["spelling_variants", "glue_variants", "separator_swaps"]

_SEPARATOR: Final = re.compile(r"(?<=[A-Za-z0-9])[ -](?=[A-Za-z0-9])")


def separator_swaps(form: str) -> set[str]:
    """``form`` with each space or hyphen between two parts of two or more characters written as
    the other ("Soft Actor-Critic" -> "Soft-Actor Critic", "Soft-Actor-Critic", ...); at most
    three separators, and none next to a one-character part ("k-means", "t-SNE" keep theirs)."""
    seps = [m.start() for m in _SEPARATOR.finditer(form)]
    if not seps or len(seps) > 3:
        return set()
    parts = re.split(r"[ -]", form)
    if len(parts) != len(seps) + 1 or min(len(p) for p in parts) < 2:
        return set()
    out = set()
    for choice in product(" -", repeat=len(seps)):
        chars = list(form)
        for at, ch in zip(seps, choice):
            chars[at] = ch
        out.add("".join(chars))
    out.discard(form)
    return out


def spelling_variants(catalogue: Catalogue) -> list[tuple[int, str, str, bool]]:
    """(entry number, surface form, spelling, exact case?) of the separator spellings (:func:`separator_swaps`)
    and the typographic-apostrophe spelling of every method, dataset and metric form that no entry
    owns (the apostrophe spelling is matched as case-sensitively as its entry). A form with a capital letter
    gives variants matched in its exact case ("Soft-Actor Critic", not "soft-actor critic"); a
    lower-case form only when it has three parts or more ("bits-per-character"): two lower-case
    words joined either way ("log-loss", "occluded reid") are as often a phrase of the text."""
    out = []
    for n, e in enumerate(catalogue.entries):
        if e.type == "task" or e.ambiguous:
            continue
        for form in e.surface_forms:
            lower = form == form.lower()
            if lower and len(re.split(r"[ -]", form)) < 3:
                continue
            for v in sorted(separator_swaps(form)):
                if catalogue.lookup(v) is None:
                    out.append((n, form, v, not lower))
            if "'" in form:  # "Spearman’s correlation", "Word Mover’s Distance": a typographic apostrophe
                v = form.replace("'", "\u2019")
                if catalogue.lookup(v) is None:
                    out.append((n, form, v, e.case_sensitive))
    return out


_CAMEL_PARTS: Final = re.compile(r"[A-Z][a-z]{2,}")
_GLUE_WORD: Final = re.compile(r"[A-Z][A-Za-z]+")


# "NAS-Bench-201", "AI-TOD": a hyphen between two letter parts, the second capitalised.
_GLUE_HYPHEN: Final = re.compile(r"(?<=[A-Za-z]{2})-(?=[A-Z][A-Za-z])")


def glue_variants(catalogue: Catalogue) -> list[tuple[int, str]]:
    """(entry number, spelling) of the dataset names written glued or apart: a name of two or three
    capitalised words glued ("MIT Indoor" -> "MITIndoor"), a hyphenated name glued where its letter
    parts meet ("NAS-Bench-201" -> "NASBench-201", "AI-TOD" -> "AITOD") and a one-word Title Case
    compound split ("WebQuestions" -> "Web Questions"); matched in exact case, and only where no
    entry owns the spelling. Parts have three letters or more (two for a hyphen's), so "CelebA"
    or "TriviaQA" stay whole."""
    out = []
    for n, e in enumerate(catalogue.entries):
        if e.type != "dataset" or e.ambiguous:
            continue
        for form in e.surface_forms:
            words = form.split(" ")
            if 2 <= len(words) <= 3 and all(_GLUE_WORD.fullmatch(w) for w in words):
                v = "".join(words)
            elif len(parts := _CAMEL_PARTS.findall(form)) >= 2 and "".join(parts) == form:
                v = " ".join(parts)
            elif len(words) == 1 and _GLUE_HYPHEN.search(form):
                v = _GLUE_HYPHEN.sub("", form)
            else:
                continue
            if catalogue.lookup(v) is None:
                out.append((n, v))
    return out

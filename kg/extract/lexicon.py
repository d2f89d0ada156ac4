"""Names mined from a corpus with kg's own rules: a name written where no rule reads a cue.

A name that kg's strong rules found as a dataset ("the X dataset", "evaluated on X"), a metric
or a paper's own method in several other papers of a corpus is very likely the same kind of
thing in a new abstract that gives no cue ("results on SVAMP, ASDiv and MAWPS"; "unlike
VoxelPose"). ``scripts/mine_lexicon.py`` counts that evidence over the corpus abstracts (no
gold paper among them) and writes ``data/mined.json``: kind -> written form -> papers. This
component proposes, at a low confidence, every single-word name-shaped form of the lexicon that
no other rule claimed; :mod:`kg.extract.resolve` decides as for any other candidate, and
:mod:`kg.extract.lists` walks a mined dataset's list. One set lookup per word of the abstract.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .doc import Candidate, state
from .shapes import lower_same_length

__all__ = ["ENABLED", "DEFAULT_PATH", "load_lexicon", "lexicon_candidates", "task_candidates", "lexicon_component"]

DEFAULT_PATH = Path(__file__).parent / "data" / "mined.json"
#: Off while the lexicon is mined (scripts/mine_lexicon.py), so only the rules vote.
ENABLED = True
_ROLES = {"dataset": Role.DATASET, "method": Role.METHOD, "metric": Role.METRIC}
_CONFIDENCE = 0.6
# A dataset is read where datasets are written: after "on"/"across" or a word of evaluation, in
# the same sentence and a few words before ("results on X", "experiments on A, B and X").
_DATA_CONTEXT = re.compile(
    r"\b(?:on|across|over|from|datasets?|benchmarks?|corpora|corpus|evaluat\w*|experiments?|tested|trained)\b[^.;:!?]{0,60}\Z",
    re.IGNORECASE,
)
# A name-shaped word: letters, digits, joiners; not the tail of a hyphenated or dotted word.
_WORD = re.compile(r"(?<![\w\-.+])[A-Za-z0-9][\w\-+.]*[\w+]|(?<![\w\-.+])[A-Z](?![\w\-])")


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> tuple[dict[str, tuple[Role, str]], frozenset[str]]:
    """The mined lexicon at ``path`` (the shipped one by default): written name -> (role, rule),
    and the lower-case task phrases."""
    data = json.loads(Path(path or DEFAULT_PATH).read_text(encoding="utf-8"))
    out: dict[str, tuple[Role, str]] = {}
    for kind, role in _ROLES.items():
        for form in sorted(data.get(kind, {})):
            out.setdefault(form, (role, f"lexicon:{kind}"))
    return out, frozenset(data.get("task", {}))


_LOWER_WORD = re.compile(r"[a-z][a-z0-9\-]*")


def task_candidates(text: str, low: str, phrases: frozenset[str], found: list[tuple[int, int]]) -> list[Candidate]:
    """A task candidate for every run of two to four lower-case words that is a mined task phrase."""
    firsts = _first_words(phrases)
    out = []
    for m in _LOWER_WORD.finditer(low):
        if m.group() not in firsts:  # one set lookup per word; most words open no phrase
            continue
        s = m.start()
        if s and low[s - 1].isalnum():
            continue
        run = _RUN.match(low, s)
        words = run.group().split(" ")
        for n in range(min(4, len(words)), 1, -1):  # longest first
            key = " ".join(words[:n])
            if key in phrases:
                e = s + len(key)
                if not any(a < e and s < b for a, b in found) and text[s:e] == key:
                    out.append(Candidate(Role.TASK, s, e, "lexicon:task", _CONFIDENCE))
                break
    return out


_RUN = re.compile(r"[a-z][a-z0-9\-]*(?: [a-z][a-z0-9\-]*){0,3}")


@lru_cache(maxsize=4)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split(" ", 1)[0] for p in phrases)


def lexicon_candidates(text: str, found: list[tuple[int, int]], lexicon: dict[str, tuple[Role, str]]) -> list[Candidate]:
    """A candidate for every word of ``text`` in ``lexicon`` that overlaps no span of ``found``."""
    out = []
    for m in _WORD.finditer(text):
        hit = lexicon.get(m.group())
        if hit is None:
            continue
        s, e = m.span()
        if any(a < e and s < b for a, b in found):
            continue
        if hit[0] is Role.DATASET and not _DATA_CONTEXT.search(text, max(0, s - 80), s):
            continue
        out.append(Candidate(hit[0], s, e, hit[1], _CONFIDENCE))
    return out


@Language.factory("kg_lexicon", requires=["doc._.kg_candidates"], assigns=["doc._.kg_candidates"])
def lexicon_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        if ENABLED:
            st = state(doc)
            claimed = [(c.start, c.end) for c in st.candidates]
            names, phrases = load_lexicon()
            st.candidates.extend(lexicon_candidates(st.text, claimed, names))
            low = lower_same_length(st.text)
            if phrases and low is not None:
                # a phrase written once is most often the field, not the paper's task ("machine learning")
                hits = task_candidates(st.text, low, phrases, claimed)
                keys = [low[c.start : c.end] for c in hits]
                st.candidates.extend(c for c, k in zip(hits, keys) if keys.count(k) >= 2)
        return doc

    return component

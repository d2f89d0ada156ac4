"""A trained candidate classifier for method and dataset names (opt-in; issue 11).

The rules see many name-shaped spans they do not emit. This module lists them (:func:`spans`),
describes each with a few cheap features (:func:`features`: shape, casing, place in the
title or sentence, neighbouring words, cue words in the sentence, what the rules said of
the same text) and scores it with a multinomial logistic regression whose weights ship in
``data/candidates.json`` (trained by ``scripts/train_candidates.py``; scikit-learn is a
training-only dependency, inference is a sum of weights per candidate). :func:`additions`
returns the names the model would add to the rules' output above a threshold.

Names never enter the features (only their shape and context), so the model cannot learn a
gold name. See ``docs/candidate-model.md`` for the design and the measured figures.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Mention, normalize_name
from ..schema import Role
from .doc import Candidate, state
from .sentences import sentence_at
from .words import load

__all__ = ["Span", "Model", "spans", "features", "context", "load_model", "additions", "candidate_model_component", "CLASSES", "ROLE_OF_CLASS"]

#: The classes, "none" first; each other class is the role a name is added under.
CLASSES = ("none", "proposed", "methods", "datasets")
ROLE_OF_CLASS = {"proposed": Role.PROPOSED, "methods": Role.METHOD, "datasets": Role.DATASET}
#: Which merged key each role counts under: a name the rules emit under a key is never added.
_KEY_OF_ROLE = {
    Role.PROPOSED: "method", Role.METHOD: "method",
    Role.DATASET: "dataset", Role.INTRODUCED_DATASET: "dataset",
}

# A word; dots, pluses and apostrophes inside it ("Human3.6M", "C++", "WMT'16") stay in it.
_WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9+'.\-]*[A-Za-z0-9+])?")
_CUES = (
    "we propose", "we present", "we introduce", "our", "dataset", "benchmark", "corpus",
    "outperform", "than", "based on", "state-of-the-art", "compared", "baseline", "trained on",
    "evaluate", "experiments on", "model", "network", "accuracy", "task",
)
_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Span:
    """A name-shaped span of the doc text; ``start``/``end`` index the whole text."""

    start: int
    end: int
    text: str
    first: bool  # first word of its sentence


def _namey(w: str) -> bool:
    """Does a word look like part of a name: a capital anywhere, or a digit beside letters?"""
    return not w.islower() and any(ch.isalpha() for ch in w)


def spans(text: str, sents: list[tuple[int, int]]) -> list[Span]:
    """Maximal runs of up to four name-shaped words (numbers may continue a run: "VOC 2007"),
    plus each mixed-case, all-capital or digit-bearing word inside a longer run."""
    out: list[Span] = []
    for s, e in sents:
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, s, e)]
        i = 0
        while i < len(words):
            if not _namey(words[i][2]):
                i += 1
                continue
            j = i + 1
            while j < len(words) and j - i < _MAX_WORDS and text[words[j - 1][1] : words[j][0]] in (" ", "-") and (
                _namey(words[j][2]) or words[j][2].isdigit()
            ):
                j += 1
            out.append(Span(words[i][0], words[j - 1][1], text[words[i][0] : words[j - 1][1]], i == 0))
            if j - i > 1:
                out.extend(
                    Span(a, b, w, k == 0)
                    for k, (a, b, w) in enumerate(words[i:j], start=i)
                    if _namey(w) and not w.istitle()
                )
            i = j
    return out


def _shape(t: str) -> str:
    out = []
    for ch in t:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:10]


def _around(text: str, start: int, end: int) -> tuple[str, str, str, str]:
    """The two words before and the two after a span (lower case), "" where none."""
    left = _WORD.findall(text, max(0, start - 40), start)[-2:]
    right = _WORD.findall(text, end, end + 40)[:2]
    left = [""] * (2 - len(left)) + [w.lower() for w in left]
    right = [w.lower() for w in right] + [""] * (2 - len(right))
    return left[0], left[1], right[0], right[1]


def features(text: str, tend: int, sents: list[tuple[int, int]], span: Span, rule_keys: dict[str, set[str]],
             seen: dict[str, set[str]], counts: dict[str, int]) -> list[str]:
    """The active features of one span. ``rule_keys`` maps a normalized name to what the rules
    resolved it to (roles), ``seen`` to the rule families that proposed it before resolving."""
    t = span.text
    key = normalize_name(t)
    nwords = t.count(" ") + 1
    f = [f"shape={_shape(t)}", f"words={nwords}", f"len={min(len(t) // 3, 8)}"]
    if any(ch.isdigit() for ch in t):
        f.append("digit")
    if "-" in t:
        f.append("hyphen")
    if t.isupper():
        f.append("caps")
    if any(ch.isupper() for w in t.split() for ch in w[1:]):
        f.append("innercap")
    if span.start < tend:
        colon = text.find(":", 0, tend)
        f.append("title_prefix" if 0 <= colon and span.end <= colon else "title")
    else:
        f.append("first_word" if span.first else "inner_word")
        s0 = sents[1][0] if len(sents) > 1 else 0
        if span.start < sentence_at(sents, s0)[1]:
            f.append("first_sentence")
    l2, l1, r1, r2 = _around(text, span.start, span.end)
    f += [f"l1={l1}", f"l2={l2}", f"r1={r1}", f"r2={r2}", f"l1r1={l1}|{r1}"]
    if text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")":
        f.append("in_parens")
    if text.startswith(" (", span.end):
        f.append("before_parens")
    sa, sb = sentence_at(sents, span.start)
    sent = text[sa:sb].lower()
    f += [f"cue={c}" for c in _CUES if c in sent]
    n = counts.get(key, 0)
    f.append(f"count={min(n, 3)}")
    for r in rule_keys.get(key, ()):
        f.append(f"rule={r}")
    for fam in seen.get(key, ()):
        f.append(f"seen={fam}")
    if not rule_keys.get(key) and not seen.get(key):
        f.append("unseen")
        f.append(f"unseen_shape={_shape(t)}")
    return f


def context(text: str, candidates: list[Candidate], mentions: list[Mention]) -> tuple[dict, dict, dict]:
    """What :func:`features` reads of the rules' work on one doc: resolved roles and the rule
    families that proposed each normalized name, and how often each name-shaped word occurs."""
    rule_keys: dict[str, set[str]] = {}
    for m in mentions:
        rule_keys.setdefault(normalize_name(m.text), set()).add(m.role.value)
    seen: dict[str, set[str]] = {}
    for c in candidates:
        seen.setdefault(normalize_name(text[c.start : c.end]), set()).add(f"{c.role.value}:{c.rule.split(':')[0]}")
    counts: dict[str, int] = {}
    for m in _WORD.finditer(text):
        k = normalize_name(m.group())
        counts[k] = counts.get(k, 0) + 1
    return rule_keys, seen, counts


def _defines_emitted(text: str, end: int, emitted: set[str]) -> bool:
    """Is the span a long form whose short form, in the brackets after it, the rules emitted?
    (Adding it would name the same entity twice.)"""
    if not text.startswith(" (", end):
        return False
    close = text.find(")", end + 2, end + 40)
    return close > 0 and normalize_name(text[end + 2 : close]) in emitted


class Model:
    """The shipped weights: one row of per-class weights per feature, plus a bias row."""

    def __init__(self, data: dict) -> None:
        self.classes: list[str] = data["classes"]
        self.bias: list[float] = data["bias"]
        self.weights: dict[str, list[float]] = data["weights"]

    def probabilities(self, feats: list[str]) -> list[float]:
        z = list(self.bias)
        w = self.weights
        for f in feats:
            row = w.get(f)
            if row is not None:
                for i, v in enumerate(row):
                    z[i] += v
        top = max(z)
        ex = [math.exp(v - top) for v in z]
        total = sum(ex)
        return [v / total for v in ex]


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> Model:
    """The weights file (the shipped ``data/candidates.json`` unless a path is given), read once."""
    if path is None:
        return Model(load("candidates"))
    with open(path, encoding="utf-8") as fh:
        return Model(json.load(fh))


def additions(text: str, tend: int, sents: list[tuple[int, int]], candidates: list[Candidate],
              mentions: list[Mention], model: Model, threshold: float) -> list[tuple[Span, str, float]]:
    """(span, class, probability) for each name the model puts in a class other than "none"
    with at least ``threshold``, whose name the rules did not already emit as a method or
    dataset; the first span of each name only."""
    rule_keys, seen, counts = context(text, candidates, mentions)
    emitted = {normalize_name(m.text) for m in mentions if m.role in _KEY_OF_ROLE}
    out, done = [], set()
    for sp in spans(text, sents):
        key = normalize_name(sp.text)
        if key in emitted or key in done or _defines_emitted(text, sp.end, emitted):
            continue
        p = model.probabilities(features(text, tend, sents, sp, rule_keys, seen, counts))
        best = max(range(1, len(p)), key=p.__getitem__)
        if p[best] >= threshold:
            done.add(key)
            out.append((sp, model.classes[best], p[best]))
    return out


@Language.factory(
    "kg_candidate_model",
    requires=["doc._.kg_sents", "doc._.kg_candidates", "doc._.kg_mentions"],
    assigns=["doc._.kg_mentions"],
    default_config={"threshold": 0.9, "path": None},
)
def candidate_model_component(nlp: Language, name: str, threshold: float, path: str | None):
    """Opt-in, after ``kg_resolve`` (not in the default pipeline: it did not beat the rules,
    see docs/candidate-model.md): appends the model's additions as mentions, rule
    "model:candidates", confidence the class probability."""
    from .resolve import to_mentions  # resolve imports the catalogue; only this component needs it

    model = load_model(path)

    def component(doc: Doc) -> Doc:
        st = state(doc)
        found = additions(st.text, st.title_end, st.sents, st.candidates, st.mentions or [], model, threshold)
        if found:
            extra = [Candidate(ROLE_OF_CLASS[cls], sp.start, sp.end, "model:candidates", p) for sp, cls, p in found]
            st.mentions = [*(st.mentions or []), *to_mentions(st.text, st.title_end, st.sents, extra)]
        return doc

    return component

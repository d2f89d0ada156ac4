"""The research tasks a paper addresses: lower-case noun phrases ending in a task noun
("head pose estimation", "kv cache compression"), at most three.

A phrase is the run of words before a task noun, back to the first function word,
punctuation or evaluative adjective ("novel", "efficient"). Title phrases come first; each is
shortened to its longest tail that the abstract also uses ("Generalized Talking Head
Generation" -> "talking head generation"). Abstract phrases follow when the abstract repeats
them or says it addresses them ("we focus on X", "the task of X", "X aims to").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .base import STOP_NAMES, TASK_HEADS, Candidate, add, title_end

__all__ = ["MAX_TASKS", "task_phrases", "find_tasks", "tasks_component"]

MAX_TASKS = 3

# Words that end a task phrase when walking left from the head noun.
_BREAK = STOP_NAMES | frozenset(
    """novel efficient effective existing current various robust accurate improved generalized generalizable
    better high-quality realistic simple strong fast faster scalable general powerful superior precise
    towards toward achieving enabling enhancing improving advancing rethinking revisiting learning
    conditional joint end-to-end state-of-the-art sota traditional conventional typical standard
    challenging important fundamental critical key main popular emerging unified flexible comprehensive
    is are be was were has have been can this that its their his her such via using while whereas
    remains remain still yet limited significant substantial diffusion-based existing""".split()
) - frozenset({"one", "two", "three"})
_HEADS_RE = re.compile(r"\b(" + "|".join(sorted(TASK_HEADS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z0-9][\w\-&/]*)\s+$")
# What may follow a head noun that ends a task phrase.
_AFTER_OK = re.compile(r"^(?:\s*$|\s*[,.;:()\[\]]|\s+(?:and|or|is|are|has|have|with|for|from|via|by|in|on|to|that|which|task|tasks|problem|problems|remains|models?|methods?|systems?|benchmarks?|approach(?:es)?|frameworks?|settings?)\b)", re.IGNORECASE)
_FOCUS = re.compile(
    r"\b(?:focus(?:es)? on|address(?:es)?|tackle[s]?|study|studies|task of|problem of|field of|the area of|for)\s+(?:the\s+)?(?:task\s+of\s+|problem\s+of\s+)?$",
    re.IGNORECASE,
)
_NOT_TASK_MODIFIER = re.compile(r"^(?:[A-Z][a-z]+[A-Z]\w*|.*\d.*[A-Z]{2,}.*)$")  # "MCNet", names


def task_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every task phrase in ``text[start:end]``, at least two words long."""
    out = []
    for m in _HEADS_RE.finditer(text, start, end):
        if not _AFTER_OK.match(text[m.end() : m.end() + 20]):
            continue
        s = m.start()
        words = 0
        while words < 6:
            w = _WORD_BEFORE.search(text, max(start, s - 40), s)
            if not w or w.end() != s:
                break
            word = w.group(1)
            if word.lower() in _BREAK or _NOT_TASK_MODIFIER.match(word) or word.endswith(("ly", "ed")) and word.lower() != "supervised" and not word.lower().endswith(("-based", "-driven", "-guided", "-supervised", "-conditioned", "-aware")):
                break
            s = w.start()
            words += 1
        if words >= 1:
            out.append((s, m.end()))
    return out


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def find_tasks(text: str, tend: int | None = None) -> list[Candidate]:
    """At most :data:`MAX_TASKS` task phrases: title ones first, then repeated or focal abstract ones."""
    tend = title_end(text) if tend is None else tend
    abstract_lc = text[tend:].lower()
    chosen: list[Candidate] = []
    seen: set[str] = set()

    def take(c: Candidate) -> None:
        key = _norm(text[c.start : c.end])
        if key in seen or any(key in s or s in key for s in seen) or len(chosen) >= MAX_TASKS:
            return
        seen.add(key)
        chosen.append(c)

    for s, e in task_phrases(text, 0, tend):
        words = list(re.finditer(r"\S+", text[s:e]))
        hit = None
        for w in words[:-1]:  # longest tail first
            tail = _norm(text[s + w.start() : e])
            i = abstract_lc.find(tail)
            if i >= 0 and not (abstract_lc[i - 1 : i].isalnum() if i > 0 else False):
                a = tend + i
                hit = Candidate(Role.TASK, a, a + len(tail), "tasks:title", 0.85)
                break
        take(hit or Candidate(Role.TASK, s, e, "tasks:title", 0.7))

    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    focal: set[str] = set()
    for s, e in task_phrases(text, tend, len(text)):
        key = _norm(text[s:e])
        counts[key] += 1
        first.setdefault(key, (s, e))
        if _FOCUS.search(text[max(tend, s - 40) : s]):
            focal.add(key)
    ranked = sorted(counts, key=lambda k: (-(k in focal) - counts[k], first[k][0]))
    for key in ranked:
        if counts[key] >= 2 or key in focal:
            s, e = first[key]
            take(Candidate(Role.TASK, s, e, "tasks:abstract", 0.6))
    return chosen


@Language.factory("kg_tasks", assigns=["doc._.kg_candidates"])
def tasks_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return add(doc, find_tasks(doc.text, title_end(doc)))

    return component

"""Where a task phrase starts and ends in running text: the grammar the task rules share.

- :func:`task_phrases`: the run of lower-case words before a task noun ("head pose estimation",
  "kv cache compression"), back to the first function word, punctuation, evaluative adjective,
  verb, name or (in the abstract) clause gerund or count; at least two words;
- :func:`task_of_phrases`: what "the task/problem of" names, with or without a task noun
  ("the task of clickbait spoiling"; after "problem of" only an action noun);
- :func:`problem_phrases`: X in "we consider/study the X problem".

Which of these phrases are the paper's tasks is decided by :mod:`kg.extract.tasks`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .anchors import WholeWords
from .shapes import TASK_HEADS, WEAK_HEADS, lower_same_length, word_runs
from .task_cues import coordinated_modifier
from .title_clause import BREAK as _BREAK
from .title_clause import FIELDS as _FIELDS
from .title_clause import LY_NOUNS, named_twice
from .word_led import by_first_letter
from .words import alternation, load, phrases, word_set

__all__ = ["task_phrases", "task_of_phrases", "problem_phrases"]

_HEADS: Final = WholeWords(TASK_HEADS)  # matched on lower-cased text
_HEADS_RE_ANYCASE: Final = re.compile(_HEADS.pattern.pattern, re.IGNORECASE)
# What may follow a head noun that ends a task phrase.
# Nouns after a task noun that make it a modifier ("generation quality", "estimation error").
_AFTER_BAD: Final = re.compile(r"\s+" + by_first_letter(load("tasks")["after_head_not_task"]) + r"\b", re.IGNORECASE)
# (``_WE_OR_THIS`` is "\b(?:[Ww]e|[Tt]his (?:paper|work))" led by its first letter, which the
# engine skips to in C: a pattern led by "\b" is tried at every character, at twice the cost.)
_WE_OR_THIS: Final = r"[WwTt](?<!\w[WwTt])(?:(?<=[Ww])e|(?<=[Tt])his (?:paper|work))"
# "unifies", "performs": a verb ends the phrase. Compound modifiers are singular in English,
# except a few nouns that end in s ("news", "physics", "analysis", "time series").
_VERB_S: Final = re.compile(r"^(?!.*(?:ews|ics|ss|us|is|ysis|series|species)$)[a-z][a-z\-]*s$")
# "MCNet", "CAscade" (a name spelled into its long form), "3DGS-based": names, not task words.
_NOT_TASK_MODIFIER: Final = re.compile(r"^(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[a-z]{2,}\w*|.*\d.*[A-Z]{2,}.*)$")


def _word_before(text: str, start: int, pos: int) -> tuple[int, str] | None:
    """The word ending right before ``pos`` (one run of spaces between), or None at punctuation,
    a line break or ``start``."""
    j = pos - 1
    if j < start or text[j] != " ":
        return None
    while j >= start and text[j] == " ":
        j -= 1
    k = max(text.rfind(" ", start, j + 1), start - 1)
    word = text[k + 1 : j + 1]
    if "\n" in word or "\t" in word:  # a line break ends the phrase
        cut = max(word.rfind("\n"), word.rfind("\t"))
        k += cut + 1
        word = word[cut + 1 :]
    if word[:1] in "*_" and word.lstrip("*_")[:1].isalnum():  # "*online ... problem*": Markdown emphasis
        k += len(word) - len(word.lstrip("*_"))
        word = word.lstrip("*_")
    if not word or not word[0].isalnum() or not (word[-1].isalnum() or word[-1] in "+"):
        return None
    return k + 1, word


@lru_cache(maxsize=65536)
def _breaks(word: str, in_title: bool = False) -> bool:
    low = word.lower()
    if low in _BREAK or _NOT_TASK_MODIFIER.match(word) or _VERB_S.match(word) or _BITS.match(low):
        return True
    if not in_title and (low in _CLAUSE_GERUNDS or low.isdigit()):
        # "tasks, including semantic segmentation": the gerund opens a clause or a list; "across 279
        # classification tasks": a count is no modifier of the task
        return True
    # "-ly" adverbs and "-ed" verbs end a phrase; "semi-supervised", "audio-driven" do not.
    # Titles have no finite verbs, so "Interleaved Image-Text Generation" keeps its participle.
    if low.endswith("ed"):
        # "unsupervised", "weakly supervised" name a kind of task, like "semi-supervised".
        return not in_title and not low.endswith("supervised") and not low.endswith(_KEEP_SUFFIXES)
    # "-ly" adverbs end it too, but not the nouns that end so ("anomaly", "assembly", "family").
    return low.endswith("ly") and low not in LY_NOUNS


_BITS: Final = re.compile(r"^\d+-?bits?$")
# Gerunds that open a clause or a list in running text ("including", "performing"), not a modifier.
_CLAUSE_GERUNDS: Final = word_set("tasks", "clause_gerunds")
# Adjectives that name a kind of problem ("Robust Sparse Estimation", "Automatic Image Labeling",
# "Safe Reinforcement Learning"), not a quality of the method: a title's task keeps them.
_KIND_ADJ: Final = word_set("tasks", "title_kind_adjectives")
_KEEP_SUFFIXES: Final = phrases("tasks", "keep_suffixes")


def task_phrases(text: str, start: int, end: int, low: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of every task phrase in ``text[start:end]``, at least two words long.

    ``low`` is ``text`` lower-cased (pass it when calling repeatedly on the same text).
    """
    out = []
    in_title = start == 0 and "\n\n" not in text[start:end]
    low = lower_same_length(text) if low is None else low
    # (The catalogue matcher has made the text's word runs: they skip the heads no word spells.)
    runs = word_runs(low, cached_only=True) if low is not None and end == len(low) else None
    heads = _HEADS.spans(low, start, end, runs) if low is not None else [m.span() for m in _HEADS_RE_ANYCASE.finditer(text, start, end)]
    for hs, he in heads:
        if he < end and text[he] == " " and _AFTER_BAD.match(text, he, min(end, he + 20)):
            continue
        if not in_title and text[hs].isupper() and _AND_NAME.match(text, he, end):
            continue  # "Light Detection and Ranging": a capitalised name, not a task
        s = hs
        words = 0
        while words < 6:
            w = _word_before(text, start, s)
            if w is None:
                break
            low_w = w[1].lower()
            if low_w == "of":  # "out of distribution detection" written without hyphens
                w2 = _word_before(text, start, w[0])
                if w2 is not None and w2[1].lower() == "out" and words >= 1:
                    s = w2[0]
                    words += 2
                break
            # "Robust Sparse Estimation", "Legged Robot Robust Locomotion": in a title, an adjective
            # naming the kind of task stays; before a lone head that opens the phrase ("Robust
            # Modeling", "Automatic Calibration of ...") it praises the method.
            kind = in_title and low_w in _KIND_ADJ and (words >= 1 or _kind_inside(text, start, w[0]))
            if not kind and _breaks(w[1], in_title) and not (low_w == "novel" and _NOVEL_NEXT.match(low or text, s)):
                if not (words and (named_twice(text, low, w[0], he, low_w) or _adverb_of_adjective(low_w, text, s)
                                   or (low_w in _SHOT_COUNTS and text[s : s + 5].lower() == "shot "))):
                    break  # ("few shot segmentation": the count names the setting, written without a hyphen)
            if in_title and words == 0 and low_w.endswith("ing") and low_w not in TASK_HEADS and w[1][0].isupper():
                break  # "Integrating Classification ...": a verb and its object, not a task's name
            s = w[0]
            words += 1
        if words >= 1 and " ".join(text[s : he].lower().split()) not in _FIELDS:
            out.append((coordinated_modifier(text, start, s) if in_title else s, he))
    return out


_SHOT_COUNTS: Final = frozenset({"few", "zero", "one", "low", "many"})
# "weakly supervised", "differentially private", "locally adaptive": an adverb that grades the
# adjective after it belongs to the task's name.
_ADJECTIVE: Final = re.compile(r"[A-Za-z]+(?:ed|al|ate|ive|able|ible|ic|ous|ent|ant|ful|less)\b|[A-Za-z]+-[A-Za-z]")
# Verbs that end in "-ly" ("we apply supervised learning to ..."): no adverb.
_LY_VERBS: Final = frozenset({"apply", "rely", "imply", "comply", "multiply"})


def _adverb_of_adjective(low_w: str, text: str, at: int) -> bool:
    """Is ``low_w`` an "-ly" adverb and the word at ``at`` (the phrase's first) an adjective?"""
    return (low_w.endswith("ly") and low_w not in LY_NOUNS and low_w not in _LY_VERBS and low_w[:-2] not in _BREAK
            and low_w not in _VERB_ADVERBS and _ADJECTIVE.match(text, at) is not None)


# Adverbs that most often grade the verb before the phrase ("we efficiently ...", "is simply ...").
_VERB_ADVERBS: Final = word_set("tasks", "verb_adverbs")


def _kind_inside(text: str, start: int, at: int) -> bool:
    """Does a word that continues the phrase come before the adjective at ``at``?"""
    w = _word_before(text, start, at)
    return w is not None and not _breaks(w[1], in_title=True)


_AND_NAME: Final = re.compile(r" (?:and|&|of) [A-Z]")
# "novel view synthesis", "novel class discovery": "novel" is part of the task's name here.
_NOVEL_NEXT: Final = re.compile(r"(?i:view|class|classes|category|categories|object|objects|viewpoint)\b")


# "the task of clickbait spoiling", "the problem of online submodular maximization": what
# follows names the task even without a task noun at its end.
# (Led by "task"/"problem" at a word's start, which the engine skips to in C: the "\b(?:[Tt]he\s+)?(?:new\s+|
# novel\s+)?" it was led by was tried at every character, 22.8 -> 6.8 us a text holding "task of" or
# "problem of". The same matches end at the same places: only m.end() and group 1 are read, and a match
# there holds one "task"/"problem" at a word's start, after the lead or at it (eq_taskof.py, 20,000 texts).)
_TASK_OF: Final = re.compile(r"(t(?<!\wt)ask|p(?<!\wp)roblem)\s+of\s+(?:the\s+)?(?=[a-z0-9])")
# After "problem of", only an action noun makes a task: "the problem of class imbalance" names a difficulty.
_ACTION: Final = re.compile(r"(?:tion|sion)$")
_NP_WORD: Final = re.compile(r"([a-z0-9][a-z0-9\-]*)(?=[\s,.;:()]|$)")
_NOMINAL: Final = re.compile(r"(?:tion|sion|ment|ing|sis|ance|ence|ity|ization|isation)$")


# " of a dynamic light field": one to four lower-case words ending before punctuation or a link.
_OF_TAIL: Final = re.compile(
    r" of (?:(?:a|an|the) )?((?:[a-z0-9][a-z0-9\-]* ){0,3}[a-z0-9][a-z0-9\-]*[a-z0-9])(?=[,.;:()]|\s+(?:in|for|with|from|by|via|using|to|and|that|which|is|are|under|on)\b)"
)


def task_of_phrases(text: str, start: int, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the noun phrase after "the task/problem of": lower-case words up to a
    function word or punctuation, ending in a task noun or a nominalization ("spoiling")."""
    out: list[tuple[int, int]] = []
    end = len(text) if end is None else end
    if "task of" not in text and "problem of" not in text:
        return out  # most abstracts: skip the scan
    for m in _TASK_OF.finditer(text, start, end):
        pos, words = m.end(), []  # type: ignore[var-annotated]
        while len(words) < 5:
            w = _NP_WORD.match(text, pos)
            if not w or w.group(1) in _BREAK or w.group(1).endswith("ly"):
                break
            words.append((w.start(1), w.end(1)))
            nxt = w.end(1)
            if nxt >= len(text) or text[nxt] != " ":
                break
            pos = nxt + 1
        task = m.group(1) == "task"
        while words:
            last = text[words[-1][0] : words[-1][1]]
            if last in TASK_HEADS or (_NOMINAL if task else _ACTION).search(last):
                break
            words.pop()
        if not words:
            continue
        end_at = words[-1][1]
        tail = _OF_TAIL.match(text, end_at) if _ACTION.search(text[words[-1][0] : end_at]) else None
        if tail and len(words) + len(tail.group(1).split()) <= 7:
            # "the problem of compressive acquisition of a dynamic light field": the action's
            # object is part of the task; cut at "acquisition" it names only a generic parent.
            words.append((tail.start(1), tail.end(1)))
        phrase = text[words[0][0] : words[-1][1]]
        first = text[words[0][0] : words[0][1]]
        if len(words) > 1 and first.endswith("ing") and first not in TASK_HEADS:
            continue  # "the problem of finding ...", "providing dense segmentation": a clause
        if len(words) == 1 and (not task or phrase in WEAK_HEADS or len(phrase) < 8 or phrase.endswith("ing")):
            continue  # "the problem of identification": too general alone
        out.append((words[0][0], words[-1][1]))
    return out


# "We study the online roommate matching problem", "we address the object tracking problem".
_STUDY_PROBLEM: Final = re.compile(
    _WE_OR_THIS + r"\s+(consider|stud(?:y|ie)|address|tackle|formulate|investigate|solve)s?\s+the\s+\*?"
    r"((?:[a-z0-9][a-z0-9\-]*\s+){1,5}?[a-z0-9][a-z0-9\-]*)\*?\s+problem\b"
)
_PROBLEM_NOT: Final = word_set("tasks", "problem_not")


def problem_phrases(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of X in "we consider/study the X problem" (two words or more; "X problem"
    when X ends in no action noun), and in "we
    address/tackle the X problem" when X ends in a task noun: "the domain shift problem" is a
    difficulty, "the object tracking problem" a task."""
    if " problem" not in text:
        return []
    out = []
    for m in _STUDY_PROBLEM.finditer(text, start):
        words = m.group(2).split()
        if any(w in _BREAK or w in _PROBLEM_NOT or w.endswith("ly") for w in words):
            continue
        if m.group(1) in ("address", "tackle", "solve") and words[-1] not in TASK_HEADS:
            continue
        if m.group(1) == "formulate" and " as " in text[m.end() : m.end() + 80].split(". ")[0]:
            continue  # "we formulate the X problem as a matching problem": a step, not the task
        # "the sparse moment problem", "the Steiner tree problem": without an action noun, the
        # problem's name keeps "problem".
        action = words[-1] in TASK_HEADS or _ACTION.search(words[-1]) or words[-1].endswith("ing")
        out.append((m.start(2), m.end(2) if action else m.end()))
    return out

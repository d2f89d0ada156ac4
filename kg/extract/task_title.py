"""Title task parts ("for Y", "in Y", "Applications to Y", "An ... Approach to Y"), the weak-headed phrase, the abstract's wording."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Final

from ..model import Role
from .ascii_twin import ascii_twin
from .doc import Candidate
from .shapes import WEAK_HEADS, lower_same_length
from .title_clause import ACTION_HEAD, BREAK, CLAUSE_BAD, CLAUSE_HEAD, FIELDS, FOR_DOMAIN_HEADS, METHOD_LINKS, PLURAL_HEAD
from .title_clause import SETTING_HEADS, TITLE_LINK, TITLE_OF, find_words, head_in_abstract, norm_phrase_words
from .words import alternation, word_set

__all__ = ["compound_end", "is_subsequence", "title_for_parts", "title_for_phrase", "title_task", "title_weak_phrase"]

# "... for Legged Robot Robust Locomotion", "... for Chest X-ray Analysis": what follows "for" in a
# title, up to a link, names the task even without a task noun.
_PART: Final = (r"(?!(?:the|a|an)\b)([^:;,?()]+?)(?=\s*$|\s*[:;,?(]|\s+(?:" + alternation("tasks", "clause_cut_links")
         + r"|from|for|to|towards?|based\s+on)\b)")
_FOR_PART: Final = re.compile(r"\b(?:for|towards?)\s+" + _PART, re.IGNORECASE)
# The loose reading takes "in Y", "(with) Application(s) to Y" and "An Approach to Y" too ("Toward
# X" is the title's own phrase); a lookahead, so that a part rejected ("in X and its Application")
# hides no later one.
_LOOSE_PART: Final = re.compile(
    r"\b(?:for|(?<!for )(?<!to )in|(?:applications?|approach(?:es)?)\s+to)\s+(?=" + _PART + ")", re.IGNORECASE
)
# their ASCII twins for an ASCII title (kg.extract.ascii_twin: the same parts, found faster)
_FOR_PART_ASCII: Final = ascii_twin(_FOR_PART)
_LOOSE_PART_ASCII: Final = ascii_twin(_LOOSE_PART)
_OBJECT_LINKS: Final = frozenset({"of", "for", "in", "on", "to", "from", "with"})
# "Image Captioning Performance": a word the list says follows a task without heading it (its entries are
# regex fragments, "results?": matched whole, not stripped of an "s" that may be the word's own, "process").
_AFTER_NOT_TASK: Final = re.compile(alternation("tasks", "after_head_not_task"))
_FOR_NOT_FIRST: Final = frozenset({"before", "after", "while", "when"})  # "Looking for Before Generation"


# One word after a title phrase, closing its part: "Robust Spectral Translation Synchronization",
# "Multi-Treebank Parsing Evaluation:", "Dueling Bandit Problem" (a link of part_end_links of
# data/tasks.json after it ends the part too: "Plausibility Ranking Evaluation for ...").
_PART_LINKS: Final = word_set("tasks", "part_end_links")
_LAST_WORD: Final = re.compile(r" +([A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)?)(?=\s*(?:$|[:;,?(])|\s+(?:"
                        + "|".join(sorted(_PART_LINKS)) + r")\b)", re.IGNORECASE)
_PROBLEM: Final = frozenset({"problem", "problems"})
# Action nouns that name what the task serves or yields, not the task ("Visual Servoing
# Applications", "Clutter Removal Solutions", "Nuclear Fusion Environment").
_NOT_COMPOUND: Final = word_set("tasks", "compound_not_heads") | SETTING_HEADS


def compound_end(text: str, tend: int, e: int, padded: str) -> int:
    """Where the title's task phrase ending at ``e`` ends with the one word that closes its part,
    when that word heads the compound as an action noun or "problem" the abstract uses too
    ("Robust Spectral Translation" + "Synchronization", "Plausibility Ranking" + "Evaluation", "Job-Shop Scheduling"
    + "Problem"). Else ``e``: before a method or artifact noun ("Framework", "Model"), a gerund
    ("Combining", "Using") or a word the abstract never uses."""
    m = _LAST_WORD.match(text, e, tend)
    if m is None:
        return e
    w = m.group(1).lower()
    if w in CLAUSE_BAD or _AFTER_NOT_TASK.fullmatch(w) or w in _NOT_COMPOUND or w in _PART_LINKS or w.endswith("ing"):
        return e
    if w not in _PROBLEM and CLAUSE_HEAD.search(w) is None:
        return e
    return m.end(1) if head_in_abstract(w, padded) else e


def title_for_phrase(text: str, tend: int, padded: str) -> tuple[int, int] | None:
    """The first "for Y" part of the title that reads as a task (:func:`title_for_parts`)."""
    return next(title_for_parts(text, tend, padded), None)


def title_for_parts(text: str, tend: int, padded: str, loose: bool = False) -> Iterator[tuple[int, int]]:
    """The "for Y" parts of the title that read as a task: two to six words, not a field, led by
    no evaluative word or gerund (the gerund rule reads those), headed by a singular noun the
    abstract also uses. ``loose`` (a paper with at most one task) also reads "in Y" and "with
    Applications to Y" or "Approach to Y", headed by an action noun the abstract need not use ("for Fault Tolerance",
    not "for Quadruped Robot", "for Indoor Environment" or "for X and its Application"); an "in Y"
    whose tail the abstract names ("machine translation" for "in Neural Machine Translation") is
    that task's setting."""
    title = text[:tend]
    parts = (_LOOSE_PART_ASCII if loose else _FOR_PART_ASCII) if title.isascii() else (_LOOSE_PART if loose else _FOR_PART)
    for m in parts.finditer(title):
        a, b = m.span(1)
        words = title[a:b].split()
        if not 2 <= len(words) <= 6:
            continue
        low = [w.lower() for w in words]
        if any(w in CLAUSE_BAD for w in low) or norm_phrase_words(title[a:b]) in FIELDS:
            continue
        if low[0] in BREAK or low[0] in _FOR_NOT_FIRST or (low[0].endswith("ing") and low[0] not in WEAK_HEADS):
            continue
        if PLURAL_HEAD.match(low[-1]) or low[-1] in FOR_DOMAIN_HEADS:
            continue
        if loose:
            if not CLAUSE_HEAD.search(low[-1]) or low[-1] in SETTING_HEADS or "its" in low or "their" in low:
                continue
            if m.group().lower().startswith("in") and any(
                f" {norm_phrase_words(' '.join(words[i:]))} " in padded for i in range(1, len(words) - 1)
            ):
                continue
        elif not head_in_abstract(words[-1], padded):
            continue  # the abstract never speaks of the head
        yield a, b


def title_weak_phrase(text: str, tend: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first of the title's phrases ``spans`` of two or more words, no field, that no method link
    ("using", "as") leads; an action head keeps its "of" object."""
    colon = text.find(":", 0, tend)
    for s, e in spans:
        before = [m.group(1).lower() for m in TITLE_LINK.finditer(text, max(0, colon + 1) if s > colon else 0, s)]
        if before and before[-1] in METHOD_LINKS:
            continue
        phrase = norm_phrase_words(text[s:e])
        if " " in phrase and phrase not in FIELDS:
            obj = TITLE_OF.match(text, e, tend) if ACTION_HEAD.search(text[s:e]) else None
            return s, obj.end(1) if obj else e
    return None


def is_subsequence(short: list[str], long: list[str]) -> bool:
    """Do the words of ``short`` occur in ``long`` in order (others between them)?"""
    it = iter(long)
    return all(w in it for w in short)


def title_task(
    text: str, tend: int, s: int, e: int, padded: str, counts: Counter[str], first: dict[str, tuple[int, int]],
    focal: set[str],
) -> Candidate:
    """The task for the title phrase ``text[s:e]``, in the abstract's wording where it has one."""
    t = norm_phrase_words(text[s:e])
    tw = t.split()
    if t in counts:
        a, b = first[t]
        return Candidate(Role.TASK, a, b, "tasks:title", 0.85)
    if f" {t} " in padded:
        # The abstract writes the title's phrase inside a longer one ("Accurate personalized
        # headline generation"), which the phrase walker cut at a participle: take its words.
        span = find_words(lower_same_length(text), tend, tw)  # type: ignore[arg-type]
        if span:
            return Candidate(Role.TASK, span[0], span[1], "tasks:title", 0.85)
    # The abstract's wording of the same task: a tail of the title phrase, or the same head
    # noun with fewer or more modifiers. The one sharing most words wins.
    options: list[tuple[int, int, int, int]] = []  # (shared words, is tail, start, end)
    for k in counts:
        kw = k.split()
        if kw[-1] != tw[-1] or len(kw) < 2:
            continue
        shared = len(set(kw) & set(tw))
        same_tail = kw[-2] == tw[-2]
        a, b = first[k]
        if kw == tw[-len(kw):]:  # fewer leading modifiers than the title: preferred
            options.append((shared, 2, a, b))
        elif is_subsequence(kw, tw):
            # A word dropped inside ("3D pose estimation" for the title's "3D Human Pose
            # Estimation"): the abstract abbreviates, the title names the task.
            options.append((shared, 2, s, e))
        elif is_subsequence(tw, kw):
            options.append((shared, 0, a, b))
        elif same_tail and (counts[k] >= 2 or shared >= 3 or k in focal):
            options.append((shared + (k in focal), 0, a, b))
    words = list(re.finditer(r"\S+", text[s:e]))
    for j, w in enumerate(words[1:-2], 1):  # a tail keeps at least three words
        if w.group().lower() in BREAK:
            continue  # "and Relation Extraction": a tail opens on a word of the task
        if words[j + 1].group().lower() in ("and", "or"):
            continue  # "Detection and Tracking" would drop what both conjuncts share ("3D Object")
        if any(x.group().lower() in _OBJECT_LINKS for x in words[1:j]):
            break  # "Generation of Styled Handwritten Word Images": a tail past the link is the object
        tail = norm_phrase_words(text[s + w.start() : e])
        i = padded.find(f" {tail} ")
        if i >= 0:
            options.append((len(tail.split()), 1, s + w.start(), e))
            break
    hit = None
    if options:
        # Equal overlap: the wording as long as the title's ("instruction video analysis" for
        # "Instructional Video Analysis", not the generic parent "video analysis").
        stems = {w[:5] for w in tw}

        def closeness(o: tuple[int, int, int, int]) -> int:
            words = norm_phrase_words(text[o[2] : o[3]]).split()
            return -abs(len(words) - len(tw)) if all(w[:5] in stems for w in words) else -len(tw)

        top = max(o[0] for o in options)
        best = [o for o in options if o[0] == top]  # closeness only breaks ties of overlap
        shared, _, a, b = best[0] if len(best) == 1 else max(best, key=lambda o: (closeness(o), o[1]))
        hit = Candidate(Role.TASK, a, b, "tasks:title", 0.8)
    return hit or Candidate(Role.TASK, s, e, "tasks:title", 0.7)

"""Abstract cues that a task phrase names a task of the paper, beyond its focus phrases ("we focus
on X", the title): split from :mod:`kg.extract.tasks`, which calls these after the focal phrases.

- the body of work the paper sets itself against, named by its task: "Previous dexterous grasp
  synthesis methods ...", "existing methods for few-shot manipulation" (:func:`prior_work_phrases`);
- the tasks it is evaluated or applied on: "experiments on language modeling", "state-of-the-art
  results for small molecule structure prediction", "when applied to digit recognition"
  (:func:`evaluated_phrases`);
- lists the text calls tasks: "on three tasks: X, Y and Z", "On X and Y tasks"
  (:func:`task_list_phrases`);
- phrases coordinated with a chosen task: "question answering and passage retrieval"
  (:func:`coordinated_tasks`);
- a catalogue task widened by the modifiers the text writes before it in most of its mentions
  (:func:`widened_catalogue_tasks`, which alone reads other components' candidates);
- a catalogue task the text lists as a task or evaluates on ("ranking, recommendation and
  annotation tasks", "results on commonsense reasoning, machine translation ..."): read by
  :func:`kg.extract.task_select.select_tasks` as a filler with a list's evidence (:func:`in_task_list`);
- and against: a catalogue task the abstract names as the setting or field where something matters
  ("plays an important role in autonomous driving", "applications such as community detection",
  "autonomous driving research"): context, not the paper's task (:func:`application_context`).

The others take the task phrases :func:`kg.extract.task_spans.task_phrases` found in the abstract; none makes
a phrase of its own.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .ascii_twin import ascii_twin
from .doc import Candidate
from .folded import Folded
from .shapes import TASK_HEADS, WEAK_HEADS, lower_same_length
from .title_clause import ACTION_SUFFIXES, BREAK, FIELDS
from .title_clause import norm_phrase_words as _norm
from .word_led import word_led
from .words import load, word_set

__all__ = [
    "application_context", "closing_phrases", "widened_catalogue_tasks", "coordinated_modifier", "coordinated_tasks", "evaluated_phrases", "head_word",
    "in_task_list",
    "prior_work_phrases", "task_list_phrases", "title_task_in_setting",
]


_LIST_NOT_FIRST: Final = word_set("tasks", "list_not_first")


def head_word(phrase: str) -> str:
    """The last word of ``phrase``, lower-cased: a task phrase's head noun."""
    return phrase.split()[-1].lower()


def _not_named_task(phrase: str) -> bool:
    """A phrase a cue must not take: a clause ("addressing continuous labeling") or a quantified
    one ("diverse robot planning")."""
    return _verb_led(phrase) or phrase.split()[0].lower() in _LIST_NOT_FIRST


def _verb_led(phrase: str) -> bool:
    """"addressing continuous labeling", "assigning exploration": a clause, not a task's name
    ("post-training quantization" is one: a compound is no verb)."""
    first = phrase.split()[0].lower()
    return first.endswith("ing") and "-" not in first and first not in TASK_HEADS


_PRIOR_ADJ: Final = r"(?:" + "|".join(sorted(word_set("tasks", "prior_work_adjectives"))) + r"|state[- ]of[- ]the[- ]arts?)"
# "Previous X methods", "Existing X approaches", "Most X techniques": a plural method noun after X.
_PRIOR_BEFORE: Final = re.compile(r"(?i:\b" + _PRIOR_ADJ + r")\s+\Z")
_PRIOR_NOUN: Final = re.compile(r"\s+(?:" + "|".join(sorted(word_set("tasks", "prior_work_nouns"))) + r")\b")
# "existing methods for X", "previous work on X".
_PRIOR_FOR_PREPS: Final = ("for", "on", "in", "to")
_PRIOR_FOR: Final = re.compile(
    r"(?i:\b" + _PRIOR_ADJ + r"\s+(?:" + "|".join(sorted(word_set("tasks", "prior_work_for_nouns"))) + r"))"
    r"\s+(?:" + "|".join(_PRIOR_FOR_PREPS) + r")\s+(?:the\s+)?\Z"
)
_PRIOR_FOR_ASCII: Final = ascii_twin(_PRIOR_FOR)  # for ASCII text: the same cues, found faster


# The cheap last-word tests before the regexes: built from the same words, so a word added to a
# regex is never dropped by its pre-check. _last_word cuts at a hyphen: "state-of-the-art" -> "art".
_PRIOR_LAST: Final = word_set("tasks", "prior_work_adjectives") | {"art", "arts"}
_PRIOR_FOR_LAST: Final = frozenset({*_PRIOR_FOR_PREPS, "the"})


def _last_word(text: str, lo: int, s: int) -> str:
    """The word right before ``s`` (after ``lo``), lower-cased, with what follows its last
    hyphen ("state-of-the-art" -> "art")."""
    k = s
    while k > lo and text[k - 1].isspace():
        k -= 1
    j = max(text.rfind(" ", lo, k), text.rfind("-", lo, k), text.rfind("\n", lo, k))
    return text[max(j + 1, lo) : k].lower()


def prior_work_phrases(text: str, tend: int, phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first mention of each phrase of ``phrases`` that names the task of the work the paper
    sets itself against: "Previous X methods", "existing approaches for X"."""
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    for s, e in sorted(phrases):
        lo = max(tend, s - 60)
        last = _last_word(text, lo, s)  # a cheap test first: most phrases have no cue before them
        if last in _PRIOR_LAST and _PRIOR_NOUN.match(text, e) and _PRIOR_BEFORE.search(text, lo, s) or (
            last in _PRIOR_FOR_LAST and (_PRIOR_FOR_ASCII if text.isascii() else _PRIOR_FOR).search(text, lo, s)
        ):
            key = _norm(text[s:e])
            if key not in seen and not _not_named_task(text[s:e]):
                seen.add(key)
                out.append((s, e))
    return out


# "experiments on X", "performance in X", "when applied on X", "results on the tasks of X": the
# word says the paper is evaluated or applied there.
_EVAL_PREPS: Final = ("on", "in", "for", "to", "at")
_EVAL_DETS: Final = ("the", "both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "various",
              "many", "multiple", "numerous", "a range of")
_EVAL_INTROS: Final = ("of", "such as", "including", "like")


def _words(phrases: tuple[str, ...]) -> str:
    return "|".join(p.replace(" ", r"\s+") for p in phrases)


_EVALUATED: Final = re.compile(
    r"(?i)" + word_led(load("tasks")["evaluated_cues"]) + r"\s+(?:[\w\-]+\s+)?(?:" + _words(_EVAL_PREPS) + r")\s+"
    r"(?:" + r"\s+|".join(_words((d,)) for d in _EVAL_DETS) + r"\s+)?"
    r"(?:(?:tasks?|problems?)\s+(?:" + _words(_EVAL_INTROS) + r")\s+)?\Z"
)
_EVALUATED_LAST: Final = frozenset(p.split()[-1] for p in (*_EVAL_PREPS, *_EVAL_DETS, *_EVAL_INTROS))
# "an improvement to the Byte Pair Encoding (BPE) algorithm": the phrase names a method.
_METHOD_AFTER: Final = re.compile(
    r"(?:\s*\([^()]{1,15}\))?\s+(?:algorithms?|methods?|models?|approach(?:es)?|techniques?|frameworks?|systems?|networks?)\b"
)


def evaluated_phrases(text: str, tend: int, phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The phrases of ``phrases`` (in order) that the paper is evaluated or applied on:
    "experiments on language modeling", "improves performance for image synthesis"."""
    return [(s, e) for s, e in sorted(phrases)
            if _evaluated_at(text, s, tend) and not _not_named_task(text[s:e]) and not _METHOD_AFTER.match(text, e)]


# "on three tasks: image classification, ... and malware detection", "the tasks of X and Y",
# "On digit recognition and semantic segmentation tasks": a list the text calls tasks.
_LIST_AFTER: Final = re.compile(
    r"\s*(?::|\s+(?:of|such\s+as|including|like|namely)\b|,\s*(?:including|such\s+as|namely|e\.g\.,?|i\.e\.,?))\s*(?:the\s+)?"
)
_SEP: Final = r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+"
_LIST_SEP: Final = re.compile(_SEP)
_LIST_SEP_BEFORE: Final = re.compile(r"(?:" + _SEP + r")\Z")
_TASKS_WORD: Final = re.compile(r"task(?<!\wtask)s?\b")  # "\btasks?\b" led by its literal, which the engine skips to


def task_list_phrases(text: str, tend: int, phrases: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """Task phrases (strong heads only, at most ``limit``) listed right before or after the word
    "task(s)"."""
    if " task" not in text:
        return []
    by_start = {s: e for s, e in phrases}
    by_end = {e: s for s, e in phrases}
    out: list[tuple[int, int]] = []

    def strong(a: int, b: int) -> bool:
        first = text[a:b].split()[0].lower()
        if first in _LIST_NOT_FIRST or _verb_led(text[a:b]):
            return False  # "different matching tasks", "accomplishing manipulation tasks"
        if text[max(tend, a - 4) : a].lower() in (" to ", "\nto "):
            return False  # "to execute manipulation tasks": a verb leads the phrase
        return head_word(text[a:b]) not in WEAK_HEADS

    for m in _TASKS_WORD.finditer(text, tend):
        after = _LIST_AFTER.match(text, m.end())
        pos = after.end() if after else -1
        while pos in by_start and len(out) < limit:
            e = by_start[pos]
            if strong(pos, e):
                out.append((pos, e))
            sep = _LIST_SEP.match(text, e)
            pos = sep.end() if sep else -1
        end = m.start() - 1
        while end in by_end and text[end] == " " and len(out) < limit:
            s = by_end[end]
            if strong(s, end):
                out.append((s, end))
            sep = _LIST_SEP_BEFORE.search(text, max(tend, s - 8), s)
            end = sep.start() if sep else -1
    return out


# "ranking, recommendation and annotation tasks", "the tasks of parsing and tagging", "tasks such as
# X, Y and Z": a name listed where the text calls the list tasks, read around a catalogue task
# (one word or several) that the phrase walker need not have found.
_LISTED_AFTER: Final = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Za-z0-9][\w\-]*(?: [\w\-]+){0,3}?)*\s+tasks?\b")
_LISTED_BEFORE: Final = re.compile(
    r"\btasks?\s*(?::|,|,?\s*(?:such\s+as|including|like|namely|e\.g\.,?|i\.e\.,?|of)\s)\s*(?:the\s+)?"
    r"(?:[^.;:()\n]{0,120}?(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+))?\Z"
)


def in_task_list(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` named as a task, alone or in a list the text calls tasks ("on the
    ranking task", "ranking, recommendation and annotation tasks", "tasks such as X and Y"), or
    one the paper is evaluated on ("experiments on X, Y and Z")?"""
    lo = max(0, start - 160)
    if "task" in text[lo : end + 200] and (
        _LISTED_AFTER.match(text, end, min(len(text), end + 200)) or _LISTED_BEFORE.search(text, lo, start)
    ):
        return True
    # "Experimental results on commonsense reasoning, arithmetic reasoning, machine translation":
    # the list's first item after an evaluation cue, then each item after a separator.
    if _evaluated_at(text, start):
        return True
    pos = start
    for _ in range(6):
        sep = _LIST_SEP_BEFORE.search(text, max(0, pos - 8), pos)
        item = _ITEM_BEFORE.search(text, max(0, sep.start() - 50), sep.start()) if sep else None
        if item is None:
            return False
        words = [m.start() + item.start() for m in re.finditer(r"[\w\-]+", item.group())]
        if any(_evaluated_at(text, w) for w in words):
            return True
        pos = words[0]
    return False


def _evaluated_at(text: str, pos: int, lo: int = 0) -> bool:
    """Does an evaluation cue ("experiments on", "results for the tasks of") end right before ``pos``
    (looking back 60 characters, not before ``lo``)?"""
    start = max(lo, pos - 60)
    return _last_word(text, start, pos) in _EVALUATED_LAST and bool(_EVALUATED.search(text, start, pos))


# One list item before a separator: up to five words.
_ITEM_BEFORE: Final = re.compile(r"(?<![\w\-])[\w\-]+(?: [\w\-]+){0,4}\Z")


# "Active and passive learning", "Single- and Multi-Task Optimization": the word before "and" (a
# prefix keeps its hyphen), and the word before that.
_COORD_MODIFIER: Final = re.compile(r"(?<![\w\-])([A-Za-z]\w*(?:-\w+)*-?)\s+and\s+\Z")
_WORD_END: Final = re.compile(r"(?<![\w\-])([\w\-]+)\s+\Z")


def coordinated_modifier(text: str, start: int, s: int) -> int:
    """Where a title phrase starting at ``s`` starts when one modifier is coordinated before it
    ("Active and passive learning of ...", "Single- and Multi-Task Optimization", "for Long-Distance
    and Complex-Line Sewer Pipe Inspection"): at that modifier when it opens its part of the title
    (after its start, a colon, a link or an evaluative word); not at a task noun, an evaluative word
    ("Coherent and Concise ...", "Data-Efficient and ...") or an acronym ("SLAM and ..."), each a part
    of its own; a "Joint" before the modifier stays ("Joint Depth and Normal Estimation": the one task
    that does both). ``start``: where the title starts."""
    m = _COORD_MODIFIER.search(text, start, s)
    if m is None:
        return s
    word = m.group(1)
    if word.lower() in TASK_HEADS or word.rstrip("-").rsplit("-", 1)[-1].lower() in BREAK or word.isupper():
        return s
    a = m.start(1)
    before = _WORD_END.search(text, start, a)
    if before is not None and before.group(1).lower() == "joint":
        return before.start(1)  # "Joint Point-Cloud and Depth Completion": one task doing both
    if a == start or text[start:a].rstrip().endswith(":") or (before is not None and before.group(1).lower() in BREAK):
        return a
    return s


_COORD_AFTER: Final = re.compile(r"\s*(?:" + _SEP + r")")


def coordinated_tasks(text: str, tasks: list[Candidate], phrases: set[tuple[int, int]]) -> list[Candidate]:
    """"question answering and passage retrieval": a task phrase coordinated with a chosen task
    is a task too (the list says what kind of thing it is)."""
    by_start = {s: e for s, e in phrases}
    by_end = {e: s for s, e in phrases}
    out = []
    for c in list(tasks):
        m = _COORD_AFTER.match(text, c.end)
        if m and m.end() in by_start and head_word(text[m.end() : by_start[m.end()]]) not in WEAK_HEADS:
            out.append(Candidate(Role.TASK, m.end(), by_start[m.end()], c.rule, c.confidence - 0.05))
        m = _LIST_SEP_BEFORE.search(text, max(0, c.start - 12), c.start)
        if m and m.start() in by_end and head_word(text[by_end[m.start()] : m.start()]) not in WEAK_HEADS:
            out.append(Candidate(Role.TASK, by_end[m.start()], m.start(), c.rule, c.confidence - 0.05))
    return out


# A title conjunct: one to four words up to a link, punctuation or the title's end.
_CONJUNCT_LINKS: Final = r"(?:for|via|with|using|in|on|of|from|through|by|under|to|towards?|at|as|based|without|and|or)"
_CONJUNCT: Final = r"((?:(?!" + _CONJUNCT_LINKS + r"\b)[\w\-]+\s+){0,3}(?!" + _CONJUNCT_LINKS + r"\b)[\w\-]+)"
_CONJUNCT_AFTER: Final = re.compile(r"\s+and\s+" + _CONJUNCT + r"(?=\s*$|\s*[:;,?!()]|\s+" + _CONJUNCT_LINKS + r"\b)", re.IGNORECASE)
_CONJUNCT_BEFORE: Final = Folded(re.compile(r"(?:^|[:;,?!()]\s*|\s" + _CONJUNCT_LINKS + r"\s+)" + _CONJUNCT + r"\s+and\s+\Z", re.IGNORECASE))  # (twin: 1.7 -> 1.3 us)
# What a paper does besides its task (design it, evaluate it, write its equations), not a task.
_CONJUNCT_NOT: Final = word_set("tasks", "conjunct_not_heads")
# An action noun or a field noun ("software architecture", "biology", "robustness").
_CONJUNCT_NOUN: Final = re.compile(rf"(?:{ACTION_SUFFIXES}|ure|ogy|ness)s?$")


def title_coordinated(text: str, tend: int, tasks: list[Candidate]) -> list[Candidate]:
    """"Depth Ordering" in "Monocular Object Instance Segmentation and Depth Ordering with CNNs":
    the title's conjunct beside one of the ``tasks`` the title writes names a second task: two to
    four words, the last an action or a field noun ("ordering", "software engineering"), no
    evaluative word leading, no field ("Deep Learning")."""
    out = []
    title = text[:tend]
    for start, end in ((c.start, c.end) for c in tasks if c.end <= tend):
        found = []
        m = _CONJUNCT_AFTER.match(title, end)
        if m:
            found.append(m.span(1))
        m = _CONJUNCT_BEFORE.search(title, max(0, start - 60), start)
        if m:
            found.append(m.span(1))
        for a, b in found:
            words = title[a:b].lower().split()
            if len(words) < 2 or words[0] in BREAK or words[-1] in _CONJUNCT_NOT or not _CONJUNCT_NOUN.search(words[-1]):
                continue  # "Modeling and Control of ...", "... Design and Performance Evaluation"
            if _norm(title[a:b]) in FIELDS:
                continue  # "Monocular Depth Estimation and Deep Learning": a field, as in the other title rules
            out.append(Candidate(Role.TASK, a, b, "tasks:title-coordinated", 0.55))
    return out


def widened_catalogue_tasks(text: str, found: list[Candidate], low: str) -> list[Candidate]:
    """``found`` with each catalogue task widened by the one or two modifiers the text writes
    before it at least twice and in at least half its mentions: "stochastic multi-armed bandits"
    for the catalogue's "multi-armed bandits" (a modifier used once is context). A widened task
    keeps its place among the fillers; a name it sits in ("... Super-Resolution Network") stops it."""
    out: list[Candidate] = []
    for c in found:
        if c.role is Role.TASK and c.rule == "catalogue":
            s = _widened_start(text, low, c)
            if s is not None:
                c = Candidate(Role.TASK, s, c.end, "catalogue:widened", c.confidence)
        out.append(c)
    return out


def _widened_start(text: str, low: str, c: Candidate) -> int | None:
    name = low[c.start : c.end]
    n = low.count(name)
    if _METHOD_AFTER.match(low, c.end):
        return None
    tend = text.find("\n\n")
    if 0 <= c.start < tend:
        m = _MODIFIER_BEFORE.search(text, max(0, c.start - 40), c.start)
        if m is not None and _title_modifier(m.group(1)) and _opens_part(text, m.start(1)):
            return m.start(1)  # "... for Language Model Compression": the title names its task
    if n < 2:
        return None
    best, s = None, c.start
    for _ in range(2):
        m = _MODIFIER_BEFORE.search(text, max(0, s - 40), s)
        if m is None or m.group(1).lower() in _MODIFIER_NOT or m.group(1).lower().endswith("ly"):
            break
        opens = m.start(1) == 0 or text[m.start(1) - 1] == "\n" or text[max(0, m.start(1) - 2) : m.start(1)] in (". ", "? ", "! ")
        if text[m.start(1)].isupper() and not text[c.start].isupper() and not opens:
            break  # "Information systems Recommender systems": a name's last word, not a modifier
        s = m.start(1)
        wide = low.count(low[s : c.end])
        if wide < 2 or 2 * wide < n:
            break
        best = s
    return best


def _title_modifier(word: str) -> bool:
    low = word.lower()
    if low in _MODIFIER_NOT or low in _TITLE_LINKS or low.endswith(("ly", "ed", "ing")) or not word.isalpha():
        return False
    return word[1:].islower()  # "Language", "Robotic"; not a name ("LLaMA", "KV")


def _opens_part(text: str, at: int) -> bool:
    """Does the word at ``at`` open a part of the title: after its start, a colon, a link word
    or a gerund ("Supercharging Multimodal AutoML")? Not inside a coordination ("Safe and
    Preferable X") or a longer name ("CNN/Daily Mail X")."""
    before = text[:at].rstrip()
    if not before or before.endswith(":"):
        return True
    word = before.rsplit(None, 1)[-1]
    return word.lower() in _TITLE_LINKS - {"and", "or"} or (word.endswith("ing") and word[:1].isupper())


_TITLE_LINKS: Final = frozenset("for of in on with via using to from by and or the a an towards toward".split())
_MODIFIER_BEFORE: Final = re.compile(r"(?<![\w\-])([A-Za-z0-9][\w\-]*[a-z0-9])[ ]\Z")
_MODIFIER_NOT: Final = word_set("tasks", "modifier_not") | BREAK


# "an important role in X", "applications such as X, Y and Z", "the safety of X": the words before
# a phrase (or the list it is in) that name it as a field something matters in or is applied to.
# Not "advances in X" nor "the field of X", which most often open an abstract on its own task, nor
# "applications of X" (X is what is applied).
# (searched through its case-sensitive twin: :class:`~.folded.Folded`, 7.1 -> 4.6 us a call)
_SETTING_BEFORE: Final = Folded(re.compile(
    r"(?:\broles?\s+in|\bsafety\s+of|\bapplications?\s+(?:in|to)"
    r"|\b(?:applications?|domains?|areas?|fields?|settings?),?\s+(?:such\s+as|e\.g\.,?|including|like))"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
))
_SETTING_WORDS: Final = ("application", "setting", "domain", "field", "area", "role", "safety")  # (every cue writes one)
# What may stand between the cue and a later item of its list: earlier items and separators.
_LIST_BEFORE: Final = re.compile(r"[^.;:()\n]{0,120}?(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\Z")
# "X research", "X vehicles": the phrase modifies a noun naming a field or its things.
_SETTING_AFTER: Final = re.compile(r"\s(?:research|vehicles?|industry|communit(?:y|ies)|domains?)\b", re.IGNORECASE)


def application_context(text: str, start: int, end: int) -> bool:
    """Does the text name ``text[start:end]`` as the field or setting where something matters or
    is applied, alone or in a list, rather than as what the paper does? Read for catalogue tasks
    the abstract names as fillers: a field ("autonomous driving") named this way is context."""
    if _SETTING_AFTER.match(text, end):
        return True
    window = max(0, start - 160)
    if text.isascii():
        # A cue holds one of these words (in an ASCII text no other letters match them in any
        # case): the search for them is in C, where the cue pattern tries its words at every position.
        low = lower_same_length(text)
        if not any(low.find(w, window, start) >= 0 for w in _SETTING_WORDS):  # type: ignore[union-attr]
            return False
    for m in _SETTING_BEFORE.finditer(text, window, start):
        if m.end() == start or _LIST_BEFORE.fullmatch(text, m.end(), start):
            return True
    return False


# Words that name the setting of a task ("Episodic Reinforcement Learning", "Semi-supervised
# Spectral Clustering", "Nested Named Entity Recognition"): the title's task in that setting is
# a task of its own beside the bare one the abstract words it as.
_SETTING: Final = re.compile(r"(?<![\w-])(?:" + "|".join(
    w.replace("-", "[- ]?") for w in sorted(word_set("tasks", "setting_modifiers"), key=len, reverse=True)
) + r")(?![\w-])", re.IGNORECASE)


def title_task_in_setting(text: str, s: int, e: int, c: Candidate) -> Candidate | None:
    """The title's phrase from its setting word on, when ``c`` (the abstract's wording of the
    title's task ``text[s:e]``) is a tail of it that drops that word; else None."""
    cw = _norm(text[c.start : c.end]).split()
    tw = _norm(text[s:e]).split()
    if not cw or len(cw) >= len(tw) or tw[-len(cw) :] != cw:
        return None
    m = _SETTING.search(text, s, e)
    if m is None or len(_norm(text[s : m.start()]).split()) >= len(tw) - len(cw):
        return None
    return Candidate(Role.TASK, m.start(), e, "tasks:title-in-setting", c.confidence)


# The last word before a closing-sentence phrase: "... and shadow removal", "... helps in symmetry detection".
_CLOSING_PREV: Final = re.compile(r"([A-Za-z]+)[^A-Za-z]*\Z")
# Not "to": "used to help design", "learn to execute manipulation tasks" (a verb follows it as often as a
# task; dropping it cost 2 of train2's 222 hits and no check-set F1, and spared 3 wrong of 4 on fresh lines).
_CLOSING_PREPS: Final = frozenset({"on", "for", "in", "of", "and", "or"})
_CLOSING_NEXT: Final = (",", " and ", " or ")


def closing_phrases(
    text: str, tend: int, sents: list[tuple[int, int]], phrases: list[tuple[int, int]], once: set[str]
) -> list[tuple[int, int]]:
    """The phrases of ``phrases`` the abstract's last sentence (of two or more) names once (``once``:
    their normalised keys), with a strong head, in a list or after a preposition: "we also apply it to
    document denoising and shadow removal". The closing sentence names what the work extends to;
    measured on the read sets, such a phrase emitted is a gold task .60 of the time on train1r +
    train2 (35) and .50 on train3 (14), above the F1/2 break-even (about .28), but below the
    fallbacks' title readings: so it is read last, after every other rule."""
    body = [x for x in sents if x[0] >= tend]
    if len(body) < 2:
        return []
    lo, hi = body[-1]
    out = []
    for s, e in sorted(phrases):
        if not lo <= s < hi or _norm(text[s:e]) not in once:
            continue
        if head_word(text[s:e]) in WEAK_HEADS or _not_named_task(text[s:e]):
            continue
        prev = _CLOSING_PREV.search(text, max(lo, s - 25), s)
        if (prev is not None and prev.group(1).lower() in _CLOSING_PREPS) or text.startswith(_CLOSING_NEXT, e):
            out.append((s, e))
    return out

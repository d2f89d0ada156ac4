"""Purpose phrases: what a method is for, read as a task even without a task noun.

"we present ExplainIt, an online tool for explaining AI decisions", "Bayesian optimization is a
widely-used method for the global optimization of black-box functions", "a flexible framework
for predictive uncertainty quantification": the words after "<method noun> for" name the
problem the method serves. The phrase is lower-case words up to punctuation or a function word,
either led by a gerund with its object ("explaining AI decisions", "sampling from probability
distributions") or headed by an action noun, with its "of" object ("global optimization of
black-box functions"). Called by :func:`kg.extract.tasks.find_tasks` after the focal phrases.

"The problem of estimating simulation parameters ..." names the paper's problem the same way:
the gerund and its object (:func:`problem_clauses`, read with the focal phrases).
"""

from __future__ import annotations

import re
from typing import Final

from .shapes import STOP_NAMES, TASK_HEADS
from .title_clause import BREAK
from .words import word_set

__all__ = ["aim_subjects", "problem_clauses", "purpose_phrases", "purpose_rule"]

# "a tool for", "an approach for the", "algorithms for": the method noun before "for".
_METHOD_NOUNS: Final = frozenset(
    w + p
    for w in ("method", "approach", "framework", "algorithm", "tool", "technique", "model", "system", "solution",
              "toolkit", "library", "platform", "pipeline", "architecture", "scheme")
    for p in ("", "s")
)
_FOR: Final = re.compile(r" for (?:the )?(?=[a-z0-9])")
# "a library designed specifically for X", "an architecture tailored for X": a participle of
# making or fitting between the method noun and "for".
_MADE: Final = frozenset({"designed", "tailored", "developed", "intended", "suited", "built"})
_MADE_ADVERBS: Final = frozenset({"specifically", "particularly", "especially"})


def _made_for(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end in a method noun and a participle of making, an adverb
    before or after it ("a library designed specifically", "an architecture tailored")?"""
    words = text[max(start, end - 50) : end].split()
    if words and words[-1] in _MADE_ADVERBS:
        words.pop()
    if not words or words[-1] not in _MADE:
        return False
    words.pop()
    if words and words[-1] in _MADE_ADVERBS:
        words.pop()
    return bool(words) and words[-1] in _METHOD_NOUNS


# "a platform for the application of knee arthroscopy": what is applied is the task.
_APPLICATION_OF: Final = re.compile(r"applications? of (?:the )?(?=[a-z0-9])")
_WORD: Final = re.compile(r"([A-Za-z0-9][A-Za-z0-9\-]*)(?=[\s,.;:()]|$)")
# The words that end the phrase: clause and method links, verbs, conjunctions.
_STOP: Final = word_set("tasks", "clause_cut_links") | {
    "that", "which", "where", "whose", "while", "and", "or", "but", "than", "is", "are", "was", "were", "be",
    "to", "for", "based", "called", "named", "such", "as", "at", "without",
    # adverbs a verb follows ("strategies for compressing MHA often overlook ...")
    "often", "also", "usually", "typically", "generally", "always", "never", "rarely", "commonly",
    "purpose", "purposes",  # "for training purposes": a use, not a task
}
# An action noun heads the task ("quantification", "reduction", "assessment").
_ACTION_NOUN: Final = re.compile(r"(?:tion|sion|ment|sis|ance|ence)$")
_GERUND: Final = re.compile(r"^[a-z]{3,}ing$")
# A method noun in the phrase: "regularizing deep networks" says what is trained, not a task.
_MODEL_NOUNS: Final = frozenset({"network", "networks", "model", "models", "architecture", "architectures", "transformers"})
# Gerunds that say how a method helps, not what it does ("providing", "ensuring").
_GERUND_NOT: Final = frozenset(
    "using including leveraging existing increasing improving making being providing creating determining assuring"
    " ensuring obtaining allowing supporting performing handling dealing solving addressing tackling".split()
)
_CLAUSE_WORDS: Final = frozenset({"whether", "how", "if", "what", "when", "why", "which", "who"})


def purpose_phrases(text: str, tend: int) -> list[tuple[int, int]]:
    """(start, end) of every purpose phrase after "<method noun> for" in the abstract."""
    if " for " not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _FOR.finditer(text, tend):
        k = text.rfind(" ", tend, m.start())
        if text[k + 1 : m.start()] not in _METHOD_NOUNS:
            if not _made_for(text, tend, m.start()):
                continue
        at = m.end()
        applied = _APPLICATION_OF.match(text, at)
        span = _phrase_at(text, applied.end() if applied else at)
        if span is not None:
            out.append(span)
    return out


def purpose_rule(words: list[str]) -> str:
    """The rule of a purpose phrase (its lower-cased ``words``): ``tasks:purpose`` when a task noun
    heads it ("predictive uncertainty quantification", "tracking of surgical needles"), which ranks
    with the abstract's task phrases; ``tasks:purpose-filler`` for a gerund's clause ("explaining AI
    decisions") or another action noun ("field deployment"), a filler's evidence."""
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    gerund = words[0].endswith("ing") and words[0] not in TASK_HEADS
    return "tasks:purpose" if head in TASK_HEADS and not gerund else "tasks:purpose-filler"


# "the problem of estimating simulation parameters", "the problem of learning ILN": the gerund
# and its object name the problem ("the task of detecting X" most often restates a task noun).
_PROBLEM_OF: Final = re.compile(r"\b[Tt]he problem of (?=[a-z]{3,}ing )")


# Words that end the object: links, modal and finite verbs ("learning ILN can be reduced").
_CLAUSE_END: Final = frozenset("of from with by given during can could may might will would should must has have".split())
_OBJECT_END: Final = _STOP | _CLAUSE_END


def problem_clauses(text: str, tend: int) -> list[tuple[int, int]]:
    """(start, end) of the gerund clause after "the problem of" in the abstract: the gerund, an
    article, and its object's words up to punctuation, a function word, a conjunction or an
    adverb ("estimating simulation parameters and ...", "approximating an unknown linear
    threshold function (LTF)"): an object of two words at least, seven words in all. An object
    cut short ("the distribution of ...", "a moving, non-adversarial target", "zero moment point
    (ZMP) trajectories") gives none."""
    if "problem of " not in text:
        return []
    for m in _PROBLEM_OF.finditer(text, tend):
        words = _clause_words(text, m.end())
        while words and _PARTICIPLE.match(words[-1][2]):
            words.pop()  # "estimating the wind velocity perceived by ...": the object ends before
        if sum(w[2] not in ("a", "an", "the") for w in words) < 3 or words[-1][2] in STOP_NAMES:
            continue  # "planning a path", "developing robots": too general; "inferring the most ..."
        end = words[-1][1]
        on = _OBJECT_GOES_ON.match(text, end)
        if on and not (on.group(1) and on.group(1) in _OBJECT_END):
            continue
        gerund = words[0][2]
        if gerund in _PROBLEM_GERUND_NOT or (gerund in BREAK and gerund != "learning"):
            continue  # "the problem of achieving ...": how, not what
        return [(words[0][0], end)]  # the first: later ones restate or narrow it
    return []


def _clause_words(text: str, pos: int) -> list[tuple[int, int, str]]:
    words: list[tuple[int, int, str]] = []
    while len(words) < 7:
        w = _WORD.match(text, pos)
        if not w:
            break
        low = w.group(1).lower()
        if low in _CLAUSE_WORDS or low in _OBJECT_END or (words and low.endswith("ly")):
            break
        if low in ("a", "an", "the") and len(words) != 1:
            break  # an article only opens the gerund's object
        words.append((w.start(1), w.end(1), low))
        nxt = w.end(1)
        if nxt >= len(text) or text[nxt] != " ":
            break
        pos = nxt + 1
    return words


# After the object: "of" and more words, or a short form and more lower-case words, mean the
# phrase was cut inside the object.
_OBJECT_GOES_ON: Final = re.compile(r" of |,\s*[a-z]|\s*\([^()]{1,16}\)\s+([a-z]+)")
_PARTICIPLE: Final = re.compile(r"^[a-z]{2,}(?:ed|ing)$")
# Gerunds too general to name a problem ("finding an optimal solution") or naming a lack.
_PROBLEM_GERUND_NOT: Final = _GERUND_NOT | {"finding", "lacking", "getting", "doing", "having"}


def _phrase_at(text: str, pos: int) -> tuple[int, int] | None:
    words: list[tuple[int, int, str]] = []
    linked = False  # one "of"/"from" part is allowed, after the head
    while len(words) < 8:
        w = _WORD.match(text, pos)
        if not w:
            break
        low = w.group(1).lower()
        if low in _CLAUSE_WORDS or low.isdigit():
            return None  # "determining whether ...", "creating 2 1/2D maps": a clause or a count
        if low in ("of", "from") and words and not linked:
            linked = True
            words.append((w.start(1), w.end(1), low))
        elif low in _MODEL_NOUNS and words or low in ("and", "or") and words and _GERUND.match(words[0][2]):
            return None  # "regularizing deep networks", "balancing compression and ...": no task's name
        elif low in _STOP or low in ("of", "from") or (low in BREAK and low not in TASK_HEADS and len(words) > 0):
            break
        elif words and (low.endswith("ly") or (low.endswith("ed") and not low.endswith("supervised"))):
            break
        else:
            words.append((w.start(1), w.end(1), low))
        nxt = w.end(1)
        if nxt >= len(text) or text[nxt] != " ":
            break
        pos = nxt + 1
    while words and words[-1][2] in ("of", "from", "the", "a", "an"):
        words.pop()
    if len(words) < 2:
        return None
    low = [w[2] for w in words]
    if low[0] in BREAK or low[0] in STOP_NAMES or low[0].endswith("ly") or text[words[0][0]].isupper():
        return None
    link = next((i for i, w in enumerate(low) if w in ("of", "from")), len(low))
    if _GERUND.match(low[0]) and low[0] not in TASK_HEADS:
        if low[0] in _GERUND_NOT or link == 1 and low[1] == "of":
            return None
    elif not (_ACTION_NOUN.search(low[link - 1]) or low[link - 1] in TASK_HEADS or _gerund_head(low[:link])):
        return None  # "a model for time series": the input, not a task
    if low[-1] in STOP_NAMES:
        return None
    return words[0][0], words[-1][1]


def _gerund_head(low: list[str]) -> bool:
    """A gerund heading a noun phrase ("photo taking", "multi-agent weeding"), not a participle
    after a plural ("robots operating in ...", "applications requiring ...")."""
    return len(low) >= 2 and bool(_GERUND.match(low[-1])) and not _PLURAL_NOUN.match(low[-2])


_PLURAL_NOUN: Final = re.compile(r"^[a-z\-]*[^su]s$")


# "Review personalization aims at ...", "Post-quantum cryptography (PQC) aims to ...", "Crowd
# counting is a challenging task": a sentence whose subject aims at something, or is called a
# problem or task, defines that subject as a task, task noun or not.
_AIM_VERB: Final = re.compile(r" (?:aims? (?:to|at)|(?:is|remains) (?:a|an|one of the)(?: [a-z\-]+){0,3}? (?:problem|task)s?)\b")
# The subject, from the sentence's start to the verb: two to six words, a capital first.
_AIM_SUBJECT: Final = re.compile(r"([A-Z][a-z][\w\-]*(?: [a-z][\w\-]*){1,5}?)(?: \([^()]{1,24}\))?")
_AIM_NOT: Final = frozenset({"method", "methods", "approach", "approaches", "work", "paper", "study", "framework", "system", "task"})


def aim_subjects(text: str, tend: int) -> list[tuple[int, int]]:
    """(start, end) of the subject of "<subject> aims to/at" or "<subject> is a ... task/problem"
    opening a sentence of the abstract:
    two to six words, none a function, evaluative or method word ("This paper aims to")."""
    if " aim" not in text and " problem" not in text and " task" not in text:
        return []  # most abstracts: skip the scan
    out: list[tuple[int, int]] = []
    for v in _AIM_VERB.finditer(text, tend):
        a = max(tend, v.start() - 120)  # the subject starts a sentence: after its end mark
        ends = [text.rfind(mark, a, v.start()) for mark in (". ", "! ", "? ", "\n")]
        starts = [i + (1 if text[i] == "\n" else 2) for i in ends if i >= 0]
        if not starts and a > tend:
            continue  # the sentence began long before: no short subject
        a = max(starts + [tend])
        m = _AIM_SUBJECT.fullmatch(text, a, v.start())
        if m is None:
            continue
        low = m.group(1).lower().split()
        if any(w in BREAK or w in STOP_NAMES or w in _AIM_NOT or w in _MODEL_NOUNS or w in _METHOD_NOUNS for w in low):
            continue
        if any(w.endswith("ly") for w in low):  # "Telerobotics fundamentally is": an adverb
            continue
        out.append(m.span(1))
    return out

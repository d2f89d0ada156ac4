"""Shape tests that decide whether a string looks like a name, and the word lists they share.

``STOP_NAMES``, ``TASK_HEADS``, ``WEAK_HEADS`` and ``DATASET_NOUNS`` are read from
``data/words.json``. The tests are pure functions of a string, memoised because the same
words recur across a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from ..model import normalize_name
from .words import word_set

__all__ = [
    "WORD_RUN",
    "walk_list",
    "norm",
    "lower_same_length",
    "word_runs",
    "MEMO_TEXTS",
    "TextMemo", "per_batch", "forget_batch",
    "has_digit", "holds_digit",
    "is_name_like",
    "is_acronym",
    "GREEK_PREFIX",
    "PLURAL_ACRONYM",
    "is_title_case_compound",
    "STOP_NAMES",
    "TASK_HEADS",
    "WEAK_HEADS",
    "DATASET_NOUNS",
    "NAMING_VERBS",
    "NAMING_VERB",
    "SHORT_FORM_AFTER",
    "LM_FAMILY_ACRONYMS",
    "NETWORK_ACRONYMS",
    "FIELD_ACRONYMS",
    "with_plurals",
    "singular",
]

#: Capitalised words that open sentences or clauses and are never names on their own.
STOP_NAMES: Final = word_set("words", "stop_names")
#: Last words of task noun phrases ("head pose estimation", "image generation").
TASK_HEADS: Final = word_set("words", "task_heads")
#: Task nouns that also name techniques ("contrastive learning", "motion control"): a phrase
#: ending in one is a task only where the text presents it as the paper's aim.
WEAK_HEADS: Final = word_set("words", "weak_heads")
#: Nouns that say a name is a dataset / benchmark / corpus.
DATASET_NOUNS: Final = word_set("words", "dataset_nouns")
#: The verbs that give a thing its name ("a new method called X", "a corpus we dubbed X").
NAMING_VERBS: Final = ("called", "named", "dubbed", "termed", "coined")
#: ... as one regex alternative (a group that captures nothing).
NAMING_VERB: Final = "(?:" + "|".join(NAMING_VERBS) + ")"
#: A short form in brackets right after a name: "the Actor-Action Dataset (A2D)".
SHORT_FORM_AFTER: Final = re.compile(r"\s*\([A-Z][A-Za-z0-9\-]*[A-Z0-9]\)")
#: Model families, network families and fields written as acronyms (lower case, singular): no one's
#: own name ("our video planner LLM", "a Large Language Model component", "the proposed safe RL
#: algorithm"). The one list of them: each rule unites the sets it reads, plus its own extras.
LM_FAMILY_ACRONYMS: Final = frozenset({"llm", "vlm", "mllm", "lm", "plm", "lmm"})
NETWORK_ACRONYMS: Final = frozenset({"dnn", "cnn", "rnn", "gnn"})
FIELD_ACRONYMS: Final = frozenset({"rl", "drl", "marl", "ml", "dl", "ai", "nlp", "cv"})
#: Nouns that make a phrase a system ("a Span-based Unified NER framework", "the Action Transformer
#: model", "ProQA, a unified QA paradigm"), singular. The one list of them; :data:`SYSTEM_NOUN_FORMS` adds
#: plurals (the acronym long-form tests); ``proposed_parts.SYSTEM_NOUN_RE`` reads the singulars.
SYSTEM_NOUNS: Final = frozenset({"model", "architecture", "method", "framework", "algorithm", "approach", "system", "network", "pipeline",
                          "paradigm"})


def with_plurals(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each with a plural "s" ("llm", "llms")."""
    return words | {w + "s" for w in words}


SYSTEM_NOUN_FORMS: Final = with_plurals(SYSTEM_NOUNS) | {"approaches"}
#: Words that end a system's name ("Action-Pointer Transformer", "Deep Photo Enhancer Net", "the FAt
#: Transformer"): the system nouns and the heads of named systems, singular. Read by the own-name rules
#: that take a name by its head (:mod:`kg.extract.proposed_title_only`, :mod:`kg.extract.own_headed`),
#: each adding the heads its own frame allows.
SYSTEM_HEADS: Final = SYSTEM_NOUNS | frozenset({"agent", "transformer", "engine", "machine", "net"})


def singular(word: str) -> str:
    """A kind noun's singular, enough for the noun lists: "strategies" -> "strategy", "models" ->
    "model"; "corpus", "loss" stay."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith(("ss", "us")) else word


#: How many texts the per-text answers below (and the other extract modules' :class:`TextMemo`\ s)
#: are kept for: the extractor runs each component over a batch of docs before the next component
#: (:meth:`kg.extract.Extractor.analyse`), which asks again about the same doc texts.
MEMO_TEXTS: Final = 1024


# How to empty each per-text memo (every TextMemo, the per-text lru caches marked by per_batch).
_BATCH_MEMOS: list[Callable[[], None]] = []


class TextMemo(dict):
    """Answers kept per text (or per key) for the last :data:`MEMO_TEXTS` asked: emptied when full,
    and by :func:`forget_batch`. (Dict reads and writes are atomic: a reader never sees one text's
    answer under another's.)"""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__()
        _BATCH_MEMOS.append(self.clear)

    def keep(self, key, value):
        if len(self) >= MEMO_TEXTS:
            self.clear()
        self[key] = value
        return value


def per_batch(cached):
    """Marks an ``lru_cache``'d function of a doc text for :func:`forget_batch` to empty; returns it."""
    _BATCH_MEMOS.append(cached.cache_clear)
    return cached


def forget_batch() -> None:
    """Empties the per-text memos once a batch of docs has been read (the next batch holds other
    texts). Why: the extractor pauses the cyclic collector over a batch, and the collection that
    follows walks every container the batch left alive; the memos' frozensets of words, tuples and
    cache links were most of them (collections after 3,000 corpus abstracts: ~12 -> ~2.7 us an
    abstract). Their answers are pure functions of the text: emptied, they are only asked again."""
    for clear in _BATCH_MEMOS:
        clear()


_MISSING: Final = object()


def lower_same_length(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (true unless rare Unicode letters change length);
    kept per text (several components lower the same doc text)."""
    low = _LOWERED.get(text, _MISSING)
    if low is _MISSING:
        low = text.lower()
        low = _LOWERED.keep(text, low if len(low) == len(text) else None)
    return low


_LOWERED: Final = TextMemo()


def lower_keeping_offsets(text: str) -> str:
    """``text`` lower-cased with every offset kept: a letter whose lower case is longer ("İ") stays as it is."""
    return lower_same_length(text) or "".join(c if len(c.lower()) != 1 else c.lower() for c in text)

WORD_RUN: Final = re.compile(r"\w+")
# An ASCII text's runs of word characters, as a split on spaces (about a third cheaper than the regex).
_NON_WORD_TO_SPACE: Final = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")})


def word_runs(low: str, *, cached_only: bool = False) -> frozenset[str] | None:
    """The runs of word characters (``\\w+``) of ``low``, a lower-cased doc text, kept per
    text: the catalogue matcher makes it and the task rules read it again (``cached_only``: ``None``
    unless it is kept, for a reader that has a cheaper way without it)."""
    runs = _RUNS.get(low)
    if runs is not None or cached_only:
        return runs
    return _RUNS.keep(low, frozenset(low.translate(_NON_WORD_TO_SPACE).split() if low.isascii() else WORD_RUN.findall(low)))


_RUNS: Final = TextMemo()


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """:func:`kg.model.normalize_name`, memoised: the same names recur across a corpus."""
    return normalize_name(text)


_HAS_UPPER_INSIDE: Final = re.compile(r"^.+[A-Z]")
_HAS_DIGIT: Final = re.compile(r"\d")
_HAS_ALPHA: Final = re.compile(r"[A-Za-z]")
_HAS_CAPITAL: Final = re.compile(r"[A-Z]")
_ACRONYM: Final = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z0-9][A-Za-z0-9]*(?:[-+.][A-Za-z0-9]+)*\+*s?$")
_DIMENSION: Final = re.compile(r"^\d+(?:\.\d+)?[DdKkMmBbxX]$|^\d-D$|^\d+-?(?:bit|shot|way|layer|stage|step)s?$", re.IGNORECASE)
# "Full-Body", "Large-Scale"; but "Blend-Net" ends in an architecture suffix and is a name.
_TITLE_CASE_COMPOUND: Final = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$(?<!-Net)(?<!-Nets)(?<!-Former)(?<!-Mixer)(?<!-Bot)")
_YEARISH: Final = re.compile(r"^(?:19|20)\d\d[a-z]?$")
# "POMDPs", "LLMs", "IMUs": a plural acronym names a family or a kind of thing, not one name
# (matched whole: ``PLURAL_ACRONYM.fullmatch(name)``).
PLURAL_ACRONYM: Final = re.compile(r"[A-Z]{2,}s")
# A Greek letter (or its LaTeX spelling) leading an acronym: "ε-BAL", "$\\alpha$-MDF", "β-VAE".
GREEK_PREFIX: Final = re.compile(r"^(?:[\u0370-\u03ff]|\$\\[A-Za-z]+\$)-?(?=[A-Z0-9])")
_JOINER: Final = re.compile(r"[-+.]")  # between the parts of a compound acronym ("CTM-Adapter")


def has_digit(text: str) -> bool:
    """Does ``text`` hold a character ``\\d`` matches? An ASCII text by ten ``in`` tests (memchr), at a
    quarter of the regex scan's cost (``\\d`` tests each character's Unicode category). Not kept: for a
    text asked once (a field sliced from the doc text); :func:`holds_digit` keeps the doc text's answer."""
    return any(map(text.__contains__, "0123456789")) if text.isascii() else _HAS_DIGIT.search(text) is not None


def holds_digit(text: str) -> bool:
    """:func:`has_digit`, the answer kept per text (several components ask it of the doc text)."""
    found = _DIGITS.get(text)
    if found is None:
        found = _DIGITS.keep(text, has_digit(text))
    return found


_DIGITS: Final = TextMemo()


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """Mostly capitals, starting with a capital or digit: "GQA", "MHA", "3DMM", "VLMs", "CoT",
    "CTM-Adapter", and after a Greek prefix "ε-BAL"; not "Chain-of-Thought" or "GraphFormer"."""
    if not word[:1].isascii() or word[:1] == "$":
        greek = GREEK_PREFIX.match(word)
        if greek is None:
            return False
        word = word[greek.end() :]
    if not _ACRONYM.match(word):
        return False
    letters = [c for c in word if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    head = _JOINER.split(word, maxsplit=1)[0]
    return caps * 2 >= len(letters) or (sum(c.isupper() for c in head) >= 2 and len(head) <= 5)


def is_title_case_compound(word: str) -> bool:
    """"Perp-Neg", "Full-Body": capitalised parts joined by hyphens (names only in context)."""
    return bool(_TITLE_CASE_COMPOUND.match(word))


@lru_cache(maxsize=65536)
def is_name_like(word: str, *, allow_capitalized: bool = False) -> bool:
    """Does one word look like a name rather than an English word?

    Names have a capital after the first character ("MCNet", "DAWN", "FD2Talk"), mix letters
    and digits ("Portrait3D", "VoxCeleb2"), or join capitalised parts with hyphens
    ("Think-Before-Draw"). A merely capitalised word ("Medusa") counts only with
    ``allow_capitalized`` (used where the context already says a name follows).
    """
    if len(word) < 2 or not _HAS_ALPHA.search(word) or _DIMENSION.match(word):
        return False
    bare = word[:-1] if word.endswith("s") and word[:-1].isupper() else word  # "SOTAs"
    if _YEARISH.match(word) or (bare.lower() in STOP_NAMES and (bare.islower() or bare.istitle() or bare.isupper())):
        return False  # "The", "ALL"; but "DiD" is a name
    if _TITLE_CASE_COMPOUND.match(word):
        return allow_capitalized  # "Full-Body", "Large-Scale": title-case English, a name only in context
    if _HAS_UPPER_INSIDE.match(word) or (_HAS_DIGIT.search(word) and word[0].isalpha() and word[0].isupper()):
        return True
    if _HAS_DIGIT.search(word) and word[0].isdigit() and _HAS_CAPITAL.search(word):
        return True  # "3DPW", "4DGen"
    if allow_capitalized and word[0].isupper() and word[1:].islower() and len(word) >= 3:
        return True
    return False


def walk_list(text: str, start: int, end: int, next_re: re.Pattern, prev_re: re.Pattern, item, tend: int, *,
              steps: int, back: int) -> tuple[list[tuple[int, int]], int]:
    """The siblings of the name at ``start:end`` in a coordinated list, walking right with
    ``next_re`` (matched at the end of the last item) and left with ``prev_re`` (searched in the
    ``back`` characters before the first), each named group ``name``. ``item(s, e)`` says what a
    sibling is: True keep it, False step over it, None end the walk (it may raise to give up).
    Returns the kept spans and where the list starts."""
    chain: list[tuple[int, int]] = []
    for _ in range(steps):  # rightwards along the list
        m = next_re.match(text, end)
        got = item(m.start("name"), m.end("name")) if m else None
        if got is None:
            break
        if got:
            chain.append((m.start("name"), m.end("name")))  # type: ignore[union-attr]
        end = m.end("name")  # type: ignore[union-attr]
    for _ in range(steps):  # and leftwards
        m = prev_re.search(text, max(tend, start - back), start)
        got = item(m.start("name"), m.end("name")) if m else None
        if got is None:
            break
        if got:
            chain.append((m.start("name"), m.end("name")))  # type: ignore[union-attr]
        start = m.start("name")  # type: ignore[union-attr]
    return chain, start

"""A learned score for the title's task span (issue 11, tasks): which word span of a title clause
the annotators would write as the task ("3D Human Generative Modeling", not "Generative Modeling").

Candidates are the word spans of a title's clauses (split at punctuation and spaced dashes), one
to eight words, opening and ending on no link, article or break word. Features read the title and
the abstract only: the span's length and place in its clause, the classes of its first and last
words and of the words around it (task heads, weak heads, setting modifiers, method nouns, links,
gerunds, capitals, hyphens: the curated lists of ``data/words.json`` and ``data/tasks.json``),
whether the abstract repeats the span or its tail, and whether kg's rules picked it. The weights
are a logistic regression trained by ``scripts/train_title_span.py`` (scikit-learn, offline);
inference is a dot product."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence, Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import mul
from typing import Final

from ..model import Role
from .doc import Candidate
from .shapes import SYSTEM_NOUN_FORMS, TASK_HEADS, WEAK_HEADS, is_acronym
from .title_clause import BREAK, FIELDS, name_key, norm_phrase_words, padded_abstract
from .title_words import _ARTICLES, _LINKS, _TASK_END_CLASSES, MAX_WORDS, Span, _words
from .title_words import pick_spans, task_end_spans, title_spans
from .words import DATA_DIR, load, word_set

__all__ = ["MARGIN", "ADD", "SPAN_RULE", "Span", "Candidates", "candidates", "choose", "load_weights", "logistic_weights", "revise_title_tasks", "span_score", "title_picks"]

WEIGHTS: Final = DATA_DIR / "title_span.json"
#: A rule's title task gives way to the best span of its clause scoring this much higher
#: (cross-validated on the read sets: docs/task-model.md).
MARGIN: Final = 0.3
#: A paper whose rules took no title task takes the title's best span scoring at least this.
ADD: Final = 0.5
TITLE_RULE: Final = "tasks:title"
#: The rule of the tasks :func:`revise_title_tasks` makes.
SPAN_RULE: Final = "tasks:title-span"
_SETTING: Final = word_set("tasks", "setting_modifiers")
_KIND: Final = word_set("tasks", "title_kind_adjectives") | word_set("tasks", "name_modifiers")
_METHOD: Final = SYSTEM_NOUN_FORMS | word_set("tasks", "core_method_nouns")
_ADJ_ENDS: Final = ("ed", "ly", "al", "ive", "ic", "ous", "able", "ible")
_ACTION: Final = re.compile(r"(?:tion|sion|sis)$")
_ACTION_OTHER: Final = re.compile(r"(?:tion|sion|ment)s?$")


def _classes(w: str, raw: str) -> tuple[str, ...]:
    """The curated classes of one word (lower case ``w``, as written ``raw``); a title's words are
    read through the memoised :func:`_title_word_classes`."""
    out = []
    if w in _LINKS:
        out.append("link:" + w)
    if w in _ARTICLES:
        out.append("art")
    s = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    if w in TASK_HEADS or s in TASK_HEADS:
        out.append("task_head")
    if w in WEAK_HEADS or s in WEAK_HEADS:
        out.append("weak_head")
    if w in ("problem", "problems", "task", "tasks"):
        out.append("problem")
    if w in _SETTING:
        out.append("setting")
    if w in _KIND:
        out.append("kind")
    if w in _METHOD:
        out.append("method")
    if w in BREAK:
        out.append("break")
    if not out:
        if w.endswith("ing"):
            out.append("gerund")
        elif _ACTION.search(w):
            out.append("action")  # "Hole Detection"; not "Missions", "Predictions", "Environment"
        elif _ACTION_OTHER.search(w):
            out.append("action_other")
        elif w.endswith(_ADJ_ENDS):
            out.append("adj")
        elif w.endswith("s") and not w.endswith("ss"):
            out.append("plural")
        else:
            out.append("noun")
    if is_acronym(raw):
        out.append("acronym")
    elif raw[:1].isupper():
        out.append("cap")
    if "-" in raw:
        out.append("hyphen")
    if any(ch.isdigit() for ch in raw):
        out.append("digit")
    return tuple(out)


def _word_classes(title: str, clauses: list) -> list[list[tuple[str, ...]]]:
    """:func:`_classes` of every word of every clause, read once per title."""
    return [[_title_word_classes(title[a:b]) for a, b, _ in words] for words in clauses]


def span_features(
    title: str, clauses: list, sp: Span, padded: str, picks: dict[str, str], anchors: Sequence[Span] = (),
    classes: list | None = None, seen: dict[str, bool] | None = None,
) -> dict[str, float]:
    """The features of span ``sp``: ``padded`` is the normalised abstract with a space each side,
    ``picks`` the normalised tasks kg's rules took from the title, each with its rule, ``anchors``
    the title spans those picks are, ``classes`` :func:`_word_classes` of the title, ``seen`` what
    this ``padded`` was already found to hold (the spans of a title share words and phrases). A
    flag that is off is left out (its weight times 0 adds nothing)."""
    c, i, j = sp.clause, sp.i, sp.j
    words = clauses[c]
    cls = (classes if classes is not None else _word_classes(title, clauses))[c]
    n = j - i
    ends = j == len(words)
    # (the keys in the order the weights were trained in: span_score sums them in this order)
    f: dict[str, float] = {"bias_len": float(n), _LEN[n] if n < len(_LEN) else f"len={n}": 1.0, _CLAUSE_NO[min(c, 2)]: 1.0}
    if i == 0:
        f["starts_clause"] = 1.0
    if ends:
        f["ends_clause"] = 1.0
        if i == 0:
            f["whole_clause"] = 1.0
    if title.find(":", 0, sp.start) >= 0:
        f["after_colon"] = 1.0
    first, last = cls[i], cls[j - 1]
    f.update(_FIRST.get(first) or _tagged("first:", first))
    f.update(_LAST.get(last) or _tagged("last:", last))
    f[_FIRST_LAST.get((first[0], last[0])) or _first_last(first[0], last[0])] = 1.0
    f[_LEN_END[min(n, 4)][ends]] = 1.0
    before = cls[i - 1] if i else _START
    f.update(_BEFORE.get(before) or _tagged("before:", before))
    after = _END if ends else cls[j]
    f.update(_AFTER.get(after) or _tagged("after:", after))
    for k in range(i + 1, j - 1):
        if words[k][2] in _LINKS:
            f["inner:" + words[k][2]] = 1.0
    key = sp.key
    _abstract_features(f, title, words, sp, ends, padded, {} if seen is None else seen)
    if key in FIELDS:
        f["field"] = 1.0
    if not picks:
        f["no_pick"] = 1.0
    else:
        if key in picks:
            f["pick"] = 1.0
            f["pick:" + picks[key]] = 1.0
        if any(key != p and f" {key} " in f" {p} " for p in picks):
            f["inside_pick"] = 1.0
        if any(key != p and f" {p} " in f" {key} " for p in picks):
            f["holds_pick"] = 1.0
    for q in anchors:
        if q.clause == c and q != sp and i < q.j and q.i < j:
            _shift_features(f, cls, sp, q)
    return f


def _abstract_features(f: dict[str, float], title: str, words: list, sp: Span, ends: bool, padded: str,
                       seen: dict[str, bool]) -> None:
    """The features of :func:`span_features` that read the abstract (``padded``, ``seen``), added to ``f``."""

    def has(phrase: str) -> bool:  # (" phrase " in padded; " word" as the key of a word's start)
        found = seen.get(phrase)
        if found is None:
            found = seen[phrase] = (phrase if phrase[0] == " " else f" {phrase} ") in padded
        return found

    i, j, n = sp.i, sp.j, sp.j - sp.i
    key = sp.key
    kw = key.split()
    # (the abstract writes the span only if it writes each of its words; where it writes the span
    # it writes the span's parts, and where it does not, no longer phrase holding it)
    shares = []
    for w in kw:  # (has(" " + w) written out: the call costs more than the lookup)
        w = " " + w
        found = seen.get(w)
        if found is None:
            found = seen[w] = w in padded
        shares.append(found)
    count = padded.count(f" {key} ") if all(shares) else 0
    seen[key] = count > 0
    f[_ABS[min(count, 2)]] = 1.0
    if len(kw) >= 3 and (count or has(" ".join(kw[-2:]))):
        f["abs_tail2"] = 1.0
    if len(kw) >= 2:
        if count or has(" ".join(kw[1:])):
            f["abs_drop_first"] = 1.0
        if count or has(" ".join(kw[:-1])):
            f["abs_drop_last"] = 1.0
    if count and i and has(f"{norm_phrase_words(title[words[i - 1][0] : words[i - 1][1]])} {key}"):
        f["abs_one_more_left"] = 1.0
    if count and not ends and has(f"{key} {norm_phrase_words(title[words[j][0] : words[j][1]])}"):
        f["abs_one_more_right"] = 1.0
    f["abs_word_share"] = sum(shares) / n


_START, _END = ("<start>",), ("<end>",)
# (feature names made once, not per span)
_LEN: Final = tuple(f"len={n}" for n in range(MAX_WORDS + 1))
_CLAUSE_NO: Final = ("clause=0", "clause=1", "clause=2")
_LEN_END: Final = tuple((f"len_end:{n}/0", f"len_end:{n}/1") for n in range(5))
_ABS: Final = ("abs=0", "abs=1", "abs=2")
_TAGGED: dict[str, dict[tuple[str, ...], dict[str, float]]] = {}
# (the four word-class tables span_features reads directly: a dict lookup, no call, once made)
_FIRST, _LAST, _BEFORE, _AFTER = (_TAGGED.setdefault(p, {}) for p in ("first:", "last:", "before:", "after:"))
_FIRST_LAST: dict[tuple[str, str], str] = {}


def _first_last(first: str, last: str) -> str:
    """The feature name of a span's first and last words' first classes, made once per pair."""
    name = _FIRST_LAST[first, last] = f"first_last:{first}/{last}"
    return name


def _tagged(prefix: str, tags: tuple[str, ...]) -> dict[str, float]:
    """{prefix + tag: 1.0} for each of a word's classes, made once for each (a few hundred)."""
    made = _TAGGED.setdefault(prefix, {})
    out = made.get(tags)
    if out is None:
        out = made[tags] = {prefix + tag: 1.0 for tag in tags}
    return out


def _shift_features(f: dict[str, float], cls: list, sp: Span, q: Span) -> None:
    """How span ``sp`` moves the boundaries of the rules' pick ``q`` (overlapping, same clause), and
    the classes of the words it adds or drops there: the boundary choice as a combination of cues."""
    for side, delta, k in (("left", q.i - sp.i, min(sp.i, q.i)), ("right", sp.j - q.j, min(sp.j, q.j))):
        if delta == 0:
            continue
        kind = ("grow_" if delta > 0 else "cut_") + side
        f[f"{kind}={min(abs(delta), 3)}"] = 1.0
        kind += ":"
        for w in range(k, k + abs(delta)):  # the words between the two boundaries on that side
            f.update(_tagged(kind, cls[w]))


def logistic_weights(data: dict) -> tuple[float, dict[str, float]]:
    """(intercept, feature -> weight) of a logistic regression's shipped data (``load("title_span")``,
    the file ``scripts/dev_sets.py``'s ``write_weights`` wrote: {"intercept": ..., "weights": {...}})."""
    return float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()}


@lru_cache(maxsize=1)
def load_weights() -> tuple[float, dict[str, float]]:
    """(intercept, feature -> weight) of ``data/title_span.json`` (:data:`WEIGHTS`), read once."""
    return logistic_weights(load("title_span"))


def span_score(features: dict[str, float], weights: tuple[float, dict[str, float]] | None = None) -> float:
    """The model's probability that the span is a gold task."""
    b, w = weights if weights is not None else load_weights()
    z = b + sum(map(mul, map(w.get, features, repeat(0.0)), features.values()))
    return 1.0 / (1.0 + math.exp(-z))


def _offtitle_features(key: str, padded: str, rule: str) -> dict[str, float]:
    """A rule pick in the abstract's wording, in no title clause: its words and repetition only."""
    kw = key.split()
    f = {"pick": 1.0, "pick:" + rule: 1.0, "offtitle": 1.0, f"len={min(len(kw), 8)}": 1.0, "bias_len": float(len(kw))}
    f[f"abs={min(padded.count(f' {key} '), 2)}"] = 1.0
    for tag in _classes(kw[0], kw[0]):
        f["first:" + tag] = 1.0
    for tag in _classes(kw[-1], kw[-1]):
        f["last:" + tag] = 1.0
    return f


def _clause_of_word(clauses: list, word: str) -> int:
    """The clause holding a word that starts like ``word`` (an off-title pick's head), else -1."""
    stem = word[:5]
    for c, words in enumerate(clauses):
        if any(w[2].replace("-", " ").split()[-1][:5] == stem for w in words if w[2].strip("-")):
            return c
    return -1


@dataclass
class Candidates:
    """One title's candidates: title spans first (``n_spans`` of them), then off-title picks;
    ``spans[i]`` is None for an off-title pick."""

    keys: list[str]
    feats: list[dict[str, float]]
    clause: list[int]
    spans: list[Span | None]
    picks: dict[str, str]
    n_spans: int


def candidates(
    title: str, abstract: str, picks: dict[str, str], needed_only: bool = False, picks_only: bool = False,
    padded: str | None = None,
) -> Candidates:
    """The candidates of a title, given the normalised tasks the rules took from it (key -> rule);
    ``needed_only``: only the spans :func:`choose` may take (in a pick's clause, or anywhere when
    there is no pick, and ending on a task word) and the picks themselves; ``picks_only``: the picks.
    ``padded``: the normalised abstract with a space each side, when the caller has it."""
    padded = f" {norm_phrase_words(abstract)} " if padded is None else padded
    ws = _words(title)
    word_classes = _ClassReader(title, ws.clauses)
    if needed_only or picks_only:
        spans = pick_spans(title, picks)
        if not picks_only:
            clause_ok = _pick_clauses(title, ws.clauses, picks) if picks else set(range(len(ws.clauses)))
            spans = task_end_spans(title, ws, spans, clause_ok, word_classes)
    else:
        spans = title_spans(title)[1]
    return _candidates(title, ws.clauses, spans, padded, picks, word_classes)


@lru_cache(maxsize=65536)
def _title_word_classes(raw: str) -> tuple[str, ...]:
    """:func:`_classes` of a title word as written (its lower case is the clause's word); memoised:
    title words recur across a corpus."""
    return _classes(raw.lower(), raw)


class _ClassReader:
    """Called with a clause's index (and a range of its words), gives its words' classes, each
    word read when first needed; ``classes`` holds them (None for a word not read). (An object,
    not a closure with an attribute: a compiled closure takes no attributes.)"""

    def __init__(self, title: str, clauses: list) -> None:
        self.title, self.clauses = title, clauses
        self.classes: list = [None] * len(clauses)

    def __call__(self, c: int, lo: int = 0, hi: int | None = None) -> list:
        cls = self.classes[c]
        if cls is None:
            cls = self.classes[c] = [None] * len(self.clauses[c])
        words, title = self.clauses[c], self.title
        for k in range(lo, len(words) if hi is None else hi):
            if cls[k] is None:
                cls[k] = _title_word_classes(title[words[k][0] : words[k][1]])
        return cls


def _candidates(title: str, clauses: list, spans: list[Span], padded: str, picks: dict[str, str], word_classes,
                known: dict | None = None, seen: dict | None = None) -> Candidates:
    """The candidates of ``spans`` and the off-title picks (:func:`_features`)."""
    feats = _features(title, clauses, spans, padded, picks, word_classes, known, seen)
    keys = [sp.key for sp in spans]
    clause = [sp.clause for sp in spans]
    out = Candidates(keys, feats[: len(spans)], clause, list(spans), picks, len(spans))
    offtitle = iter(feats[len(spans) :])
    for p in picks:
        if p not in keys:
            keys.append(p)
            out.feats.append(next(offtitle))
            clause.append(_clause_of_word(clauses, p.split()[-1]))
            out.spans.append(None)
    return out


def _features(title: str, clauses: list, spans: list[Span], padded: str, picks: dict[str, str], word_classes,
              known: dict | None = None, seen: dict | None = None) -> list[dict[str, float]]:
    """The features of ``spans``, then of the picks no span is (off the title); ``known``: features
    already made for some of the spans with the same anchors, ``seen`` as :func:`span_features`."""
    reach: dict[int, tuple[int, int]] = {}  # (the words a clause's spans and their neighbours cover)
    for sp in spans:
        lo, hi = reach.get(sp.clause, (sp.i, sp.j))
        reach[sp.clause] = (min(lo, sp.i), max(hi, sp.j))
    for c, (lo, hi) in reach.items():
        word_classes(c, max(lo - 1, 0), min(hi + 1, len(clauses[c])))
    classes = word_classes.classes
    anchors = [sp for sp in spans if sp.key in picks]
    seen = {} if seen is None else seen
    known = known if known and anchors == list(known) else {}
    feats = [known.get(sp) or span_features(title, clauses, sp, padded, picks, anchors, classes, seen) for sp in spans]
    if picks:
        keys = {sp.key for sp in spans}
        feats += [_offtitle_features(p, padded, rule) for p, rule in picks.items() if p not in keys]
    return feats


#: The last-word features of the spans :func:`choose` may take: most gold title tasks that end
#: otherwise are a device or a setting the model cannot tell from a task ("... for Industrial Robots").
TASK_ENDS: Final = tuple("last:" + c for c in sorted(_TASK_END_CLASSES))


def _task_end(f: dict[str, float]) -> bool:
    return not f.keys().isdisjoint(TASK_ENDS)  # (a set test in C: asked of every candidate)


def _pick_clauses(title: str, clauses: list, picks: dict[str, str]) -> set[int]:
    """The clauses the picks stand in: where the title writes one, else where its head is."""
    texts = [f" {norm_phrase_words(title[words[0][0] : words[-1][1]])} " for words in clauses]
    out = set()
    for p in picks:
        at = [c for c, t in enumerate(texts) if f" {p} " in t]
        out.update(at or [_clause_of_word(clauses, p.split()[-1])])
    return out


def _overlaps(a: str, b: str) -> bool:
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def choose(cands: Candidates, probs: list[float], tasks: list[str], margin: float = MARGIN, add: float = ADD,
           limit: int = 3) -> list[tuple[int | None, int]]:
    """The changes to the paper's normalised ``tasks``: (slot, candidate) pairs, slot None = added.
    A pick gives way to the best span of its clause scoring ``margin`` higher; a paper without a
    title pick takes the best span scoring at least ``add``. No change makes two tasks overlap."""
    out: list[tuple[int | None, int]] = []
    keys, n = cands.keys, cands.n_spans
    for p in cands.picks:
        pi = keys.index(p)
        same = [i for i in range(n) if cands.clause[i] == cands.clause[pi] >= 0 and _task_end(cands.feats[i])]
        if not same:
            continue
        best = max(same, key=lambda i: probs[i])
        slot = tasks.index(p) if p in tasks else None
        if keys[best] == p or probs[best] <= probs[pi] + margin or slot is None:
            continue
        if not any(_overlaps(keys[best], t) for k, t in enumerate(tasks) if k != slot):
            tasks[slot] = keys[best]
            out.append((slot, best))
    ends = [i for i in range(n) if _task_end(cands.feats[i])]
    if not cands.picks and ends and len(tasks) < limit:
        best = max(ends, key=lambda i: probs[i])
        if probs[best] >= add and not any(_overlaps(keys[best], t) for t in tasks):
            out.append((None, best))
    return out


def title_picks(tasks: Iterable[tuple[str, str, bool]]) -> dict[str, str]:
    """The normalised tasks the rules took from the title, each with its rule; ``tasks`` gives each
    chosen task's normalised words, rule and whether it stands in the title (a task of no words,
    "-", is none)."""
    out: dict[str, str] = {}
    for k, rule, in_title in tasks:
        if k and (rule.startswith(TITLE_RULE) or in_title) and k not in out:
            out[k] = rule
    return out


def revise_title_tasks(text: str, title_end: int, tasks: list[Candidate], names: AbstractSet[str] = frozenset()) -> list[Candidate]:
    """The resolver's chosen task candidates with the title's span chosen by the model (see
    :func:`choose`); ``text`` is the title, a blank line and the abstract; a span whose
    :func:`kg.extract.title_clause.name_key` is one of ``names`` (other roles' names, the same key) is not chosen."""
    keys = [norm_phrase_words(text[c.start : c.end]) for c in tasks]
    picks = title_picks((k, c.rule, c.start < title_end) for c, k in zip(tasks, keys))
    weights = load_weights()
    title, padded = text[:title_end], padded_abstract(text, title_end)  # (as the task rules made it)
    ws = _words(title)
    word_classes = _ClassReader(title, ws.clauses)
    spans = pick_spans(title, picks)
    known, seen = None, {}  # type: dict | None, dict[str, bool]
    if picks:
        # A pick scoring 1 - MARGIN or more can give way to no span: most papers end here.
        feats = _features(title, ws.clauses, spans, padded, picks, word_classes, seen=seen)
        if all(span_score(f, weights) >= 1 - MARGIN for f in feats):
            return tasks
        known = dict(zip(spans, feats))  # (the same anchors below: the pick spans)
    clause_ok = _pick_clauses(title, ws.clauses, picks) if picks else set(range(len(ws.clauses)))
    needed = task_end_spans(title, ws, spans, clause_ok, word_classes)
    if not needed:
        return tasks
    cands = _candidates(title, ws.clauses, needed, padded, picks, word_classes, known, seen)
    probs = [span_score(f, weights) if name_key(k) not in names else 0.0 for f, k in zip(cands.feats, cands.keys)]
    out = list(tasks)
    for slot, i in choose(cands, probs, keys, limit=3):
        sp = cands.spans[i]
        c = Candidate(Role.TASK, sp.start, sp.end, SPAN_RULE, 0.6)  # type: ignore[union-attr]
        if slot is None:
            out.append(c)
        else:
            out[slot] = c
    return out

"""A learned score for a paper's further tasks (issue 11, tasks): which of the task phrases the
rules did not take the annotators would list too.

Candidates, per paper: the task candidates the resolver did not choose (catalogue fillers and rule
tasks past the cap) and the phrases :func:`kg.extract.tasks.find_tasks` left in its pool (phrases it
refused, the abstract's task phrases by frame: "the task of X" and "we study the X problem", focal,
plain; the title's task phrases), one per normalised phrase, none a chosen task (a phrase inside or
holding one is a candidate: "domain generalization" beside "imbalanced domain generalization"), none
naming what another role holds or named as a field where something matters (the resolver's
:func:`kg.extract.task_cues.application_context`). Features read the text only: the frames and rules that offered the
phrase, its length, the curated classes of its first and last words (:func:`kg.extract.title_span._classes`),
how often and how early the abstract writes it, the words around its first mention, whether the
title writes it, whether it is listed beside a chosen task, shares a word or head with one, lies
inside one or holds one, and how many tasks the paper has. The weights are a logistic regression trained by
``scripts/train_task_more.py`` (scikit-learn, offline); inference is a dot product.
:func:`more_tasks` adds the best candidates scoring at least :data:`THRESHOLD`, up to three tasks."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

import re
from functools import lru_cache

from ..model import Role
from .doc import Candidate
from .task_cues import application_context
from .task_select import beside_chosen
from .tasks import MAX_TASKS as _LIMIT
from .title_clause import name_key, norm_phrase_words, padded_abstract
from .title_span import _title_word_classes, logistic_weights, span_score
from .words import DATA_DIR, load

__all__ = ["THRESHOLD", "RULE", "WEIGHTS", "context_features", "overlaps", "pool_candidates", "more_tasks", "load_weights"]

#: A candidate scoring this much is added (cross-validated on the read sets: scripts/train_task_more.py).
THRESHOLD: Final = 0.4
RULE: Final = "tasks:scored"
#: The shipped weights (read by :func:`load_weights`).
WEIGHTS: Final = DATA_DIR / "task_more.json"
#: The frames whose candidates may be added (None: every frame). ``("catalogue",)`` adds catalogue
#: tasks only: cross-validated precision .53 against .45 for every frame, but fewer hits (CV F1 .5951
#: against .5973) and check sets +.002 against +.008 (docs/task-model.md).
CLASSES: tuple[str, ...] | None = None
#: Whether a phrase inside a chosen task or holding one is a candidate ("domain generalization"
#: beside "imbalanced domain generalization"): the features ``inside_task`` / ``holds_task`` tell them apart.
NESTED: Final = True
_BEFORE: Final = {"for", "of", "on", "in", "to", "address", "addresses", "tackle", "tackles", "study", "studies",
           "as", "including", "the", "and", "or", "improve", "improves", "solve", "solving", "like", "with"}
_AFTER: Final = {"task", "tasks", "problem", "problems", "is", "are", "remains", "and", "or", "benchmark",
          "benchmarks", "methods", "models", "datasets", "performance", "systems"}
# The last word of a window, read from the window reversed: "(\w+)\W*\Z" searched forward is tried
# at every character of the window, and backtracks through each word.
_WORD_BEFORE_REVERSED: Final = re.compile(r"\W*(\w+)")
_WORD_AFTER: Final = re.compile(r"\W*?(\(|\w+)")
# Words of quantity or degree that open a phrase the grammar took whole ("multiple video classification").
_VAGUE: Final = {"multiple", "various", "several", "many", "largest", "large", "different", "other", "existing", "standard",
          "common", "popular", "typical", "general", "conventional", "traditional", "downstream", "two-class", "specific"}
# ("\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|article))\b" led by its first letters, which the engine
# skips to in C: a pattern led by "\b" is tried at every character of the sentence)
_OWN: Final = re.compile(r"[WwOoTt](?<!\w[WwOoTt])(?:(?<=[Ww])e|(?<=[Oo])ur|(?<=[Tt])his (?:paper|work|article))\b")


@lru_cache(maxsize=1)
def load_weights() -> tuple[float, dict[str, float]]:
    """(intercept, feature -> weight) of ``data/task_more.json``, read once."""
    return logistic_weights(load("task_more"))


def _key(text: str, c: Candidate) -> str:
    return norm_phrase_words(text[c.start : c.end])


def _singular(k: str) -> str:
    """``k`` with its last word in the singular ("task allocations" -> "task allocation", "action
    predictions" -> "action prediction"): a chosen task's plural is the same task, not a second one."""
    head, _, last = k.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}" if head else last


def overlaps(a: str, b: str) -> bool:
    """Does one normalised phrase hold the other ("boat detection" in "boat detections", "convex
    optimization" in "nonconvex optimization", "linear bandit" in "bilinear bandits")? A single
    word strictly inside another word does not: "nli" is no part of "online learning", "ner" none
    of "text generation"."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    i = long_.find(short)
    if i < 0 or " " in short:
        return i >= 0
    while i >= 0:
        if not (i > 0 and long_[i - 1].isalnum() and i + len(short) < len(long_) and long_[i + len(short)].isalnum()):
            return True
        i = long_.find(short, i + 1)
    return False


def pool_candidates(
    text: str, tend: int, tasks: list[Candidate], pool: list[Candidate], names: AbstractSet[str] = frozenset(),
    classes: tuple[str, ...] | None = CLASSES,
) -> tuple[list[Candidate], list[dict[str, float]]]:
    """The pool's candidates (one per normalised phrase, the first offered) offered by a frame of
    ``classes`` (None: any) and their features; ``tasks``: the chosen tasks; ``names``: the names
    other roles hold, as :func:`kg.extract.title_clause.name_key` makes them."""
    chosen = [_key(text, c) for c in tasks]
    frames: dict[str, set[str]] = {}
    first: dict[str, Candidate] = {}
    for c in pool:
        k = _key(text, c)
        if not k or k in chosen or name_key(k) in names:
            continue
        if not NESTED and any(overlaps(k, o) for o in chosen):
            continue
        fr = c.rule.removeprefix("pool:")
        frames.setdefault(k, set()).add("catalogue" if fr.startswith("catalogue") else fr)
        if k not in first or (first[k].start < tend <= c.start):
            first[k] = c  # (the abstract's first mention, when there is one)
    if classes is not None:
        first = {k: c for k, c in first.items() if not frames[k].isdisjoint(classes)}
    # A phrase the abstract names as a field where something matters ("common in autonomous driving")
    # is context: the resolver's rule for catalogue fillers (task_cues.application_context) holds here too.
    first = {k: c for k, c in first.items() if c.start < tend or not application_context(text, c.start, c.end)}
    if not first:
        return [], []
    abstract = padded_abstract(text, tend)  # (memoised: the task rules made it for this text)
    title = f" {norm_phrase_words(text[:tend])} "
    heads = {o.split()[-1] for o in chosen if o}
    words = {w for o in chosen for w in o.split()}
    size = max(len(text) - tend, 1)
    out, feats = [], []
    for k, c in first.items():
        f = _features(text, tend, k, c, frames[k], abstract, title, heads, words, size, tasks, chosen)
        out.append(c)
        feats.append(f)
    return out, feats


def _features(text: str, tend: int, k: str, c: Candidate, frames: set[str], abstract: str, title: str,
              heads: set[str], words: set[str], size: int, tasks: list[Candidate], chosen: list[str]) -> dict[str, float]:
    kw = k.split()
    f: dict[str, float] = {f"n_tasks={len(tasks)}": 1.0, f"len={min(len(kw), 5)}": 1.0}
    for fr in frames:
        f["frame:" + fr] = 1.0
    f.update({"first:" + t: 1.0 for t in _title_word_classes(kw[0])})
    f.update({"last:" + t: 1.0 for t in _title_word_classes(text[c.end - len(kw[-1]) : c.end] or kw[-1])})
    f["head:" + kw[-1]] = 1.0
    n = abstract.count(f" {k} ")
    f[f"abs={min(n, 3)}"] = 1.0
    if f" {k} " in title:
        f["in_title"] = 1.0
    if c.start >= tend:
        f.update(context_features(text, tend, c, size))
        if "after:(" in f and "own_sentence" in f:
            f["own_acronym"] = 1.0  # "we develop the sequential clique optimization (SCO) technique"
    shares = sum(w in words for w in kw)
    if shares == len(kw):
        f["inside_task_words"] = 1.0  # "3d pose estimation" beside "3d human pose estimation"
    if kw[0] in _VAGUE:
        f["first:vague"] = 1.0  # "multiple video classification", "largest pedestrian detection"
    if kw[-1] in heads:
        f["same_head"] = 1.0
        if shares > 1:
            f["variant"] = 1.0  # "real-time generation" beside "real-time video generation"
    if shares:
        f["shares_word"] = 1.0
    for o in chosen:
        if k in o:
            f["inside_task"] = 1.0
        elif o in k:
            f["holds_task"] = 1.0
    in_title = sum(f" {w} " in title for w in kw)
    f["title_words=" + ("all" if in_title == len(kw) else "some" if in_title else "none")] = 1.0
    if beside_chosen(text, c, tasks):
        f["beside_task"] = 1.0
    return f


def context_features(text: str, tend: int, c: Candidate, size: int) -> dict[str, float]:
    """Where in the abstract (of ``size`` characters) a phrase is taken from and the words around it
    ("we address the X problem": ``at=0``, ``before:address``, ``own_sentence``, ``after:problem``);
    read by this model and by :mod:`kg.extract.task_reject`."""
    f = {f"at={min(4 * (c.start - tend) // size, 3)}": 1.0}
    m = _WORD_BEFORE_REVERSED.match(text[max(tend, c.start - 30) : c.start][::-1])
    w = m.group(1)[::-1].lower() if m else "<start>"
    f["before:" + (w if w in _BEFORE else "other")] = 1.0
    lo, hi = text.rfind(". ", tend, c.start), text.find(". ", c.end)
    if _OWN.search(text, max(lo, tend), hi if hi >= 0 else len(text)):
        f["own_sentence"] = 1.0  # "we propose ... for X", "our method ..."
    m = _WORD_AFTER.match(text, c.end)
    w = m.group(1).lower() if m else "<end>"
    f["after:" + (w if w in _AFTER or w == "(" else "other")] = 1.0
    return f


def more_tasks(
    text: str, tend: int, tasks: list[Candidate], pool: list[Candidate], names: AbstractSet[str] = frozenset(),
    threshold: float = THRESHOLD,
) -> list[Candidate]:
    """``tasks`` with the pool's candidates scoring at least ``threshold`` added, best first, up to
    three tasks; a candidate overlapping one added before, or a chosen task with its last word in
    the other number ("task allocations" beside "Task Allocation"), is skipped."""
    if len(tasks) >= _LIMIT or not pool:
        return tasks
    cands, feats = pool_candidates(text, tend, tasks, pool, names)
    if not cands:
        return tasks
    weights = load_weights()
    ranked = sorted(((span_score(f, weights), -c.start, i) for i, (c, f) in enumerate(zip(cands, feats))), reverse=True)
    out, keys = list(tasks), []  # type: ignore[var-annotated]
    chosen = {_singular(_key(text, c)) for c in tasks}
    for p, _, i in ranked:
        if p < threshold or len(out) >= _LIMIT:
            break
        k = _key(text, cands[i])
        if any(overlaps(k, o) for o in keys) or _singular(k) in chosen:
            continue
        keys.append(k)
        out.append(Candidate(Role.TASK, cands[i].start, cands[i].end, RULE, 0.55))
    return out

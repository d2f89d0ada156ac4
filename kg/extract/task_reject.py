"""A learned veto over the tasks kg chose (issue 11, tasks): which chosen tasks no annotator would
list ("this problem setting", "the classification of images" beside the paper's real task).

About two thirds of kg's false tasks overlap no gold task at all, so no boundary rule reaches them.
Each chosen task is scored by a logistic regression over what chose it and how the text writes it:
the rule that took it (title rule, abstract cue, catalogue filler, the scored adder), whether it is
in the title and how often the abstract writes it, where it first appears, its length, the curated
classes of its first and last words, its head noun, the words around its first abstract mention,
its other words, its rank among the paper's tasks, how many tasks the paper has, and how many corpus
papers name it as what they address (:func:`df_bands`). A task scoring below
:data:`THRESHOLD` is dropped (a paper keeps at least its best task). The weights are trained by
``scripts/train_task_reject.py`` (numpy, offline; read and opened sets only) and shipped as
``data/task_reject.json``; inference is a dot product."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from .doc import Candidate
from .task_more import _VAGUE, context_features
from .title_clause import norm_phrase_words, padded_abstract
from .title_span import _title_word_classes, logistic_weights, span_score
from .words import DATA_DIR, load

__all__ = ["THRESHOLD", "WEIGHTS", "df_bands", "features", "load_weights", "reject_tasks"]

#: A chosen task scoring below this is dropped (leave-one-set-out CV: scripts/train_task_reject.py).
THRESHOLD: Final = 0.2
WEIGHTS: Final = DATA_DIR / "task_reject.json"


@lru_cache(maxsize=1)
def load_weights() -> tuple[float, dict[str, float]]:
    """(intercept, feature -> weight) of ``data/task_reject.json``, read once."""
    return logistic_weights(load("task_reject"))


@lru_cache(maxsize=1)
def _df_table() -> dict[str, tuple[int, int]]:
    """phrase -> (corpus papers that address it, papers that write it): ``data/task_df.json``, made by
    ``scripts/task_corpus_df.py`` from the corpus less every gold paper."""
    return {str(k): (int(v[0]), int(v[1])) for k, v in load("task_df")["df"].items()}


def df_bands(k: str) -> tuple[str, ...]:
    """How many corpus papers name the phrase ``k`` as what they address, and what share of the papers
    writing it do, in bands: "image captioning" (84 of 205) -> ("30", "r<.5"); "neural networks" (450
    of 5,264) -> ("100", "r<.1"); a phrase under 3 papers -> ("0",)."""
    n, a = _df_table().get(" ".join(k.replace("'", " ").split()), (0, 0))
    if n < 3:
        return ("0",)
    r = n / max(a, n)
    return ("3" if n < 10 else "10" if n < 30 else "30" if n < 100 else "100",
            "r<.1" if r < 0.1 else "r<.25" if r < 0.25 else "r<.5" if r < 0.5 else "r>.5")


def _source(rule: str) -> str:
    """The kind of rule that chose a task: "catalogue", "scored" (the adder), "title" or "abstract"."""
    if rule.startswith("catalogue"):
        return "catalogue"
    if rule.endswith(":scored"):
        return "scored"
    return "title" if "title" in rule else "abstract"


def features(text: str, tend: int, tasks: list[Candidate]) -> list[dict[str, float]]:
    """The features of each chosen task, in order ("image captioning" taken by a title rule, written
    twice in the abstract: ``src:title``, ``in_title``, ``abs=2``, ``head:captioning``, ...)."""
    abstract = padded_abstract(text, tend)
    title = f" {norm_phrase_words(text[:tend])} "
    keys = [norm_phrase_words(t.canonical or text[t.start : t.end]) for t in tasks]
    size = max(len(text) - tend, 1)
    out = []
    for i, (c, k) in enumerate(zip(tasks, keys)):
        f: dict[str, float] = dict.fromkeys(_key_features(k), 1.0)
        f.update({"rule:" + c.rule: 1.0, f"rank={i}": 1.0, f"n_tasks={len(tasks)}": 1.0})
        source = _source(c.rule)
        f["src:" + source] = 1.0
        f[f"abs={min(abstract.count(f' {k} '), 3)}"] = 1.0
        in_title = f" {k} " in title
        f["src_title:" + source + ("+t" if in_title else "-t")] = 1.0
        f["in_title" if in_title else "not_in_title"] = 1.0
        if any(o != k and (k in o or o in k) for o in keys):
            f["nested"] = 1.0  # "pose estimation" beside "3d pose estimation"
        if c.start >= tend:
            f.update(context_features(text, tend, c, size))
        else:
            f["field:title"] = 1.0
        out.append(f)
    return out


@lru_cache(maxsize=16384)
def _key_features(k: str) -> tuple[str, ...]:
    """The features of a task that its words alone decide, memoised (a phrase recurs across papers):
    its length, head, other words, the classes of its first and last words and its corpus bands
    ("image captioning": ``len=2``, ``head:captioning``, ``word:image``, ``df=30``, ...)."""
    kw = k.split() or [""]
    out = [f"len={min(len(kw), 5)}", "head:" + kw[-1]]
    out += ["first:" + t for t in _title_word_classes(kw[0])]
    out += ["last:" + t for t in _title_word_classes(kw[-1])]
    out += ["df=" + b for b in df_bands(k)]
    out += ["word:" + w for w in kw[:-1]]  # ("useful navigation", "common manipulation")
    if kw[0] in _VAGUE:
        out.append("first:vague")
    return tuple(out)


def reject_tasks(text: str, tend: int, tasks: list[Candidate], threshold: float | None = None) -> list[Candidate]:
    """``tasks`` less those scoring below ``threshold`` (default :data:`THRESHOLD`); the best-scoring
    task stays, so a paper with tasks keeps one."""
    threshold = THRESHOLD if threshold is None else threshold
    if not tasks or threshold <= 0.0:
        return tasks
    weights = load_weights()
    scores = [span_score(f, weights) for f in features(text, tend, tasks)]
    best = max(range(len(tasks)), key=scores.__getitem__)
    return [t for i, (t, p) in enumerate(zip(tasks, scores)) if p >= threshold or i == best]

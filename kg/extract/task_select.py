"""Which of the task candidates a paper keeps before the trained models revise them: :func:`select_tasks`.

At most :data:`kg.extract.tasks.MAX_TASKS`: the task component's picks first ("tasks:title",
"tasks:abstract"), then catalogue tasks as fillers -- at most two, unless one is coordinated with a
chosen task ("X and Y") or the text lists it as a task; a filler the abstract names once, late, is
context ("an important role in autonomous driving"). Split from :mod:`kg.extract.resolve`, which
calls it first among its task steps."""

from __future__ import annotations

import re
from typing import Final

from .doc import Candidate
from .shapes import norm
from .task_cues import application_context, in_task_list
from .tasks import MAX_TASKS

__all__ = ["beside_chosen", "select_tasks"]

_SENTENCE_END: Final = re.compile(r"[.!?](?=\s+[A-Z])")
# A list the text calls tasks and an action noun a method is for rank with the abstract's own task
# phrases: the late-and-once gate of the fillers is for catalogue tasks named in passing.
_TASK_RULE_RANK: Final = {"tasks:title": 0, "tasks:title-in-setting": 0, "tasks:abstract": 1.5, "tasks:task-list": 1.5,
                   "tasks:purpose": 1.5}


def select_tasks(text: str, tasks: list[Candidate], limit: int = MAX_TASKS) -> list[Candidate]:
    """At most ``limit`` tasks: the task component's picks first, then catalogue tasks (at most
    two fillers, unless one is coordinated with a chosen task); a phrase contained in one already
    chosen adds nothing."""
    title_end = text.find("\n\n") if "\n\n" in text else len(text)

    def rank(c: Candidate) -> float:
        if c.rule in _TASK_RULE_RANK:
            return _TASK_RULE_RANK[c.rule]
        return 1 if c.start < title_end else 2  # a catalogue task: in the title, or a filler

    if not tasks:
        return []
    tasks = _catalogue_spans(tasks)
    # (rank, key, candidate) of each task, each worked out once
    ranked = sorted([(rank(c), norm(text[c.start : c.end]).replace("-", " "), c) for c in tasks],
                    key=lambda x: (x[0], -x[2].confidence, x[2].start))
    lead_end = -1  # where the abstract's first two sentences end: found when a filler asks
    seen: dict[str, int] = {}
    for _, k, _ in ranked:
        seen[k] = seen.get(k, 0) + 1
    out: list[Candidate] = []
    keys: list[str] = []
    for r, k, c in ranked:
        if any((k in o or o in k) and not _setting_pair(c, d) for o, d in zip(keys, out)):
            continue
        # A filler listed beside a chosen task ("X and Y") has the evidence of the list: it may be
        # the third task, whether or not the abstract repeats it early.
        coordinated = r == 2 and beside_chosen(text, c, out)
        if r == 2 and not coordinated and c.rule.startswith("catalogue") and application_context(text, c.start, c.end):
            continue  # "an important role in autonomous driving": the field, not the paper's task
        # A filler the text lists as a task ("ranking, recommendation and annotation tasks") has
        # the evidence of that list.
        coordinated = coordinated or (r == 2 and c.rule.startswith("catalogue") and in_task_list(text, c.start, c.end))
        if r == 2 and seen[k] < 2 and not coordinated:
            if lead_end < 0:
                lead_end = _lead_end(text, title_end)
            # A catalogue task the abstract names once, late, is most often context, not its aim ...
            # but a phrase the text itself calls a task ("assessed on an active object localization
            # task") is the paper's task when nothing else is.
            if c.start >= lead_end and (out or not c.rule.startswith("tasks:")):
                continue
        if len(out) >= limit:
            break
        if r == 2 and len(out) >= 2 and not coordinated:
            continue
        out.append(c)
        keys.append(k)
    return out


def _catalogue_spans(tasks: list[Candidate]) -> list[Candidate]:
    """``tasks`` with each rule's task that lies inside a catalogue task written around it taking
    the catalogue's span: "named entity recognition" over the phrase grammar's "entity recognition"
    (the participle ends its phrase), "joint entity and relation extraction" over "entity and
    relation extraction". The catalogue holds the well-known name; the rule keeps its rank."""
    cat = [d for d in tasks if d.rule.startswith("catalogue")]
    if not cat:
        return tasks
    out = []
    for c in tasks:
        d = None if c.rule.startswith("catalogue") else next(
            (d for d in cat if d.start <= c.start and c.end <= d.end and d.end - d.start > c.end - c.start), None)
        out.append(c if d is None else c._replace(start=d.start, end=d.end))
    return out


def _setting_pair(a: Candidate, b: Candidate) -> bool:
    """A title's task in a setting and the bare task the abstract words it as: both stay."""
    return {a.rule, b.rule} == {"tasks:title", "tasks:title-in-setting"}


_COORD_GAP: Final = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)\Z")


def beside_chosen(text: str, c: Candidate, chosen: list[Candidate]) -> bool:
    """Is ``c`` listed beside a chosen task ("X and Y", "X, Y")? (Also a feature of
    :mod:`kg.extract.task_more`'s candidates.)"""
    for o in chosen:
        a, b = (o, c) if o.end <= c.start else (c, o)
        if 0 <= b.start - a.end <= 8 and _COORD_GAP.match(text[a.end : b.start]):
            return True
    return False


def _lead_end(text: str, title_end: int) -> int:
    """Where the abstract's first two sentences end: where it says what it is about."""
    return next((m.end() for i, m in enumerate(_SENTENCE_END.finditer(text, title_end + 2)) if i == 1), len(text))

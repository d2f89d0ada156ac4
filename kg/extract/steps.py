"""Running a component's papers step by step over a batch: :func:`run_steps`.

A component written as a generator per paper pauses (``yield``) between its steps; the driver runs
each step over every paper of the batch before the next step, so one step's code and data (a
trained model's weights, its patterns) stay in the processor's caches while it reads the batch.
The papers' steps read nothing of each other, so the results are those of running each alone."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

__all__ = ["BatchComponent", "run_steps"]


def run_steps(papers: list[Generator[None, None, Any]]) -> list[Any]:
    """The return values of ``papers`` (generators pausing between steps), each step run over all
    of them before the next; a paper whose generator has returned waits for the others."""
    out: list[Any] = [None] * len(papers)
    pending = list(range(len(papers)))
    while pending:
        going = []
        for k in pending:
            try:
                next(papers[k])
            except StopIteration as done:
                out[k] = done.value
            else:
                going.append(k)
        pending = going
    return out


class BatchComponent:
    """A pipeline component called with a doc, or with a batch of docs through ``batch``
    (:meth:`kg.extract.Extractor.analyse` runs batches; the resolver's steps run over one). An
    object, not a function given a ``batch`` attribute: a function compiled by mypyc
    (``scripts/compile_fast.py``) takes no attributes."""

    def __init__(self, batch: Callable[[list[Any]], list[Any]]) -> None:
        self.batch = batch

    def __call__(self, doc: Any) -> Any:
        return self.batch([doc])[0]

"""One helper to spread work over processes: :func:`parallel_map`, used by extraction and writing.

Results come back in input order, with a bounded number of chunks in flight so memory stays
flat on big inputs. With the ``fork`` start method (Linux) the workers inherit ``fn`` and
everything it references (a built spaCy pipeline, say) instead of receiving a pickled copy.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

__all__ = ["parallel_map", "forks"]

T = TypeVar("T")
R = TypeVar("R")

# The function a worker process applies, installed by its pool initializer: a pool's
# initializer arguments are inherited, not pickled, when the pool forks.
_WORKER_FN: Callable[[Any], Any] | None = None


def forks() -> bool:
    """Do worker processes start by ``fork`` (and so inherit the parent's objects)?"""
    return "fork" in multiprocessing.get_all_start_methods()


def parallel_map(
    fn: Callable[[T], R],
    chunks: Iterable[T],
    jobs: int,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple = (),
    window: int | None = None,
) -> Iterator[R]:
    """``fn(chunk)`` for every chunk, in input order.

    ``jobs <= 1`` runs in this process (``initializer`` is not called). Otherwise ``jobs``
    worker processes each run ``initializer(*initargs)`` once, then apply ``fn``; at most
    ``window`` chunks (default ``2 * jobs``) are submitted and not yet yielded at any time.
    Without ``fork``, ``fn`` and ``initargs`` must pickle. An exception in ``fn`` is raised here.
    """
    if jobs <= 1:
        yield from map(fn, chunks)
        return
    window = max(1, window if window is not None else 2 * jobs)
    ctx = multiprocessing.get_context("fork" if forks() else None)
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_install, initargs=(fn, initializer, initargs)) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(_apply, chunk))
            if len(pending) > window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _install(fn: Callable[[Any], Any], initializer: Callable[..., None] | None, initargs: tuple) -> None:
    global _WORKER_FN
    _WORKER_FN = fn
    if initializer is not None:
        initializer(*initargs)


def _apply(chunk: Any) -> Any:
    return _WORKER_FN(chunk)  # type: ignore[misc]  # set by _install in every worker

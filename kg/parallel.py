"""One helper to spread work over processes: :func:`parallel_map`, used by extraction and writing,
and :class:`WorkerPool`, the same map over one pool kept for several inputs (a streamed build's
extraction chunks).

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

__all__ = ["parallel_map", "forks", "WorkerPool"]

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
    with WorkerPool(fn, jobs, initializer=initializer, initargs=initargs, window=window) as pool:
        yield from pool.map(chunks)


class WorkerPool:
    """``jobs`` worker processes applying ``fn``, kept open for several :meth:`map` calls.

    Starting a pool costs a fork per worker and every page the workers then copy from the
    parent; a streamed build maps dozens of chunks, so it keeps one pool for the whole pass.
    ``jobs <= 1`` maps in this process. Use it as a context manager (the workers stop on exit).
    """

    def __init__(
        self,
        fn: Callable[[T], R],
        jobs: int,
        *,
        initializer: Callable[..., None] | None = None,
        initargs: tuple = (),
        window: int | None = None,
    ) -> None:
        self.fn, self.jobs = fn, jobs
        self.window = max(1, window if window is not None else 2 * jobs)
        self._pool: ProcessPoolExecutor | None = None
        if jobs > 1:
            ctx = multiprocessing.get_context("fork" if forks() else None)
            self._pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_install, initargs=(fn, initializer, initargs))

    def map(self, chunks: Iterable[T]) -> Iterator[R]:
        """``fn(chunk)`` for every chunk, in input order, at most ``window`` chunks in flight."""
        if self._pool is None:
            yield from map(self.fn, chunks)
            return
        pending: deque = deque()
        try:
            for chunk in chunks:
                pending.append(self._pool.submit(_apply, chunk))
                if len(pending) > self.window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:  # a caller that stops early (or an error) leaves nothing queued for the next map
            for f in pending:
                f.cancel()

    def close(self) -> None:
        """Stop the workers (waiting for what they are running)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _install(fn: Callable[[Any], Any], initializer: Callable[..., None] | None, initargs: tuple) -> None:
    global _WORKER_FN
    _WORKER_FN = fn
    if initializer is not None:
        initializer(*initargs)


def _apply(chunk: Any) -> Any:
    return _WORKER_FN(chunk)  # type: ignore[misc]  # set by _install in every worker

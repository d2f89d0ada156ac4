"""kg.parallel.parallel_map: order, worker initialisation, the in-flight window, errors."""

from __future__ import annotations

import os

import pytest

from kg import parallel
from kg.parallel import parallel_map

_PREFIX = {"value": "main"}


def _init(prefix: str) -> None:
    _PREFIX["value"] = prefix


def _tag(chunk: list[int]) -> list[str]:
    return [f"{_PREFIX['value']}:{x * x}" for x in chunk]


def _pid(chunk: int) -> int:
    return os.getpid()


def _boom(chunk: int) -> int:
    if chunk == 3:
        raise ValueError("chunk 3 is bad")
    return chunk


@pytest.mark.parametrize("jobs", [1, 2])
def test_parallel_map_keeps_input_order(jobs: int) -> None:
    chunks = [[i, i + 1] for i in range(0, 40, 2)]
    got = list(parallel_map(_tag, chunks, jobs, initializer=_init, initargs=("w",), window=3))
    prefix = "w" if jobs > 1 else "main"  # one job runs here, without the initializer
    assert got == [[f"{prefix}:{x * x}" for x in c] for c in chunks]


def test_parallel_map_runs_in_worker_processes_with_two_jobs() -> None:
    pids = set(parallel_map(_pid, range(8), 2))
    assert os.getpid() not in pids and 1 <= len(pids) <= 2


def test_parallel_map_submits_at_most_window_chunks_ahead() -> None:
    consumed = []

    def chunks():
        for i in range(20):
            consumed.append(i)
            yield i

    it = parallel_map(_pid, chunks(), 2, window=3)
    next(it)
    assert len(consumed) <= 3 + 1  # the window, plus the chunk whose result was yielded
    list(it)
    assert len(consumed) == 20


def test_parallel_map_raises_a_worker_error_here() -> None:
    with pytest.raises(ValueError, match="chunk 3"):
        list(parallel_map(_boom, range(6), 2))


def test_parallel_map_forks_where_the_platform_can() -> None:
    assert parallel.forks() == ("fork" in __import__("multiprocessing").get_all_start_methods())


@pytest.mark.parametrize("jobs", [1, 2])
def test_parallel_worker_pool_keeps_order_over_several_maps(jobs: int) -> None:
    with parallel.WorkerPool(_tag, jobs, window=2) as pool:
        for start in (0, 10, 20):
            chunks = [[i] for i in range(start, start + 10)]
            assert list(pool.map(chunks)) == [[f"main:{i * i}"] for i in range(start, start + 10)]


def test_parallel_worker_pool_keeps_its_workers_between_maps() -> None:
    with parallel.WorkerPool(_pid, 2) as pool:
        first = set(pool.map(range(8)))
        later = set(pool.map(range(8))) | set(pool.map(range(8)))
    # a pool per map would show new process ids at every map
    assert os.getpid() not in first | later and len(first | later) <= 2


def test_parallel_worker_pool_raises_a_worker_error_and_still_maps_after_it() -> None:
    with parallel.WorkerPool(_boom, 2) as pool:
        with pytest.raises(ValueError, match="chunk 3"):
            list(pool.map(range(6)))
        assert list(pool.map([1, 2])) == [1, 2]

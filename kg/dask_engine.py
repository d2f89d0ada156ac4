"""Extraction on a Dask distributed cluster (``kg build --engine dask [--scheduler ADDRESS]``).

The papers are read here; each chunk's titles and abstracts go to a Dask worker, which builds the
spaCy pipeline once (per worker process) and sends back only the mentions and results. Chunks come back in
input order through a bounded window of futures, so the build downstream (identity resolution,
the graph, the outputs) is the local engine's and the outputs are the same files.

Without ``scheduler`` a ``LocalCluster`` of ``jobs`` single-threaded worker processes listening on
127.0.0.1 is started for the build and closed after it. Dask is an optional extra:
``pip install 'kg[dask]'``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from .errors import SettingsError
from .model import Extraction, Paper

__all__ = ["extract_on_dask", "CHUNK"]

#: Papers per task: big enough that scheduling costs little, small enough to spread over workers.
CHUNK = 500
_FIX_INSTALL = "install the extra: pip install 'kg[dask]' (or use the default --engine local)"


def _import_distributed():
    try:
        import distributed
    except ImportError as e:
        raise SettingsError(f"--engine dask needs Dask's distributed scheduler, which is not installed ({e})", fix=_FIX_INSTALL) from e
    return distributed


@contextmanager
def dask_client(scheduler: str | None, jobs: int):
    """A client of the cluster at ``scheduler``, or of a LocalCluster on loopback for this build."""
    distributed = _import_distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as e:
            raise SettingsError(
                f"cannot reach the Dask scheduler at {scheduler} ({e})",
                fix="check the address (tcp://HOST:8786) and that `dask scheduler` runs there, or omit --scheduler for a local cluster",
            ) from e
        with client:
            yield client
        return
    cluster = distributed.LocalCluster(
        n_workers=max(1, jobs), threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


_EXTRACTOR = None  # one per worker process: building the spaCy pipeline takes seconds


def _analyse_task(texts: list[tuple[str, str]], catalogue_path: str | None) -> list:
    """Runs on a Dask worker: the text mentions and results of each (title, abstract)."""
    global _EXTRACTOR
    from .extract import Extractor

    if _EXTRACTOR is None or _EXTRACTOR.catalogue_path != catalogue_path:
        _EXTRACTOR = Extractor(catalogue_path)
    return _EXTRACTOR.analyse(texts)


def extract_on_dask(
    papers: Sequence[Paper], *, catalogue_path: str | None = None, scheduler: str | None = None, jobs: int = 1, chunk: int | None = None
) -> Iterator[Extraction]:
    """Extractions of ``papers`` in input order, the same as the local engine's."""
    from .extract import metadata_mentions

    def assemble(part: list[Paper], analysed: list) -> Iterator[Extraction]:
        # metadata mentions (links in the listing) are added here, as the local engine does
        return (Extraction(p, ms + tuple(metadata_mentions(p)), rs) for p, (ms, rs) in zip(part, analysed, strict=True))

    chunk = chunk or CHUNK
    with dask_client(scheduler, jobs) as client:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        pending: deque = deque()
        for i in range(0, len(papers), chunk):
            part = list(papers[i : i + chunk])
            texts = [(p.title, p.abstract or "") for p in part]
            pending.append((part, client.submit(_analyse_task, texts, catalogue_path, pure=False)))
            if len(pending) > window:  # bounded: the client never holds every chunk's answer at once
                done, fut = pending.popleft()
                yield from assemble(done, fut.result())
        while pending:
            done, fut = pending.popleft()
            yield from assemble(done, fut.result())

"""The single library entry point: ``build(inputs, settings) -> KnowledgeGraph``.

ingest (readers) -> extract (spaCy) -> graph (networkx, resolution) ; export happens in
:meth:`KnowledgeGraph.write`. Each stage is timed; the timings go into the build report.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from ._version import __version__
from .memory import paused_gc
from .api import KnowledgeGraph
from .errors import SettingsError, StrictModeError
from .graph import build_graph
from .ingest import read_inputs
from .model import Extraction, Mention, Paper, Result
from .parallel import WorkerPool, forks
from .settings import BuildSettings

try:
    import resource
except ImportError:  # Windows has no resource module: CPU time of this process only
    resource = None

__all__ = ["Settings", "BuildSettings", "build", "Progress"]


#: ``kg.Settings``: the build settings (kept under the short name of earlier versions).
Settings = BuildSettings


class Progress:
    """Callbacks a front end can give :func:`build` to show progress. All are optional no-ops."""

    def stage(self, name: str, total: int | None = None) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def done(self) -> None: ...


def build(
    inputs: Iterable[str | Path],
    settings: BuildSettings | None = None,
    *,
    progress: Progress | None = None,
    exclude: Iterable[str | Path] = (),
    **kwargs,
) -> KnowledgeGraph:
    """Read ``inputs`` (files or folders), extract, and build the knowledge graph.

    ``kwargs`` are :class:`~kg.settings.BuildSettings` fields (``kg.build(["seeds"], jobs=1)``).
    Folders in ``exclude`` (the output folder) and the cache folder are never read as input.
    """
    from .extract import EXTRACTOR_VERSION, Extractor
    from .extract.cache import extractor_fingerprint

    settings = settings or BuildSettings.from_kwargs(**kwargs)
    if settings.engine not in ("local", "dask"):
        raise SettingsError(f"unknown engine {settings.engine!r}", fix="use --engine local or --engine dask")
    if settings.cache_dir:
        ensure_writable_dir(Path(settings.cache_dir), "the extraction cache folder")
    progress = progress or Progress()
    timings: dict[str, float] = {}
    inputs = [str(p) for p in inputs]

    cpu: dict[str, float] = {}
    t0, c0, began = time.perf_counter(), _cpu(), time.time()
    progress.stage("read")
    # read_inputs pauses the collector itself (readers build many small objects and no cycles)
    result = read_inputs(inputs, format=settings.format, strict=settings.strict, field_map=settings.field_map or None,
                         exclude=[*exclude, *([settings.cache_dir] if settings.cache_dir else [])],
                         spill_above=settings.stream_above, spill_dir=settings.cache_dir, reuse_dir=settings.cache_dir)
    progress.done()
    if settings.cache_dir:  # the reads kept for inputs no longer read: nothing would ever use them
        from .ingest.reuse import forget_unused_reads

        forget_unused_reads(settings.cache_dir, began)
    streamed = settings.stream_above is not None and len(result.papers) > settings.stream_above
    if not streamed:
        result.papers = list(result.papers)  # read back if the read spilled them (merges left fewer)
        _note_cut_texts(result.papers, result.notes)
    if settings.strict and result.skips:  # readers raise in strict mode; this guards the rest
        raise StrictModeError(f"{len(result.skips)} record(s) were skipped", fix="fix the inputs listed in report.json")
    timings["read"], cpu["read"] = time.perf_counter() - t0, _cpu() - c0

    def head() -> dict:
        return {
            "kg_version": __version__,
            "extractor_version": EXTRACTOR_VERSION,
            "extractor_fingerprint": extractor_fingerprint(),
            "inputs": inputs,
            "settings": {k: v for k, v in asdict(settings).items()},
            **result.report(),
        }

    extractor = Extractor()
    if streamed:
        from .stream import extract_streamed

        # one pool for the whole pass: a pool per chunk forked its workers again for every chunk,
        # and they copied the pipeline's pages again (the pool forks at its first chunk, after
        # extract_streamed froze the heap)
        jobs = settings.jobs if settings.engine == "local" else 1
        c0 = _cpu()
        # the workers fork inside extract_streamed's paused collector: theirs runs (spaCy's objects)
        with WorkerPool(extractor.analyse, jobs, initializer=gc.enable) as pool:
            if jobs > 1 and forks():
                extractor.nlp  # noqa: B018  built once, before the pool forks, so workers share it

            def extract(part, stats):
                _note_cut_texts(part, result.notes)
                return _extract(extractor, part, settings, stats, pool)

            g = extract_streamed(result, settings, progress, extract, timings, cpu, _cpu)
        cpu["extract"] = _cpu() - c0  # the workers' CPU counts once the pool has reaped them
        report = head()  # after pass 1, which notes the papers whose text extraction cuts
        report["papers"] = g.summary()["papers"]  # pass 1 let the papers go
        g.report = _report(report, timings, cpu, g.cache_stats)
        return g
    return _build_in_memory(extractor, result.papers, settings, progress, timings, cpu, head())


def _build_in_memory(extractor, papers: list[Paper], settings: BuildSettings, progress: Progress, timings: dict, cpu: dict,
                     head: dict) -> KnowledgeGraph:
    """Extraction of every paper, then one networkx graph of them all."""
    t0, c0 = time.perf_counter(), _cpu()
    progress.stage("extract", total=len(papers))
    extractions = []
    cache_stats: dict[str, int] = {}
    # The papers live until the end of the build: frozen, the collector stops rescanning them
    # and forked extraction workers do not copy their pages by touching them.
    gc.collect()
    gc.freeze()
    try:
        with paused_gc():  # the extractions are long-lived and acyclic: the collector would only rescan them
            # strict: also runs the extractor's (and cache's) code after the last paper
            for paper, (mentions, results) in zip(papers, _extract(extractor, papers, settings, cache_stats), strict=True):
                extractions.append(Extraction(paper, mentions, results))
                progress.advance()
    finally:
        gc.unfreeze()
    progress.done()
    timings["extract"], cpu["extract"] = time.perf_counter() - t0, _cpu() - c0

    t0, c0 = time.perf_counter(), _cpu()
    progress.stage("graph")
    graph = build_graph(extractions)
    progress.done()
    timings["graph"], cpu["graph"] = time.perf_counter() - t0, _cpu() - c0
    return KnowledgeGraph(graph, report=_report(head, timings, cpu, cache_stats), extractions=extractions)


def _report(head: dict, timings: dict, cpu: dict, cache_stats: dict) -> dict:
    report = {
        **head,
        "timings_s": {k: round(v, 4) for k, v in timings.items()},
        # CPU seconds of this process and its finished workers: wall time on a busy machine
        # says little, CPU time says what a stage costs
        "cpu_s": {k: round(v, 4) for k, v in cpu.items()},
    }
    if cache_stats:
        report["extraction_cache"] = cache_stats
    return report


def _note_cut_texts(papers: Iterable[Paper], notes: list) -> None:
    """A note in the report for each paper whose text is longer than extraction reads, or holds more values
    than the results reading takes."""
    from .extract import MAX_ABSTRACT_CHARS, MAX_TITLE_CHARS, text_cut, values_cut
    from .extract.results import MAX_RESULT_SENTENCES, MAX_SENTENCE_VALUES
    from .ingest.base import Note

    for p in papers:
        if values_cut(p):
            notes.append(Note(
                p.source,
                f"results: extraction reads at most {MAX_SENTENCE_VALUES} values in a sentence and {MAX_RESULT_SENTENCES} "
                "sentences with numbers and a metric in a field; this record may hold more (a table or a list of numbers), so "
                "some of its values may not be results in the graph (its names and links are read in full)",
                "values-cut",
            ))
        if text_cut(p):
            notes.append(Note(
                p.source,
                f"extraction read the first {MAX_TITLE_CHARS:,} characters of the title and {MAX_ABSTRACT_CHARS:,} of the "
                f"abstract (cut at a sentence end); this record has {len(p.title):,} and {len(p.abstract or ''):,}",
                "text-cut",
            ))


def ensure_writable_dir(path: Path, what: str) -> None:
    """Create ``path`` if needed; a :class:`SettingsError` saying why when it cannot be written."""
    fix = "choose another folder (kg build --out DIR), or --no-cache to build without the cache"
    if path.exists() and not path.is_dir():
        raise SettingsError(f"{path}: {what} is a file, not a folder", fix=fix)
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".kg-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise SettingsError(f"{path}: {what} cannot be written ({e.strerror or e})", fix=fix) from e


def _cpu() -> float:
    """CPU seconds used so far by this process and its reaped children (extraction workers)."""
    if resource is None:
        return time.process_time()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _extract(extractor, papers: list[Paper], settings: BuildSettings, stats: dict,
             pool: WorkerPool | None = None) -> Iterator[tuple[tuple[Mention, ...], tuple[Result, ...]]]:
    """The mentions and results of each paper, in input order, from the cache or ``settings.jobs``
    workers (those of ``pool`` when given: a pool of ``extractor.analyse`` kept by the caller)."""

    def run(todo: Sequence[Paper]) -> Iterator[tuple[Mention, ...]]:
        if pool is not None and pool.jobs > 1:
            return ((ex.mentions, ex.results) for ex in extractor.extract(todo, pool=pool))
        if settings.engine == "dask":
            from .dask_engine import extract_on_dask

            done = extract_on_dask(todo, catalogue_path=extractor.catalogue_path, scheduler=settings.scheduler, jobs=settings.jobs)
            return ((ex.mentions, ex.results) for ex in done)
        jobs = max(1, min(settings.jobs, len(todo) // 200 or 1))  # process start-up costs more than small inputs
        return ((ex.mentions, ex.results) for ex in extractor.extract(todo, jobs=jobs))

    if settings.cache_dir:
        from .extract.cache import cached_mentions, extractor_fingerprint

        fingerprint = extractor_fingerprint(extractor.catalogue_path)
        return cached_mentions(papers, Path(settings.cache_dir), run, fingerprint, stats)
    return run(papers)

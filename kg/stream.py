"""Streamed builds: a corpus of more than ``stream_above`` papers, built in bounded memory.

Pass 1 (:func:`extract_streamed`, in ``kg.build``) extracts ``chunk_size`` papers at a time,
adds the names they introduce to the :class:`~kg.graph.stream.Resolution` table, spills the
chunk's papers and mentions to a temporary folder and lets them go. Pass 2
(:meth:`StreamedGraph.write`) rebuilds each chunk's graph with the whole corpus's resolution, in
``jobs`` worker processes, and appends its statements to the text RDF outputs with the ordinary
writers; the entities, their aliases and paper counts merged over the chunks, are written last.
The outputs state the same RDF as the in-memory build's. No networkx graph of the whole corpus
exists, so graph.json, graph.html, TriG and JSON-LD are not written (report.json says so).
"""

from __future__ import annotations

import gc
import json
import pickle
import shutil
import tempfile
import time
import weakref
from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice
from pathlib import Path

from .api import KnowledgeGraph
from .errors import ExportError, KgError
from .export.append import forget_state
from .export.chunked import FORMATS, PieceWriter, header_subjects, iris_of
from .graph.build import unique_paper_ids
from .graph.stream import EntityTable, Resolution, chunk_graph
from .memory import paused_gc
from .model import Extraction
from .parallel import parallel_map

__all__ = ["StreamedGraph", "extract_streamed", "STREAMED_FORMATS"]

#: Formats written from graph.nq once the text outputs are complete.
_FROM_NQUADS = ("store", "void")
STREAMED_FORMATS = (*FORMATS, *_FROM_NQUADS)
#: Entity nodes per entity graph written at the end.
_ENTITY_BATCH = 50_000


def extract_streamed(result, settings, progress, extract: Callable, timings: dict, cpu: dict, clock: Callable) -> StreamedGraph:
    """Pass 1 over the papers of ``result`` (which it empties): extract, resolve, spill."""
    papers, result.papers = result.papers, []
    total = len(papers)
    seen: set[str] = set()
    size = max(1, settings.chunk_size)
    spill = Path(tempfile.mkdtemp(prefix="kg-stream-", dir=settings.cache_dir or None))
    resolution = Resolution()
    cache_stats: dict[str, int] = {}
    t0, c0 = time.perf_counter(), clock()
    progress.stage("extract", total=total)
    chunks = []
    gc.collect()
    gc.freeze()  # forked extraction workers do not copy pages by touching the papers
    try:
        # the pass makes millions of acyclic objects (mentions back from the workers, spilled and
        # dropped chunk by chunk): the cyclic collector only rescanned them, as in reading
        with paused_gc():
            for part in _chunks(papers, size):
                stats: dict[str, int] = {}
                extractions = [Extraction(p, m, r) for p, (m, r) in zip(part, extract(part, stats), strict=True)]
                for k, v in stats.items():
                    cache_stats[k] = cache_stats.get(k, 0) + v
                ids = unique_paper_ids(part, seen)
                resolution.add(ids, extractions)
                chunks.append(_spill_chunk(spill / f"chunk-{len(chunks):05d}.pickle", ids, extractions))
                del part, extractions
                progress.advance(len(ids))
    except BaseException:
        shutil.rmtree(spill, ignore_errors=True)
        raise
    finally:
        gc.unfreeze()
    del papers, seen
    progress.done()
    timings["extract"], cpu["extract"] = time.perf_counter() - t0, clock() - c0
    return StreamedGraph(spill, chunks, resolution, total, cache_stats)


def _spill_chunk(path: Path, ids: list[str], extractions: list[Extraction]) -> Path:
    try:
        with open(path, "wb") as fh:
            pickle.dump((ids, extractions), fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError as e:
        raise KgError(
            f"{path}: a streamed build could not write its papers and mentions to its spill folder ({e.strerror or e})",
            fix="free disk space there (a streamed build spills about 2 KB per paper), or give another cache "
                "folder (kg build --out DIR puts it in DIR/.cache; --no-cache uses the system's temporary folder)",
        ) from e
    return path


def _chunks(papers, size: int) -> Iterator[list]:
    """``papers`` (a list, emptied as it goes, or a :class:`~kg.ingest.spill.SpilledPapers`) ``size`` at a time."""
    if isinstance(papers, list):
        for start in range(0, len(papers), size):
            part = papers[start : start + size]
            papers[start : start + size] = [None] * len(part)
            yield part
        return
    it = iter(papers)
    while part := list(islice(it, size)):
        yield part


class StreamedGraph(KnowledgeGraph):
    """A built graph too big for memory: its :meth:`write` streams the outputs from the spilled chunks."""

    def __init__(self, spill: Path, chunks: list[Path], resolution: Resolution, papers: int, cache_stats: dict) -> None:
        super().__init__(None, report={})
        self.spill, self.chunks, self.resolution = spill, chunks, resolution
        self.cache_stats = cache_stats
        self._summary = {"papers": papers, "entities": {}, "relations": {}}
        self._cleanup = weakref.finalize(self, shutil.rmtree, str(spill), True)

    @property
    def graph(self):
        raise KgError(
            f"this build of {self._summary['papers']:,} papers was streamed: there is no in-memory graph "
            "(nor graph.json) for it",
            fix="query the written outputs (kg query --graph OUT, or graph.nq with any RDF tool), or build with a "
                "higher stream_above (kg build --stream-above N) if the graph fits in memory",
        )

    def summary(self) -> dict:
        """Counts of papers, entities and relations (entities and relations once :meth:`write` ran)."""
        return self._summary

    def write(self, out_dir: str | Path, formats=None, **settings) -> dict[str, Path]:
        """Pass 2: write the streamable formats into ``out_dir``; report.json lists those skipped."""
        from .settings import OutputSettings

        if formats is not None:
            settings["formats"] = tuple(formats)
        opts = OutputSettings.from_kwargs(**{k: v for k, v in settings.items() if v is not None})
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        forget_state(out)  # an in-memory build's record of the files this write replaces
        formats = list(dict.fromkeys(opts.formats))
        text = [f for f in formats if f in FORMATS]
        skipped = [f for f in formats if f not in STREAMED_FORMATS or (f in _FROM_NQUADS and "nquads" not in formats)]
        took: dict[str, float] = {}
        table = self._write_text(out, text, opts.jobs, took) if formats else None
        if table is not None:
            self._summary = table.summary()
        written = {f: out / FORMATS[f] for f in text}
        written.update(self._write_from_nquads(out, [f for f in formats if f in _FROM_NQUADS and f not in skipped], took))
        self.report.setdefault("timings_s", {}).update({f"write_{k}": round(v, 4) for k, v in took.items()})
        self.report["output_settings"] = {k: list(v) if isinstance(v, tuple) else v for k, v in vars(opts).items()}
        self.report["streamed"] = {
            "chunks": len(self.chunks),
            "outputs_skipped": [{"format": f, "reason": _skip_reason(f, self._summary["papers"])} for f in skipped],
        }
        report_path = out / "report.json"
        report_path.write_text(json.dumps({**self.report, "summary": self.summary()}, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
        written["report"] = report_path
        return written

    def _write_text(self, out: Path, formats: list[str], jobs: int, took: dict) -> EntityTable:
        """Every chunk's paper statements (in ``jobs`` processes), then the entities'."""
        t0 = time.perf_counter()
        header_subjects()  # computed here, before the workers fork, so none of them recomputes it
        table = EntityTable()
        writers = {f: PieceWriter(out / FORMATS[f], f) for f in formats}
        try:
            work = partial(_write_chunk, self.resolution, out, formats)
            with paused_gc():
                rules: set[str] = set()  # the chunks' rule nodes, stated once at the end of graph.nq
                for i, (share, held) in enumerate(parallel_map(work, list(enumerate(self.chunks)), max(1, min(jobs, len(self.chunks))))):
                    table.add(share)
                    rules |= held
                    for f, w in writers.items():  # the parts are appended in chunk order
                        part = _part_path(out, i, f)
                        w.fh.flush()
                        with open(part, "rb") as fh:
                            shutil.copyfileobj(fh, w.fh.buffer, 1 << 20)
                        part.unlink()
                took["chunks"] = time.perf_counter() - t0
                t0 = time.perf_counter()
                for g, stubs in table.graphs(_ENTITY_BATCH):
                    drop = iris_of(stubs)
                    for w in writers.values():
                        w.write(g, drop)
                if "nquads" in writers:
                    writers["nquads"].write_rules(rules | writers["nquads"].rules)
                took["entities"] = time.perf_counter() - t0
        except OSError as e:
            raise ExportError(f"{out}: writing the streamed outputs failed ({e})", fix="check free disk space and permissions") from e
        finally:
            for w in writers.values():
                w.close()
        return table

    def _write_from_nquads(self, out: Path, formats: list[str], took: dict) -> dict[str, Path]:
        from .export import writers
        from .export import _seal_store

        written = {}
        ctx = _NquadsContext()
        for f in formats:  # the store before VoID: STREAMED_FORMATS order
            t0 = time.perf_counter()
            path = out / writers()[f].filename
            writers()[f].write(None, path, ctx)
            ctx.store_written = ctx.store_written or f == "store"
            took[f] = time.perf_counter() - t0
            written[f] = path
        if "store" in formats:
            _seal_store(out)
        return written


class _NquadsContext:
    """The :class:`kg.export.WriteContext` the store and VoID writers see: graph.nq is written."""

    nquads_written = True
    store_written = False
    title = "kg"

    @property
    def store(self):
        raise ExportError("VoID of a streamed build needs the store", fix="write it with the store: --formats ...,nquads,store,void")


def _part_path(out: Path, i: int, fmt: str) -> Path:
    return out / f".kg-part-{i:05d}.{fmt}"


def _write_chunk(resolution: Resolution, out: Path, formats: list[str], item: tuple[int, Path]):
    """One chunk's graph, its paper statements written to part files; returns its entity share and
    the rule nodes its records name (N-Quads lines the whole file states once, at its end)."""
    i, path = item
    with open(path, "rb") as fh:
        pids, extractions = pickle.load(fh)
    g, share = chunk_graph(pids, extractions, resolution)
    del extractions
    drop = iris_of(share.nodes)
    rules: set[str] = set()
    try:
        for f in formats:
            w = PieceWriter(_part_path(out, i, f), f)
            try:
                w.write(g, drop, first=i == 0)
                rules |= w.rules
            finally:
                w.close()
    finally:
        # the workers run with the collector paused (forked inside paused_gc), and a networkx graph
        # is in a reference cycle with its cached views: without this each chunk's graph stayed
        # (measured: 3.9 GiB for a worker after 25 chunks of 20,000 papers)
        g.clear()
    return share, rules


def _skip_reason(fmt: str, papers: int) -> str:
    if fmt in _FROM_NQUADS:
        return f"{fmt} is loaded from graph.nq in a streamed build: add nquads to --formats"
    return (f"{fmt} needs the whole graph in memory, and this build of {papers:,} papers was streamed "
            "(more than stream_above papers); raise --stream-above to write it if the graph fits in memory")


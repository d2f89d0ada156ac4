"""Every setting of kg, one row each: name, default, help, the stages that read it, its CLI option.

The rows are the single source: :class:`BuildSettings` (what ``kg.build`` reads) and
:class:`OutputSettings` (what writing the outputs reads) take their fields and defaults from
them, the ``kg build`` options take their defaults and help from them, and the README's settings
table must list each row with its default (``tests/test_docs.py``).

A new setting is one new row here plus the field of the dataclass of its stage.
"""

from __future__ import annotations

import os
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

from .errors import SettingsError

__all__ = ["Setting", "SETTINGS", "BuildSettings", "OutputSettings", "default_jobs", "DEFAULT_FORMATS"]


def default_jobs() -> int:
    """The CPUs this process may use (all cores unless an affinity mask says otherwise)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


#: What ``kg build`` writes when --formats is not given: the text graphs, graph.json, the HTML view,
#: the on-disk store every query opens (bulk-loaded from graph.nq's text by its own process while
#: graph.nq is written) and its VoID description. ``--formats turtle,nquads,json,html`` leaves the
#: store out (README, "Past one machine": what it costs).
DEFAULT_FORMATS: tuple[str, ...] = ("turtle", "nquads", "json", "html", "store", "void")


@dataclass(frozen=True)
class Setting:
    """One setting. ``default`` may be a zero-argument callable (computed when used);
    ``shown_default`` is how the docs and ``--help`` state it."""

    name: str
    default: Any
    help: str
    stages: tuple[str, ...]
    cli: str
    shown_default: str

    def value(self) -> Any:
        return self.default() if callable(self.default) else self.default


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("format", None, "reader to use for every input instead of detecting each file's format",
                ("read",), "--format", "detect"),
        Setting("strict", False, "fail (exit code 1) instead of skipping unreadable files or records",
                ("read",), "--strict", "`False`"),
        Setting("field_map", dict, "column names for generic JSON/JSONL/CSV input, e.g. {'title': 'paper_title'}",
                ("read",), "--field", "`{}`"),
        Setting("jobs", default_jobs, "worker processes for extraction and for writing outputs (the outputs are the same for any value)",
                ("extract", "write"), "--jobs", "all cores"),
        Setting("cache_dir", None, "folder caching extraction results by paper content and extractor fingerprint (off when unset)",
                ("extract",), "--cache/--no-cache", "off (CLI: `OUT/.cache`)"),
        Setting("engine", "local", "where extraction runs: `local` (worker processes here) or `dask` (a Dask cluster; pip install 'kg[dask]')",
                ("extract",), "--engine", "`local`"),
        Setting("scheduler", None, "address of the Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786 (unset: a local cluster of --jobs workers)",
                ("extract",), "--scheduler", "local cluster"),
        Setting("stream_above", 100_000, "a corpus of more papers is built streamed, in bounded memory: the same RDF, "
                "but no graph.json, graph.html, TriG or JSON-LD (no in-memory graph to write them from)",
                ("extract", "graph"), "--stream-above", "`100000`"),
        Setting("chunk_size", 20_000, "papers extracted and written at a time in a streamed build (memory grows with it)",
                ("extract", "graph"), "--chunk-size", "`20000`"),
        Setting("formats", DEFAULT_FORMATS, "outputs to write (see `kg formats`)",
                ("write",), "--formats", "`turtle,nquads,json,html,store,void`"),
        Setting("max_nodes", 2000, "largest number of nodes drawn in graph.html; the most connected are kept",
                ("write",), "--max-nodes", "`2000`"),
    )
}


def _field(name: str):
    s = SETTINGS[name]
    if callable(s.default):
        return field(default_factory=s.default, metadata={"setting": s})
    return field(default=s.default, metadata={"setting": s})


class _FromRows:
    """``from_kwargs`` for a settings dataclass: unknown names are a :class:`SettingsError`."""

    @classmethod
    def from_kwargs(cls, **kw):
        names = [f.name for f in fields(cls)]
        unknown = sorted(set(kw) - set(names))
        if unknown:
            raise SettingsError(
                f"unknown {cls.__name__} setting(s): {', '.join(unknown)}",
                fix=f"use any of: {', '.join(names)} (README, section Settings)",
            )
        return cls(**kw)


@dataclass
class BuildSettings(_FromRows):
    """What reading, extraction and the graph stage read (``kg.build(paths, **settings)``)."""

    format: str | None = _field("format")
    strict: bool = _field("strict")
    field_map: dict[str, str] = _field("field_map")
    jobs: int = _field("jobs")
    cache_dir: str | None = _field("cache_dir")
    engine: str = _field("engine")
    scheduler: str | None = _field("scheduler")
    stream_above: int | None = _field("stream_above")
    chunk_size: int = _field("chunk_size")


@dataclass
class OutputSettings(_FromRows):
    """What writing the outputs reads (``KnowledgeGraph.write(out, **settings)``)."""

    formats: tuple[str, ...] = _field("formats")
    max_nodes: int | None = _field("max_nodes")
    jobs: int = _field("jobs")


def _check_rows() -> None:
    """Every row belongs to a settings class of one of its stages, and every field has a row."""
    owned = {f.name for cls in (BuildSettings, OutputSettings) for f in fields(cls)}
    assert owned == set(SETTINGS), owned ^ set(SETTINGS)
    for cls in (BuildSettings, OutputSettings):
        for f in fields(cls):
            assert f.default is not MISSING or f.default_factory is not MISSING


_check_rows()

"""Read many files into one deduplicated list of papers plus a report of what was skipped."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, RecordError
from ..model import Paper, Skip, Source, title_key
from .base import detect_format, get_reader, head_text, iter_files

__all__ = ["ReadResult", "read_inputs", "merge_papers"]


@dataclass
class FileReport:
    """What one input file gave."""

    path: str
    format: str | None
    papers: int = 0
    skipped: int = 0
    error: str | None = None


@dataclass
class ReadResult:
    """Papers (deduplicated, in input order), skipped records, and per-file counts."""

    papers: list[Paper] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    files: list[FileReport] = field(default_factory=list)
    records: int = 0  # paper records read before deduplication
    merged: int = 0  # records folded into an earlier record of the same paper

    def report(self) -> dict:
        """JSON-ready account of the read: per-file counts, merges and every skip with its reason."""
        return {
            "files": [dataclasses.asdict(f) for f in self.files],
            "records_read": self.records,
            "papers": len(self.papers),
            "merged": self.merged,
            "skipped": len(self.skips),
            "skips": [
                {"source": str(s.source), "path": s.source.path, "record": s.source.record,
                 "line": s.source.line, "reason": s.reason, "fix": s.fix}
                for s in self.skips
            ],
        }


def read_inputs(
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    strict: bool = False,
    field_map: dict[str, str] | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> ReadResult:
    """Read every file under ``paths``.

    A file no reader recognises, or that cannot be decoded, becomes a skip for the whole file
    (or an :class:`~kg.errors.InputError` with ``strict``). Bad records become skips (or a
    :class:`~kg.errors.RecordError` with ``strict``). Papers with the same arXiv id, DOI or
    normalized title are merged into one, keeping every source.
    """
    result = ReadResult()
    by_key: dict[str, int] = {}
    alias: dict[str, str] = {}  # secondary keys (title, doi) -> index key
    fixed_reader = get_reader(format) if format else None
    for path in iter_files(paths):
        if on_file:
            on_file(path)
        report = FileReport(str(path), None)
        result.files.append(report)
        try:
            reader = fixed_reader or detect_format(path, head_text(path))
            report.format = reader.name
            for rec in reader.read(path):
                if isinstance(rec, Skip):
                    if strict:
                        raise RecordError(f"{rec.source}: {rec.reason}", fix=rec.fix)
                    result.skips.append(rec)
                    report.skipped += 1
                    continue
                report.papers += 1
                result.records += 1
                _add(result, by_key, alias, rec)
        except InputError as e:
            if strict:
                raise
            report.error = e.what
            result.skips.append(Skip(Source(str(path), 0, None, report.format or ""), e.what, e.fix))
    return result


def _keys(p: Paper) -> list[str]:
    keys = []
    if p.arxiv_id:
        keys.append(f"arxiv:{p.arxiv_id}")
    if p.doi:
        keys.append(f"doi:{p.doi.lower()}")
    tk = title_key(p.title)
    if len(tk) >= 12:  # very short titles ("Introduction") are too weak to merge on
        keys.append(f"title:{tk}")
    return keys


def _add(result: ReadResult, by_key: dict[str, int], alias: dict[str, str], paper: Paper) -> None:
    keys = _keys(paper)
    hit = next((k for k in keys if k in by_key), None)
    if hit is None:
        idx = len(result.papers)
        result.papers.append(dataclasses.replace(paper, sources=(paper.source,)))
        for k in keys:
            by_key.setdefault(k, idx)
        return
    idx = by_key[hit]
    merged = merge_papers(result.papers[idx], paper)
    result.papers[idx] = merged
    result.merged += 1
    for k in _keys(merged):
        by_key.setdefault(k, idx)


def merge_papers(a: Paper, b: Paper) -> Paper:
    """``a`` completed with ``b``: empty fields of ``a`` are filled, lists are united, sources kept."""
    changes: dict = {}
    for f in dataclasses.fields(Paper):
        name = f.name
        va, vb = getattr(a, name), getattr(b, name)
        if name == "sources":
            changes[name] = tuple(va or (a.source,)) + (b.source,)
        elif name == "source":
            continue
        elif name == "abstract":
            if len(vb or "") > len(va or ""):
                changes[name] = vb
        elif isinstance(va, tuple):
            extra = tuple(x for x in vb if x not in va)
            if extra:
                changes[name] = va + extra
        elif va in (None, "") and vb not in (None, ""):
            changes[name] = vb
    return dataclasses.replace(a, **changes)

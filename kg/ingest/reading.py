"""Read many files into one deduplicated list of papers plus a report of what was skipped.

Every record a reader yields passes :func:`vet` (control characters removed, absurd titles
skipped, missing abstracts noted) and then :class:`Deduplicator`: records sharing an arXiv id,
a DOI or a normalized title become one paper whose ``sources`` lists them all. Nothing is
dropped silently: a file that cannot be read, a skipped record, a kept record with a problem
and every merge each get a line in :meth:`ReadResult.report`.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, RecordError
from ..memory import paused_gc
from ..model import Paper, Skip, Source, title_key
from . import fields as F
from .base import FieldUse, Note, check_not_empty, detect_format, get_reader, head_text, readers
from .inputs import kg_output_kind, output_note, walk_inputs
from .records import check_field_map
from .spill import PaperStore, SpilledPapers

__all__ = ["ReadResult", "FileReport", "Deduplicator", "read_inputs", "merge_papers", "vet", "MAX_TITLE_CHARS"]

#: A "title" longer than this is a skip: it is almost always an abstract or a run-together line.
MAX_TITLE_CHARS = 1000
#: An abstract longer than this is kept but noted (real abstracts stay under a few thousand).
LONG_ABSTRACT_CHARS = 20_000
#: Normalized titles shorter than this are too weak to merge on.
MIN_TITLE_KEY_CHARS = 12
#: Front matter shares its title across volumes ("ACML 2019: Preface"); never merged on title.
_GENERIC_TITLE_ENDS = ("preface", "foreword", "frontmatter", "backmatter", "editorial", "tableofcontents",
                       "authorindex", "subjectindex")
_GENERIC_TITLES = {"introduction", "index", "erratum", "corrigendum", "keynote", "keynotetalk", "invitedtalk",
                   "conclusion", "abstract", "abstracts"}


@dataclass
class FileReport:
    """What one input file gave."""

    path: str
    format: str | None
    papers: int = 0
    skipped: int = 0
    noted: int = 0
    error: str | None = None
    seconds: float = 0.0
    fields_mapped: dict[str, str] = field(default_factory=dict)  # the --field mappings this file used


@dataclass
class ReadResult:
    """Papers (deduplicated, in input order), skipped records, notes, merges and per-file counts."""

    papers: list[Paper] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    files: list[FileReport] = field(default_factory=list)
    records: int = 0  # paper records read before deduplication
    merged: int = 0  # records folded into an earlier record of the same paper
    merges: list[dict] = field(default_factory=list)  # one entry per merge: key, kept, merged, on
    reuse: dict[str, int] = field(default_factory=dict)  # files whose kept records were replayed / parsed (kg.ingest.reuse)

    def report(self) -> dict:
        """JSON-ready account of the read: per-file counts, merges, every skip and every note."""
        return {
            **({"input_files_reused": self.reuse.get("reused", 0)} if self.reuse else {}),
            "files": [dataclasses.asdict(f) for f in self.files],
            "records_read": self.records,
            "papers": len(self.papers),
            "merged": self.merged,
            "skipped": len(self.skips),
            "noted": len(self.notes),
            "notes_by_kind": dict(Counter(n.kind or "other" for n in self.notes).most_common()),
            "skips": [
                {"source": str(s.source), "path": s.source.path, "record": s.source.record,
                 "line": s.source.line, "reason": s.reason, "fix": s.fix}
                for s in self.skips
            ],
            "notes": [
                {"source": str(n.source), "path": n.source.path, "record": n.source.record,
                 "line": n.source.line, "kind": n.kind, "message": n.message}
                for n in self.notes
            ],
            "merges": self.merges,
            "fields_mapped": self._fields_mapped(),
        }

    def _fields_mapped(self) -> dict[str, list[str]]:
        """``--field KEY=COLUMN`` -> the files it applied to (a mapping applies where its column exists)."""
        out: dict[str, list[str]] = {}
        for f in self.files:
            for key, column in f.fields_mapped.items():
                out.setdefault(f"{key}={column}", []).append(f.path)
        return out


def read_inputs(
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    strict: bool = False,
    field_map: dict[str, str] | None = None,
    on_file: Callable[[Path], None] | None = None,
    exclude: Iterable[str | Path] = (),
    spill_above: int | None = None,
    spill_dir: str | None = None,
    reuse_dir: str | None = None,
) -> ReadResult:
    """Read every file under ``paths``, except those under the folders in ``exclude`` (the build's
    output folder) and kg's own output files wherever they are (noted as "kg output, not input").

    A file no reader recognises, or that cannot be decoded, becomes a skip for the whole file
    (or an :class:`~kg.errors.InputError` with ``strict``). Bad records become skips (or a
    :class:`~kg.errors.RecordError` with ``strict``). Papers with the same arXiv id, DOI or
    normalized title are merged into one, keeping every source. ``field_map`` ({"title":
    "paper_title"}) names the columns of generic records (json, jsonl, csv). Past ``spill_above``
    papers, those read are kept in a temporary file (in ``spill_dir``) and ``papers`` reads them back.
    With ``reuse_dir``, a file unchanged since the last read replays the records kept there
    (:mod:`kg.ingest.reuse`) instead of being parsed again.
    """
    field_map = check_field_map(field_map)
    # Reading builds 10^5 long-lived, acyclic objects; the cyclic collector would rescan them over
    # and over (a fifth of the time on a large corpus). Reference counting still frees garbage.
    with paused_gc():
        return _read_inputs(paths, format, strict, field_map, on_file, exclude, Deduplicator(ReadResult(), spill_above, spill_dir),
                            reuse_dir)


def _read_inputs(
    paths: Iterable[str | Path],
    format: str | None,
    strict: bool,
    field_map: dict[str, str],
    on_file: Callable[[Path], None] | None,
    exclude: Iterable[str | Path],
    dedup: Deduplicator,
    reuse_dir: str | None = None,
) -> ReadResult:
    from .reuse import reused_records

    result = dedup.result
    fixed_reader = get_reader(format, field_map) if format else None
    if fixed_reader is not None and field_map and not getattr(fixed_reader, "uses_field_map", False):
        takers = [n for n, cls in readers().items() if getattr(cls, "uses_field_map", False)]
        raise InputError(
            f"--field was given but the {fixed_reader.name} reader has fixed field names",
            fix=f"--field applies to the {', '.join(takers)} readers; leave it out for --format {fixed_reader.name}",
        )
    for path in walk_inputs(paths, exclude):
        if isinstance(path, Note):
            result.notes.append(path)
            continue
        if isinstance(path, Skip):  # a folder that cannot be opened, a broken link
            if strict:
                raise InputError(path.reason, fix=path.fix)
            result.files.append(FileReport(path.source.path, None, skipped=1, error=path.reason))
            result.skips.append(path)
            continue
        if on_file:
            on_file(path)
        started = time.perf_counter()
        try:
            head = head_text(path)
            if kind := kg_output_kind(path, head):
                result.notes.append(output_note(path, kind))
                continue
        except InputError:
            head = None  # reported below, with the file
        report = FileReport(str(path), None)
        result.files.append(report)
        try:
            if head is None:
                head = head_text(path)
            check_not_empty(path, head)
            reader = fixed_reader or detect_format(path, head, field_map)
            report.format = reader.name
            if field_map and not getattr(reader, "uses_field_map", False):
                _note(result, report, Note(Source(str(path), 0, None, reader.name),
                                           f"--field was not applied: this file was read as {reader.name}, "
                                           "whose field names are fixed", "field-map-ignored"))
            records = reused_records(path, reader, field_map, reuse_dir, result.reuse) if reuse_dir else reader.read(path)
            _take(result, report, dedup, records, field_map, strict)
            if not (report.papers or report.skipped or report.noted):
                _note(result, report, Note(Source(str(path), 0, None, reader.name),
                                           f"the {reader.name} reader found no paper records in this file",
                                           "no-records"))
        except InputError as e:
            if strict:
                raise
            report.error = e.what
            report.skipped += 1
            result.skips.append(Skip(Source(str(path), 0, None, report.format or ""), e.what, e.fix))
        finally:
            report.seconds = round(time.perf_counter() - started, 3)
    result.papers = dedup.papers()
    return result


def _take(result: ReadResult, report: FileReport, dedup: Deduplicator, records: Iterable, field_map: dict[str, str],
          strict: bool) -> None:
    """Account for each record a reader yields: a vetted paper, a skip, a note or the --field use."""
    for rec in records:
        if isinstance(rec, FieldUse):
            _field_use(result, report, rec, field_map)
            continue
        if isinstance(rec, Paper):
            rec, notes = vet(rec)
            for n in notes:
                _note(result, report, n)
            if isinstance(rec, Paper):
                report.papers += 1
                result.records += 1
                dedup.add(rec)
                continue
        if isinstance(rec, Skip):
            if strict:
                raise RecordError(f"{rec.source}: {rec.reason}", fix=rec.fix)
            result.skips.append(rec)
            report.skipped += 1
        else:
            _note(result, report, rec)


def _note(result: ReadResult, report: FileReport, note: Note) -> None:
    result.notes.append(note)
    report.noted += 1


def _field_use(result: ReadResult, report: FileReport, use: FieldUse, field_map: dict[str, str]) -> None:
    """Record which ``--field`` mappings a file used; a note for each that missed some records."""
    report.fields_mapped = {f: column for f, column, _ in use.applied}
    counts = {f: n for f, _, n in use.applied}
    for f, column in field_map.items():
        n = counts.get(f, 0)
        if n < use.records:
            where = "none of its records has" if n == 0 else f"{use.records - n} of its {use.records} records lack"
            _note(result, report, Note(
                use.source,
                f"--field {f}={column} applied to {n} of {use.records} records of this file: {where} a column "
                f"{column!r}, so their {f} was read from the usual column names",
                "field-map-partial" if n else "field-map-not-applied",
            ))


def vet(paper: Paper) -> tuple[Paper | Skip, list[Note] | tuple]:
    """The checks every record passes, whatever its reader: returns the (cleaned) paper or a skip,
    and notes about what was cleaned or is missing."""
    title, abstract = paper.title, paper.abstract
    # the usual record: one-line printable title of sane length, printable abstract (no newline)
    if (
        title and abstract and len(title) <= MAX_TITLE_CHARS and len(abstract) <= LONG_ABSTRACT_CHARS
        and title.isprintable() and "  " not in title and abstract.isprintable() and not abstract.isspace()
        and not F.has_pdf_chars(abstract) and not F.has_pdf_chars(title)  # (ASCII text: no call to a pattern)
    ):
        return paper, ()
    notes: list[Note] = []
    # (no note: the text reads the same; its mentions' offsets and evidence index the plain text)
    title, abstract = F.plain_text(title), F.plain_text(abstract)
    bidi_title, n_title = F.strip_bidi(title)
    bidi_abstract, n_abstract = F.strip_bidi(abstract)
    if n_title or n_abstract:
        title, abstract = bidi_title, bidi_abstract
        notes.append(Note(paper.source, f"removed {n_title + n_abstract} bidirectional override/isolate character(s) "
                                        "(U+202A-U+202E, U+2066-U+2069) from the title/abstract: they make text "
                                        "display in a different order than it is stored", "bidi-controls"))
    if F.has_control(title) or F.has_control(abstract):
        before = len(title) + len(abstract)
        title, abstract = F.strip_control(title), F.strip_control(abstract)
        removed = before - len(title) - len(abstract)
        notes.append(Note(paper.source, f"removed {removed} control character(s) from the title/abstract",
                          "control-characters"))
    if "\n" in title or "\t" in title or "\r" in title or "  " in title:
        title = F.fold(title)
    if not title.strip():
        return Skip(paper.source, "the record has an empty title",
                    "give the record a title (or map the right column with --field title=COLUMN)"), notes
    if len(title) > MAX_TITLE_CHARS:
        return Skip(
            paper.source,
            f"the title is {len(title):,} characters long (limit {MAX_TITLE_CHARS:,}): probably a whole "
            f"abstract or a broken line; it starts {title[:60]!r}",
            "check the record: the title field should hold only the title (fix the line breaks or the "
            "column mapping, e.g. --field title=COLUMN)",
        ), notes
    if not abstract or abstract.isspace():
        notes.append(Note(paper.source, "kept without an abstract: only the title will be searched for "
                                        "methods, datasets and tasks", "no-abstract"))
    elif len(abstract) > LONG_ABSTRACT_CHARS:
        notes.append(Note(paper.source, f"kept, but the abstract is {len(abstract):,} characters long: probably "
                                        "the full text or several records run together", "long-abstract"))
    if title is not paper.title or abstract is not paper.abstract:
        paper = dataclasses.replace(paper, title=title, abstract=abstract)
    return paper, notes


_DELETE_NOT_ALNUM = {c: None for c in range(128) if not chr(c).isalnum()}


def _title_key(title: str) -> str:
    """:func:`kg.model.title_key`, with a fast path for ASCII titles (where NFKC and the dash
    mapping change nothing, casefold is lower, and only ASCII punctuation is to be removed)."""
    return title.lower().translate(_DELETE_NOT_ALNUM) if title.isascii() else title_key(title)


def _keys(p: Paper) -> list[str]:
    keys = []
    if p.arxiv_id:
        keys.append(f"arxiv:{p.arxiv_id}")
    if p.doi:
        keys.append(f"doi:{p.doi.lower()}")
    tk = _title_key(p.title)
    if len(tk) >= MIN_TITLE_KEY_CHARS and not tk.endswith(_GENERIC_TITLE_ENDS) and tk not in _GENERIC_TITLES:
        keys.append(f"title:{tk}")
    return keys


class Deduplicator:
    """Groups records of the same paper (shared arXiv id, DOI or normalized title) into one paper.

    A record may join two groups formed earlier (an arXiv id matching one, a DOI matching
    another): they are merged into the earlier one. A title match is refused when both sides have
    different arXiv ids, since those are two papers that happen to share a title.
    """

    def __init__(self, result: ReadResult, spill_above: int | None = None, spill_dir: str | None = None) -> None:
        self.result = result
        # papers on disk past spill_above groups (streamed builds), else a plain list
        self.groups = PaperStore(spill_above, spill_dir)
        self.parent: list[int] = []
        self.by_key: dict[str, int] = {}

    def _find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def add(self, paper: Paper) -> None:
        if not paper.sources:
            paper = dataclasses.replace(paper, sources=(paper.source,))
        keys = _keys(paper)
        hits: dict[int, str] = {}
        for k in keys:
            idx = self.by_key.get(k)
            if idx is None:
                continue
            g = self._find(idx)
            if g in hits:
                continue
            other = self.groups[g]
            if k.startswith("title:") and paper.arxiv_id and other.arxiv_id and paper.arxiv_id != other.arxiv_id:
                continue
            hits[g] = k
        if not hits:
            idx = len(self.groups)
            self.groups.append(paper)
            self.parent.append(idx)
            for k in keys:
                self.by_key.setdefault(k, idx)
            return
        target, *others = sorted(hits)
        merged = self.groups[target]
        for g in others:  # this record bridges groups formed earlier
            merged = self._merge(merged, self.groups[g], hits[g])
            self.groups[g] = None
            self.parent[g] = target
        merged = self._merge(merged, paper, hits[target])
        self.groups[target] = merged
        for k in keys + _keys(merged):
            self.by_key.setdefault(k, target)

    def _merge(self, kept: Paper, new: Paper, on: str) -> Paper:
        self.result.merged += 1
        self.result.merges.append({"key": kept.key, "on": on, "kept": str(kept.source),
                                   "merged": [str(s) for s in new.sources]})
        return merge_papers(kept, new)

    def papers(self) -> list[Paper] | SpilledPapers:
        return self.groups.papers()


def merge_papers(a: Paper, b: Paper) -> Paper:
    """``a`` completed with ``b``: empty fields of ``a`` are filled, the longer abstract is kept,
    links and keywords are united, every source is kept. Authors are taken whole from the first
    record that has them (two spellings of one list would otherwise double it); a date is taken
    only when it agrees with the year kept (a preprint's date beside a journal's year would not)."""
    changes: dict = {}
    for f in dataclasses.fields(Paper):
        name = f.name
        va, vb = getattr(a, name), getattr(b, name)
        if name == "sources":
            changes[name] = tuple(va or (a.source,)) + tuple(vb or (b.source,))
        elif name == "source":
            continue
        elif name == "abstract":
            if len(vb or "") > len(va or ""):
                changes[name] = vb
        elif name == "authors":
            if not va and vb:
                changes[name] = vb
        elif name == "date":  # a date is taken only if it agrees with the year already kept
            if not va and vb and (a.year is None or F.year(vb) in (None, a.year)):
                changes[name] = vb
        elif isinstance(va, tuple):
            extra = tuple(x for x in vb if x not in va)
            if extra:
                changes[name] = va + extra
        elif va in (None, "") and vb not in (None, ""):
            changes[name] = vb
    return dataclasses.replace(a, **changes)

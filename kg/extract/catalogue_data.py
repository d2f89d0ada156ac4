"""Curated catalogue of well-known datasets, metrics, methods and tasks (``data/catalogue.jsonl``).

Each line is one entry; see ``docs/catalogue.md`` for the fields. The extractor matches every
surface form (name + aliases) on the text (:mod:`kg.extract.catalogue_match`); :meth:`Catalogue.lookup` resolves a form back
to its entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..errors import CatalogueError
from ..model import cased_name, normalize_name
from .words import DATA_DIR

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["CatalogueEntry", "Catalogue", "load_catalogue", "pipeline_catalogue", "read_catalogue", "DEFAULT_PATH", "TYPES", "DOMAINS"]

DEFAULT_PATH: Final = DATA_DIR / "catalogue.jsonl"
TYPES: Final = ("dataset", "metric", "method", "task")
DOMAINS: Final = ("cv", "nlp", "speech", "ml", "rl", "graph", "medical", "3d", "multimodal", "general")
_EDITION: Final = re.compile(r"[vV]?\d+(?:\.\d+)*")
_FIELDS: Final = ("name", "type", "aliases", "full_name", "domain", "case_sensitive", "ambiguous", "not_editions")


@dataclass(frozen=True)
class CatalogueEntry:
    """One well-known entity and its surface forms."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    full_name: str | None = None
    domain: str = "general"
    case_sensitive: bool = False
    ambiguous: bool = False
    not_editions: tuple[str, ...] = ()  # numbers after the name that name its own set (kg.editions)

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name followed by its aliases."""
        return (self.name, *self.aliases)


class Catalogue:
    """Entries plus an index from normalised surface form to entry."""

    def __init__(self, entries: list[CatalogueEntry], source: str = "<memory>",
                 lines: list[int] | None = None) -> None:
        self.entries = entries
        self.source = source
        self._lines = lines or list(range(1, len(entries) + 1))
        self._exact: dict[str, CatalogueEntry] = {}   # case-sensitive forms, NFKC/dash/space-normalised
        self._folded: dict[str, CatalogueEntry] = {}  # everything else, normalize_name()
        for e in entries:
            for form in e.surface_forms:
                if e.case_sensitive:
                    self._exact.setdefault(cased_name(form), e)
                else:
                    self._folded.setdefault(normalize_name(form), e)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, surface: str) -> CatalogueEntry | None:
        """Entry for a surface form (case-insensitive unless the entry is case-sensitive)."""
        hit = self._exact.get(cased_name(surface))
        return hit if hit is not None else self._folded.get(normalize_name(surface))

    def by_type(self, type: str) -> list[CatalogueEntry]:
        """Entries of one type ("dataset", "metric", "method" or "task")."""
        return [e for e in self.entries if e.type == type]

    def validate(self) -> None:
        """Raise :class:`~kg.errors.CatalogueError` naming the line of the first invalid or
        duplicate entry."""
        seen: dict[str, tuple[int, CatalogueEntry, str]] = {}
        for e, line in zip(self.entries, self._lines):
            problem = _problem(e, line, seen)
            if problem is not None:
                raise CatalogueError(f"{self.source}:{line} ({e.name!r}): {problem}", fix=_FIX)


_FIX: Final = "correct or remove that entry; docs/catalogue.md describes the fields and their values"


def _problem(e: CatalogueEntry, line: int, seen: dict[str, tuple[int, CatalogueEntry, str]]) -> str | None:
    """What is wrong with entry ``e`` (on ``line``), given the forms of the entries before it."""
    if not e.name or e.name != e.name.strip():
        return "empty name or surrounding whitespace"
    if e.type not in TYPES:
        return f"type {e.type!r} is not one of {TYPES}"
    if e.domain not in DOMAINS:
        return f"domain {e.domain!r} is not one of {DOMAINS}"
    if e.type == "task" and e.name != e.name.lower():
        return "task names are lower-case noun phrases"
    for form in e.surface_forms:
        if not isinstance(form, str) or not form.strip() or form != form.strip():
            return "empty alias or surrounding whitespace"  # ("Foo Bar " broke the matcher's plural check)
        key = normalize_name(form)
        if key in seen and seen[key][0] != line and _clash(seen[key][1], seen[key][2], e, form):
            return f"surface form {form!r} already used on line {seen[key][0]}"
        seen.setdefault(key, (line, e, form))
    forms = [cased_name(f) if e.case_sensitive else normalize_name(f) for f in e.surface_forms]
    if len(set(forms)) != len(forms):
        return "repeated surface form among name and aliases"
    return None


def _clash(a: CatalogueEntry, form_a: str, b: CatalogueEntry, form_b: str) -> bool:
    """Forms equal up to case clash unless both entries are case-sensitive and the cases differ."""
    return not (a.case_sensitive and b.case_sensitive and cased_name(form_a) != cased_name(form_b))


def _entry(d: dict) -> CatalogueEntry:
    if not isinstance(d, dict):
        raise ValueError("not a JSON object")
    unknown = set(d) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s) {sorted(unknown)}")
    aliases = d.get("aliases") or []
    if not isinstance(d.get("name"), str) or not isinstance(aliases, list) \
            or not all(isinstance(a, str) for a in aliases):
        raise ValueError("name must be a string and aliases a list of strings")
    not_editions = d.get("not_editions") or []
    if not isinstance(not_editions, list) or not all(isinstance(n, str) and _EDITION.fullmatch(n) for n in not_editions):
        raise ValueError('not_editions must be a list of numbers or versions as strings ("2015", "v2")')
    flags = (d.get("case_sensitive", False), d.get("ambiguous", False))
    if not all(isinstance(f, bool) for f in flags):
        raise ValueError("case_sensitive and ambiguous must be true or false")
    return CatalogueEntry(
        name=d["name"], type=d["type"], aliases=tuple(aliases), full_name=d.get("full_name"),
        domain=d.get("domain", "general"), case_sensitive=flags[0], ambiguous=flags[1],
        not_editions=tuple(not_editions),
    )


def read_catalogue(path: str | Path) -> Catalogue:
    """Parse a catalogue file (uncached); raise :class:`~kg.errors.CatalogueError` naming the line
    of a malformed entry, or when the file cannot be read."""
    path = Path(path)
    entries, lines = [], []
    try:
        with path.open(encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    entries.append(_entry(json.loads(raw)))
                except (ValueError, KeyError, TypeError) as exc:
                    raise CatalogueError(f"{path}:{n}: bad catalogue entry: {exc}", fix=_FIX) from exc
                lines.append(n)
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(
            f"cannot read the catalogue file {path}: {exc}",
            fix="check the path; a catalogue is a UTF-8 JSON Lines file (see docs/catalogue.md)",
        ) from exc
    return Catalogue(entries, str(path), lines)


@lru_cache(maxsize=8)
def _load(path: str) -> Catalogue:
    catalogue = read_catalogue(path)
    catalogue.validate()
    return catalogue


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """The catalogue at ``path`` (default: the packaged one), parsed and validated once per
    process; a bad entry raises :class:`~kg.errors.CatalogueError` naming its line."""
    return _load(str(Path(path) if path is not None else DEFAULT_PATH))


def pipeline_catalogue(nlp: Language) -> Catalogue | None:
    """The catalogue a pipeline's ``kg_catalogue`` component matches (its ``path``: validated and
    cached when that component was built), or None in a pipeline without one. Read by the
    components that look a name up again (:mod:`kg.extract.resolve`, :mod:`kg.extract.acronyms`)."""
    return load_catalogue(nlp.get_pipe_config("kg_catalogue").get("path")) if "kg_catalogue" in nlp.pipe_names else None

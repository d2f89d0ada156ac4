"""Plain data objects passed between the stages of kg.

ingest -> :class:`Paper`; extract -> :class:`Mention` (grouped in :class:`Extraction`);
API -> :class:`Relation`. The kinds of node and relation are rows of :mod:`kg.schema`. All are frozen dataclasses with tuple
fields so they hash, pickle cheaply (process pools) and cannot be mutated by accident.
spaCy types never leave ``kg.extract``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .schema import ROLE_KEYS, EntityType, Role

__all__ = [
    "EntityType",
    "Role",
    "Source",
    "Link",
    "Paper",
    "Mention",
    "Extraction",
    "Result",
    "Relation",
    "Skip",
    "normalize_name",
    "cased_name",
    "slugify",
    "short_hash",
    "ROLE_KEYS",
]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record came from: file, 1-based record number and line, reader name."""

    path: str
    record: int
    line: int | None = None
    format: str = ""

    def __str__(self) -> str:
        where = f"{self.path}#{self.record}" if self.record else self.path
        return f"{where} (line {self.line})" if self.line else where


@dataclass(frozen=True, slots=True)
class Link:
    """A URL given by the source metadata itself (not found in the text), e.g. an API's githubRepo."""

    url: str
    role: Role  # CODE_URL or OTHER_URL
    field: str  # the metadata field it came from


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper record as read from an input file.

    ``date`` is kept as written in the source ("Jul 16" stays without a year);
    ``year`` is set only when the source states one.
    A reader gives ``title`` and ``abstract`` in plain letters (ligatures spelled out, soft hyphens and
    zero-width characters dropped: :func:`kg.ingest.fields.plain_text`); mention offsets index them.
    """

    title: str
    abstract: str
    source: Source
    date: str | None = None
    year: int | None = None
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    organization: str | None = None
    upvotes: int | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    venue: str | None = None
    url: str | None = None
    links: tuple[Link, ...] = ()
    keywords: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()  # every source merged into this record (dedup)

    @property
    def key(self) -> str:
        """Stable identity: arXiv id, else DOI, else normalized title."""
        if self.arxiv_id:
            return f"arxiv:{self.arxiv_id}"
        if self.doi:
            return f"doi:{self.doi.lower()}"
        return f"title:{title_key(self.title)}"

    @property
    def text(self) -> str:
        """Title and abstract as one string; mention offsets with field "text" index into it."""
        return f"{self.title}\n\n{self.abstract}" if self.abstract else self.title


@dataclass(frozen=True, slots=True)
class Mention:
    """One extracted fact about a paper, with its evidence.

    ``field`` is "title" or "abstract"; ``start``/``end`` are character offsets into that
    field; ``sentence`` is the sentence containing the span. ``value`` holds a reported metric
    value ("52.3") when the text states one.
    """

    role: Role
    text: str
    field: str
    start: int
    end: int
    sentence: str
    rule: str
    confidence: float
    canonical: str | None = None  # catalogue name when the surface form is an alias
    value: str | None = None

    @property
    def edition_year(self) -> bool:
        """A year written alone for an edition of the dataset named before it: the "2012" of "PASCAL VOC 2007 and 2012",
        whose ``canonical`` is "PASCAL VOC 2012". Its text is no name of the entity: the graph counts the edition's name
        as its surface form. (The gold-style view keeps the text as written: SciREX marks such a "2012".)"""
        return self.canonical is not None and _BARE_YEAR.fullmatch(self.text) is not None


@dataclass(frozen=True, slots=True)
class Result:
    """A result a paper reports: ``value`` of ``metric`` on ``dataset`` by ``method``, with its evidence.

    ``kind`` is "absolute" (a score that ranks) or "improvement" (a gain over ``baseline``);
    ``method`` is None when the sentence credits no method; ``proposed`` says it is the paper's
    own (``method`` is then its name, or None when the paper never names it). ``field``,
    ``start`` and ``end`` locate the value as in :class:`Mention`.
    """

    metric: str
    value: str
    number: float
    unit: str
    kind: str
    dataset: str | None
    method: str | None
    proposed: bool
    baseline: str | None
    field: str
    start: int
    end: int
    sentence: str
    rule: str
    confidence: float
    higher_is_better: bool | None = None
    percent_scale: bool = False  # the metric is reported on a 0-100 scale (a unit-less 84.1 is 84.1%)
    canonical: str | None = None  # one name for wordings of one measure ("test error" -> "error rate")


# Roles whose names a paper writes in both numbers ("CNNs ... a 3D CNN"): one entity in the gold view.
_PLURAL_ONE = (Role.METHOD, Role.PROPOSED)
# a year written alone, standing for an edition of the dataset named before it ("PASCAL VOC 2007 and 2012")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


# Plural kind nouns a catalogued name may be written with ("Hodgkin-Huxley models", "Plackett-Luce models").
_KIND_PLURALS = frozenset({"models", "mixtures", "algorithms", "filters", "methods"})


def _one_of_kind(m: Mention, written: set[str]) -> str:
    """A catalogued method written in the plural of its kind noun is named as the catalogue names
    it where the text also writes that name (``written``: the method mentions' normalized texts):
    "a family of Hodgkin-Huxley models ... the classic Hodgkin-Huxley model" -> "Hodgkin-Huxley
    model" (the name the gold keeps, though the title's plural comes first); "error state Kalman
    filters" alone stays as written."""
    if m.role is not Role.METHOD or not m.canonical:
        return m.text
    rest, space, last = m.text.rpartition(" ")
    if not space or last.lower() not in _KIND_PLURALS:
        return m.text
    canon = normalize_name(m.canonical)
    if canon in written and (canon == normalize_name(m.text)[:-1] or canon == normalize_name(rest)):
        return m.canonical
    return m.text


def _plural_pair(n: str) -> str:
    """The other number of an acronym-like normalized name: "cnns" -> "cnn", "cnn" -> "cnns"."""
    return n[:-1] if n.endswith("s") else n + "s"


@dataclass(frozen=True, slots=True)
class Extraction:
    """All mentions and results found in one paper."""

    paper: Paper
    mentions: tuple[Mention, ...] = ()
    results: tuple[Result, ...] = ()

    def surface_lists(self) -> dict[str, list[str]]:
        """The gold-style view: role key -> distinct surface strings in order of appearance."""
        out: dict[str, list[str]] = {k: [] for k in ROLE_KEYS}
        seen: dict[str, set[str]] = {k: set() for k in ROLE_KEYS}
        written = {normalize_name(m.text) for m in self.mentions if m.role is Role.METHOD}
        for m in sorted(self.mentions, key=lambda m: (m.field != "title", m.start)):
            k = m.role.value
            # A link is its mended form (a link the text breaks with a space); names are as written.
            text = (m.canonical or m.text) if m.role in (Role.CODE_URL, Role.OTHER_URL) else _one_of_kind(m, written)
            n = normalize_name(text)
            if n in seen[k] or (m.role in _PLURAL_ONE and _plural_pair(n) in seen[k]):
                continue  # "CNN" after "CNNs": one name, written once
            seen[k].add(n)
            out[k].append(text)
        return out


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge from a paper (or entity) to an entity, with the mentions that support it."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[Mention, ...] = ()
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Skip:
    """An input record that did not become a paper, and why. Goes into the build report."""

    source: Source
    reason: str
    fix: str = ""


_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")


def cased_name(text: str) -> str:
    """:func:`normalize_name` without the case folding: the key of a case-sensitive name."""
    if not text.isascii():  # (NFKC and the dash map leave ASCII as it is: most names skip both)
        text = _DASHES.sub("-", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())  # (as re.sub(r"\s+", " ", text).strip(): one whitespace test, a third of the cost)


def normalize_name(text: str) -> str:
    """Case-, dash- and whitespace-insensitive key for matching names ("Human3.6M" == "human3.6m")."""
    return cased_name(text).casefold()


def title_key(title: str) -> str:
    """Key used to recognise the same paper under slightly different titles."""
    t = normalize_name(title)
    return re.sub(r"[^0-9a-z]+", "", t)


def slugify(text: str, max_len: int = 60) -> str:
    """URL-safe, readable slug: "Stable Diffusion 3" -> "stable-diffusion-3"."""
    t = unicodedata.normalize("NFKD", normalize_name(text)).encode("ascii", "ignore").decode()
    t = t.replace("+", "plus")
    t = re.sub(r"[^0-9a-z.]+", "-", t).strip("-.")
    if not t:
        t = "x" + short_hash(text)
    return t[:max_len].rstrip("-.")


def short_hash(text: str, n: int = 10) -> str:
    """Deterministic short hex digest (not Python's salted ``hash``)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]

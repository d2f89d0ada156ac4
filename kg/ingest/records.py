"""Generic records (a JSON object or a CSV row) -> :class:`~kg.model.Paper`, shared by the
``json``, ``jsonl`` and ``csv`` readers.

Each paper field is looked up under a list of common names (case, "_", "-" and spaces ignored:
``paperAbstract`` == ``paper_abstract``); ``--field KEY=COLUMN`` (``field_map``) names the column
for a field explicitly, in the records that have that column: the others (a JSON Lines file
beside the CSV the mapping was meant for) are read under the usual names, and
:meth:`RecordMapper.field_use` says which it was. The lookup plan is worked out once per
distinct set of keys, so a file of uniform records pays for it once.

A value that is there but unusable (a year of "20021", a DOI that is not one, a URL that is
not http) is left out with a note; a title that is not text (``"title": 12345``) is a skip.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from collections import Counter
from collections.abc import Iterator

from ..errors import InputError
from ..model import Paper, Role, Skip, Source
from . import fields as F
from .base import EXPECTED, FieldUse, Note, checked, value_note

__all__ = ["ALIASES", "FIELD_NAMES", "RecordMapper", "check_field_map", "norm_key", "title_keys"]

#: Paper field -> column names it is read from, most specific first (compared by :func:`norm_key`).
#: The order of the fields matters: :meth:`RecordMapper.paper` unpacks values in this order.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "paper_title", "article_title", "document_title"),
    "abstract": ("abstract", "summary", "paper_abstract", "abstract_text", "abstract_note", "abstr", "description"),
    "authors": ("authors", "author", "author_names", "creators", "creator"),
    "year": ("year", "publication_year", "pub_year"),
    "date": ("date", "publication_date", "published_date", "published", "published_at", "pub_date", "submitted"),
    "venue": ("venue", "journal", "conference", "booktitle", "publication_title", "container_title", "source_title"),
    "id": ("id", "paper_id", "identifier"),
    "arxiv": ("arxiv", "arxiv_id", "eprint", "arxiv_url"),
    "doi": ("doi",),
    "url": ("url", "link", "site", "paper_url", "abs_url", "pdf", "pdf_url"),
    "github": ("github", "github_repo", "github_url", "code", "code_url", "repo", "repository", "source_code"),
    "project": ("project", "project_page", "project_url", "homepage", "website"),
    "keywords": ("keywords", "ai_keywords", "tags", "keyphrases"),
    "organization": ("organization", "organisation", "org", "institution"),
    "upvotes": ("upvotes", "votes"),
}
FIELD_NAMES = tuple(ALIASES)
_KEYWORD_SEP = re.compile(r"[;,]")
#: Stands for a paper field the record shape does not have: ``rec.get(_ABSENT)`` is None.
_ABSENT = object()


def norm_key(key: str) -> str:
    return re.sub(r"[^0-9a-z]", "", key.lower())


_NORM_ALIASES = {f: tuple(norm_key(a) for a in names) for f, names in ALIASES.items()}
_TITLE_KEYS = frozenset(_NORM_ALIASES["title"])


def title_keys(field_map: Mapping[str, str]) -> frozenset[str]:
    """Normalized column names that may hold the title: the ``--field title=`` column and the aliases
    (a mapping applies where its column exists; other files keep the usual names)."""
    return _TITLE_KEYS | {norm_key(field_map["title"])} if "title" in field_map else _TITLE_KEYS


def check_field_map(field_map: Mapping[str, str] | None) -> dict[str, str]:
    """``field_map`` validated: every key must be a paper field this module reads."""
    if not field_map:
        return {}
    bad = [k for k in field_map if k not in ALIASES]
    if bad:
        raise InputError(
            f"--field names unknown paper field(s): {', '.join(map(repr, bad))}",
            fix=f"use KEY=COLUMN with KEY one of: {', '.join(FIELD_NAMES)}",
        )
    return dict(field_map)


def _link_items(value: object) -> list[object]:
    """A link field's value as links: several URLs in one string ("https://a; https://b", Markdown
    links) are each a link."""
    if not isinstance(value, str) or (";" not in value and " " not in value.strip()):
        return [value]
    if "http" in value and (found := F.URL_IN_TEXT.findall(value)):
        return found
    return [p for p in value.split(";") if p.strip()]


class RecordMapper:
    """Maps dict records to papers for one file; ``fmt`` is the reader's name (for sources)."""

    def __init__(self, path: str, fmt: str, field_map: Mapping[str, str] | None = None) -> None:
        self.path = path
        self.fmt = fmt
        self.field_map = check_field_map(field_map)
        self._plans: dict[tuple[str, ...], tuple[object, ...]] = {}
        self._mapped: dict[tuple[str, ...], tuple[str, ...]] = {}  # per shape: the fields --field applied to
        self._applied: Counter[str] = Counter()  # field -> records the mapping applied to
        self._records = 0
        self._notes: list[Note] = []

    def _keys_for(self, keys: tuple[str, ...]) -> tuple[object, ...]:
        """For one record shape: the key holding each paper field, in ``FIELD_NAMES`` order
        (``_ABSENT``, a key no record has, where the shape lacks the field)."""
        found = self._plans.get(keys)
        if found is None:
            by_norm: dict[str, str] = {}
            for k in keys:
                by_norm.setdefault(norm_key(k), k)
            found, mapped = [], []
            for f, aliases in _NORM_ALIASES.items():
                hit = None
                if f in self.field_map:
                    want = self.field_map[f]
                    hit = want if want in keys else by_norm.get(norm_key(want))
                    if hit is not None:
                        mapped.append(f)
                if hit is None:  # no mapped column in this shape: the usual names
                    hit = next((by_norm[a] for a in aliases if a in by_norm), None)
                found.append(_ABSENT if hit is None else hit)
            self._mapped[keys] = tuple(mapped)
            found = self._plans[keys] = tuple(found)
        return found

    def records(self, rec: Mapping[str, object], record: int, line: int | None) -> Iterator[Paper | Skip | Note]:
        """:meth:`paper` for one record, preceded by the notes about values it left out."""
        paper = self.paper(rec, record, line)
        if self._notes:
            yield from self._notes
            self._notes = []
        yield paper

    def field_use(self) -> Iterator[FieldUse]:
        """One :class:`FieldUse` saying which ``--field`` mappings this file used (none without a mapping)."""
        if self.field_map:
            applied = tuple((f, self.field_map[f], self._applied[f]) for f in self.field_map if self._applied[f])
            yield FieldUse(Source(self.path, 0, None, self.fmt), "--field mappings used", "field-map",
                           applied, self._records)

    def missing_title(self, keys: tuple[str, ...], source: Source, why: str) -> Skip:
        shown = ", ".join(keys[:15]) + (", ..." if len(keys) > 15 else "")
        if "title" in self.field_map:
            fix = f"--field title={self.field_map['title']} names the title column; this record's keys are: {shown}"
        else:
            fix = f"name the title column with --field title=COLUMN; this record's keys are: {shown or '(none)'}"
        return Skip(source, why, fix)

    def _links(self, fields: tuple, source: Source) -> tuple:
        """Links from ``(value, key, role)`` of the code and page fields; a value that holds no URL is noted."""
        links: list = []
        for value, key, role in fields:
            if value:
                for item in value if isinstance(value, list) else _link_items(value):
                    link = F.code_or_page_link(item, key, role)
                    if link is None and not F.is_blank(item):
                        self._notes.append(value_note(source, "url", item, f"{EXPECTED['url']} (field {key!r})"))
                    elif link and link not in links:
                        links.append(link)
        return tuple(links)

    def paper(self, rec: Mapping[str, object], record: int, line: int | None) -> Paper | Skip:
        source = Source(self.path, record, line, self.fmt)
        keys = tuple(rec)
        plan = self._plans.get(keys) or self._keys_for(keys)
        if self.field_map:
            self._records += 1
            self._applied.update(self._mapped[keys])
        # Hot path (a corpus has 10^5 records): every mapped value in one pass of C calls.
        (title, abstract, authors, year, date, venue, ident, arxiv, doi, url, github, project, keywords,
         organization, upvotes) = map(rec.get, plan)
        if plan[0] is _ABSENT:
            return self.missing_title(keys, source, "the record has no title field")
        if not isinstance(title, str):
            if title is not None:  # a number or a list is a wrong column, not a title
                return Skip(source, f"the title field {plan[0]!r} holds {F.not_text(title)}, not text",
                            "check that the title column holds the titles (name it with --field title=COLUMN)")
            title = ""
        title = title.strip()
        if not title:
            return Skip(source, f"the title field {plan[0]!r} is empty",
                        "fill in the record's title, or remove the record")
        abstract = (abstract.strip() if isinstance(abstract, str) else F.text(abstract)) if abstract else ""

        notes = self._notes
        arxiv = checked(arxiv, F.arxiv_id, source, "arxiv", EXPECTED["arxiv"], notes)
        doi = checked(doi, F.doi, source, "doi", EXPECTED["doi"], notes)
        if ident:
            arxiv = arxiv or F.arxiv_id(ident)
            doi = doi or F.doi(ident)
        url = checked(url, F.url, source, "url", EXPECTED["url"], notes)
        if url and not arxiv and "arxiv.org/" in url:
            arxiv = F.arxiv_id(url)
        if url and not doi and "doi.org/" in url:
            doi = F.doi(url)
        if doi and not arxiv and doi.startswith("10.48550/"):
            arxiv = F.arxiv_id(doi)
        links = self._links(((github, plan[10], Role.CODE_URL), (project, plan[11], Role.OTHER_URL)), source)
        year = checked(year, F.year, source, "year", EXPECTED["year"], notes)
        date = (F.text(date) or None) if date else None
        if date and not year:
            year = F.year(date)
        if isinstance(keywords, str):
            keywords = tuple(map(str.strip, _KEYWORD_SEP.split(keywords)))
            if "" in keywords:
                keywords = tuple(k for k in keywords if k)
        elif isinstance(keywords, list):
            keywords = tuple(k for k in (F.text(x) for x in keywords) if k)
        else:
            keywords = ()
        authors = F.authors(authors) if authors else ()
        return Paper(
            title=title,
            abstract=abstract,
            source=source,
            date=date,
            year=year,
            authors=authors,
            author_count=len(authors) or None,
            organization=(F.text(organization) or None) if organization else None,
            upvotes=upvotes if isinstance(upvotes, int) and not isinstance(upvotes, bool) else None,
            arxiv_id=arxiv,
            doi=doi,
            venue=(F.text(venue) or None) if venue else None,
            url=url,
            links=links,
            keywords=keywords,
            sources=(source,),
        )

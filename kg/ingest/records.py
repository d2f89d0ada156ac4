"""Generic records (a JSON object or a CSV row) -> :class:`~kg.model.Paper`, shared by the
``json``, ``jsonl`` and ``csv`` readers.

Each paper field is looked up under a list of common names (case, "_", "-" and spaces ignored:
``paperAbstract`` == ``paper_abstract``); ``--field KEY=COLUMN`` (``field_map``) names the column
for a field explicitly. The lookup plan is worked out once per distinct set of keys, so a file
of uniform records pays for it once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from operator import itemgetter

from ..errors import InputError
from ..model import Paper, Role, Skip, Source
from . import fields as F

__all__ = ["ALIASES", "FIELD_NAMES", "RecordMapper", "check_field_map", "norm_key"]

#: Paper field -> column names it is read from, most specific first (compared by :func:`norm_key`).
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


def norm_key(key: str) -> str:
    return re.sub(r"[^0-9a-z]", "", key.lower())


_NORM_ALIASES = {f: tuple(norm_key(a) for a in names) for f, names in ALIASES.items()}


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


def _tuple_getter(keys: tuple[str, ...]) -> Callable:
    """``rec -> tuple of rec[k] for k in keys`` (itemgetter, which returns a bare value for one key)."""
    if len(keys) > 1:
        return itemgetter(*keys)
    if keys:
        get = itemgetter(keys[0])
        return lambda rec: (get(rec),)
    return lambda rec: ()


class RecordMapper:
    """Maps dict records to papers for one file; ``fmt`` is the reader's name (for sources)."""

    def __init__(self, path: str, fmt: str, field_map: Mapping[str, str] | None = None) -> None:
        self.path = path
        self.fmt = fmt
        self.field_map = check_field_map(field_map)
        self._plans: dict[tuple[str, ...], tuple[dict[str, str], tuple[str, ...], Callable]] = {}

    def _compiled(self, keys: tuple[str, ...]) -> tuple[dict[str, str], tuple[str, ...], Callable]:
        """For one record shape: paper field -> key holding it, those fields, and a getter of their values."""
        found = self._plans.get(keys)
        if found is None:
            by_norm: dict[str, str] = {}
            for k in keys:
                by_norm.setdefault(norm_key(k), k)
            plan = {}
            for f, aliases in _NORM_ALIASES.items():
                if f in self.field_map:
                    want = self.field_map[f]
                    hit = want if want in keys else by_norm.get(norm_key(want))
                else:
                    hit = next((by_norm[a] for a in aliases if a in by_norm), None)
                if hit is not None:
                    plan[f] = hit
            fields = tuple(plan)
            getter = _tuple_getter(tuple(plan.values()))
            found = self._plans[keys] = (plan, fields, getter)
        return found

    def missing_title(self, keys: tuple[str, ...], source: Source, why: str) -> Skip:
        shown = ", ".join(keys[:15]) + (", ..." if len(keys) > 15 else "")
        if "title" in self.field_map:
            fix = f"--field title={self.field_map['title']} names the title column; this record's keys are: {shown}"
        else:
            fix = f"name the title column with --field title=COLUMN; this record's keys are: {shown or '(none)'}"
        return Skip(source, why, fix)

    def paper(self, rec: Mapping[str, object], record: int, line: int | None) -> Paper | Skip:
        source = Source(self.path, record, line, self.fmt)
        keys = tuple(rec)
        plan, fields, getter = self._plans.get(keys) or self._compiled(keys)
        # Hot path (a corpus has 10^5 records): one C-level call takes every mapped value.
        value = dict(zip(fields, getter(rec))).get
        if "title" not in plan:
            return self.missing_title(keys, source, "the record has no title field")
        title = value("title")
        title = title.strip() if isinstance(title, str) else F.text(title)
        if not title:
            return self.missing_title(keys, source, f"the title field {plan['title']!r} is empty")
        abstract = value("abstract") or ""
        abstract = abstract.strip() if isinstance(abstract, str) else F.text(abstract)

        arxiv = F.arxiv_id(v) if (v := value("arxiv")) else None
        doi = F.doi(v) if (v := value("doi")) else None
        if v := value("id"):
            arxiv = arxiv or F.arxiv_id(v)
            doi = doi or F.doi(v)
        url = F.url(v) if (v := value("url")) else None
        if url and not arxiv and "arxiv.org/" in url:
            arxiv = F.arxiv_id(url)
        if doi and not arxiv and doi.startswith("10.48550/"):
            arxiv = F.arxiv_id(doi)
        links: list = []
        for f, role in (("github", Role.CODE_URL), ("project", Role.OTHER_URL)):
            if v := value(f):
                for item in v if isinstance(v, list) else (v,):
                    link = F.code_or_page_link(item, plan[f], role)
                    if link and link not in links:
                        links.append(link)
        year = F.year(v) if (v := value("year")) else None
        date = F.text(v) or None if (v := value("date")) else None
        if date and not year:
            year = F.year(date)
        keywords: tuple[str, ...] = ()
        if kw := value("keywords"):
            if isinstance(kw, str):
                keywords = tuple([k for k in map(str.strip, _KEYWORD_SEP.split(kw)) if k])
            elif isinstance(kw, list):
                keywords = tuple(k for k in (F.text(x) for x in kw) if k)
        upvotes = value("upvotes")
        authors = F.authors(v) if (v := value("authors")) else ()
        return Paper(
            title=title,
            abstract=abstract,
            source=source,
            date=date,
            year=year,
            authors=authors,
            author_count=len(authors) or None,
            organization=F.text(v) or None if (v := value("organization")) else None,
            upvotes=upvotes if isinstance(upvotes, int) and not isinstance(upvotes, bool) else None,
            arxiv_id=arxiv,
            doi=doi,
            venue=F.text(v) or None if (v := value("venue")) else None,
            url=url,
            links=tuple(links),
            keywords=keywords,
            sources=(source,),
        )

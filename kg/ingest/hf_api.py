"""Reader for JSON from the Hugging Face papers API.

Three shapes, as saved from the API (or one object per line, JSON Lines)::

    /api/daily_papers        [{"paper": {id, title, summary, authors: [{name}], publishedAt, upvotes,
                               githubRepo, projectPage, ai_keywords, submittedOnDailyAt, ...},
                               "title", "summary", "publishedAt", "organization": {name, fullname},
                               "numComments", ...}, ...]
    /api/papers/search       the same items (a list, or {"papers": [...]})
    /api/papers/{id}         one paper object: {id, title, summary, authors, ...}

Each field is read from the nested ``paper`` first, then from the item around it. The HF paper
id is the arXiv id. ``publishedAt`` (else ``submittedOnDailyAt``) gives the date as YYYY-MM-DD.
``githubRepo`` becomes a code link and ``projectPage`` a page link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Paper, Role, Skip, Source
from . import fields as F
from ._json import JsonValue, describe, iter_json, list_of_objects
from .base import EXPECTED, Note, Record, checked, register

__all__ = ["HfApiReader"]

_NESTED = re.compile(r'"paper"\s*:\s*\{')
_HF_KEYS = ("submittedOnDailyAt", "ai_keywords", "githubRepo", "projectPage", "discussionId", "upvotes", "ai_summary")


@register
class HfApiReader:
    """Hugging Face papers API JSON (daily papers, search results, single papers)."""

    name = "hf-api"
    description = "Hugging Face papers API JSON: /api/daily_papers, /api/papers/search, /api/papers/{id}"

    def detect(self, path: Path, head: str) -> float:
        if head.lstrip()[:1] not in ("[", "{") or '"paperId"' in head:
            return 0.0
        hits = sum(f'"{k}"' in head for k in _HF_KEYS)
        if _NESTED.search(head) and hits:
            return 0.9
        if hits >= 2 and '"summary"' in head:
            return 0.85
        return 0.0

    def read(self, path: Path) -> Iterator[Record]:
        record = 0
        for item in iter_json(path, self.name):
            if not isinstance(item, JsonValue):
                yield item
                continue
            for obj in [item.value] if item.record else self._items(path, item.value):
                record += 1
                source = Source(str(path), record, item.line, self.name)
                if not isinstance(obj, dict):
                    yield Skip(source, f"record {record} is {describe(obj)}, not a paper object",
                               "save the API response unchanged (a list of paper objects)")
                    continue
                notes: list[Note] = []
                paper = self.paper(obj, source, notes)
                yield from notes
                yield paper

    def _items(self, path: Path, value: object) -> list:
        if isinstance(value, list):
            return value
        if isinstance(value, dict):
            if "paper" in value or "title" in value or "id" in value:
                return [value]
            for key in ("papers", "data", "results"):
                if list_of_objects(value.get(key)) or value.get(key) == []:
                    return value[key]
        raise InputError(
            f"{path}: not a Hugging Face papers API response: the document is {describe(value)}",
            fix="save the body of /api/daily_papers, /api/papers/search or /api/papers/{id} unchanged, "
            "or choose another reader with --format",
        )

    def paper(self, item: dict, source: Source, notes: list[Note]) -> Paper | Skip:
        """The item as a paper (or a skip); a value that cannot be used adds a note to ``notes``."""
        inner = item.get("paper") if isinstance(item.get("paper"), dict) else {}

        def get(key: str) -> object:
            v = inner.get(key)
            return v if v not in (None, "", []) else item.get(key)

        if problem := F.not_text(get("title")):
            return Skip(source, f"the paper's title holds {problem}, not text", "save the API response unchanged")
        title = F.fold(F.text(get("title")))
        if not title:
            return Skip(source, "the paper object has no title",
                        "save the full API response (the title is in paper.title or the item's title)")
        ident = F.text(inner.get("id") or item.get("id"))
        arxiv = F.arxiv_id(ident)
        date = F.text(get("publishedAt") or get("submittedOnDailyAt")) or None
        org = get("organization")
        if isinstance(org, dict):
            org = org.get("fullname") or org.get("name")
        upvotes = get("upvotes")
        links = tuple(
            link
            for key, role in (("githubRepo", Role.CODE_URL), ("projectPage", Role.OTHER_URL))
            if (link := checked(get(key), lambda v, k=key, r=role: F.code_or_page_link(v, k, r), source, "url",
                                f"{EXPECTED['url']} (field {key!r})", notes))
        )
        keywords = get("ai_keywords")
        authors = F.authors(get("authors"))
        return Paper(
            title=title,
            abstract=F.fold(F.text(get("summary"))),
            source=source,
            date=date[:10] if date else None,
            year=F.year(date[:4]) if date else None,
            authors=authors,
            author_count=len(authors) or None,
            organization=F.text(org) or None,
            upvotes=upvotes if isinstance(upvotes, int) and not isinstance(upvotes, bool) else None,
            arxiv_id=arxiv,
            url=f"https://huggingface.co/papers/{ident}" if ident else None,
            links=links,
            keywords=tuple(F.text(k) for k in keywords if F.text(k)) if isinstance(keywords, list) else (),
            sources=(source,),
        )

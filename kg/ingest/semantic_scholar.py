"""Reader for JSON from the Semantic Scholar Graph API (and its recommendations API).

Shapes, as saved from the API (or one per line, JSON Lines, as in the S2 datasets)::

    /paper/{id}                      one paper: {paperId, externalIds: {ArXiv, DOI, ...}, title,
                                     abstract (may be null), venue, year, publicationDate, authors: [{name}]}
    /paper/batch                     a list of papers, null where an id was not found
    /paper/search, /search/bulk      {total, offset, next | token, data: [paper, ...]}
    /paper/{id}/citations            {offset, next, data: [{citingPaper: paper, contexts, ...}]}
    /paper/{id}/references           {offset, next, data: [{citedPaper: paper, ...}]}
    /recommendations/.../forpaper    {recommendedPapers: [paper, ...]}
    /author/{id}?fields=papers       {authorId, name, papers: [paper, ...]}

A paper's embedded ``citations`` and ``references`` lists are not read as papers (a note says
how many there were): the file is about the paper, not its neighbours.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Paper, Skip, Source
from . import fields as F
from ._json import JsonValue, describe, iter_json
from .base import EXPECTED, Note, Record, checked, register

__all__ = ["SemanticScholarReader"]

_WRAPPERS = ("citingPaper", "citedPaper")
_LISTS = ("data", "recommendedPapers", "papers")


@register
class SemanticScholarReader:
    """Semantic Scholar Graph API JSON."""

    name = "semantic-scholar"
    description = "Semantic Scholar Graph API JSON: papers, batches, search/citation/reference envelopes"

    def detect(self, path: Path, head: str) -> float:
        if head.lstrip()[:1] not in ("[", "{"):
            return 0.0
        if '"paperId"' in head or '"citingPaper"' in head or '"citedPaper"' in head:
            return 0.9
        return 0.0

    def read(self, path: Path) -> Iterator[Record]:
        counter = [0]
        for item in iter_json(path, self.name):
            if not isinstance(item, JsonValue):
                yield item
                continue
            yield from self._walk(path, item.value, item.line, counter, top=not item.record)

    def _walk(self, path: Path, value: object, line: int, counter: list[int], top: bool = False) -> Iterator[Record]:
        if isinstance(value, list):
            for v in value:
                yield from self._walk(path, v, line, counter)
            return
        if isinstance(value, dict):
            for key in _LISTS:
                if isinstance(value.get(key), list) and ("paperId" not in value or key != "papers"):
                    yield from self._walk(path, value[key], line, counter)
                    return
            for key in _WRAPPERS:
                if key in value:
                    yield from self._walk(path, value[key], line, counter)
                    return
            if "paperId" in value or "title" in value:
                counter[0] += 1
                yield from self.paper(value, Source(str(path), counter[0], line, self.name))
                return
            if top and ("error" in value or "message" in value):
                raise InputError(
                    f"{path}: is a Semantic Scholar error response: {value.get('error') or value.get('message')}",
                    fix="save a successful response (check the request's paper ids and fields)",
                )
        counter[0] += 1
        source = Source(str(path), counter[0], line, self.name)
        if value is None and not top:
            yield Skip(source, "the API returned null for this record (the requested id was not found)",
                       "check the id in the batch request; nothing else is missing")
            return
        if top:
            raise InputError(
                f"{path}: not a Semantic Scholar API response: the document is {describe(value)}",
                fix="save the response body of a /graph/v1/paper endpoint unchanged, or choose another reader with --format",
            )
        yield Skip(source, f"record {counter[0]} is {describe(value)}, not a paper",
                   "save the API response unchanged")

    def paper(self, obj: dict, source: Source) -> Iterator[Record]:
        pid = F.text(obj.get("paperId")) or "?"
        if problem := F.not_text(obj.get("title")):
            yield Skip(source, f"paper {pid}'s title holds {problem}, not text", "save the API response unchanged")
            return
        title = F.fold(F.text(obj.get("title")))
        if not title:
            yield Skip(
                source,
                f"paper {pid} has no title (the request did not ask for it, or S2 has none)",
                "request the fields you need, e.g. ?fields=title,abstract,authors,year,venue,externalIds",
            )
            return
        ext = obj.get("externalIds") if isinstance(obj.get("externalIds"), dict) else {}
        venue = F.text(obj.get("venue"))
        for holder in ("publicationVenue", "journal"):
            if not venue and isinstance(obj.get(holder), dict):
                venue = F.text(obj[holder].get("name"))
        date = F.text(obj.get("publicationDate")) or None
        authors = F.authors(obj.get("authors"))
        nested = {k: len(obj[k]) for k in ("citations", "references") if isinstance(obj.get(k), list) and obj[k]}
        if nested:
            counts = " and ".join(f"{n} {k}" for k, n in nested.items())
            yield Note(source, f"paper {pid} embeds {counts}; they were not read as papers "
                               "(save the /citations or /references response to read them)", "nested-not-read")
        notes: list[Note] = []
        year = checked(obj.get("year"), F.year, source, "year", EXPECTED["year"], notes)
        arxiv = checked(ext.get("ArXiv"), F.arxiv_id, source, "arxiv", EXPECTED["arxiv"], notes)
        doi = checked(ext.get("DOI"), F.doi, source, "doi", EXPECTED["doi"], notes)
        url = checked(obj.get("url"), F.url, source, "url", EXPECTED["url"], notes)
        yield from notes
        yield Paper(
            title=title,
            abstract=F.text(obj.get("abstract")),
            source=source,
            date=date,
            year=year or F.year(date),
            authors=authors,
            author_count=len(authors) or None,
            arxiv_id=arxiv,
            doi=doi,
            venue=venue or None,
            url=url,
            sources=(source,),
        )

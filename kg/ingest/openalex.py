"""Reader for OpenAlex works JSON: one work, a ``{meta, results}`` page, a list, or JSON Lines.

Fields used (https://docs.openalex.org/api-entities/works/work-object): ``title`` /
``display_name``, ``abstract_inverted_index`` (rebuilt into text: word -> positions),
``doi``, ``ids.arxiv``, ``publication_date``, ``publication_year``,
``authorships[].author.display_name``, ``primary_location.source.display_name`` (venue) and
``landing_page_url``, ``keywords[].display_name``. An arXiv id is also taken from any location
whose landing page is on arxiv.org, or from an arXiv DOI (10.48550/arXiv.*).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Paper, Skip, Source
from . import fields as F
from ._json import JsonValue, describe, iter_json
from .base import EXPECTED, Note, Record, checked, register

__all__ = ["OpenAlexReader", "rebuild_abstract"]


def rebuild_abstract(index: object) -> str:
    """Text of an ``abstract_inverted_index`` ({"word": [positions]}); "" if absent or malformed."""
    if not isinstance(index, dict):
        return ""
    slots: dict[int, str] = {}
    for word, positions in index.items():
        if isinstance(positions, list):
            for p in positions:
                if isinstance(p, int):
                    slots[p] = word
    return " ".join(slots[i] for i in sorted(slots))


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


@register
class OpenAlexReader:
    """OpenAlex works API JSON."""

    name = "openalex"
    description = "OpenAlex works JSON: one work, {meta, results} pages, lists or JSON Lines"

    def detect(self, path: Path, head: str) -> float:
        if head.lstrip()[:1] not in ("[", "{"):
            return 0.0
        if '"abstract_inverted_index"' in head or "openalex.org/W" in head:
            return 0.9
        return 0.6 if '"authorships"' in head else 0.0

    def read(self, path: Path) -> Iterator[Record]:
        record = 0
        for item in iter_json(path, self.name):
            if not isinstance(item, JsonValue):
                yield item
                continue
            value = item.value
            if isinstance(value, dict) and isinstance(value.get("results"), list):
                works = value["results"]
            elif item.record or isinstance(value, dict) and ("id" in value or "title" in value or "display_name" in value):
                works = [value]
            elif isinstance(value, list):
                works = value
            else:
                raise InputError(
                    f"{path}: not an OpenAlex works response: the document is {describe(value)}",
                    fix="save the body of /works or /works/{id} unchanged, or choose another reader with --format",
                )
            for work in works:
                record += 1
                source = Source(str(path), record, item.line, self.name)
                if isinstance(work, dict):
                    notes: list[Note] = []
                    paper = self.paper(work, source, notes)
                    yield from notes
                    yield paper
                else:
                    yield Skip(source, f"record {record} is {describe(work)}, not a work", "save the API response unchanged")

    def paper(self, work: dict, source: Source, notes: list[Note]) -> Paper | Skip:
        """The work as a paper (or a skip); a value that cannot be used adds a note to ``notes``."""
        raw_title = work.get("title") or work.get("display_name")
        wid = F.text(work.get("id")) or "?"
        if problem := F.not_text(raw_title):
            return Skip(source, f"work {wid}'s title holds {problem}, not text", "save the API response unchanged")
        title = F.fold(F.text(raw_title))
        if not title:
            return Skip(source, f"work {wid} has no title", "OpenAlex has no title for it; drop it or add one")
        ids = _dict(work.get("ids"))
        doi = checked(work.get("doi") or ids.get("doi"), F.doi, source, "doi", EXPECTED["doi"], notes)
        arxiv = checked(ids.get("arxiv"), F.arxiv_id, source, "arxiv", EXPECTED["arxiv"], notes)
        primary = _dict(work.get("primary_location"))
        if not arxiv:
            locations = [primary, *(loc for loc in work.get("locations") or [] if isinstance(loc, dict))]
            for loc in locations:
                page = F.text(loc.get("landing_page_url"))
                if "arxiv.org/" in page and (arxiv := F.arxiv_id(page)):
                    break
        if not arxiv and doi and doi.startswith("10.48550/"):
            arxiv = F.arxiv_id(doi)
        date = F.text(work.get("publication_date")) or None
        authors = tuple(
            name
            for a in work.get("authorships") or []
            if isinstance(a, dict) and (name := F.text(_dict(a.get("author")).get("display_name")))
        )
        keywords = tuple(
            kw for k in work.get("keywords") or [] if isinstance(k, dict) and (kw := F.text(k.get("display_name")))
        )
        return Paper(
            title=title,
            abstract=rebuild_abstract(work.get("abstract_inverted_index")),
            source=source,
            date=date,
            year=checked(work.get("publication_year"), F.year, source, "year", EXPECTED["year"], notes) or F.year(date),
            authors=authors,
            author_count=len(authors) or None,
            arxiv_id=arxiv,
            doi=doi,
            venue=F.text(_dict(primary.get("source")).get("display_name")) or None,
            url=F.url(primary.get("landing_page_url")) or F.url(work.get("id")),
            keywords=keywords,
            sources=(source,),
        )

"""Reader for arXiv API Atom feeds (``export.arxiv.org/api/query`` responses).

Per entry: ``id`` -> arXiv id without version; ``title`` and ``summary`` with whitespace folded;
``published`` -> date (YYYY-MM-DD) and year; ``author/name``; ``arxiv:primary_category`` and
``category`` terms -> keywords (primary first); the ``alternate`` link -> url; ``arxiv:doi``
(or the ``doi`` link) -> doi; ``arxiv:journal_ref`` -> venue; URLs in ``arxiv:comment``
("Code: https://github.com/...") -> links. An arXiv error entry (id under ``/api/errors``) and
an entry with no id are skips. A feed that breaks off keeps the entries before the break.

The stdlib parser is used; a document type or entity declaration is refused before parsing
(arXiv never sends one, and entity expansion is how "billion laughs" files hurt parsers).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Link, Paper, Skip, Source
from . import fields as F
from .base import Note, Record, load_text, register

__all__ = ["ArxivReader"]

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ENTRY_START = re.compile(r"<(?:\w+:)?entry[\s>]")


def _text(el: ET.Element | None) -> str:
    return F.fold(el.text or "") if el is not None else ""


@register
class ArxivReader:
    """arXiv API Atom feed."""

    name = "arxiv"
    description = "arXiv API Atom feed (export.arxiv.org/api/query responses)"

    def detect(self, path: Path, head: str) -> float:
        if not head.lstrip().startswith("<"):  # a document, not a program or page that quotes one
            return 0.0
        if "<feed" not in head and "<entry" not in head:
            return 0.0
        if "http://www.w3.org/2005/Atom" not in head:
            return 0.0
        return 0.95 if "arxiv.org" in head else 0.5

    def read(self, path: Path) -> Iterator[Record]:
        text, extra = load_text(path, self.name)
        yield from extra
        if m := _DECLARATION.search(text):
            line = text.count("\n", 0, m.start()) + 1
            raise InputError(
                f"{path}: line {line} declares a document type or entities ({m.group(0)}...); kg refuses "
                "XML with declarations (entity expansion can exhaust memory: the 'billion laughs' attack)",
                fix="remove the <!DOCTYPE ...> / <!ENTITY ...> declarations; arXiv API responses have none",
            )
        entry_lines = [text.count("\n", 0, m.start()) + 1 for m in _ENTRY_START.finditer(text)]
        parser = ET.XMLPullParser(events=("start", "end"))
        state = {"root": False, "record": 0, "total": None}
        try:
            parser.feed(text)  # a syntax error is queued after the events before it
            yield from self._events(path, parser, state, entry_lines)
            parser.close()  # raises if the document stops before its end
            yield from self._events(path, parser, state, entry_lines)
        except ET.ParseError as e:
            ln, col = e.position
            if not state["root"]:
                raise InputError(
                    f"{path}: not well-formed XML at line {ln}, column {col} ({e})",
                    fix="re-download the feed; an arXiv API response is one complete <feed> document",
                ) from e
            done = state["record"]
            yield Skip(
                Source(str(path), done + 1, ln, self.name),
                f"the feed breaks off at line {ln}, column {col} after {done} complete entries ({e}); "
                "the rest of the file was not read",
                "re-download the feed (the entries before the break were read)",
            )
            return
        if state["record"] == 0:
            yield Note(
                Source(str(path), 0, None, self.name),
                f"the feed has no entries (opensearch:totalResults = {state['total'] or 'not given'})",
                "empty-feed",
            )

    def _events(self, path: Path, parser: ET.XMLPullParser, state: dict, entry_lines: list[int]) -> Iterator[Record]:
        for event, el in parser.read_events():
            if event == "start":
                if not state["root"]:
                    state["root"] = True
                    if el.tag not in (f"{ATOM}feed", f"{ATOM}entry"):
                        raise InputError(
                            f"{path}: is XML but not an Atom feed (the root element is <{el.tag}>)",
                            fix="pass the unchanged response of export.arxiv.org/api/query, or choose another "
                            "reader with --format",
                        )
            elif el.tag == f"{OPENSEARCH}totalResults":
                state["total"] = (el.text or "").strip()
            elif el.tag == f"{ATOM}entry":
                state["record"] += 1
                n = state["record"]
                line = entry_lines[n - 1] if n <= len(entry_lines) else None
                yield self.entry(el, Source(str(path), n, line, self.name))
                el.clear()

    def entry(self, el: ET.Element, source: Source) -> Paper | Skip:
        raw_id = _text(el.find(f"{ATOM}id"))
        if "/api/errors" in raw_id:
            return Skip(
                source,
                f"the arXiv API answered with an error entry: {_text(el.find(f'{ATOM}summary')) or raw_id}",
                "correct the query (usually a malformed id in id_list) and fetch the feed again",
            )
        links = el.findall(f"{ATOM}link")
        url = next((ln.get("href") for ln in links if ln.get("rel", "alternate") == "alternate" and ln.get("href")), None)
        arxiv = F.arxiv_id(raw_id) or F.arxiv_id(url)
        title = _text(el.find(f"{ATOM}title"))
        if not arxiv:
            what = f"an id that is not an arXiv id ({raw_id!r})" if raw_id else "no <id>"
            return Skip(source, f"entry {title[:80]!r} has {what}",
                        "fetch the feed again from export.arxiv.org/api/query; every arXiv entry has an <id>")
        if not title:
            return Skip(source, f"entry {arxiv} has no <title>", "fetch the feed again; arXiv entries always have a title")
        doi = F.doi(_text(el.find(f"{ARXIV}doi")))
        if not doi:
            doi = next((F.doi(ln.get("href")) for ln in links if ln.get("title") == "doi"), None)
        published = _text(el.find(f"{ATOM}published"))
        primary = el.find(f"{ARXIV}primary_category")
        cats = [primary.get("term")] if primary is not None and primary.get("term") else []
        cats += [c.get("term") for c in el.findall(f"{ATOM}category") if c.get("term") and c.get("term") not in cats]
        comment = _text(el.find(f"{ARXIV}comment"))
        comment_links: list[Link] = []
        for u in F.URL_IN_TEXT.findall(comment):
            link = F.code_or_page_link(u, "arxiv:comment")
            if link and link not in comment_links:
                comment_links.append(link)
        authors = tuple(n for a in el.findall(f"{ATOM}author") if (n := _text(a.find(f"{ATOM}name"))))
        return Paper(
            title=title,
            abstract=_text(el.find(f"{ATOM}summary")),
            source=source,
            date=published[:10] or None,
            year=F.year(published[:4]),
            authors=authors,
            author_count=len(authors) or None,
            arxiv_id=arxiv,
            doi=doi,
            venue=_text(el.find(f"{ARXIV}journal_ref")) or None,
            url=url,
            links=tuple(comment_links),
            keywords=tuple(cats),
            sources=(source,),
        )

"""Replay bodies in each API's real shape (from tests/data/formats) and helpers to inspect a replay."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def base(httpserver) -> str:
    return httpserver.url_for("/").rstrip("/")


def requests_made(httpserver) -> list[str]:
    """``METHOD path?query`` of every request the server answered, in order."""
    return [f"{req.method} {req.path}" + (f"?{req.query_string.decode()}" if req.query_string else "")
            for req, _ in httpserver.log]


def hf_day(day: str, n: int = 2) -> list[dict]:
    """A /api/daily_papers list for ``day``: the sample's first item, re-identified per day."""
    item = json.loads((FORMATS / "hf_api" / "daily_papers.json").read_text())[0]
    out = []
    for i in range(n):
        it = copy.deepcopy(item)
        it["paper"]["id"] = f"24{day[5:7]}.{day[8:10]}{i:03d}"
        it["paper"]["title"] = it["title"] = f"{item['paper']['title']} ({day} #{i})"
        it["paper"]["publishedAt"] = it["publishedAt"] = f"{day}T08:00:00.000Z"
        out.append(it)
    return out


def arxiv_pages(size: int) -> list[str]:
    """The real 10-entry arXiv feed cut into pages of ``size`` entries, totalResults set to 10."""
    text = (FORMATS / "arxiv_atom" / "rsxiv_query.xml").read_text()
    head, rest = text.split("<entry>", 1)
    entries = ["<entry>" + e.split("</entry>")[0] + "</entry>" for e in ("<entry>" + rest).split("<entry>")[1:]]
    head = re.sub(r"<opensearch:totalResults>\d+<", f"<opensearch:totalResults>{len(entries)}<", head)
    return [head + "\n".join(entries[i : i + size]) + "\n</feed>\n" for i in range(0, len(entries), size)]


def s2_search_pages(size: int, total: int) -> list[dict]:
    """Search envelopes ({total, offset, next, data}) over the real 'turing' search results."""
    data = json.loads((FORMATS / "semantic_scholar" / "search_turing.json").read_text())["data"][:total]
    pages = []
    for off in range(0, len(data), size):
        page = {"total": len(data), "offset": off, "data": data[off : off + size]}
        if off + size < len(data):
            page["next"] = off + size
        pages.append(page)
    return pages


def openalex_pages() -> list[dict]:
    """The sample works page split into two cursor pages (the last with next_cursor null)."""
    page = json.loads((FORMATS / "openalex" / "works_page.json").read_text())
    works = page["results"]
    meta = {**page["meta"], "count": len(works), "per_page": 2}
    return [{"meta": {**meta, "next_cursor": "IlsxNjk0ODc"}, "results": works[:2]},
            {"meta": {**meta, "next_cursor": None}, "results": works[2:]}]

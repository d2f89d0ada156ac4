"""arXiv API: ``GET /api/query`` (Atom), paged with ``start``/``max_results``, 3 s between requests.

``--query Q`` asks for the newest entries first (``sortBy=submittedDate&sortOrder=descending``)
so ``--max`` keeps the latest and ``kg update`` pages only until it meets an entry published
no later than the newest one already fetched. ``--ids`` sends an ``id_list``. Each page is saved
as ``arxiv/<query|ids>-<hash>-<start>.xml.gz`` (an update's pages also carry the date they
start from), read by the ``arxiv`` reader.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date

from ..errors import FetchError, KgError
from .client import BadBody
from .run import Request, digest

__all__ = ["SOURCE"]

ATOM = "{http://www.w3.org/2005/Atom}"
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
DEFAULT_MAX = 100
UPDATE_MAX = 2000  # most entries one `kg update` takes for a query
PAGE = 100  # the API allows 2000 a page; smaller pages make an interrupted fetch lose less


@dataclass
class Feed:
    total: int | None
    published: list[str]  # of the entries, in feed order


def parse(body: bytes) -> Feed:
    """The paging facts of an Atom feed; :class:`BadBody` if it is not one, FetchError for an API error entry."""
    if _DECLARATION.search(body[:4096]):
        raise BadBody("the XML declares a document type; arXiv responses never do")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as e:
        raise BadBody(f"not well-formed XML ({e})") from e
    if root.tag != f"{ATOM}feed":
        raise BadBody(f"the XML root is <{root.tag}>, not an Atom <feed>")
    published = []
    for entry in root.iter(f"{ATOM}entry"):
        ident = (entry.findtext(f"{ATOM}id") or "").strip()
        if "/api/errors" in ident:
            raise FetchError(f"the arXiv API reported an error: {(entry.findtext(f'{ATOM}summary') or '').strip()}",
                             fix="fix the query (see https://info.arxiv.org/help/api/user-manual.html#query_details)")
        published.append((entry.findtext(f"{ATOM}published") or "").strip())
    total = root.findtext(f"{OPENSEARCH}totalResults")
    return Feed(int(total) if total and total.strip().isdigit() else None, published)


def _ids(values: list[str]) -> list[str]:
    ids = [i for v in values for i in re.split(r"[\s,]+", v) if i]
    return list(dict.fromkeys(ids))


class Arxiv:
    name = "arxiv"
    env_var = "KG_ARXIV_BASE_URL"
    default_base = "https://export.arxiv.org"
    pause = 3.0  # the API user manual asks for a 3 second delay between calls

    def spec(self, o: dict) -> dict:
        query, ids = o.get("query"), _ids(o.get("ids") or [])
        if bool(query) == bool(ids):
            raise KgError("arxiv takes --query or --ids (one of them)",
                          fix='pass e.g. --query "cat:cs.CL AND ti:retrieval" or --ids 2206.06921 --ids 2401.02954')
        cap = o.get("max") or (len(ids) if ids else DEFAULT_MAX)
        return {"query": query, "max": cap} if query else {"ids": ids, "max": cap}

    def key(self, spec: dict) -> str:
        return f"arxiv query={spec['query']}" if spec.get("query") else f"arxiv ids={digest(spec['ids'])}"

    def total(self, spec: dict) -> int:
        return -(-spec["max"] // PAGE)

    def headers(self, spec: dict) -> dict:
        return {}

    def requests(self, spec: dict, base: str) -> Generator[Request, bytes, None]:
        since, start, cap = spec.get("since"), 0, spec["max"]
        if spec.get("query"):
            what = {"search_query": spec["query"], "sortBy": "submittedDate", "sortOrder": "descending"}
            stem = f"query-{digest(spec['query'])}" + (f"-since-{re.sub(r'[^0-9]', '', since)}" if since else "")
        else:
            what = {"id_list": ",".join(spec["ids"])}
            stem = f"ids-{digest(spec['ids'])}"
        while start < cap:
            n = min(PAGE, cap - start)
            body = yield Request(f"{stem}-{start:06d}.xml", f"{base}/api/query", {**what, "start": start, "max_results": n})
            feed = parse(body)
            start += len(feed.published)
            if not feed.published or (feed.total is not None and start >= feed.total):
                return
            if since and any(p and p <= since for p in feed.published):
                return  # met an entry the previous fetch already had

    def summarize(self, body: bytes) -> tuple[int, str | None]:
        feed = parse(body)
        return len(feed.published), max(filter(None, feed.published), default=None)

    def update_spec(self, entry: dict, today: date) -> dict | str:
        spec = entry.get("spec", {})
        if spec.get("ids"):
            return "an id list has nothing new to fetch (fetch more ids with `kg fetch arxiv --ids`)"
        if not entry.get("newest"):
            return "no entry was fetched yet"
        # everything newer is wanted, however small the first fetch's --max; the cap only guards
        # against a query that matches far more than the user meant
        return {**spec, "since": entry["newest"], "max": max(spec.get("max", 0), UPDATE_MAX)}


SOURCE = Arxiv()

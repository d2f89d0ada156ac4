"""Semantic Scholar Graph API: ``POST /graph/v1/paper/batch`` for ``--ids`` (500 ids a request) and
``GET /graph/v1/paper/search`` for ``--search`` (paged with ``offset``/``limit``, following ``next``).

An API key, when the environment variable ``SEMANTIC_SCHOLAR_API_KEY`` holds one, is sent as
``x-api-key`` (it is never written to the manifest). Files: ``semantic-scholar/batch-<hash>.json.gz``
and ``semantic-scholar/search-<hash>-<offset>.json.gz``, read by the ``semantic-scholar`` reader.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Generator
from datetime import date

from ..errors import KgError
from .client import BadBody
from .run import Request, digest

__all__ = ["SOURCE", "API_KEY_VAR", "FIELDS"]

API_KEY_VAR = "SEMANTIC_SCHOLAR_API_KEY"
FIELDS = "title,abstract,authors,year,venue,publicationVenue,publicationDate,externalIds,url"
BATCH = 500  # the batch endpoint's documented maximum
PAGE = 100  # the search endpoint's documented maximum ``limit``
SEARCH_CAP = 1000  # relevance search serves offset + limit < 1000 only
DEFAULT_MAX = 100


class SemanticScholar:
    name = "semantic-scholar"
    env_var = "KG_S2_BASE_URL"
    default_base = "https://api.semanticscholar.org"
    pause = 1.0  # the documented rate for a keyed client; unkeyed clients share a pool

    def spec(self, o: dict) -> dict:
        ids = list(dict.fromkeys(i for v in o.get("ids") or [] for i in re.split(r"[\s,]+", v) if i))
        search = o.get("search")
        if bool(ids) == bool(search):
            raise KgError("semantic-scholar takes --ids or --search (one of them)",
                          fix='pass e.g. --ids arXiv:2206.06921 --ids DOI:10.18653/v1/N18-3011, or --search "retrieval augmented"')
        if ids:
            return {"ids": ids[: o["max"]] if o.get("max") else ids}
        cap = min(o.get("max") or DEFAULT_MAX, SEARCH_CAP - 1)
        return {"search": search, "max": cap}

    def key(self, spec: dict) -> str:
        return f"semantic-scholar search={spec['search']}" if spec.get("search") else f"semantic-scholar ids={digest(spec['ids'])}"

    def total(self, spec: dict) -> int:
        n, size = (len(spec["ids"]), BATCH) if spec.get("ids") else (spec["max"], PAGE)
        return -(-n // size)

    def headers(self, spec: dict) -> dict:
        key = os.environ.get(API_KEY_VAR, "").strip()
        return {"x-api-key": key} if key else {}

    def requests(self, spec: dict, base: str) -> Generator[Request, bytes, None]:
        if spec.get("ids"):
            ids = spec["ids"]
            for i in range(0, len(ids), BATCH):
                chunk = ids[i : i + BATCH]
                yield Request(f"batch-{digest(chunk)}.json", f"{base}/graph/v1/paper/batch", {"fields": FIELDS},
                              method="POST", json={"ids": chunk})
            return
        offset, cap, stem = 0, spec["max"], f"search-{digest(spec['search'])}"
        while offset < cap:
            n = min(PAGE, cap - offset)
            body = yield Request(f"{stem}-{offset:05d}.json", f"{base}/graph/v1/paper/search",
                                 {"query": spec["search"], "offset": offset, "limit": n, "fields": FIELDS})
            page = json.loads(body)
            nxt = page.get("next")
            if not page.get("data") or not isinstance(nxt, int) or nxt <= offset:
                return
            offset = nxt

    def summarize(self, body: bytes) -> tuple[int, str | None]:
        try:
            value = json.loads(body)
        except ValueError as e:
            raise BadBody(f"not JSON: {e}") from e
        if isinstance(value, dict) and isinstance(value.get("data"), list):
            papers = value["data"]
        elif isinstance(value, list):
            papers = value
        else:
            raise BadBody("neither a batch list nor a search page ({total, offset, data})")
        dates = [str(p.get("publicationDate") or "") for p in papers if isinstance(p, dict)]
        return sum(isinstance(p, dict) for p in papers), max(filter(None, dates), default=None)

    def update_spec(self, entry: dict, today: date) -> dict | str:
        if entry.get("spec", {}).get("ids"):
            return "an id list has nothing new to fetch (fetch more ids with `kg fetch semantic-scholar --ids`)"
        return "relevance search has no 'newer than' order; re-run `kg fetch semantic-scholar --search ... --refresh`"


SOURCE = SemanticScholar()

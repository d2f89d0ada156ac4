"""OpenAlex: ``GET /works?search=Q`` or ``?filter=F``, cursor paging (``cursor=*``, then ``meta.next_cursor``).

The polite pool's ``mailto`` comes from ``--mailto`` or the ``OPENALEX_MAILTO`` environment
variable; it is sent, never written to a file name or the manifest. Pages are saved as
``openalex/works-<hash>-<page>.json.gz`` (a ``{meta, results}`` page, read by the ``openalex``
reader); a resumed fetch takes the next cursor from the saved page. ``kg update`` adds
``from_publication_date:<newest date fetched>`` to the filter.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from datetime import date

from ..errors import KgError
from .client import BadBody
from .run import Request, digest

__all__ = ["SOURCE", "MAILTO_VAR"]

MAILTO_VAR = "OPENALEX_MAILTO"
PAGE = 200  # the documented maximum per-page
DEFAULT_MAX = 200


class OpenAlex:
    name = "openalex"
    env_var = "KG_OPENALEX_BASE_URL"
    default_base = "https://api.openalex.org"
    pause = 0.1  # OpenAlex allows 10 requests a second

    def spec(self, o: dict) -> dict:
        search, flt = o.get("search"), o.get("filter")
        if not search and not flt:
            raise KgError("openalex needs --search or --filter",
                          fix='pass e.g. --search "graph neural networks" or --filter "concepts.id:C41008148,publication_year:2024"')
        spec = {"max": o.get("max") or DEFAULT_MAX}
        if search:
            spec["search"] = search
        if flt:
            spec["filter"] = flt
        spec["mailto"] = o.get("mailto") or None
        return spec

    def key(self, spec: dict) -> str:
        return "openalex " + " ".join(f"{k}={spec[k]}" for k in ("search", "filter") if spec.get(k))

    def total(self, spec: dict) -> int:
        return -(-spec["max"] // PAGE)

    def headers(self, spec: dict) -> dict:
        return {}

    def requests(self, spec: dict, base: str) -> Generator[Request, bytes, None]:
        flt = ",".join(f for f in (spec.get("filter"), spec.get("since_filter")) if f)
        what = {k: v for k, v in (("search", spec.get("search")), ("filter", flt)) if v}
        mailto = spec.get("mailto") or os.environ.get(MAILTO_VAR, "").strip()
        stem, cap = f"works-{digest(what)}", spec["max"]
        got, cursor, page = 0, "*", 1
        while got < cap and cursor:
            params = {**what, "per-page": min(PAGE, cap - got), "cursor": cursor}  # the last page stops at --max
            if mailto:
                params["mailto"] = mailto
            body = yield Request(f"{stem}-{page:04d}.json", f"{base}/works", params)
            data = json.loads(body)
            results = data.get("results") or []
            if not results:
                return
            got += len(results)
            cursor = (data.get("meta") or {}).get("next_cursor")
            page += 1

    def summarize(self, body: bytes) -> tuple[int, str | None]:
        try:
            value = json.loads(body)
        except ValueError as e:
            raise BadBody(f"not JSON: {e}") from e
        if not isinstance(value, dict) or not isinstance(value.get("results"), list):
            raise BadBody("not a works page ({meta, results})")
        dates = [str(w.get("publication_date") or "") for w in value["results"] if isinstance(w, dict)]
        return len(value["results"]), max(filter(None, dates), default=None)

    def update_spec(self, entry: dict, today: date) -> dict | str:
        if not entry.get("newest"):
            return "no work was fetched yet"
        return {**entry.get("spec", {}), "since_filter": f"from_publication_date:{entry['newest'][:10]}"}


SOURCE = OpenAlex()

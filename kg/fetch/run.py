"""Run a fetch: plan a source's requests, skip those already saved, fetch the rest, record them.

A source is a module-level object with::

    name, env_var, default_base, pause (seconds between requests)
    spec(options) -> dict                 validated parameters (kept in the manifest)
    key(spec) -> str                      which manifest entry the fetch belongs to
    requests(spec, base) -> generator     yields Request, is sent each response body (paging)
    summarize(body) -> (records, newest)  parses a body; raises BadBody when it is not the API's
    update_spec(entry, today) -> dict | str   the spec fetching what is new, or why there is nothing to do
    headers(spec) -> dict                 extra request headers (an API key)
    total(spec) -> int | None             how many requests, when known before the first

The generator is sent saved bodies too, so a resumed fetch pages on from what is on disk without
repeating a request.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from ..errors import FetchError, KgError
from .client import BadBody, Client, FetchSettings
from .store import Store, now_iso

__all__ = ["Request", "FetchResult", "sources", "fetch", "update", "digest", "Progress"]


@dataclass
class Request:
    """One request of a fetch; ``name`` is the file it is saved as (under ``DIR/<source>/``)."""

    name: str
    url: str
    params: dict = field(default_factory=dict)
    method: str = "GET"
    json: object = None
    newest: str | None = None  # what this request covers, when the body does not say (a day)
    refresh: bool = False  # fetch again even if saved (an update re-reading a day that may have grown)


@dataclass
class FetchResult:
    """What one fetch did."""

    source: str
    key: str
    fetched: list[dict] = field(default_factory=list)  # requests sent (one per saved file)
    resumed: list[str] = field(default_factory=list)  # files already saved, not requested again
    http_requests: int = 0  # requests sent, retries included
    retries: list[dict] = field(default_factory=list)  # one per retry: url, attempt, reason, wait
    records: int = 0  # records in the fetched and resumed files
    newest: str | None = None
    note: str = ""  # why nothing was fetched (kg update)


#: spec keys that belong to one run (an update's start point) or are secret-ish (an e-mail address)
_PER_RUN = ("since", "since_filter", "refresh", "mailto")


class Progress:
    """Callbacks for a progress display; all no-ops."""

    def total(self, n: int | None) -> None: ...

    def advance(self, label: str) -> None: ...

    def retry(self, event: dict) -> None: ...

    def done(self) -> None: ...


def digest(value: object, n: int = 10) -> str:
    """A short stable hash of a JSON-able value, for file names."""
    return hashlib.sha1(json.dumps(value, sort_keys=True).encode()).hexdigest()[:n]


def sources() -> dict:
    """The fetchable sources by name."""
    from . import arxiv, hf_daily, openalex, semantic_scholar

    return {s.name: s for s in (hf_daily.SOURCE, arxiv.SOURCE, semantic_scholar.SOURCE, openalex.SOURCE)}


def get_source(name: str):
    found = sources().get(name)
    if found is None:
        raise KgError(f"unknown fetch source {name!r}", fix=f"use one of: {', '.join(sources())}")
    return found


def base_url(source, given: str | None, remembered: str | None = None) -> str:
    """--base-url, else the one remembered for this folder, else the source's environment variable, else the real host."""
    url = given or remembered or os.environ.get(source.env_var) or source.default_base
    if not url.startswith(("http://", "https://")):
        raise KgError(f"base URL {url!r} for {source.name} is not an http(s) URL",
                      fix=f"pass e.g. --base-url {source.default_base} (or set {source.env_var})")
    return url.rstrip("/")


def fetch(source_name: str, out_dir: str | Path, options: dict, settings: FetchSettings | None = None, *,
          base: str | None = None, progress: Progress | None = None) -> FetchResult:
    """Fetch ``source_name`` with ``options`` into ``out_dir``; see ``kg fetch --help``."""
    source = get_source(source_name)
    spec = source.spec(options)
    store = Store(Path(out_dir))
    old = store.entry(source.key(spec)) or {}
    return _run(source, spec, store, settings or FetchSettings(), base_url(source, base, old.get("base_url")),
                progress or Progress(), remember_base=base)


def _run(source, spec: dict, store: Store, settings: FetchSettings, base: str, progress: Progress,
         remember_base: str | None = None) -> FetchResult:
    key = source.key(spec)
    result = FetchResult(source.name, key)
    entry = store.entry(key) or {"source": source.name, "spec": {}, "first_fetched": now_iso(), "requests": {}}
    entry["spec"] = {**entry["spec"], **{k: v for k, v in spec.items() if k not in _PER_RUN}}
    if remember_base:
        entry["base_url"] = remember_base
    client = Client(settings, source.pause, source.headers(spec), on_retry=progress.retry)
    plan = source.requests(spec, base)
    progress.total(source.total(spec))
    try:
        req = next(plan)
        while True:
            body = _get(source, store, client, req, settings, result, entry)
            progress.advance(req.name)
            store.record(key, entry)
            req = plan.send(body)
    except StopIteration:
        pass
    finally:
        client.close()
        progress.done()
        result.http_requests = client.requests
        result.retries = list(client.events)
    entry["last_fetched"] = now_iso()
    if result.newest and (not entry.get("newest") or result.newest > entry["newest"]):
        entry["newest"] = result.newest
    store.record(key, entry)
    return result


def _get(source, store: Store, client: Client, req: Request, settings: FetchSettings, result: FetchResult,
         entry: dict) -> bytes:
    if store.has(source.name, req.name) and not (settings.refresh or req.refresh):
        body = store.read(source.name, req.name)
        try:
            records, newest = source.summarize(body)
        except BadBody as e:
            raise FetchError(f"{store.path(source.name, req.name)}: the saved response is not the API's ({e})",
                             fix="delete the file (or pass --refresh) and re-run to fetch it again") from e
        result.resumed.append(req.name)
    else:
        before = client.requests
        body = client.fetch(req.method, req.url, params=req.params, json=req.json, check=source.summarize)
        store.write(source.name, req.name, body)
        records, newest = source.summarize(body)
        done = {"file": f"{source.name}/{req.name}.gz", "url": _shown(req, hide=_PER_RUN), "method": req.method,
                "at": now_iso(), "records": records, "attempts": client.requests - before}
        entry["requests"][req.name] = done
        result.fetched.append(done)
    newest = max(filter(None, (newest, req.newest)), default=None)
    result.records += records
    if newest and (result.newest is None or newest > result.newest):
        result.newest = newest
    return body


def _shown(req: Request, hide: tuple[str, ...] = ()) -> str:
    import httpx

    return str(httpx.URL(req.url, params={k: v for k, v in req.params.items() if k not in hide}))


def update(out_dir: str | Path, settings: FetchSettings | None = None, *, today: date | None = None,
           base: str | None = None, progress_for: Callable[[str], Progress] | None = None) -> list[FetchResult]:
    """Fetch what is new for every fetch recorded in ``out_dir``'s manifest."""
    store = Store(Path(out_dir))
    if not store.manifest["fetches"]:
        raise FetchError(f"{out_dir}: no fetch is recorded here (no {store.manifest_path.name})",
                         fix=f"run `kg fetch SOURCE ... --out {out_dir}` first; `kg update` then keeps it current")
    today = today or datetime.now(timezone.utc).date()
    results = []
    for key, entry in list(store.manifest["fetches"].items()):
        source = get_source(str(entry.get("source")))
        spec = source.update_spec(entry, today)
        if isinstance(spec, str):
            results.append(FetchResult(source.name, key, note=spec))
            continue
        url = base_url(source, base, entry.get("base_url"))
        progress = progress_for(source.name) if progress_for else Progress()
        results.append(_run(source, spec, store, settings or FetchSettings(), url, progress))
    return results

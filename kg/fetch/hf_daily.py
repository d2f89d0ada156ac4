"""Hugging Face Daily Papers: ``GET /api/daily_papers?date=YYYY-MM-DD&limit=100``, one request a day.

A day that fills its page is continued with ``p=1, 2, ...``. A day is saved as
``hf-daily/daily_papers-YYYY-MM-DD.json.gz`` (further pages ``...-p1.json.gz``), the JSON list
the ``hf-api`` reader reads. ``kg update`` fetches the days after the newest day fetched, up to
today; the newest day itself again when it was fetched on or before that day (its list may
have grown since).
"""

from __future__ import annotations

import json
from collections.abc import Generator
from datetime import date, timedelta

from ..errors import KgError
from .client import BadBody
from .run import Request

__all__ = ["SOURCE"]

LIMIT = 100  # papers a page; the API's default is 50, a busy day can hold more
MAX_PAGES = 10
MAX_DAYS = 3660  # a guard against a typo'd year, not a limit anyone reaches on purpose


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as e:
        raise KgError(f"{option} {value!r} is not a date", fix=f"write it as YYYY-MM-DD, e.g. {option} 2024-05-01") from e


def days(first: date, last: date) -> list[str]:
    return [(first + timedelta(n)).isoformat() for n in range((last - first).days + 1)]


def _first_id(items: list) -> object:
    item = items[0] if items and isinstance(items[0], dict) else {}
    return (item.get("paper") or {}).get("id") if isinstance(item.get("paper"), dict) else item.get("id")


class HfDaily:
    name = "hf-daily"
    env_var = "KG_HF_BASE_URL"
    default_base = "https://huggingface.co"
    pause = 0.5  # HF documents no limit for this endpoint; half a second keeps a long range polite

    def spec(self, o: dict) -> dict:
        if o.get("date") and (o.get("from") or o.get("to")):
            raise KgError("hf-daily takes --date or --from/--to, not both", fix="pass one day with --date, or a range with --from and --to")
        if o.get("date"):
            first = last = _day(o["date"], "--date")
        elif o.get("from"):
            first = _day(o["from"], "--from")
            last = _day(o["to"], "--to") if o.get("to") else first
        else:
            raise KgError("hf-daily needs the day(s) to fetch", fix="pass --date 2024-05-01, or --from 2024-05-01 --to 2024-05-07")
        if last < first:
            raise KgError(f"--to {last} is before --from {first}", fix="swap them")
        dates = days(first, last)
        if len(dates) > MAX_DAYS:
            raise KgError(f"--from {first} --to {last} spans {len(dates)} days", fix=f"fetch at most {MAX_DAYS} days at once")
        if o.get("max"):
            dates = dates[: o["max"]]
        return {"dates": dates}

    def key(self, spec: dict) -> str:
        return self.name

    def total(self, spec: dict) -> int:
        return len(spec["dates"])

    def headers(self, spec: dict) -> dict:
        return {}

    def requests(self, spec: dict, base: str) -> Generator[Request, bytes, None]:
        again = set(spec.get("refresh", ()))
        for day in spec["dates"]:
            first_id = None
            for page in range(MAX_PAGES):
                body = yield Request(f"daily_papers-{day}" + (f"-p{page}" if page else "") + ".json",
                                     f"{base}/api/daily_papers", {"date": day, "limit": LIMIT} | ({"p": page} if page else {}),
                                     newest=day, refresh=day in again)
                items = json.loads(body)
                ident = _first_id(items)
                if len(items) < LIMIT or (page and ident == first_id):
                    break  # the day's last page (or a server that ignores ``p`` sent the first again)
                first_id = first_id or ident

    def summarize(self, body: bytes) -> tuple[int, str | None]:
        try:
            items = json.loads(body)
        except ValueError as e:
            raise BadBody(f"not JSON: {e}") from e
        if not isinstance(items, list):
            raise BadBody(f"a JSON {type(items).__name__}, not the list of daily papers")
        return len(items), None

    def update_spec(self, entry: dict, today: date) -> dict | str:
        newest = entry.get("newest")
        if not newest:
            return "no day was fetched yet"
        first = date.fromisoformat(newest)
        fetched_on = str(entry.get("last_fetched", ""))[:10]
        if fetched_on > newest:
            first += timedelta(1)  # the newest day was over when it was fetched: its list is complete
        if first > today:
            return f"up to date (newest day {newest})"
        return {"dates": days(first, today), "refresh": [newest] if first.isoformat() == newest else []}


SOURCE = HfDaily()

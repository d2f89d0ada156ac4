"""The HTTP side of ``kg fetch``: one httpx client, retries (tenacity), a pause between requests.

A request is retried on a connection error, a timeout, a body cut short, HTTP 429 or 5xx, and a
body the source cannot parse (a proxy that cut the response at a clean boundary). The wait before
retry *n* is ``backoff * 2**(n-1)`` seconds, or the server's ``Retry-After`` when it sent one, both
capped at ``max_wait``. Any other 4xx fails at once with a :class:`~kg.errors.FetchError` naming
the URL and status. Every retry is recorded in :attr:`Client.events` (and reported by the runner).
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from .. import __version__
from ..errors import FetchError

__all__ = ["FetchSettings", "Client", "BadBody", "RETRY_STATUSES"]

#: Statuses worth retrying: the server is busy or briefly broken, not refusing the request.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

_FIXES = {
    400: "the source rejected the request's parameters; check the query, ids or filter syntax",
    401: "the source wants credentials; set its API key variable (see README, 'Follow a field')",
    403: "the source refused access; check the API key, or wait if the host blocks bursts of requests",
    404: "the source has nothing at that address; check the ids or date, and --base-url if you gave one",
}


@dataclass
class FetchSettings:
    """How requests are made. Tests pass a ``sleep`` that records instead of waiting, and its ``clock``."""

    timeout: float = 30.0
    retries: int = 5
    backoff: float = 1.0
    max_wait: float = 120.0
    pause: float | None = None  # seconds between requests; None = the source's own rate limit
    refresh: bool = False
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)


class BadBody(Exception):
    """A 200 response whose body the source cannot parse (cut short or not the API's shape)."""


class _RetryableStatus(Exception):
    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.status = response.status_code
        self.retry_after = _retry_after(response.headers.get("Retry-After"))


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date); None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _retryable(e: BaseException) -> bool:
    return isinstance(e, (_RetryableStatus, BadBody, httpx.TransportError))


def _reason(e: BaseException | None) -> str:
    if isinstance(e, _RetryableStatus):
        return f"HTTP {e.status}"
    if isinstance(e, httpx.TimeoutException):
        return "timeout"
    if isinstance(e, BadBody):
        return f"bad body ({e})"
    return f"{type(e).__name__}: {e}"


class Client:
    """An httpx client with the retry policy and a minimum pause between requests."""

    def __init__(self, settings: FetchSettings, pause: float, headers: dict[str, str] | None = None,
                 on_retry: Callable[[dict], None] | None = None) -> None:
        self.settings = settings
        self.pause = settings.pause if settings.pause is not None else pause
        self.events: list[dict] = []  # one per retry: url, attempt, reason, wait
        self.requests = 0  # HTTP requests sent, retries included
        self._on_retry = on_retry
        self._last: float | None = None
        self._http = httpx.Client(
            timeout=settings.timeout,
            follow_redirects=True,
            headers={"User-Agent": f"kg/{__version__} (kg fetch)", **(headers or {})},
        )
        self._backoff = wait_exponential(multiplier=settings.backoff, max=settings.max_wait)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def fetch(self, method: str, url: str, *, params: dict | None = None, json: object = None,
              check: Callable[[bytes], object] | None = None) -> bytes:
        """The body of a successful response; ``check(body)`` raising :class:`BadBody` retries."""
        shown = str(httpx.URL(url, params=params or {}))
        retrying = Retrying(
            retry=retry_if_exception(_retryable),
            stop=stop_after_attempt(self.settings.retries + 1),
            wait=self._wait,
            sleep=self.settings.sleep,
            before_sleep=lambda state: self._note_retry(shown, state),
            reraise=True,
        )
        try:
            return retrying(self._once, method, url, params, json, check)
        except _RetryableStatus as e:
            raise FetchError(
                f"{method} {shown} failed: HTTP {e.status} after {self.settings.retries + 1} attempt(s)",
                fix="the source is overloaded or down; wait and re-run the same command (saved responses are kept)",
            ) from e
        except BadBody as e:
            raise FetchError(
                f"{method} {shown} returned a body that is not the API's response ({e}), "
                f"{self.settings.retries + 1} time(s)",
                fix="check --base-url points at the API itself (a proxy or login page answers with HTML), then re-run",
            ) from e
        except httpx.TransportError as e:
            raise FetchError(
                f"{method} {shown} failed after {self.settings.retries + 1} attempt(s): {_reason(e)}",
                fix="check the network connection and --base-url; raise --timeout for a slow source; re-run to resume",
            ) from e

    def _once(self, method: str, url: str, params: dict | None, json: object, check) -> bytes:
        self._rate_limit()
        self.requests += 1
        response = self._http.request(method, url, params=params, json=json)
        if response.status_code in RETRY_STATUSES:
            raise _RetryableStatus(response)
        if response.status_code >= 400:
            snippet = " ".join(response.text[:200].split())
            raise FetchError(
                f"{method} {response.request.url} returned HTTP {response.status_code} "
                f"{response.reason_phrase}" + (f": {snippet}" if snippet else ""),
                fix=_FIXES.get(response.status_code, "check the request's parameters and --base-url"),
            )
        body = response.content
        if check is not None:
            check(body)
        return body

    def _rate_limit(self) -> None:
        # a fixed pause after the previous request is what the sources document (arXiv: 3 s)
        if self._last is not None and self.pause > 0:
            wait = self._last + self.pause - self.settings.clock()
            if wait > 0:
                self.settings.sleep(wait)
        self._last = self.settings.clock()

    def _wait(self, state: RetryCallState) -> float:
        e = state.outcome.exception() if state.outcome else None
        if isinstance(e, _RetryableStatus) and e.retry_after is not None:
            return min(e.retry_after, self.settings.max_wait)
        return self._backoff(state)

    def _note_retry(self, url: str, state: RetryCallState) -> None:
        e = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        event = {"url": url, "attempt": state.attempt_number, "reason": _reason(e), "wait": round(wait, 3)}
        self.events.append(event)
        if self._on_retry:
            self._on_retry(event)

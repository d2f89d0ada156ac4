"""kg.fetch.client: retries on 429/5xx/timeouts/cut bodies, Retry-After, backoff, clear 4xx errors."""

from __future__ import annotations

import json
import time
from email.utils import formatdate

import pytest
from werkzeug import Response

from kg.errors import FetchError
from kg.fetch.client import BadBody, Client, _retry_after

BODY = json.dumps([{"paper": {"id": "2401.02954", "title": "A title"}}]).encode()


def _check_json(body: bytes) -> None:
    try:
        json.loads(body)
    except ValueError as e:
        raise BadBody(str(e)) from e


def _get(httpserver, settings, pause: float = 0.0) -> tuple[bytes, Client]:
    with Client(settings, pause) as client:
        body = client.fetch("GET", httpserver.url_for("/api/x"), params={"date": "2024-01-08"}, check=_check_json)
    return body, client


def test_client_429_waits_as_long_as_retry_after_says(httpserver, settings, sleeps):
    httpserver.expect_oneshot_request("/api/x").respond_with_data("slow down", status=429, headers={"Retry-After": "7"})
    httpserver.expect_request("/api/x").respond_with_data(BODY)
    body, client = _get(httpserver, settings)
    assert body == BODY and client.requests == 2
    assert sleeps == [7.0]
    assert [(e["attempt"], e["reason"], e["wait"]) for e in client.events] == [(1, "HTTP 429", 7.0)]


def test_client_retry_after_is_capped_by_max_wait(httpserver, settings, sleeps):
    settings.max_wait = 2.0
    httpserver.expect_oneshot_request("/api/x").respond_with_data("", status=429, headers={"Retry-After": "3600"})
    httpserver.expect_request("/api/x").respond_with_data(BODY)
    _get(httpserver, settings)
    assert sleeps == [2.0]


@pytest.mark.parametrize(("header", "low", "high"), [("12", 12, 12), ("in 60 s", 55, 60), ("soon", None, None), (None, None, None)])
def test_client_retry_after_reads_seconds_and_http_dates(header, low, high):
    if header == "in 60 s":
        header = formatdate(time.time() + 60, usegmt=True)
    got = _retry_after(header)
    assert (got is None) if low is None else (low <= got <= high)


def test_client_503_twice_then_success_backs_off_exponentially(httpserver, settings, sleeps):
    for _ in range(2):
        httpserver.expect_oneshot_request("/api/x").respond_with_data("busy", status=503)
    httpserver.expect_request("/api/x").respond_with_data(BODY)
    body, client = _get(httpserver, settings)
    assert body == BODY and client.requests == 3
    assert sleeps == [0.01, 0.02]
    assert [e["reason"] for e in client.events] == ["HTTP 503", "HTTP 503"]


def test_client_timeout_is_retried(httpserver, settings):
    # the replay server answers one request at a time: retries may queue behind the slow one
    settings.timeout, settings.retries = 0.3, 10

    def slow(request):
        time.sleep(0.6)
        return Response(BODY)

    httpserver.expect_oneshot_request("/api/x").respond_with_handler(slow)
    httpserver.expect_request("/api/x").respond_with_data(BODY)
    body, client = _get(httpserver, settings)
    assert body == BODY
    assert client.events[0]["reason"] == "timeout"


def test_client_body_cut_short_of_its_content_length_is_retried(httpserver, settings):
    # a streamed body keeps the declared length: the connection closes 20 bytes in
    cut = Response(iter([BODY[:20]]), headers={"Content-Length": str(len(BODY))}, direct_passthrough=True)
    httpserver.expect_oneshot_request("/api/x").respond_with_response(cut)
    httpserver.expect_request("/api/x").respond_with_data(BODY)
    body, client = _get(httpserver, settings)
    assert body == BODY and client.requests == 2
    assert client.events[0]["reason"].startswith("RemoteProtocolError")


def test_client_complete_but_unparsable_body_is_retried(httpserver, settings):
    httpserver.expect_oneshot_request("/api/x").respond_with_data(BODY[:20])
    httpserver.expect_request("/api/x").respond_with_data(BODY)
    body, client = _get(httpserver, settings)
    assert body == BODY
    assert client.events[0]["reason"].startswith("bad body")


def test_client_404_fails_at_once_naming_the_url_and_status(httpserver, settings, sleeps):
    httpserver.expect_request("/api/x").respond_with_data('{"error": "Not Found"}', status=404)
    with pytest.raises(FetchError) as e:
        _get(httpserver, settings)
    msg = str(e.value)
    assert "HTTP 404" in msg and httpserver.url_for("/api/x") + "?date=2024-01-08" in msg and "Not Found" in msg
    assert "fix:" in msg
    assert len(httpserver.log) == 1 and sleeps == []


def test_client_gives_up_after_the_last_retry_with_the_status(httpserver, settings, sleeps):
    httpserver.expect_request("/api/x").respond_with_data("down", status=502)
    with pytest.raises(FetchError) as e:
        _get(httpserver, settings)
    assert "HTTP 502 after 4 attempt(s)" in str(e.value)
    assert len(httpserver.log) == 4 and sleeps == [0.01, 0.02, 0.04]


def test_client_refused_connection_is_retried_then_reported(settings, sleeps):
    with Client(settings, 0.0) as client, pytest.raises(FetchError) as e:
        client.fetch("GET", "http://127.0.0.1:9/nothing-listens-here")
    assert "ConnectError" in str(e.value) and client.requests == 4


def test_client_pauses_between_requests_for_the_rate_limit(httpserver, settings, sleeps):
    httpserver.expect_request("/api/x").respond_with_data(BODY)
    with Client(settings, pause=3.0) as client:
        for _ in range(3):
            client.fetch("GET", httpserver.url_for("/api/x"))
    assert sleeps == [3.0, 3.0]

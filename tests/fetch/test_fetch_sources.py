"""Every source through the same gauntlet: 429 + Retry-After, 503, a timeout, a cut body, then success; and a 404."""

from __future__ import annotations

import json
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from kg.errors import FetchError
from kg.fetch import fetch
from kg.ingest import read_inputs

from fetch_support import FORMATS, hf_day, openalex_pages

_S2 = json.loads((FORMATS / "semantic_scholar" / "search_turing.json").read_text())["data"][:2]
_OPENALEX = {**openalex_pages()[0], "meta": {**openalex_pages()[0]["meta"], "next_cursor": None}}

#: source -> (options, method, path, a body in the API's real shape, records kg build reads from it)
CASES = {
    "hf-daily": ({"date": "2024-01-08"}, "GET", "/api/daily_papers", json.dumps(hf_day("2024-01-08")), 2),
    "arxiv": ({"ids": ["2206.06921"]}, "GET", "/api/query",
              (FORMATS / "arxiv_atom" / "rsxiv_query_id_2206.06921.xml").read_text(), 1),
    "semantic-scholar": ({"ids": [p["paperId"] for p in _S2]}, "POST", "/graph/v1/paper/batch", json.dumps(_S2), 2),
    "openalex": ({"search": "llama", "mailto": "me@example.org"}, "GET", "/works", json.dumps(_OPENALEX), 2),
}


@pytest.fixture
def threaded_server():
    """A replay server answering requests side by side, so a retry never queues behind a slow answer."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.mark.parametrize("name", sorted(CASES))
def test_sources_retry_429_503_timeout_and_cut_body_then_save_the_response(name, threaded_server, settings, sleeps, tmp_path):
    options, method, path, body, records = CASES[name]
    server = threaded_server
    settings.retries, settings.timeout, settings.pause = 5, 0.5, 0

    def slow(request):
        time.sleep(1.0)
        return Response(body)

    server.expect_oneshot_request(path, method=method).respond_with_data("", status=429, headers={"Retry-After": "1"})
    server.expect_oneshot_request(path, method=method).respond_with_data("Service Unavailable", status=503)
    server.expect_oneshot_request(path, method=method).respond_with_handler(slow)
    server.expect_oneshot_request(path, method=method).respond_with_response(
        Response(iter([body[: len(body) // 2]]), headers={"Content-Length": str(len(body))}, direct_passthrough=True))
    server.expect_request(path, method=method).respond_with_data(body)

    r = fetch(name, tmp_path, options, settings, base=server.url_for("/").rstrip("/"))
    reasons = [e["reason"].split(":")[0] for e in r.retries]
    assert reasons == ["HTTP 429", "HTTP 503", "timeout", "RemoteProtocolError"]
    assert sleeps == [1.0, 0.02, 0.04, 0.08]  # Retry-After, then the backoff doubling from attempt 2
    assert r.http_requests == 5 and len(r.fetched) == 1 and r.fetched[0]["attempts"] == 5
    [saved] = [p for p in tmp_path.rglob("*.gz")]
    assert read_inputs([tmp_path]).records == records, saved


@pytest.mark.parametrize("name", sorted(CASES))
def test_sources_404_stops_at_once_naming_the_url_and_saving_nothing(name, httpserver, settings, tmp_path):
    options, method, path, _, _ = CASES[name]
    httpserver.expect_request(path, method=method).respond_with_json({"error": "Not Found"}, status=404)
    with pytest.raises(FetchError, match=rf"{method} http://127\.0\.0\.1:\d+{path}\S* returned HTTP 404"):
        fetch(name, tmp_path, options, settings, base=httpserver.url_for("/").rstrip("/"))
    assert len(httpserver.log) == 1
    assert not list(tmp_path.rglob("*.gz"))

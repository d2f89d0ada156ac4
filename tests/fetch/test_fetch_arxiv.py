"""kg fetch arxiv against a replay of /api/query: paging, the 3 s pause, 503s, resume, update, build."""

from __future__ import annotations

import gzip
import re

import pytest
from werkzeug import Response

import kg
from kg.errors import FetchError
from kg.fetch import arxiv as source
from kg.fetch import fetch, update
from kg.ingest import read_inputs

from fetch_support import FORMATS, arxiv_pages, base, requests_made

QUERY = "all:electron AND all:proton"


@pytest.fixture
def paged(monkeypatch, httpserver):
    """The real 10-entry feed served as pages of 4 (4, 4, 2), keyed by ``start``."""
    monkeypatch.setattr(source, "PAGE", 4)
    pages = arxiv_pages(4)
    for i, page in enumerate(pages):
        httpserver.expect_request("/api/query", query_string={"search_query": QUERY, "sortBy": "submittedDate",
                                                              "sortOrder": "descending", "start": str(4 * i),
                                                              "max_results": "4"}
                                  ).respond_with_data(page, content_type="application/atom+xml")
    return pages


def test_arxiv_query_pages_until_total_results_with_the_documented_pause(paged, httpserver, settings, sleeps, tmp_path):
    r = fetch("arxiv", tmp_path, {"query": QUERY, "max": 50}, settings, base=base(httpserver))
    starts = [q.split("start=")[1].split("&")[0] for q in requests_made(httpserver)]
    assert starts == ["0", "4", "8"] and r.records == 10
    assert sleeps == [3.0, 3.0]
    files = sorted((tmp_path / "arxiv").iterdir())
    assert len(files) == 3 and gzip.decompress(files[0].read_bytes()).decode() == paged[0]
    assert read_inputs([tmp_path]).records == 10
    assert r.newest == max(p.split("<published>")[1][:20] for p in "".join(paged).split("<entry>")[1:])


def test_arxiv_max_caps_the_entries_asked_for(paged, httpserver, settings, tmp_path):
    r = fetch("arxiv", tmp_path, {"query": QUERY, "max": 4}, settings, base=base(httpserver))
    assert len(httpserver.log) == 1 and r.records == 4


def test_arxiv_503_then_success_and_resume_sends_nothing_again(paged, httpserver, settings, tmp_path):
    httpserver.expect_oneshot_request("/api/query").respond_with_data("Service Unavailable", status=503)
    r = fetch("arxiv", tmp_path, {"query": QUERY, "max": 50}, settings, base=base(httpserver))
    assert [e["reason"] for e in r.retries] == ["HTTP 503"] and len(httpserver.log) == 4
    again = fetch("arxiv", tmp_path, {"query": QUERY, "max": 50}, settings, base=base(httpserver))
    assert len(httpserver.log) == 4 and len(again.resumed) == 3 and again.records == 10


def test_arxiv_ids_send_an_id_list(httpserver, settings, tmp_path):
    feed = (FORMATS / "arxiv_atom" / "rsxiv_query_id_2206.06921.xml").read_text()
    httpserver.expect_request("/api/query", query_string={"id_list": "2206.06921", "start": "0", "max_results": "1"}
                              ).respond_with_data(feed, content_type="application/atom+xml")
    r = fetch("arxiv", tmp_path, {"ids": ["2206.06921"]}, settings, base=base(httpserver))
    assert r.records == 1 and [p.arxiv_id for p in read_inputs([tmp_path]).papers] == ["2206.06921"]


def test_arxiv_error_entry_is_reported_without_retrying(httpserver, settings, tmp_path):
    error = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
             "<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>"
             "<summary>incorrect id format for 1234</summary></entry></feed>")
    httpserver.expect_request("/api/query").respond_with_data(error, content_type="application/atom+xml")
    with pytest.raises(FetchError, match="incorrect id format for 1234"):
        fetch("arxiv", tmp_path, {"ids": ["1234"]}, settings, base=base(httpserver))
    assert len(httpserver.log) == 1 and not (tmp_path / "arxiv").exists()


def _listing(entries: list[tuple[str, str]], head: str):
    """A handler serving ``entries`` (entry XML, published day), newest first, paged by ``start``."""

    def handler(request):
        start, n = int(request.args["start"]), int(request.args["max_results"])
        page = [re.sub(r"<published>[^<]*<", f"<published>{day}T00:00:00Z<", e) for e, day in entries[start : start + n]]
        body = re.sub(r"<opensearch:totalResults>\d+<", f"<opensearch:totalResults>{len(entries)}<", head)
        return Response(body + "\n".join(page) + "\n</feed>\n", content_type="application/atom+xml")

    return handler


def test_arxiv_update_pages_only_until_an_entry_already_fetched(monkeypatch, httpserver, settings, tmp_path):
    monkeypatch.setattr(source, "PAGE", 4)
    text = arxiv_pages(10)[0]
    head = text.split("<entry>")[0]
    entries = ["<entry>" + e.split("</entry>")[0] + "</entry>" for e in text.split("<entry>")[1:]]
    old = [(e, f"2024-01-0{6 - i}") for i, e in enumerate(entries[:6])]  # 01-06 ... 01-01
    httpserver.expect_oneshot_request("/api/query").respond_with_handler(_listing(old, head))
    first = fetch("arxiv", tmp_path, {"query": QUERY, "max": 4}, settings, base=base(httpserver))
    assert first.newest == "2024-01-06T00:00:00Z"
    new = [(e, f"2024-01-{10 - i:02d}") for i, e in enumerate(entries[6:])]  # 01-10 ... 01-07
    httpserver.expect_request("/api/query").respond_with_handler(_listing(new + old, head))
    [r] = update(tmp_path, settings)
    # page 1 is all new; page 2 starts with the 01-06 entry already fetched, so paging stops
    assert [q.split("start=")[1].split("&")[0] for q in requests_made(httpserver)[1:]] == ["0", "4"]
    assert r.records == 8 and r.newest == "2024-01-10T00:00:00Z"
    papers = read_inputs([tmp_path]).papers
    assert len(papers) == 8  # 4 + 8 records, the 4 seen twice merged


def test_arxiv_fetch_then_build_reads_back_every_entry(paged, httpserver, settings, tmp_path):
    fetch("arxiv", tmp_path, {"query": QUERY, "max": 50}, settings, base=base(httpserver))
    report = kg.build([tmp_path], jobs=1).report
    assert {f["format"] for f in report["files"]} == {"arxiv"}
    assert report["records_read"] == 10 and report["skipped"] == 0

"""kg fetch openalex against a replay of /works: cursor paging, mailto, resume from a saved cursor, update."""

from __future__ import annotations

import pytest

import kg
from kg.errors import FetchError
from kg.fetch import fetch, update
from kg.fetch import openalex as source
from kg.fetch.store import MANIFEST
from kg.ingest import read_inputs

from fetch_support import base, openalex_pages, requests_made


def _serve(httpserver, what: dict, pages=None):
    pages = pages or openalex_pages()
    cursors = ["*"] + [p["meta"]["next_cursor"] for p in pages[:-1]]
    per_page = [200 - sum(len(p["results"]) for p in pages[:i]) for i in range(len(pages))]  # --max 200 in all
    for cursor, page, n in zip(cursors, pages, per_page):
        httpserver.expect_request("/works", query_string={**what, "per-page": str(n), "cursor": cursor,
                                                          "mailto": "me@example.org"}).respond_with_json(page)


def test_openalex_search_follows_next_cursor_and_sends_mailto(httpserver, settings, tmp_path):
    _serve(httpserver, {"search": "llama"})
    r = fetch("openalex", tmp_path, {"search": "llama", "mailto": "me@example.org"}, settings, base=base(httpserver))
    cursors = [q.split("cursor=")[1].split("&")[0] for q in requests_made(httpserver)]
    assert cursors == ["%2A", "IlsxNjk0ODc"] and r.records == 3 and r.newest == "2023-07-18"
    assert "me@example.org" not in (tmp_path / MANIFEST).read_text()
    assert read_inputs([tmp_path]).records == 2  # the sample's third work has no title: a skip


def test_openalex_mailto_from_the_environment_and_filter(monkeypatch, httpserver, settings, tmp_path):
    monkeypatch.setenv(source.MAILTO_VAR, "me@example.org")
    _serve(httpserver, {"filter": "publication_year:2023"})
    r = fetch("openalex", tmp_path, {"filter": "publication_year:2023"}, settings, base=base(httpserver))
    assert len(httpserver.log) == 2 and r.records == 3


def test_openalex_resume_takes_the_cursor_from_the_saved_page(httpserver, settings, tmp_path):
    pages = openalex_pages()
    httpserver.expect_oneshot_request("/works", query_string={"search": "llama", "per-page": "200", "cursor": "*",
                                                              "mailto": "me@example.org"}).respond_with_json(pages[0])
    httpserver.expect_request("/works").respond_with_json({"error": "Bad gateway"}, status=502)
    opts = {"search": "llama", "mailto": "me@example.org"}
    with pytest.raises(FetchError, match="HTTP 502"):
        fetch("openalex", tmp_path, opts, settings, base=base(httpserver))
    httpserver.clear()
    _serve(httpserver, {"search": "llama"})
    r = fetch("openalex", tmp_path, opts, settings, base=base(httpserver))
    assert [q.split("cursor=")[1].split("&")[0] for q in requests_made(httpserver)] == ["IlsxNjk0ODc"]
    assert len(r.resumed) == 1 and r.records == 3


def test_openalex_update_filters_from_the_newest_publication_date(monkeypatch, httpserver, settings, tmp_path):
    monkeypatch.setenv(source.MAILTO_VAR, "me@example.org")
    _serve(httpserver, {"search": "llama"})
    fetch("openalex", tmp_path, {"search": "llama"}, settings, base=base(httpserver))
    _serve(httpserver, {"search": "llama", "filter": "from_publication_date:2023-07-18"})
    [r] = update(tmp_path, settings)
    assert all("from_publication_date%3A2023-07-18" in q for q in requests_made(httpserver)[2:])
    assert len(httpserver.log) == 4 and len(r.fetched) == 2


def test_openalex_fetch_then_build_reads_back_every_work(monkeypatch, httpserver, settings, tmp_path):
    monkeypatch.setenv(source.MAILTO_VAR, "me@example.org")
    _serve(httpserver, {"search": "llama"})
    fetch("openalex", tmp_path, {"search": "llama"}, settings, base=base(httpserver))
    report = kg.build([tmp_path], jobs=1).report
    assert {f["format"] for f in report["files"]} == {"openalex"}
    assert report["records_read"] == 2 and report["skipped"] == 1


def test_openalex_max_caps_the_works_asked_for(monkeypatch, httpserver, settings, tmp_path):
    monkeypatch.setenv(source.MAILTO_VAR, "me@example.org")
    httpserver.expect_request("/works", query_string={"search": "llama", "per-page": "2", "cursor": "*",
                                                      "mailto": "me@example.org"}).respond_with_json(openalex_pages()[0])
    r = fetch("openalex", tmp_path, {"search": "llama", "max": 2}, settings, base=base(httpserver))
    assert len(httpserver.log) == 1 and r.records == 2

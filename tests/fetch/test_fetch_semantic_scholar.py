"""kg fetch semantic-scholar against a replay of the Graph API: batch POST, search paging, API key."""

from __future__ import annotations

import json

import pytest

import kg
from kg.errors import FetchError
from kg.fetch import fetch, update
from kg.fetch import semantic_scholar as source
from kg.fetch.store import MANIFEST
from kg.ingest import read_inputs

from fetch_support import FORMATS, base, requests_made, s2_search_pages

TURING = json.loads((FORMATS / "semantic_scholar" / "search_turing.json").read_text())["data"]


def test_semantic_scholar_ids_are_posted_in_batches_with_the_api_key(monkeypatch, httpserver, settings, tmp_path):
    monkeypatch.setattr(source, "BATCH", 2)
    monkeypatch.setenv(source.API_KEY_VAR, "secret-key")
    ids = [p["paperId"] for p in TURING[:3]]
    # the real batch shape: papers in the order asked, null for an id S2 does not know
    httpserver.expect_request("/graph/v1/paper/batch", method="POST", json={"ids": ids[:2]},
                              headers={"x-api-key": "secret-key"}).respond_with_json(TURING[:2])
    httpserver.expect_request("/graph/v1/paper/batch", method="POST", json={"ids": [ids[2], "nope"]},
                              headers={"x-api-key": "secret-key"}).respond_with_json([TURING[2], None])
    r = fetch("semantic-scholar", tmp_path, {"ids": [",".join(ids), "nope"]}, settings, base=base(httpserver))
    assert requests_made(httpserver) == [f"POST /graph/v1/paper/batch?fields={source.FIELDS.replace(',', '%2C')}"] * 2
    assert r.records == 3 and len(r.fetched) == 2
    assert "secret-key" not in (tmp_path / MANIFEST).read_text()
    res = read_inputs([tmp_path])
    assert len(res.papers) == 3 and len(res.skips) == 1 and "not found" in res.skips[0].reason


def test_semantic_scholar_search_follows_next_until_the_last_page(httpserver, settings, tmp_path, monkeypatch):
    monkeypatch.setattr(source, "PAGE", 4)
    for page in s2_search_pages(4, 10):
        httpserver.expect_request("/graph/v1/paper/search", query_string={
            "query": "turing", "offset": str(page["offset"]), "limit": "4", "fields": source.FIELDS}).respond_with_json(page)
    r = fetch("semantic-scholar", tmp_path, {"search": "turing", "max": 50}, settings, base=base(httpserver))
    offsets = [q.split("offset=")[1].split("&")[0] for q in requests_made(httpserver)]
    assert offsets == ["0", "4", "8"] and r.records == 10
    assert read_inputs([tmp_path]).records == 10


def test_semantic_scholar_429_then_503_then_success(httpserver, settings, sleeps, tmp_path):
    httpserver.expect_oneshot_request("/graph/v1/paper/search").respond_with_json(
        {"message": "Too Many Requests"}, status=429, headers={"Retry-After": "1"})
    httpserver.expect_oneshot_request("/graph/v1/paper/search").respond_with_data("", status=503)
    httpserver.expect_request("/graph/v1/paper/search").respond_with_json(s2_search_pages(10, 10)[0])
    r = fetch("semantic-scholar", tmp_path, {"search": "turing", "max": 10}, settings, base=base(httpserver))
    assert [(e["reason"], e["wait"]) for e in r.retries] == [("HTTP 429", 1.0), ("HTTP 503", 0.02)]
    assert r.records == 10 and len(httpserver.log) == 3


def test_semantic_scholar_400_names_the_url_and_the_servers_message(httpserver, settings, tmp_path):
    httpserver.expect_request("/graph/v1/paper/batch").respond_with_json({"error": "Unrecognized or unsupported fields"}, status=400)
    with pytest.raises(FetchError, match=r"POST .*/graph/v1/paper/batch\?fields=.* returned HTTP 400.*Unrecognized"):
        fetch("semantic-scholar", tmp_path, {"ids": ["x"]}, settings, base=base(httpserver))


def test_semantic_scholar_update_explains_there_is_nothing_to_follow(httpserver, settings, tmp_path):
    httpserver.expect_request("/graph/v1/paper/batch").respond_with_json(TURING[:1])
    fetch("semantic-scholar", tmp_path, {"ids": [TURING[0]["paperId"]]}, settings, base=base(httpserver))
    [r] = update(tmp_path, settings)
    assert "nothing new" in r.note and len(httpserver.log) == 1


def test_semantic_scholar_fetch_then_build_reads_back_every_paper(httpserver, settings, tmp_path):
    httpserver.expect_request("/graph/v1/paper/search").respond_with_json(s2_search_pages(10, 10)[0])
    fetch("semantic-scholar", tmp_path, {"search": "turing", "max": 10}, settings, base=base(httpserver))
    report = kg.build([tmp_path], jobs=1).report
    assert report["files"][0]["format"] == "semantic-scholar"
    assert report["records_read"] == 10 and report["skipped"] == 0

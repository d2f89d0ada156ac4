"""kg fetch hf-daily against a replay of /api/daily_papers: one request a day, resume, update, build."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

import kg
from kg.errors import FetchError, KgError
from kg.fetch import fetch, hf_daily, update
from kg.fetch.store import MANIFEST, Store
from kg.ingest import read_inputs

from fetch_support import FORMATS, base, hf_day, requests_made

DAYS = ["2024-01-08", "2024-01-09", "2024-01-10"]


def _serve_days(httpserver, days=DAYS):
    for day in days:
        httpserver.expect_request("/api/daily_papers", query_string={"date": day, "limit": "100"}).respond_with_json(hf_day(day))


def test_hf_daily_fetches_one_request_per_day_into_gzip_files(httpserver, settings, sleeps, tmp_path):
    _serve_days(httpserver)
    r = fetch("hf-daily", tmp_path, {"from": DAYS[0], "to": DAYS[-1]}, settings, base=base(httpserver))
    assert requests_made(httpserver) == [f"GET /api/daily_papers?date={d}&limit=100" for d in DAYS]
    assert sorted(p.name for p in (tmp_path / "hf-daily").iterdir()) == [f"daily_papers-{d}.json.gz" for d in DAYS]
    saved = json.loads(gzip.decompress((tmp_path / "hf-daily" / f"daily_papers-{DAYS[1]}.json.gz").read_bytes()))
    assert saved == hf_day(DAYS[1])
    assert r.records == 6 and r.newest == DAYS[-1] and len(r.fetched) == 3 and r.retries == []
    assert sleeps == [0.5, 0.5]  # the pause between requests
    entry = json.loads((tmp_path / MANIFEST).read_text())["fetches"]["hf-daily"]
    assert entry["newest"] == DAYS[-1] and len(entry["requests"]) == 3
    assert read_inputs([tmp_path]).records == 6


def test_hf_daily_resumed_fetch_sends_no_request_again_and_refresh_does(httpserver, settings, tmp_path):
    _serve_days(httpserver)
    fetch("hf-daily", tmp_path, {"from": DAYS[0], "to": DAYS[1]}, settings, base=base(httpserver))
    again = fetch("hf-daily", tmp_path, {"from": DAYS[0], "to": DAYS[-1]}, settings, base=base(httpserver))
    assert requests_made(httpserver)[2:] == [f"GET /api/daily_papers?date={DAYS[2]}&limit=100"]
    assert again.resumed == [f"daily_papers-{d}.json" for d in DAYS[:2]] and again.records == 6
    settings.refresh = True
    fetch("hf-daily", tmp_path, {"date": DAYS[0]}, settings, base=base(httpserver))
    assert requests_made(httpserver)[3:] == [f"GET /api/daily_papers?date={DAYS[0]}&limit=100"]


def test_hf_daily_a_day_that_fills_its_page_is_continued_with_p(monkeypatch, httpserver, settings, tmp_path):
    monkeypatch.setattr(hf_daily, "LIMIT", 2)
    day = DAYS[0]
    items = hf_day(day, n=5)
    for page, query in enumerate(({"date": day, "limit": "2"}, {"date": day, "limit": "2", "p": "1"},
                                  {"date": day, "limit": "2", "p": "2"})):
        httpserver.expect_request("/api/daily_papers", query_string=query).respond_with_json(items[2 * page : 2 * page + 2])
    r = fetch("hf-daily", tmp_path, {"date": day}, settings, base=base(httpserver))
    assert len(httpserver.log) == 3 and r.records == 5
    assert sorted(p.name for p in (tmp_path / "hf-daily").iterdir()) == [
        f"daily_papers-{day}-p1.json.gz", f"daily_papers-{day}-p2.json.gz", f"daily_papers-{day}.json.gz"]
    assert len(read_inputs([tmp_path]).papers) == 5


def test_hf_daily_server_ignoring_p_does_not_loop(monkeypatch, httpserver, settings, tmp_path):
    monkeypatch.setattr(hf_daily, "LIMIT", 2)
    httpserver.expect_request("/api/daily_papers").respond_with_json(hf_day(DAYS[0], n=2))
    fetch("hf-daily", tmp_path, {"date": DAYS[0]}, settings, base=base(httpserver))
    assert len(httpserver.log) == 2  # page p=1 repeats page 0: stop


def test_hf_daily_429_with_retry_after_then_the_day_is_saved(httpserver, settings, sleeps, tmp_path):
    httpserver.expect_oneshot_request("/api/daily_papers").respond_with_data("", status=429, headers={"Retry-After": "2"})
    _serve_days(httpserver, DAYS[:1])
    r = fetch("hf-daily", tmp_path, {"date": DAYS[0]}, settings, base=base(httpserver))
    assert len(httpserver.log) == 2 and [e["reason"] for e in r.retries] == ["HTTP 429"] and sleeps == [2.0]
    assert r.records == 2


def test_hf_daily_404_stops_with_the_url_and_keeps_the_days_before_it(httpserver, settings, tmp_path):
    _serve_days(httpserver, DAYS[:1])
    httpserver.expect_request("/api/daily_papers", query_string={"date": DAYS[1], "limit": "100"}).respond_with_json(
        {"error": "Not Found"}, status=404)
    with pytest.raises(FetchError, match=rf"GET .*/api/daily_papers\?date={DAYS[1]}&limit=100 returned HTTP 404"):
        fetch("hf-daily", tmp_path, {"from": DAYS[0], "to": DAYS[1]}, settings, base=base(httpserver))
    # nothing half-written: one complete day and the manifest, no temporary file
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [MANIFEST, f"daily_papers-{DAYS[0]}.json.gz"]
    assert Store(tmp_path).entry("hf-daily")["requests"].keys() == {f"daily_papers-{DAYS[0]}.json"}


@pytest.mark.parametrize(("fetched_on", "expected"), [
    ("2024-01-11T09:00:00Z", ["2024-01-11", "2024-01-12"]),  # newest day was over when fetched: not again
    ("2024-01-10T09:00:00Z", ["2024-01-10", "2024-01-11", "2024-01-12"]),  # fetched during the day: again
])
def test_hf_daily_update_fetches_only_the_days_since_the_last_fetch(httpserver, settings, tmp_path, fetched_on, expected):
    _serve_days(httpserver, DAYS + ["2024-01-11", "2024-01-12"])
    fetch("hf-daily", tmp_path, {"from": DAYS[0], "to": DAYS[-1]}, settings, base=base(httpserver))
    store = Store(tmp_path)
    store.manifest["fetches"]["hf-daily"]["last_fetched"] = fetched_on
    store.save()
    [r] = update(tmp_path, settings, today=date(2024, 1, 12))
    assert requests_made(httpserver)[3:] == [f"GET /api/daily_papers?date={d}&limit=100" for d in expected]
    assert r.newest == "2024-01-12" and Store(tmp_path).entry("hf-daily")["newest"] == "2024-01-12"
    [again] = update(tmp_path, settings, today=date(2024, 1, 12))
    assert again.note.startswith("up to date") and len(httpserver.log) == 3 + len(expected)


def test_hf_daily_update_remembers_the_base_url_given_to_fetch(httpserver, settings, tmp_path):
    _serve_days(httpserver, DAYS[:2])
    fetch("hf-daily", tmp_path, {"date": DAYS[0]}, settings, base=base(httpserver))
    update(tmp_path, settings, today=date(2024, 1, 9))
    assert requests_made(httpserver)[-1] == f"GET /api/daily_papers?date={DAYS[1]}&limit=100"


@pytest.mark.parametrize(("options", "message"), [
    ({}, "needs the day"), ({"date": "2024-13-01"}, "is not a date"),
    ({"date": DAYS[0], "from": DAYS[0]}, "not both"), ({"from": DAYS[2], "to": DAYS[0]}, "before"),
])
def test_hf_daily_bad_options_are_refused_before_any_request(options, message, tmp_path, settings):
    with pytest.raises(KgError, match=message):
        fetch("hf-daily", tmp_path, options, settings, base="http://127.0.0.1:9")


def test_hf_daily_fetch_then_build_reads_every_record_of_the_real_sample(httpserver, settings, tmp_path):
    sample = (FORMATS / "hf_api" / "daily_papers.json").read_bytes()
    httpserver.expect_request("/api/daily_papers", query_string={"date": "2024-01-08", "limit": "100"}).respond_with_data(
        sample, content_type="application/json")
    fetch("hf-daily", tmp_path, {"date": "2024-01-08"}, settings, base=base(httpserver))
    report = kg.build([tmp_path], jobs=1).report
    assert report["files"][0]["format"] == "hf-api"
    assert report["records_read"] + report["skipped"] == len(json.loads(sample)) == 4
    assert report["papers"] == 3 and report["skipped"] == 1  # the sample's last item has no title


def test_hf_daily_base_url_given_beats_remembered_beats_environment(monkeypatch):
    from kg.fetch.run import base_url, get_source

    src = get_source("hf-daily")
    monkeypatch.setenv("KG_HF_BASE_URL", "http://127.0.0.1:3/")
    assert base_url(src, "http://127.0.0.1:1", "http://127.0.0.1:2") == "http://127.0.0.1:1"
    assert base_url(src, None, "http://127.0.0.1:2") == "http://127.0.0.1:2"
    assert base_url(src, None, None) == "http://127.0.0.1:3"
    monkeypatch.delenv("KG_HF_BASE_URL")
    assert base_url(src, None, None) == "https://huggingface.co"

"""`kg fetch` and `kg update` on the command line, against a replay server; then `kg build`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from typer.testing import CliRunner

from kg.cli import app
from kg.fetch.store import MANIFEST

from fetch_support import FORMATS, base, hf_day, requests_made

runner = CliRunner()
FAST = ["--pause", "0", "--backoff", "0.01", "--timeout", "2", "--quiet"]


def test_fetch_cli_hf_daily_then_build_reads_the_saved_days(httpserver, tmp_path):
    for day in ("2024-01-08", "2024-01-09"):
        httpserver.expect_request("/api/daily_papers", query_string={"date": day, "limit": "100"}).respond_with_json(hf_day(day))
    raw, graph = tmp_path / "raw", tmp_path / "graph"
    res = runner.invoke(app, ["fetch", "hf-daily", "--from", "2024-01-08", "--to", "2024-01-09", "--out", str(raw),
                              "--base-url", base(httpserver), *FAST])
    assert res.exit_code == 0, res.output
    assert "2 request(s) saved, 0 already saved, 0 retried, 4 record(s)" in res.output
    res = runner.invoke(app, ["build", str(raw), "--out", str(graph), "--formats", "json", "--quiet", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "Read 4 records from 2 file(s): 4 papers" in res.output


def test_fetch_cli_base_url_from_the_environment_variable(httpserver, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_HF_BASE_URL", base(httpserver))
    httpserver.expect_request("/api/daily_papers").respond_with_json(hf_day("2024-01-08"))
    res = runner.invoke(app, ["fetch", "hf-daily", "--date", "2024-01-08", "--out", str(tmp_path), *FAST])
    assert res.exit_code == 0, res.output
    assert len(httpserver.log) == 1


def test_fetch_cli_4xx_is_one_clear_error_line_without_traceback(httpserver, tmp_path):
    httpserver.expect_request("/api/daily_papers").respond_with_json({"error": "Invalid date"}, status=400)
    res = runner.invoke(app, ["fetch", "hf-daily", "--date", "2024-01-08", "--out", str(tmp_path),
                              "--base-url", base(httpserver), *FAST])
    assert res.exit_code == 1
    assert "error: GET http://127.0.0.1" in res.output and "returned HTTP 400" in res.output and "fix:" in res.output
    assert "Traceback" not in res.output


def test_fetch_cli_unknown_source_and_bad_base_url_are_refused(tmp_path):
    res = runner.invoke(app, ["fetch", "pubmed", "--out", str(tmp_path)])
    assert res.exit_code == 1 and "unknown fetch source 'pubmed'" in res.output and "hf-daily" in res.output
    res = runner.invoke(app, ["fetch", "hf-daily", "--date", "2024-01-08", "--out", str(tmp_path), "--base-url", "ftp://x"])
    assert res.exit_code == 1 and "not an http(s) URL" in res.output


def test_update_cli_fetches_only_the_new_days_and_rebuilds_into_the_remembered_output(httpserver, tmp_path):
    today = datetime.now(timezone.utc).date()
    days = [(today - timedelta(n)).isoformat() for n in (3, 2, 1, 0)]
    for day in days:
        httpserver.expect_request("/api/daily_papers", query_string={"date": day, "limit": "100"}).respond_with_json(hf_day(day))
    raw, graph = tmp_path / "raw", tmp_path / "graph"
    res = runner.invoke(app, ["fetch", "hf-daily", "--from", days[0], "--to", days[1], "--out", str(raw),
                              "--base-url", base(httpserver), *FAST])
    assert res.exit_code == 0, res.output
    manifest = json.loads((raw / MANIFEST).read_text())
    manifest["fetches"]["hf-daily"]["last_fetched"] = f"{days[2]}T00:30:00Z"  # as if fetched after days[1] ended
    (raw / MANIFEST).write_text(json.dumps(manifest))
    res = runner.invoke(app, ["build", str(raw), "--out", str(graph), "--formats", "json", "--quiet", "--jobs", "1"])
    assert res.exit_code == 0, res.output

    res = runner.invoke(app, ["update", str(raw), "--out", str(graph), "--formats", "json", *FAST])
    assert res.exit_code == 0, res.output
    assert requests_made(httpserver)[2:] == [f"GET /api/daily_papers?date={d}&limit=100" for d in days[2:]]
    assert "hf-daily: 2 request(s) saved" in res.output and "8 papers" in res.output
    report = json.loads((graph / "report.json").read_text())
    # incremental: the 4 papers of the first build come from its extraction cache
    assert report["papers"] == 8 and report["extraction_cache"] == {"hits": 4, "extracted": 4}

    res = runner.invoke(app, ["update", str(raw), *FAST])  # the output folder is remembered
    assert res.exit_code == 0, res.output
    cache = json.loads((graph / "report.json").read_text())["extraction_cache"]
    assert cache == {"hits": 8, "extracted": 0}  # nothing new, nothing extracted again


def test_update_cli_without_a_fetch_says_what_to_run(tmp_path):
    res = runner.invoke(app, ["update", str(tmp_path)])
    assert res.exit_code == 1 and "no fetch is recorded here" in res.output and "kg fetch SOURCE" in res.output


def test_fetch_cli_ids_may_follow_one_ids_option(httpserver, tmp_path):
    feed = (FORMATS / "arxiv_atom" / "rsxiv_query_id_2206.06921.xml").read_text()
    httpserver.expect_request("/api/query", query_string={"id_list": "2206.06921,2401.02954", "start": "0", "max_results": "2"}
                              ).respond_with_data(feed, content_type="application/atom+xml")
    res = runner.invoke(app, ["fetch", "arxiv", "--ids", "2206.06921", "2401.02954", "--out", str(tmp_path),
                              "--base-url", base(httpserver), *FAST])
    assert res.exit_code == 0, res.output
    assert "1 request(s) saved" in res.output and "1 record(s)" in res.output
    res = runner.invoke(app, ["fetch", "arxiv", "stray", "--query", "x", "--out", str(tmp_path)])
    assert res.exit_code == 1 and "unexpected argument(s): stray" in res.output


def test_update_cli_never_reads_a_graph_output_kept_inside_the_fetch_folder(httpserver, tmp_path):
    today = datetime.now(timezone.utc).date().isoformat()
    httpserver.expect_request("/api/daily_papers").respond_with_json(hf_day(today))
    raw = tmp_path / "raw"
    res = runner.invoke(app, ["fetch", "hf-daily", "--date", today, "--out", str(raw), "--base-url", base(httpserver), *FAST])
    assert res.exit_code == 0, res.output
    for _ in range(2):  # the second run would read graph.json (and report.json) if the output were not excluded
        res = runner.invoke(app, ["update", str(raw), "--out", str(raw / "graph"), "--formats", "json", *FAST])
        assert res.exit_code == 0, res.output
        report = json.loads((raw / "graph" / "report.json").read_text())
        assert [f["path"] for f in report["files"]] == [str(raw / "hf-daily" / f"daily_papers-{today}.json.gz")]

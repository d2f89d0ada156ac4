"""The kg command line: every command, its outputs and its error messages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.model import ROLE_KEYS

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("cli-build")
    res = runner.invoke(app, ["build", str(seeds_dir), "--out", str(out), "--formats", "turtle,nquads,json", "--quiet", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    return out, res.output


def test_cli_build_writes_outputs_and_prints_a_summary(built):
    out, output = built
    for name in ("graph.ttl", "graph.nq", "graph.json", "report.json"):
        assert (out / name).stat().st_size > 0
    assert "70 papers" in output and "Entities:" in output and "Relations:" in output
    assert str(out.resolve()) in output and "graph.ttl" in output
    report = json.loads((out / "report.json").read_text())
    assert report["papers"] == 70 and report["skipped"] == 0
    assert set(report["timings_s"]) >= {"read", "extract", "graph"}


def test_cli_query_inline_sparql_as_table_csv_and_json(built):
    out, _ = built
    q = "SELECT ?t WHERE { ?p a schema:ScholarlyArticle ; dcterms:title ?t } ORDER BY ?t LIMIT 3"
    res = runner.invoke(app, ["query", q, "--graph", str(out / "graph.ttl"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0] == ["t"] and len(rows) == 4 and rows[1:] == sorted(rows[1:])
    res = runner.invoke(app, ["query", q, "--graph", str(out), "--format", "json"])
    data = json.loads(res.stdout)
    assert data["columns"] == ["t"] and len(data["rows"]) == 3
    res = runner.invoke(app, ["query", q, "--graph", str(out)])
    assert res.exit_code == 0 and "3 row(s)" in res.stdout


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_query_limit_prints_the_first_rows_and_says_how_many_more(built, fmt):
    out, _ = built
    q = "SELECT ?t WHERE { ?p a schema:ScholarlyArticle ; dcterms:title ?t } ORDER BY ?t"
    full = runner.invoke(app, ["query", q, "--graph", str(out), "--format", "json", "--limit", "0"])
    titles = [r["t"] for r in json.loads(full.stdout)["rows"]]
    assert len(titles) >= 3
    res = runner.invoke(app, ["query", q, "--graph", str(out), "--format", fmt, "--limit", "2"])
    assert res.exit_code == 0, res.output
    if fmt == "json":
        assert [r["t"] for r in json.loads(res.stdout)["rows"]] == titles[:2]
    elif fmt == "csv":
        assert [r[0] for r in csv.reader(io.StringIO(res.stdout))][1:] == titles[:2]
    else:
        assert f"2 of {len(titles)} row(s) shown; {len(titles) - 2} more: pass --limit 0" in res.stdout


def test_cli_query_table_shows_a_page_by_default_and_csv_everything(built, monkeypatch):
    import kg.cli

    out, _ = built
    monkeypatch.setattr(kg.cli, "TABLE_ROWS", 1)
    q = "SELECT ?t WHERE { ?p a schema:ScholarlyArticle ; dcterms:title ?t }"
    res = runner.invoke(app, ["query", q, "--graph", str(out)])
    assert res.exit_code == 0 and "1 of " in res.stdout and "more: pass --limit 0" in res.stdout
    res = runner.invoke(app, ["query", q, "--graph", str(out), "--format", "csv"])
    assert len(list(csv.reader(io.StringIO(res.stdout)))) > 2


def test_cli_query_with_a_query_file_and_a_parameter(built, tmp_path):
    out, _ = built
    f = tmp_path / "by-title.rq"
    f.write_text("# Papers whose title starts with a prefix.\n# param: prefix  title prefix\n"
                 "SELECT ?t ?prefix WHERE { ?p dcterms:title ?t FILTER(STRSTARTS(?t, ?prefix)) }\n")
    res = runner.invoke(app, ["query", str(f), "--graph", str(out), "--param", "prefix=HACK:", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert [r["t"][:5] for r in json.loads(res.stdout)["rows"]] == ["HACK:"]
    res = runner.invoke(app, ["query", str(f), "--graph", str(out)])
    assert res.exit_code == 1 and "needs parameter" in res.output and "--param prefix=" in res.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "no-such-query-name", "--graph", "{out}"], "no shipped query"),
        (["query", "SELECT WHERE {", "--graph", "{out}"], "not valid SPARQL"),
        (["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", "{tmp}/missing.ttl"], "no such graph file"),
        (["build", "{tmp}/does-not-exist"], "no such file or folder"),
        (["build", "seeds", "--out", "{tmp}/o", "--formats", "turtle,pdf"], "unknown output format"),
        (["build", "seeds", "--out", "{tmp}/o", "--format", "nope"], "no reader is called"),
    ],
)
def test_cli_errors_name_the_problem_and_the_fix(built, tmp_path, args, message):
    out, _ = built
    args = [a.replace("{out}", str(out)).replace("{tmp}", str(tmp_path)) for a in args]
    res = runner.invoke(app, args)
    assert res.exit_code == 1
    assert message in res.output and "fix:" in res.output


def test_cli_extract_prints_one_object_per_paper_with_the_guideline_keys(seeds_dir):
    res = runner.invoke(app, ["extract", str(seeds_dir)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert len(lines) == 70
    assert all(list(o) == ["title", *ROLE_KEYS] for o in lines)
    assert all(isinstance(o[k], list) for o in lines for k in ROLE_KEYS)
    (dmhp,) = [o for o in lines if o["title"].startswith("DirectMHP")]
    assert "https://github.com/hnuzhy/DirectMHP" in dmhp["code_urls"]


def test_cli_extract_json_adds_evidence(seeds_dir):
    res = runner.invoke(app, ["extract", str(seeds_dir / "003_0ee121478c254df5.txt"), "--format", "json"])
    assert res.exit_code == 0, res.output
    dec = json.JSONDecoder()
    text, objs, i = res.stdout, [], 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        o, i = dec.raw_decode(text, i)
        objs.append(o)
    assert len(objs) == 14
    m = objs[0]["mentions"][0]
    assert {"role", "text", "field", "start", "end", "rule", "confidence", "sentence"} <= set(m)


def test_cli_eval_prints_scores_per_key(seeds_dir, gold_path):
    res = runner.invoke(app, ["eval", str(gold_path), str(seeds_dir), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    text = json.dumps(data)
    for key in ("proposed", "datasets", "code_urls"):
        assert key in text
    res = runner.invoke(app, ["eval", str(gold_path), str(seeds_dir), "--show-errors"])
    assert res.exit_code == 0 and "proposed" in res.stdout


def test_cli_formats_and_queries_list_what_is_registered():
    res = runner.invoke(app, ["formats"])
    assert res.exit_code == 0 and "hf-daily" in res.stdout and "graph.ttl" in res.stdout
    res = runner.invoke(app, ["queries"])
    assert res.exit_code == 0 and "dataset-usage" in res.stdout


def test_cli_console_script_runs_as_a_module():
    res = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=True)
    assert res.stdout.startswith("kg ")


def test_cli_query_reads_provenance_from_a_build_folder_when_the_query_needs_it(built):
    out, _ = built
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH kgid:provenance { ?e rdf:subject ?p } }"
    res = runner.invoke(app, ["query", q, "--graph", str(out), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rows"][0]["n"] > 50
    res = runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:ScholarlyArticle }", "--graph", str(out), "--format", "json"])
    assert json.loads(res.stdout)["rows"][0]["n"] == 70


def test_cli_query_with_an_update_says_updates_are_not_supported(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    res = CliRunner().invoke(app, ["query", "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "--graph", str(tmp_path)])
    assert res.exit_code == 1
    assert "SPARQL update" in res.output and "read-only" in res.output
    assert "no such query file" not in res.output and "Traceback" not in res.output


def test_cli_build_that_reads_no_paper_exits_1_and_still_writes_report_json(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "data.bin").write_bytes(b"\x00\x01\x02 not a listing")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["build", str(tmp_path / "in"), "--out", str(out), "--quiet"])
    assert res.exit_code == 1
    assert "no papers were read" in res.output and "report.json" in res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["papers"] == 0 and report["files"]
    assert not (out / "graph.ttl").exists()


@pytest.mark.parametrize("make", ["file", "below-a-file"])
def test_cli_build_with_an_unusable_out_folder_says_so_without_a_traceback(tmp_path, make):
    # (a folder without write permission cannot be tested as root, which CI is; a folder below a
    # file fails the same way: mkdir raises an OSError)
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    (tmp_path / "f").write_text("I am a file")
    out = tmp_path / "f" if make == "file" else tmp_path / "f" / "out"
    res = CliRunner().invoke(app, ["build", str(seeds), "--out", str(out), "--quiet"])
    assert res.exit_code == 1
    assert str(out) in res.output and ("not a folder" in res.output or "cannot be written" in res.output)
    assert "Traceback" not in res.output


def test_cli_build_twice_into_a_folder_inside_the_input_never_reads_its_own_outputs(tmp_path):
    import shutil

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    work = tmp_path / "work"
    shutil.copytree(seeds, work)
    for _ in range(2):
        res = CliRunner().invoke(app, ["build", str(work), "--out", str(work / "build" / "graph"), "--quiet"])
        assert res.exit_code == 0, res.output
    report = json.loads((work / "build" / "graph" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["papers"] == 70
    assert all("build/graph" not in f["path"] for f in report["files"])


def _built_report(tmp_path, rows: list[dict]) -> dict:
    """report.json of a JSON-only, uncached ``kg build`` of ``rows`` written as one JSON Lines file."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["build", str(src), "--out", str(out), "--quiet", "--formats", "json", "--no-cache"])
    assert res.exit_code == 0, res.output
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_cli_build_with_a_huge_abstract_keeps_every_record_and_notes_the_cut(tmp_path):
    rows = [{"title": f"Paper {i}", "abstract": f"We propose Net{i} and test it on ImageNet."} for i in range(30)]
    rows.append({"title": "A very long record", "abstract": "We study cats. " * 80_000})
    report = _built_report(tmp_path, rows)
    assert report["summary"]["papers"] == 31
    cut = [n for n in report["notes"] if n["kind"] == "text-cut"]
    assert len(cut) == 1 and cut[0]["record"] == 31


def test_cli_option_help_shows_square_brackets_as_written():
    # option help goes through rich markup: "kg[dask]" must not lose its "[dask]" as a style tag
    res = runner.invoke(app, ["build", "--help"], env={"COLUMNS": "400"})
    assert res.exit_code == 0, res.output
    assert "kg[dask]" in res.output


def test_cli_main_turns_an_unforeseen_error_into_one_line_and_exit_code_70(monkeypatch, capsys):
    from kg import cli

    def boom():
        raise RuntimeError("unforeseen")

    codes: list = []
    monkeypatch.setattr(cli, "app", boom)
    monkeypatch.setattr(cli.os, "_exit", codes.append)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    cli.main()
    err = capsys.readouterr().err
    assert codes == [70]
    assert "internal error (RuntimeError: unforeseen)" in err and "KG_DEBUG=1" in err
    assert "Traceback" not in err
    monkeypatch.setenv("KG_DEBUG", "1")
    cli.main()
    assert "Traceback" in capsys.readouterr().err and codes == [70, 70]


def test_cli_build_notes_a_record_whose_values_are_more_than_the_results_reading_takes(tmp_path):
    rows = [{"title": f"Paper {i}", "abstract": f"We propose Net{i}. It reaches 71.{i}% accuracy on ImageNet."} for i in range(30)]
    rows.append({"title": "A table pasted as an abstract", "abstract": "Our model gets " + " / ".join(f"{i}.5 F1" for i in range(90)) + " on SQuAD."})
    report = _built_report(tmp_path, rows)
    assert report["summary"]["papers"] == 31
    cut = [n for n in report["notes"] if n["kind"] == "values-cut"]
    assert len(cut) == 1 and cut[0]["record"] == 31, cut
    assert "64 values in a sentence" in cut[0]["message"]

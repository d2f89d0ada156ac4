"""The ``kg`` command line. Each command checks its arguments and calls the library."""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from ._version import __version__
from .errors import KgError
from .settings import SETTINGS

app = typer.Typer(
    name="kg",
    help="Build knowledge graphs of methods, datasets, tasks and metrics from research-paper listings.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts are plain: "kg[dask]" is not a style tag
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

DEFAULT_OUT = Path("build/graph")
#: Rows `kg query` prints as a table unless --limit says otherwise (csv and json print all).
TABLE_ROWS = 100


def _fail(e: KgError) -> None:
    print(f"error: {e.what}", file=sys.stderr)
    if e.fix:
        print(f"  fix: {e.fix}", file=sys.stderr)
    raise typer.Exit(1)


def _parse_pairs(pairs: list[str] | None, what: str) -> dict[str, str]:
    outd: dict[str, str] = {}
    for p in pairs or []:
        key, sep, value = p.partition("=")
        if not sep or not key.strip():
            raise KgError(f"{what} {p!r} is not KEY=VALUE", fix=f"write it as {what} name=value")
        outd[key.strip()] = value
    return outd


class _RichProgress:
    """Progress bar on stderr for the extraction stage; stage names for the others."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar = None
        self._task = None

    def stage(self, name: str, total: int | None = None) -> None:
        if not self.enabled:
            return
        if total and total >= 50:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn(f"{name:8}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err, transient=True)
            self._bar.start()
            self._task = self._bar.add_task(name, total=total)
        else:
            err.print(f"[dim]{name}…[/]")

    def advance(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, n)

    def done(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _opt(name: str, *flags: str, **kw):
    """A ``kg build`` option whose default and help come from the settings table row ``name``."""
    row = SETTINGS[name]
    default = kw.pop("default", row.default if not callable(row.default) else None)
    return typer.Option(default, *(flags or (row.cli,)), help=f"{row.help[0].upper()}{row.help[1:]} (default: {row.shown_default.strip('`')}).", **kw)


@app.command()
def build(
    paths: list[Path] = typer.Argument(..., help="Input files or folders (formats are detected)."),
    out_dir: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Folder the outputs are written to."),
    format: Optional[str] = _opt("format"),
    formats: str = _opt("formats", default=",".join(SETTINGS["formats"].default)),
    strict: bool = _opt("strict"),
    field: Optional[list[str]] = _opt("field_map", "--field", default=None),
    jobs: Optional[int] = _opt("jobs", "--jobs", "-j", min=1),
    cache: bool = _opt("cache_dir", "--cache/--no-cache", default=True),
    max_nodes: int = _opt("max_nodes", min=1),
    engine: str = _opt("engine"),
    scheduler: Optional[str] = _opt("scheduler"),
    stream_above: int = _opt("stream_above", min=0),
    chunk_size: int = _opt("chunk_size", min=1),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output; only the summary."),
) -> None:
    """Read PATHS, extract entities and relations, and write the graph into --out."""
    from .pipeline import build as run_build
    from .pipeline import ensure_writable_dir
    from .settings import BuildSettings

    try:
        ensure_writable_dir(out_dir, "the output folder (--out)")
        settings = BuildSettings(
            format=format,
            strict=strict,
            field_map=_parse_pairs(field, "--field"),
            cache_dir=str(out_dir / ".cache") if cache else None,
            engine=engine,
            scheduler=scheduler,
            stream_above=stream_above,
            chunk_size=chunk_size,
        )
        if jobs:
            settings.jobs = jobs
        t0 = time.perf_counter()
        progress = _RichProgress(enabled=not quiet and err.is_terminal)
        if not quiet and not err.is_terminal:
            print(f"kg {__version__}: reading {', '.join(map(str, paths))}", file=sys.stderr)
        g = run_build(paths, settings, progress=progress, exclude=[out_dir])
        if not g.summary()["papers"]:
            _no_papers(g, out_dir, paths)
        t1 = time.perf_counter()
        written = g.write(out_dir, [f.strip() for f in formats.split(",") if f.strip()], max_nodes=max_nodes, jobs=settings.jobs)
        total = time.perf_counter() - t0
        g.report.setdefault("timings_s", {})["write"] = round(time.perf_counter() - t1, 4)
    except KgError as e:
        _fail(e)
        return
    _print_summary(g, written, total)
    if strict and g.report.get("skipped"):
        raise typer.Exit(1)


def _no_papers(g, out_dir: Path, paths: list[Path]) -> None:
    """Write report.json and fail: a build that read no paper is an error, not an empty graph."""
    g.write(out_dir, [])
    r = g.report
    files = r.get("files", [])
    unread = sum(1 for f in files if f.get("error"))
    why = (
        "no input file was found" if not files
        else f"{unread} of {len(files)} file(s) were not recognised or could not be read, "
             f"and {r.get('skipped', 0) - unread} record(s) were skipped"
    )
    raise KgError(
        f"no papers were read from {', '.join(map(str, paths))}: {why} (details in {out_dir / 'report.json'})",
        fix="check the inputs with `kg formats` (what kg reads) and the skips in report.json; "
            "--format NAME forces a reader, --field title=COLUMN maps a column",
    )


def _print_summary(g, written: dict, total: float) -> None:
    r = g.report
    s = g.summary()
    out.print(
        f"Read {r.get('records_read', 0)} records from {len(r.get('files', []))} file(s): "
        f"{s['papers']} papers ({r.get('merged', 0)} merged duplicates, {r.get('skipped', 0)} skipped)."
    )
    if r.get("skipped"):
        for sk in r["skips"][:10]:
            reason = sk["reason"]
            where = sk["source"]
            out.print(f"  skipped {where}: {reason.removeprefix(sk['path'] + ': ')}")
        if r["skipped"] > 10:
            out.print(f"  ... and {r['skipped'] - 10} more (all listed in report.json)")
    if r.get("noted"):
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(r.get("notes_by_kind", {}).items()))
        out.print(f"  {r['noted']} record(s) kept with a note ({kinds}); see report.json")
    out.print("Entities:  " + (", ".join(f"{k} {v}" for k, v in s["entities"].items()) or "none"))
    out.print("Relations: " + (", ".join(f"{k} {v}" for k, v in s["relations"].items()) or "none"))
    for skip in r.get("streamed", {}).get("outputs_skipped", []):
        out.print(f"  not written: {skip['format']}: {skip['reason']}")
    out.print(f"Built in {total:.2f} s. Outputs in {Path(next(iter(written.values()))).resolve().parent}:")
    for name, path in written.items():
        out.print(f"  {name:8} {Path(path).name}")


@app.command()
def query(
    query_: str = typer.Argument(..., metavar="QUERY", help="A shipped query name (see `kg queries`), a .rq file, or SPARQL text."),
    graph: Path = typer.Option(DEFAULT_OUT, "--graph", "-g", help="Build folder or RDF file (.ttl, .nt, .nq, .trig)."),
    param: Optional[list[str]] = typer.Option(None, "--param", "-p", help='Query parameter, e.g. --param task="talking head generation".'),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=0, help=f"Print at most N rows (0: all). Default: {TABLE_ROWS} for a table, all for csv and json."),
) -> None:
    """Run a SPARQL query on a built graph and print the result."""
    from .query import needs_provenance, open_store, resolve_query, run_query

    if fmt not in ("table", "csv", "json"):
        _fail(KgError(f"unknown --format {fmt!r}", fix="use table, csv or json"))
    try:
        nq = resolve_query(query_)
        store = open_store(graph, provenance=needs_provenance(nq.text))
        if limit is None:
            limit = TABLE_ROWS if fmt == "table" else 0
        res = run_query(store, nq, _parse_pairs(param, "--param"), limit=limit or None, dicts=False)
    except KgError as e:
        _fail(e)
        return
    if fmt == "csv":
        res.write_csv(sys.stdout)
    elif fmt == "json":
        print(res.to_json())
    elif res.boolean is not None:
        print(str(res.boolean).lower())
    else:
        cols = ["subject", "predicate", "object"] if res.triples is not None else res.columns
        rows = res.triples if res.triples is not None else res.value_rows()
        table = Table(*cols, title=nq.description or None, title_justify="left", show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)
        more = (res.total or 0) - len(rows) if res.triples is None else 0
        if more > 0:  # a terminal is no place for 80,000 rows: say how to get them
            out.print(f"{len(rows)} of {res.total} row(s) shown; {more} more: pass --limit 0 for all, or --format csv / json")
        else:
            out.print(f"{len(rows)} row(s)")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Input files or folders."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one object per paper) or json (with evidence)."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help="Reader for every input instead of detecting."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extraction worker processes."),
) -> None:
    """Print what extraction finds in each paper: the gold-guideline lists (jsonl) or every mention (json)."""
    from .extract import extract_papers
    from .ingest import read_inputs

    if fmt not in ("jsonl", "json"):
        _fail(KgError(f"unknown --format {fmt!r}", fix="use jsonl or json"))
    try:
        res = read_inputs(paths, format=input_format)
        for sk in res.skips:
            print(f"skipped {sk.source}: {sk.reason}", file=sys.stderr)
        for ex in extract_papers(res.papers, jobs=jobs):
            obj = {"title": ex.paper.title, **ex.surface_lists()}
            if fmt == "json":
                obj["source"] = str(ex.paper.source)
                obj["mentions"] = [
                    {"role": m.role.value, "text": m.text, "field": m.field, "start": m.start, "end": m.end,
                     "rule": m.rule, "confidence": m.confidence, "canonical": m.canonical, "value": m.value, "sentence": m.sentence}
                    for m in ex.mentions
                ]
                print(json.dumps(obj, ensure_ascii=False, indent=1))
            else:
                print(json.dumps(obj, ensure_ascii=False))
    except KgError as e:
        _fail(e)


@app.command("eval")
def eval_(
    gold: Path = typer.Argument(..., help="Gold annotations (JSONL, keys of the annotation guidelines)."),
    paths: list[Path] = typer.Argument(..., help="Input files or folders holding the gold papers."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List misses and false hits per paper."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    relaxed: bool = typer.Option(False, "--relaxed", help="Names match when one contains the other as whole words, "
                                 "ignoring dashes (as SciREX's spans need; result tuples always match so)."),
) -> None:
    """Score extraction against gold annotations: precision, recall and F1 per key (or, for a
    results gold file, per view of the result tuples)."""
    from .evaluate import load_gold, score
    from .extract import extract_papers
    from .ingest import read_inputs

    if not gold.is_file():
        _fail(KgError(f"{gold}: no such gold file", fix="pass a JSONL file of gold annotations, e.g. ../shared/gold/seeds.gold.jsonl"))
    from .evaluate_results import is_results_gold, predicted_results, score_results

    try:
        records = load_gold(gold)
        extractions = extract_papers(read_inputs(paths).papers)
        if is_results_gold(records):
            report = score_results(records, predicted_results(extractions))
        else:
            report = score(records, [{"title": e.paper.title, **e.surface_lists()} for e in extractions], relaxed=relaxed)
    except KgError as e:
        _fail(e)
        return
    if fmt == "json":
        print(json.dumps(report.to_dict(), indent=1))
        return
    print(report.table())
    if show_errors:
        print()
        print(report.errors())


@app.command()
def formats() -> None:
    """List the input readers and output writers."""
    from .export import writers
    from .ingest import readers

    out.print("Input formats (--format):")
    for name, cls in readers().items():
        out.print(f"  {name:18} {cls.description}")
    out.print("Output formats (--formats):")
    for name, w in writers().items():
        out.print(f"  {name:18} {w.filename:14} {w.description}")


@app.command()
def queries() -> None:
    """List the shipped SPARQL queries with their parameters."""
    from .query import queries_dir, shipped_queries

    for name, q in shipped_queries().items():
        params = " ".join(f"--param {p}=..." for p in q.params)
        out.print(f"[bold]{name}[/] {params}\n    {q.description}")
    out.print(f"[dim]({queries_dir()})[/]")


@app.command()
def leaderboard(
    dataset: Optional[str] = typer.Option(None, "--dataset", "-d", help="Only tables of this dataset (name or alias)."),
    metric: Optional[str] = typer.Option(None, "--metric", "-m", help="Only tables of this metric (name or alias)."),
    task: Optional[str] = typer.Option(None, "--task", "-t", help="Only results of papers addressing this task."),
    graph: Path = typer.Option(DEFAULT_OUT, "--graph", "-g", help="Build folder (from `kg build --out`)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    min_papers: Optional[int] = typer.Option(None, "--min-papers", min=1, help="Smallest table shown (default: 2 papers without a filter, 1 with one)."),
) -> None:
    """Print leaderboards: the best reported results per dataset and metric, ranked by the metric's direction."""
    from .api import load

    if fmt not in ("table", "csv", "json"):
        _fail(KgError(f"unknown --format {fmt!r}", fix="use table, csv or json"))
    try:
        tables = load(graph).leaderboard(dataset=dataset, metric=metric, task=task, min_papers=min_papers)
    except KgError as e:
        _fail(e)
        return
    rows = [r.to_dict() for t in tables for r in t.rows]
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["dataset", "metric", "rank"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        _print_leaderboards(tables, dataset, metric, task)


def _print_leaderboards(tables, dataset, metric, task) -> None:
    if not tables:
        what = ", ".join(f"{k} {v!r}" for k, v in (("dataset", dataset), ("metric", metric), ("task", task)) if v)
        out.print(f"No leaderboard{' for ' + what if what else ' of 2 or more papers'} in this graph.")
        return
    for t in tables:
        arrow = "higher is better" if t.higher_is_better else "lower is better"
        title = f"{t.title}{' (' + t.unit + ')' if t.unit else ''} · {arrow} · {t.papers} paper(s)"
        table = Table("rank", "value", "method", "paper", title=title, title_justify="left")
        for r in t.rows:
            method = r.method or ("(this paper's method)" if r.own_method else "")
            table.add_row(str(r.rank), f"{r.written}{r.unit}", method, r.title)
        out.print(table)
    out.print(f"{len(tables)} leaderboard(s)")


@app.command()
def serve(
    graph: Path = typer.Argument(DEFAULT_OUT, help="Build folder (from `kg build --out`)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port (1-65535)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.001, help="Seconds a query may run before it is stopped."),
    workers: int = typer.Option(None, "--workers", min=1, max=64, help="Query worker processes (default: up to 4, one per core)."),
    cors: list[str] = typer.Option([], "--cors", help="Web origin allowed to read answers (repeatable; default none), e.g. http://localhost:3000."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Host name to answer to besides localhost (repeatable), e.g. behind a proxy."),
) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint (/sparql) beside the HTML explorer (/)."""
    from .serve import ServeSettings, serve as run_server

    try:
        settings = ServeSettings(timeout=timeout, cors=tuple(cors), allow_host=tuple(allow_host),
                                 **({"workers": workers} if workers else {}))
        run_server(graph, host=host, port=port, settings=settings)
    except KgError as e:
        _fail(e)


def _fetch_settings(timeout: float, retries: int, backoff: float, pause: Optional[float], refresh: bool = False):
    from .fetch import FetchSettings

    return FetchSettings(timeout=timeout, retries=retries, backoff=backoff, pause=pause, refresh=refresh)


def _fetch_line(r) -> str:
    if r.note:
        return f"{r.source}: {r.note}"
    return (f"{r.source}: {len(r.fetched)} request(s) saved, {len(r.resumed)} already saved, "
            f"{len(r.retries)} retried, {r.records} record(s)" + (f", newest {r.newest}" if r.newest else ""))


# The request options kg fetch and kg update share.
_FETCH_TIMEOUT = typer.Option(30.0, "--timeout", min=0.01, help="Seconds per request.")
_FETCH_RETRIES = typer.Option(5, "--retries", min=0, help="Retries on 429, 5xx, timeouts and broken connections.")
_FETCH_BACKOFF = typer.Option(1.0, "--backoff", min=0.0, help="First retry wait in seconds (doubles each retry).")
_FETCH_PAUSE = typer.Option(None, "--pause", min=0.0, help="Seconds between requests (default: the source's limit).")


@app.command()
def fetch(
    source: str = typer.Argument(..., metavar="SOURCE", help="hf-daily, arxiv, semantic-scholar or openalex."),
    more_ids: Optional[list[str]] = typer.Argument(None, metavar="[ID...]", help="More ids after --ids (--ids A B C)."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Folder the raw responses are saved into (then `kg build DIR`)."),
    date: Optional[str] = typer.Option(None, "--date", help="hf-daily: one day, YYYY-MM-DD."),
    from_: Optional[str] = typer.Option(None, "--from", help="hf-daily: first day of a range."),
    to: Optional[str] = typer.Option(None, "--to", help="hf-daily: last day of a range (default: --from)."),
    query: Optional[str] = typer.Option(None, "--query", help="arxiv: search_query, e.g. 'cat:cs.CL AND ti:retrieval'."),
    ids: Optional[list[str]] = typer.Option(None, "--ids", help="arxiv, semantic-scholar: paper ids (repeat, or comma-separated)."),
    search: Optional[str] = typer.Option(None, "--search", help="semantic-scholar, openalex: search words."),
    filter_: Optional[str] = typer.Option(None, "--filter", help="openalex: works filter, e.g. 'publication_year:2024'."),
    mailto: Optional[str] = typer.Option(None, "--mailto", help="openalex: e-mail for the polite pool (or OPENALEX_MAILTO)."),
    max_: Optional[int] = typer.Option(None, "--max", min=1, help="Most records (hf-daily: days) to fetch."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Another host for the source: a mirror, proxy or test server."),
    refresh: bool = typer.Option(False, "--refresh", help="Fetch again requests already saved in DIR."),
    timeout: float = _FETCH_TIMEOUT,
    retries: int = _FETCH_RETRIES,
    backoff: float = _FETCH_BACKOFF,
    pause: Optional[float] = _FETCH_PAUSE,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output; only the summary."),
) -> None:
    """Save a source's API responses into --out (one gzip file per request), ready for `kg build`."""
    from .fetch import fetch as run_fetch
    from .fetch.progress import ConsoleProgress

    if more_ids and not ids:
        _fail(KgError(f"unexpected argument(s): {' '.join(more_ids)}", fix="only ids may follow SOURCE, after --ids"))
    opts = {"date": date, "from": from_, "to": to, "query": query, "ids": [*(ids or []), *(more_ids or [])], "search": search,
            "filter": filter_, "mailto": mailto, "max": max_}
    try:
        r = run_fetch(source, out_dir, opts, _fetch_settings(timeout, retries, backoff, pause, refresh),
                      base=base_url, progress=ConsoleProgress(source, err, quiet))
    except KgError as e:
        _fail(e)
        return
    out.print(_fetch_line(r))
    out.print(f"Saved in {out_dir}; read them with: kg build {out_dir}")


@app.command()
def update(
    fetch_dir: Path = typer.Argument(..., help="A folder written by `kg fetch`."),
    out_dir: Optional[Path] = typer.Option(None, "--out", "-o", help="Graph output folder (remembered; default build/graph)."),
    build_: bool = typer.Option(True, "--build/--no-build", help="Rebuild the graph after fetching."),
    formats: str = _opt("formats", default=",".join(SETTINGS["formats"].default)),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Another host for every source of DIR."),
    timeout: float = _FETCH_TIMEOUT,
    retries: int = _FETCH_RETRIES,
    backoff: float = _FETCH_BACKOFF,
    pause: Optional[float] = _FETCH_PAUSE,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output; only the summary."),
) -> None:
    """Fetch what is new since the last fetch into DIR, then rebuild its graph with the extraction cache."""
    from .fetch import update as run_update
    from .fetch.progress import ConsoleProgress
    from .fetch.store import Store
    from .pipeline import build as run_build
    from .pipeline import ensure_writable_dir
    from .settings import BuildSettings

    try:
        results = run_update(fetch_dir, _fetch_settings(timeout, retries, backoff, pause), base=base_url,
                             progress_for=lambda name: ConsoleProgress(name, err, quiet))
        for r in results:
            out.print(_fetch_line(r))
        if not build_:
            return
        store = Store(fetch_dir)
        graph_out = out_dir or Path(store.manifest.get("graph_out") or DEFAULT_OUT)
        if out_dir:
            store.manifest["graph_out"] = str(out_dir)
            store.save()
        ensure_writable_dir(graph_out, "the graph output folder (--out)")
        t0 = time.perf_counter()
        settings = BuildSettings(cache_dir=str(graph_out / ".cache"))
        g = run_build([fetch_dir], settings, exclude=[graph_out])
        if not g.summary()["papers"]:
            _no_papers(g, graph_out, [fetch_dir])
        written = g.write(graph_out, [f.strip() for f in formats.split(",") if f.strip()], jobs=settings.jobs)
    except KgError as e:
        _fail(e)
        return
    _print_summary(g, written, time.perf_counter() - t0)


def _version(value: bool) -> None:
    if value:
        print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version.")) -> None:
    """kg: knowledge graphs from paper listings."""


def main() -> None:
    """Console-script entry point.

    Exits without tearing down the interpreter's objects: after a large build, freeing millions
    of graph objects one by one took seconds and served no purpose (outputs are closed and
    flushed by then, and worker pools are shut down).
    """
    try:
        app()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if not isinstance(e.code, (int, type(None))):
            print(e.code, file=sys.stderr)
    except Exception as e:  # noqa: BLE001 - what kg did not foresee is a bug: one clear message, not a traceback
        if os.environ.get("KG_DEBUG"):
            traceback.print_exc()
        print(f"kg: internal error ({type(e).__name__}: {e})\n"
              "  This is a bug in kg, not a problem with your input. Please report it with the command you ran;\n"
              "  run it again with KG_DEBUG=1 in the environment to print the traceback.", file=sys.stderr)
        code = 70  # EX_SOFTWARE
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()

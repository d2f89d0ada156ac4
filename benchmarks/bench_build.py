"""`kg build` at scale: stage timings, abstracts/s, peak memory, 1 vs N jobs, incremental rebuild.

    .venv/bin/python benchmarks/bench_build.py [--corpus PATH] [--sizes 10000,40000,all]
        [--jobs 1,2] [--jobs-size N] [--new 100] [--no-queries] [--workdir DIR]

Every build is the real command line (``python -m kg build SAMPLE --out DIR --quiet``, default
outputs: Turtle, N-Quads, JSON, HTML) run in a fresh process into a fresh folder, so the
extraction cache starts empty. Measured per run: wall time; stage timings from report.json;
peak RSS of the largest process (``wait4``) and of the whole process tree (sampled from /proc
every 50 ms; it counts pages that forked workers share with their parent once per process, so
it over-states the memory really used); CPU seconds of the tree.

Then, on the largest size: one build per ``--jobs`` value (the default-jobs run is reused),
checking that graph.json is byte-identical across them; an incremental rebuild after adding
``--new`` abstracts twice (the corpus records after the sample, then corpus records with a changed
title, whose proposed names the originals also introduce); and, unless
``--no-queries``, every shipped query on that graph loaded from graph.nq as ``kg query`` does
(median of 3 runs; parameters from benchmarks/bench_queries.py).

Prints tables; asserts nothing. Samples are the first N lines of the corpus; ``all`` (or any N
covering the file) reads the corpus file itself.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The shared corpus beside the checkout (``$KG_SHARED`` overrides ../shared, as in the tests).
CORPUS = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "corpora" / "paperlists-abstracts.jsonl.gz"
PAGE = os.sysconf("SC_PAGE_SIZE")
#: Subprocesses import kg from this checkout (also when it is a copy outside the editable install).
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


# ---- one measured build ------------------------------------------------------------------------
def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as fh:
                    ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(d))
    return kids


def _tree_rss(root: int) -> int:
    kids = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            pass
    return total


def run_build(inputs: list[Path], out: Path, jobs: int | None = None, extra: list[str] = ()) -> dict:
    """Run `kg build` in a fresh process; wall, CPU, peak RSS and report.json's timings."""
    cmd = [sys.executable, "-m", "kg", "build", *map(str, inputs), "--out", str(out), "--quiet", *extra]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    log = out.parent / f"{out.name}.log"
    peak_tree = 0
    with open(log, "w") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT, env=ENV)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_tree
            while not done.is_set():
                peak_tree = max(peak_tree, _tree_rss(proc.pid))
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"`{' '.join(cmd)}` failed (exit {proc.returncode}); see {log}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {
        "wall": wall,
        "cpu": ru.ru_utime + ru.ru_stime,
        "rss": ru.ru_maxrss * 1024,  # the largest single process of the tree (kB on Linux)
        "rss_tree": peak_tree,
        "papers": report.get("summary", {}).get("papers"),
        "records": report.get("records_read"),
        "t": report.get("timings_s", {}),
        "cpu_t": report.get("cpu_s", {}),
        "fingerprint": report.get("extractor_fingerprint"),
        "out": out,
        "cache": report.get("extraction_cache", {}),
        "appended": (report.get("text_rdf_appended") or {}).get("papers"),
        "reused": report.get("input_files_reused"),
    }


# ---- inputs ---------------------------------------------------------------------------------------
def corpus_lines(path: Path) -> int:
    with gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb") as fh:
        return sum(1 for _ in fh)


def sample(corpus: Path, n: int, total: int, work: Path) -> Path:
    if n >= total:
        return corpus
    path = work / f"sample-{n}.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        dst.writelines(islice(src, n))
    return path


def new_records(corpus: Path, n: int, work: Path) -> Path:
    """``n`` corpus records spread over the file, retitled so that neither the cache nor dedup knows them."""
    total = corpus_lines(corpus)
    step = max(1, total // n)
    path = work / f"new-{n}.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i % step == 0 and i // step < n:
                rec = json.loads(line)
                rec["title"] = f"Revisited: {rec.get('title') or ''}"
                for key in ("id", "arxiv_id", "arxiv", "doi", "url", "site", "pdf"):
                    rec.pop(key, None)
                dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def unseen_records(corpus: Path, start: int, n: int, work: Path) -> Path | None:
    """Corpus lines ``start`` to ``start + n``: papers a sample of the first ``start`` lines does not
    hold, as new papers of a field look (None when the sample is the whole corpus)."""
    with gzip.open(corpus, "rt", encoding="utf-8") if corpus.suffix == ".gz" else open(corpus, encoding="utf-8") as src:
        lines = list(islice(src, start, start + n))
    if not lines:
        return None
    path = work / f"unseen-{start}-{n}.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fingerprint() -> str:
    out = subprocess.run(
        [sys.executable, "-c", "from kg.extract.cache import extractor_fingerprint as f; print(f())"],
        cwd=ROOT, env=ENV, capture_output=True, text=True, check=True,
    )
    return out.stdout.strip()


# ---- queries (run in a fresh process: `--queries-of DIR`) ----------------------------------------------
def time_queries(out: Path) -> dict:
    import statistics

    import kg
    from kg.query import load_store, run_query, shipped_queries

    try:
        sys.path.insert(0, str(Path(__file__).parent))
        from bench_queries import params_for  # the query owner's realistic parameters
    except ImportError:
        def params_for(name, graph):  # noqa: ARG001
            return {}
    t0 = time.perf_counter()
    store = load_store(out)
    result = {"load_store": time.perf_counter() - t0, "queries": {}}
    graph = kg.load(out).graph
    for name, q in shipped_queries().items():
        params = params_for(name, graph)
        try:
            times = []
            for _ in range(3):
                t0 = time.perf_counter()
                res = run_query(store, q, params)
                times.append(time.perf_counter() - t0)
            rows = len(res.rows if res.triples is None else res.triples)
            result["queries"][name] = {"s": statistics.median(times), "rows": rows}
        except Exception as e:  # a query the owner is changing must not hide the other figures
            result["queries"][name] = {"error": f"{type(e).__name__}: {e}"}
    return result


def run_queries(out: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--queries-of", str(out)], cwd=ROOT, env=ENV, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---- tables ---------------------------------------------------------------------------------------
STAGES = ["read", "extract", "graph", "write_rdf_state", "write_rdf_store", "write_turtle", "write_nquads", "write_store", "write_void", "write_json", "write_html"]


def gib(n: float) -> str:
    return f"{n / 2**30:.2f}"


def print_runs(rows: list[tuple[str, dict]]) -> None:
    stages = [s for s in STAGES if any(s in r["t"] for _, r in rows)]
    heads = ["run", "abstracts", "wall s", "CPU s", *(s.removeprefix("write_") for s in stages), "abs/s", "extract abs/s",
             "extract abs/CPU-s", "RSS GiB", "tree GiB"]
    print("| " + " | ".join(heads) + " |")
    print("|" + "---|" * len(heads))
    for label, r in rows:
        t = r["t"]
        n = r["records"] or r["papers"] or 0
        ex = t.get("extract") or 0
        cells = [label, f"{n:,}", f"{r['wall']:.1f}", f"{r['cpu']:.1f}", *(f"{t[s]:.1f}" if s in t else "-" for s in stages),
                 f"{n / r['wall']:,.0f}", f"{n / ex:,.0f}" if ex else "-", _per_cpu(n, r), gib(r["rss"]), gib(r["rss_tree"])]
        print("| " + " | ".join(cells) + " |")


def _per_cpu(n: int, r: dict) -> str:
    c = r["cpu_t"].get("extract")
    return f"{n / c:,.0f}" if c else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="JSON Lines corpus (optionally .gz)")
    ap.add_argument("--sizes", default="10000,40000,all", help="comma-separated lines of the corpus per build; all: the whole file")
    ap.add_argument("--jobs", default="1,2", help="--jobs values compared on --jobs-size")
    ap.add_argument("--jobs-size", type=int, default=None, help="size of the jobs comparison (default: the largest)")
    ap.add_argument("--new", type=int, default=100, help="abstracts added for the incremental rebuild (0: skip)")
    ap.add_argument("--no-queries", action="store_true", help="skip timing the shipped queries")
    ap.add_argument("--workdir", type=Path, default=None, help="keep samples and outputs here (default: a temp dir, removed)")
    ap.add_argument("--queries-of", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.queries_of:
        print(json.dumps(time_queries(args.queries_of)))
        return
    if not args.corpus.is_file():
        raise SystemExit(f"{args.corpus}: no such corpus; pass --corpus PATH (JSON Lines with title and abstract)")

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-build-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        total = corpus_lines(args.corpus)
        sizes = sorted({total if s.strip() == "all" else min(int(s), total) for s in args.sizes.split(",") if s.strip()})
        jobs_size = min(args.jobs_size or sizes[-1], total)
        default_jobs = len(os.sched_getaffinity(0))
        fp_before = fingerprint()
        print(f"corpus {args.corpus} ({total:,} lines); {default_jobs} cores; extractor {fp_before}; work dir {work}\n", flush=True)

        runs: list[tuple[str, dict]] = []
        outs: dict[tuple[int, int], Path] = {}
        done: dict[tuple[int, int], dict] = {}
        for n in sizes:
            out = work / f"out-{n}-j{default_jobs}"
            shutil.rmtree(out, ignore_errors=True)
            r = done[(n, default_jobs)] = run_build([sample(args.corpus, n, total, work)], out)
            runs.append((f"{n:,} (jobs {default_jobs})", r))
            outs[(n, default_jobs)] = out
            print(f"  built {n:,}: {r['wall']:.1f} s", flush=True)
        jobs_runs: list[tuple[int, dict]] = []
        hashes: dict[int, str] = {}
        for j in sorted({int(x) for x in args.jobs.split(",") if x.strip()}):
            if (jobs_size, j) not in done:
                out = outs[(jobs_size, j)] = work / f"out-{jobs_size}-j{j}"
                shutil.rmtree(out, ignore_errors=True)
                done[(jobs_size, j)] = run_build([sample(args.corpus, jobs_size, total, work)], out, jobs=j)
                runs.append((f"{jobs_size:,} (jobs {j})", done[(jobs_size, j)]))
                print(f"  built {jobs_size:,} with --jobs {j}: {done[(jobs_size, j)]['wall']:.1f} s", flush=True)
            jobs_runs.append((j, done[(jobs_size, j)]))
            hashes[j] = sha256(outs[(jobs_size, j)] / "graph.json")

        queries = None if args.no_queries else run_queries(outs[(sizes[-1], default_jobs)])

        incremental = []
        if args.new:
            base = outs[(sizes[-1], default_jobs)]
            inputs = [sample(args.corpus, sizes[-1], total, work)]
            unseen = unseen_records(args.corpus, sizes[-1], args.new, work)
            # unseen corpus papers first (new papers of a field), then retitled copies of corpus
            # papers, whose proposed names the originals also introduce (resolution changes)
            for label, extra in (("unseen", unseen), ("copies", new_records(args.corpus, args.new, work))):
                if extra is None:
                    continue
                inputs.append(extra)
                r = run_build(inputs, base)
                incremental.append((label, r))
                runs.append((f"{sizes[-1]:,} + {args.new} {label}, cached", r))
                print(f"  incremental rebuild (+{args.new} {label}): {r['wall']:.1f} s", flush=True)
        fp_after = fingerprint()

        print("\n## Builds (seconds; the write stages run side by side: with 2 jobs N-Quads in the build process,")
        print("Turtle, JSON and HTML in a forked one; abstracts = records read)\n")
        print_runs(runs)

        print(f"\n## Jobs on {jobs_size:,} abstracts\n")
        print("| jobs | wall s | extract s | extract CPU s | extract abstracts/s | per CPU-s | build abstracts/s | extractor | graph.json sha256 |")
        print("|---|---|---|---|---|---|---|---|---|")
        for j, r in jobs_runs:
            ex = r["t"].get("extract") or 0
            print(f"| {j} | {r['wall']:.1f} | {ex:.1f} | {r['cpu_t'].get('extract', 0):.1f} | {jobs_size / ex:,.0f} | "
                  f"{_per_cpu(jobs_size, r)} | {jobs_size / r['wall']:,.0f} | {r['fingerprint']} | {hashes[j][:16]} |")
        if len({r["fingerprint"] for _, r in jobs_runs}) > 1:
            print("\ngraph.json not comparable across --jobs: the extraction code changed between the builds")
        elif len(hashes) > 1:
            print(f"\ngraph.json identical for every --jobs: {'yes' if len(set(hashes.values())) == 1 else 'NO'}")

        if incremental:
            full = done[(sizes[-1], default_jobs)]
            print(f"\n## Incremental rebuilds: +{args.new} abstracts on {sizes[-1]:,}, one after the other\n")
            for label, r in incremental:
                c = r["cache"]
                print(f"- {label}: {r['wall']:.1f} s vs {full['wall']:.1f} s cold ({r['wall'] / full['wall']:.0%}), "
                      f"{r['cpu']:.1f} CPU-s vs {full['cpu']:.1f} ({r['cpu'] / full['cpu']:.0%}); "
                      f"extract stage {r['t'].get('extract', 0):.1f} s; cache hits {c.get('hits', '?')}, extracted "
                      f"{c.get('extracted', '?')}; text RDF {'appended to' if r['appended'] is not None else 'rewritten'}")
            if fp_before != fp_after:
                print(f"(the extraction code changed during the benchmark ({fp_before} -> {fp_after}): the cache was rightly invalidated)")

        if queries is not None:
            print(f"\n## Shipped queries on the {sizes[-1]:,}-abstract graph (loaded from graph.nq)\n")
            if "error" in queries:
                print(f"skipped: {queries['error']}")
            else:
                print(f"load_store: {queries['load_store']:.1f} s\n")
                print("| query | median s | rows |")
                print("|---|---|---|")
                for name, q in queries["queries"].items():
                    print(f"| {name} | {q['s']:.3f} | {q['rows']} |" if "s" in q else f"| {name} | error | {q['error']} |")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""kg past one machine (issue 13): the full-corpus build, cold queries on its store, output sizes,
bigger resampled corpora, the incremental rebuild and the extraction engines, in one run.

    .venv/bin/python benchmarks/bench_scale.py [--corpus PATH] [--workdir DIR]
        [--parts build,nostore,queries,sizes,big,incremental,engines] [--big 300000,1000000]
        [--new 100] [--sample 5000] [--build-dir DIR]

- **build**: ``kg build CORPUS --formats turtle,nquads,json,html,store,void`` in a fresh process:
  wall and CPU seconds, peak RSS of the largest process and of the tree, the stages of report.json.
- **nostore**: the same build with ``--formats turtle,nquads,json,html`` (no store, no VoID), and
  the ratios of the two (the store's cost).
- **queries**: every shipped query in its own fresh process (``kg query``'s path: open the
  build's store, run, count rows), timed from process start, with the process's CPU seconds and
  the part of them Oxigraph spends (the query and reading its solutions' terms); parameters are picked from the
  store itself (the most linked dataset, task and compared method; the most co-used dataset pair;
  the dataset and metric with most results); and ``kg query NAME --format csv`` as a user runs it
  (process start to every row printed). ``--repeat N`` runs each N times and prints the medians.
- **sizes**: each output file (and the store folder) of the build.
- **big**: corpora of ``--big`` papers made by benchmarks/make_corpus.py, built like the first
  (above ``stream_above`` papers kg streams them: chunked extraction and writing, no graph.json);
  wall, peak RSS and the ratio to the full-corpus build (or to ``--base-wall`` seconds when the
  build part is not run). Long: run it on a quiet machine.
- **incremental**: the build folder rebuilt with ``--new`` extra abstracts; wall and CPU against the cold build,
  and the CPU of the read, extract and graph stages of each.
- **engines**: a ``--sample``-paper build with ``--engine local`` and ``--engine dask`` (when kg
  has the option and Dask is installed), with whether graph.json is byte-identical.

Prints tables; asserts nothing. The machine is shared: the load average is printed with each part.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_build import CORPUS as DEFAULT_CORPUS  # noqa: E402
from bench_build import ENV, ROOT, corpus_lines, gib, new_records, print_runs, run_build, sample, sha256  # noqa: E402

PARTS = ("build", "nostore", "queries", "sizes", "big", "incremental", "engines")
STORE_FORMATS = ["--formats", "turtle,nquads,json,html,store,void"]  # kg build's default since session 10, named anyway
NOSTORE_FORMATS = ["--formats", "turtle,nquads,json,html"]
#: Stages of a streamed build (corpora above stream_above papers): the chunks' paper statements and the entities'
STAGES_EXTRA: tuple[str, ...] = ("write_chunks", "write_entities")


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"(load average {one:.1f} / {five:.1f} on {os.cpu_count()} cores)"


# ---- cold queries ---------------------------------------------------------------------------------
_PICK = {
    "dataset": "SELECT ?n WHERE { ?p kg:usesDataset ?d . ?d rdfs:label ?n } GROUP BY ?n ORDER BY DESC(COUNT(?p)) ?n LIMIT 1",
    "task": "SELECT ?n WHERE { ?p kg:addressesTask ?d . ?d rdfs:label ?n } GROUP BY ?n ORDER BY DESC(COUNT(?p)) ?n LIMIT 1",
    "method": "SELECT ?n WHERE { ?p kg:comparesWith ?d . ?d rdfs:label ?n } GROUP BY ?n ORDER BY DESC(COUNT(?p)) ?n LIMIT 1",
    "pair": "SELECT ?a ?b WHERE { ?p kg:usesDataset ?x , ?y . ?x rdfs:label ?a . ?y rdfs:label ?b FILTER(STR(?a) < STR(?b)) }"
            " GROUP BY ?a ?b ORDER BY DESC(COUNT(?p)) ?a ?b LIMIT 1",
    "board": "SELECT ?a ?b WHERE { ?r kg:onDataset/rdfs:label ?a ; kg:metric/rdfs:label ?b ; kg:resultKind \"absolute\" }"
             " GROUP BY ?a ?b ORDER BY DESC(COUNT(?r)) ?a ?b LIMIT 1",
}


def pick_params(out: Path) -> dict[str, dict]:
    from kg.query import open_store, shipped_queries
    from kg.vocab import PREFIXES

    store = open_store(out)

    def first(key: str) -> list[str]:
        rows = list(store.query(_PICK[key], prefixes=PREFIXES))
        return [t.value for t in rows[0]] if rows else ["HDTF", "MEAD"]

    by_param = {"dataset": first("dataset")[0], "task": first("task")[0], "method": first("method")[0], "name": first("dataset")[0]}
    a, b = first("pair")
    out_params = {}
    for name, q in shipped_queries().items():
        if name == "papers-using-both":
            out_params[name] = {"a": a, "b": b}
        elif name == "leaderboard":
            d, m = first("board")
            out_params[name] = {"dataset": d, "metric": m}
        else:
            out_params[name] = {p: by_param.get(p, "x") for p in q.params}
    return out_params


#: Child-script lines (after `import time`, `pyoxigraph as ox` and `kg.query as kq`) that time
#: Oxigraph's part of a query, the taking of its solutions' terms included, into ``spent[0]``.
TIMED_EXECUTE = """
spent = [0.0]
real = kq._execute

class Taken:  # the solutions taken at once, so that their reading is timed here
    def __init__(self, res):
        self.variables = res.variables
        self.rows = [tuple(sol) for sol in res]
    def __iter__(self):
        return iter(self.rows)

def timed(*args):
    c = time.process_time()
    res = real(*args)
    res = Taken(res) if isinstance(res, ox.QuerySolutions) else res
    spent[0] += time.process_time() - c
    return res

kq._execute = timed
"""

#: One query in a fresh interpreter as `kg query` runs it, with the CPU seconds Oxigraph spends
#: (the query call and taking its solutions, every term read from the store) apart from kg's.
_COLD = """
import json, sys, time
t = time.perf_counter()
import pyoxigraph as ox
import kg.query as kq
""" + TIMED_EXECUTE + """q = kq.resolve_query(sys.argv[2])
s = kq.open_store(sys.argv[1], provenance=kq.needs_provenance(q.text))
r = kq.run_query(s, q, json.loads(sys.argv[3]))
print(json.dumps({"rows": len(r.rows), "in": time.perf_counter() - t, "cpu": time.process_time(), "oxigraph": spent[0]}))
"""


def cold_query(out: Path, name: str, params: dict) -> dict:
    """One query in a fresh interpreter, as `kg query` runs it; seconds from process start."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _COLD, str(out), name, json.dumps(params)], cwd=ROOT, env=ENV, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["?"])[-1], "wall": wall}
    return {**json.loads(proc.stdout.strip().splitlines()[-1]), "wall": wall}


def cli_query(out: Path, name: str, params: dict) -> dict:
    """``kg query NAME --format csv`` in a fresh process, every row printed (to a pipe read here):
    wall seconds and the child's CPU seconds, the whole command line's path (typer, printing)."""
    import resource

    cmd = [sys.executable, "-m", "kg.cli", "query", name, "--graph", str(out), "--format", "csv"]
    for k, v in params.items():
        cmd += ["--param", f"{k}={v}"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        return {"error": (proc.stderr.decode(errors="replace").strip().splitlines() or ["?"])[-1], "wall": wall}
    return {"wall": wall, "cpu": cpu, "lines": proc.stdout.count(b"\n")}


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if len(values) % 2 else (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2


def part_queries(out: Path, repeat: int = 1) -> None:
    print(f"\n## Cold queries on {out.name}, median of {repeat} {load_note()}\n")
    print("| query | rows | process wall s | open+query s | process CPU s | Oxigraph CPU s | `kg query -f csv` wall s | its CPU s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, params in sorted(pick_params(out).items()):
        runs = [cold_query(out, name, params) for _ in range(repeat)]
        cli = [cli_query(out, name, params) for _ in range(repeat)]
        bad = next((r for r in runs + cli if "error" in r), None)
        if bad is not None:
            print(f"| {name} | error: {bad['error']} | {bad['wall']:.2f} | - | - | - | - | - |")
            continue
        med = {k: _median([r[k] for r in runs]) for k in ("wall", "in", "cpu", "oxigraph")}
        print(f"| {name} | {runs[0]['rows']:,} | {med['wall']:.2f} | {med['in']:.2f} | {med['cpu']:.2f} | {med['oxigraph']:.2f} "
              f"| {_median([r['wall'] for r in cli]):.2f} | {_median([r['cpu'] for r in cli]):.2f} |")
    print(f"\nafter the queries {load_note()}")


def part_nostore(work: Path, corpus: Path, with_store: dict | None) -> None:
    out = work / "build-nostore"
    _fresh(out)
    t = time.strftime("%H:%M")
    plain = run_build([corpus], out, extra=NOSTORE_FORMATS)
    print(f"\n## Full corpus build without store,void (started {t}) {load_note()}\n")
    rows = [("turtle,nquads,json,html", plain)] + ([("default (+ store,void)", with_store)] if with_store else [])
    print_builds(rows)
    if with_store:
        print(f"\nthe store costs {with_store['wall'] / plain['wall']:.2f}x the wall time, {with_store['cpu'] / plain['cpu']:.2f}x the CPU")
    _fresh(out)


# ---- sizes ------------------------------------------------------------------------------------------
def size_of(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def part_sizes(out: Path) -> None:
    print(f"\n## Output sizes of {out.name}\n")
    print("| output | MB |")
    print("|---|---|")
    for p in sorted(out.iterdir()):
        if p.name.startswith("."):
            continue
        print(f"| {p.name} | {size_of(p) / 1e6:,.1f} |")


# ---- builds -----------------------------------------------------------------------------------------
def print_builds(rows: list[tuple[str, dict]]) -> None:
    print_runs(rows)
    extra = [(label, {k: r["t"][k] for k in STAGES_EXTRA if k in r["t"]}) for label, r in rows]
    if any(e for _, e in extra):
        print("\n" + "; ".join(f"{label}: " + ", ".join(f"{k.removeprefix('write_')} {v:.1f} s" for k, v in e.items()) for label, e in extra if e))


def part_big(work: Path, corpus: Path, sizes: list[int], base: dict | None) -> None:
    """Each size built in turn (one at a time: a 1M-paper build takes most of the machine)."""
    print(f"\n## Resampled corpora {load_note()}\n")
    rows = []
    for n in sizes:
        src = work / f"corpus-{n}.jsonl.gz"
        if not src.is_file():
            subprocess.run([sys.executable, str(Path(__file__).parent / "make_corpus.py"), "--papers", str(n), "--out", str(src), "--corpus", str(corpus)],
                           check=True, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL)
        out = work / f"build-{n}"
        _fresh(out)
        rows.append((f"{n:,}", run_build([src], out, extra=NOSTORE_FORMATS)))  # as measured before the store was a default
        print_builds(rows[-1:])  # each as it ends: a 1M build is long
        _print_ratio(*rows[-1], base)
        print(flush=True)


def _print_ratio(label: str, r: dict, base: dict | None) -> None:
    streamed = json.loads((r["out"] / "report.json").read_text(encoding="utf-8")).get("streamed") if r.get("out") else None
    line = f"- {label}: peak RSS {gib(r['rss'])} GiB (largest process), CPU {r['cpu']:.0f} s"
    if base:
        line += f"; {r['wall'] / base['wall']:.1f}x the full-corpus wall time"
        if base.get("cpu"):
            line += f", {r['cpu'] / base['cpu']:.1f}x its CPU"
    if streamed:
        line += f"; streamed in {streamed['chunks']} chunks, not written: {', '.join(s['format'] for s in streamed['outputs_skipped']) or 'none'}"
    print(line)


def part_incremental(work: Path, corpus: Path, out: Path, cold: dict, n: int) -> None:
    extra = new_records(corpus, n, work)
    r = run_build([corpus, extra], out, extra=STORE_FORMATS)
    print(f"\n## Incremental rebuild {load_note()}\n")
    print_builds([("cold", cold), (f"+{n}", r)])
    print(f"\n+{n} abstracts: {r['wall']:.1f} s = {100 * r['wall'] / cold['wall']:.0f}% of the cold build "
          f"({100 * r['cpu'] / cold['cpu']:.0f}% of its CPU); cache {r['cache']}; text RDF "
          f"{'appended to' if r.get('appended') is not None else 'rewritten (the copies change old papers: see kg.export.append)'}; "
          f"input files replayed unparsed: {r.get('reused') or 0}")
    print("CPU s by stage (this process and its reaped workers): " + ", ".join(
        f"{k} {cold['cpu_t'].get(k, 0):.1f} -> {r['cpu_t'].get(k, 0):.1f}" for k in ("read", "extract", "graph")))
    # the writers run in two processes at once: their wall seconds, which of them the rebuild waits for
    print("Wall s of the append plan and each writer: " + ", ".join(
        f"{k.removeprefix('write_')} {cold['t'].get(k, 0):.1f} -> {v:.1f}" for k, v in r["t"].items() if k.startswith("write_")))


def part_engines(work: Path, corpus: Path, n: int) -> None:
    print(f"\n## Engines on a {n:,}-paper sample {load_note()}\n")
    help_text = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], cwd=ROOT, env=ENV, capture_output=True, text=True).stdout
    if "--engine" not in help_text:
        print("`kg build` has no --engine option in this version: nothing to compare.")
        return
    src = sample(corpus, n, corpus_lines(corpus), work)
    rows, digests = [], {}
    for engine in ("local", "dask"):
        out = work / f"engine-{engine}"
        _fresh(out)
        try:
            rows.append((engine, run_build([src], out, extra=["--engine", engine])))
            digests[engine] = sha256(out / "graph.json")
        except SystemExit as e:
            print(f"- {engine}: {e}")
    print_builds(rows)
    if len(digests) == 2:
        print(f"\ngraph.json byte-identical across engines: {digests['local'] == digests['dask']}")


def _fresh(out: Path) -> None:
    import shutil

    shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--workdir", type=Path, default=None, help="keep builds here (default: a temporary folder)")
    ap.add_argument("--parts", default=",".join(p for p in PARTS if p != "big"), help=f"any of {','.join(PARTS)} (big is opt-in)")
    ap.add_argument("--big", default="300000,1000000", help="paper counts of the resampled corpora")
    ap.add_argument("--build-dir", type=Path, default=None, help="an existing full-corpus build to query and measure (skips the build part)")
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each cold query (the median is printed)")
    ap.add_argument("--sample", type=int, default=5000)
    ap.add_argument("--base-wall", type=float, default=None, help="wall s of a full-corpus build measured before, for the big part's ratios")
    ap.add_argument("--base-cpu", type=float, default=None, help="its CPU s")
    args = ap.parse_args()
    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    import tempfile

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    out = args.build_dir or work / "build-full"
    cold = None
    if args.build_dir is None and parts & {"build", "queries", "sizes", "incremental"}:
        if "build" in parts or not (out / "report.json").is_file():
            _fresh(out)
            t = time.strftime("%H:%M")
            cold = run_build([args.corpus], out, extra=STORE_FORMATS)
            print(f"## Full corpus build with the store ({args.corpus.name}, started {t}) {load_note()}\n")
            print_builds([("full + store", cold)])
    if "nostore" in parts:
        part_nostore(work, args.corpus, cold)
    if "queries" in parts:
        part_queries(out, args.repeat)
    if "sizes" in parts:
        part_sizes(out)
    if "big" in parts:
        base = cold or ({"wall": args.base_wall, "cpu": args.base_cpu} if args.base_wall else None)
        part_big(work, args.corpus, [int(x) for x in args.big.split(",") if x], base)
    if "incremental" in parts and cold:
        part_incremental(work, args.corpus, out, cold, args.new)
    if "engines" in parts:
        part_engines(work, args.corpus, args.sample)


if __name__ == "__main__":
    main()

"""Cold `kg query NAME -f csv --limit 0` on a build folder, for one or two checkouts in turn (issue 13).

    .venv/bin/python benchmarks/bench_cold_query.py --graph BUILD [--queries a,b] [--runs 3]
        [--code OTHER_CHECKOUT] [--check] [--stages] [--halves]

Each query runs ``--runs`` times in a fresh process per checkout (this one, and ``--code`` when
given, alternating, so that the load of a shared machine falls on both alike); prints the best
wall and CPU seconds of each (process start to the last CSV row written to a pipe) and the load
average before and after. ``--check`` says whether the two checkouts' outputs are byte-identical.
Parameters are picked from the store as ``bench_scale.py --parts queries`` picks them.
``--stages``: also where one process's CPU goes, per query of this checkout (best of the runs):
interpreter and imports, opening the store, Oxigraph (the query and taking its solutions' terms),
kg's rows (sort, values), the CSV text, freeing the rows. ``--halves``: each parameterless
query's solutions (without its final ORDER BY) taken in one thread, and as ``LIMIT k`` and
``OFFSET k`` (k half the rows) in two threads at once: wall and CPU seconds, and whether the halves
put together are the one thread's rows in its order (an experiment: kg reads one thread).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]  # this checkout's kg, whatever is installed
from bench_scale import TIMED_EXECUTE, load_note, pick_params  # noqa: E402


def run_once(code: Path, graph: Path, name: str, params: dict) -> tuple[float, float, str]:
    """Wall and CPU seconds of one `kg query` process run from ``code``, and its output's digest."""
    cmd = [sys.executable, "-m", "kg", "query", name, "--graph", str(graph), "--format", "csv", "--limit", "0"]
    for k, v in params.items():
        cmd += ["--param", f"{k}={v}"]
    env = {**os.environ, "PYTHONPATH": str(code)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=code, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{name} from {code}: {proc.stderr.decode(errors='replace').strip()[-300:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, hashlib.sha256(proc.stdout).hexdigest()[:12]


#: One query in a fresh interpreter as `kg query -f csv` runs it, its CPU seconds by stage.
_STAGES = """
import json, os, sys, time
import kg.cli
import kg.query as kq
import pyoxigraph as ox
c_import = time.process_time()
""" + TIMED_EXECUTE + """q = kq.resolve_query(sys.argv[2])
s = kq.open_store(sys.argv[1], provenance=kq.needs_provenance(q.text))
c_open = time.process_time()
r = kq.run_query(s, q, json.loads(sys.argv[3]), dicts=False)
c_rows = time.process_time()
with open(os.devnull, "w") as out:
    r.write_csv(out)
c_csv = time.process_time()
del r
c_free = time.process_time()
print(json.dumps({"imports": c_import, "open": c_open - c_import, "oxigraph": spent[0],
                  "kg rows": c_rows - c_open - spent[0], "csv": c_csv - c_rows, "free": c_free - c_csv, "total": c_free}))
"""
STAGE_KEYS = ("imports", "open", "oxigraph", "kg rows", "csv", "free", "total")


def stages(graph: Path, name: str, params: dict, runs: int) -> dict:
    """CPU seconds by stage of one query in a fresh process of this checkout, best of ``runs`` by total."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    best: dict | None = None
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", _STAGES, str(graph), name, json.dumps(params)], cwd=ROOT, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"{name}: {proc.stderr.strip()[-300:]}")
        got = json.loads(proc.stdout.strip().splitlines()[-1])
        best = got if best is None or got["total"] < best["total"] else best
    return best or {}


def halves(graph: Path, name: str, runs: int) -> str:
    """One thread against two halves read at once (see the module docstring), best of ``runs``."""
    import threading

    from kg.prefixes import PREFIXES
    from kg.query import open_store, shipped_queries
    from kg.sparql_order import split_order

    store = open_store(graph)
    split = split_order(shipped_queries()[name].text)
    text = split[0] if split else shipped_queries()[name].text

    def take(q: str, out: list, at: int) -> None:
        out[at] = [tuple(sol) for sol in store.query(q, prefixes=PREFIXES)]

    one, two, same = (9.0, 9.0), (9.0, 9.0), True
    for _ in range(runs):
        whole: list = [None]
        w, c = time.perf_counter(), time.process_time()
        take(text, whole, 0)
        one = min(one, (time.perf_counter() - w, time.process_time() - c))
        k = len(whole[0]) // 2
        parts: list = [None, None]
        w, c = time.perf_counter(), time.process_time()
        threads = [threading.Thread(target=take, args=(f"{text}\nLIMIT {k}", parts, 0)),
                   threading.Thread(target=take, args=(f"{text}\nOFFSET {k}", parts, 1))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        two = min(two, (time.perf_counter() - w, time.process_time() - c))
        same = same and parts[0] + parts[1] == whole[0]
    return f"| {name} | {one[0]:.2f} | {one[1]:.2f} | {two[0]:.2f} | {two[1]:.2f} | {'yes' if same else 'NO'} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument("--queries", default="", help="comma-separated names (default: every shipped query)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--code", type=Path, default=None, help="another checkout to time against this one")
    ap.add_argument("--check", action="store_true", help="compare the outputs of the two checkouts")
    ap.add_argument("--stages", action="store_true", help="also the CPU seconds of each stage, this checkout")
    ap.add_argument("--halves", action="store_true", help="also each parameterless query read as two halves in two threads")
    args = ap.parse_args()
    params = pick_params(args.graph)
    names = [n for n in args.queries.split(",") if n] or sorted(params)
    codes = [ROOT] + ([args.code.resolve()] if args.code else [])
    print(f"## cold `kg query NAME -f csv --limit 0` on {args.graph}, best of {args.runs} {load_note()}\n")
    heads = " | ".join(f"{c.name} wall s | {c.name} CPU s" for c in codes)
    print(f"| query | {heads} |" + (" same output |" if args.check else ""))
    print("|---|" + "---|---|" * len(codes) + ("---|" if args.check else ""))
    for name in names:
        runs: dict[Path, list] = {c: [] for c in codes}
        for _ in range(args.runs):
            for c in codes:
                runs[c].append(run_once(c, args.graph, name, params.get(name, {})))
        cells = " | ".join(f"{min(r[0] for r in runs[c]):.2f} | {min(r[1] for r in runs[c]):.2f}" for c in codes)
        same = ""
        if args.check:
            same = " yes |" if len({r[2] for c in codes for r in runs[c]}) == 1 else " NO |"
        print(f"| {name} | {cells} |{same}")
    if args.stages:
        print(f"\n## CPU seconds by stage, this checkout, best of {args.runs} {load_note()}\n")
        print("| query | " + " | ".join(STAGE_KEYS) + " |")
        print("|---|" + "---|" * len(STAGE_KEYS))
        for name in names:
            got = stages(args.graph, name, params.get(name, {}), args.runs)
            print(f"| {name} | " + " | ".join(f"{got[k]:.2f}" for k in STAGE_KEYS) + " |")
    if args.halves:
        print(f"\n## one thread against two halves at once, best of {args.runs} {load_note()}\n")
        print("| query | one wall s | one CPU s | halves wall s | halves CPU s | same rows, same order |")
        print("|---|---|---|---|---|---|")
        for name in names:
            if not params.get(name):
                print(halves(args.graph, name, args.runs))
    print(f"\nafter {load_note()}")


if __name__ == "__main__":
    main()

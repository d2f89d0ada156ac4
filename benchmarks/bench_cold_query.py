"""Cold `kg query NAME -f csv --limit 0` on a build folder, for one or two checkouts in turn (issue 13).

    .venv/bin/python benchmarks/bench_cold_query.py --graph BUILD [--queries a,b] [--runs 3]
        [--code OTHER_CHECKOUT] [--check]

Each query runs ``--runs`` times in a fresh process per checkout (this one, and ``--code`` when
given, alternating, so that the load of a shared machine falls on both alike); prints the best
wall and CPU seconds of each (process start to the last CSV row written to a pipe) and the load
average before and after. ``--check`` says whether the two checkouts' outputs are byte-identical.
Parameters are picked from the store as ``bench_scale.py --parts queries`` picks them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_scale import load_note, pick_params  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument("--queries", default="", help="comma-separated names (default: every shipped query)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--code", type=Path, default=None, help="another checkout to time against this one")
    ap.add_argument("--check", action="store_true", help="compare the outputs of the two checkouts")
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
    print(f"\nafter {load_note()}")


if __name__ == "__main__":
    main()

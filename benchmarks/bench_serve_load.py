"""Load test of `kg serve` over loopback: concurrent clients, failures, latency; and the time limit.

Starts ``python -m kg serve`` on 127.0.0.1 (a free port) in its own process over the seeds graph
(or ``--graph DIR``), then:

1. **sequential**: ``--trivial`` ASK queries one at a time -> p50/p99 of a trivial query through
   the server and its worker process, against the same query on an in-process store;
2. **concurrent**: ``--clients`` threads released together, each sending ``--requests`` queries
   (a SELECT, an ASK, a shipped GROUP BY query, in turn), each on a new connection -> failures
   by kind (HTTP status or exception, e.g. ConnectionResetError), p50/p99, requests/s;
3. **time limit**: a 3-way cartesian product with the server's ``--timeout`` -> the status and
   seconds until the answer, and the seconds of the next trivial query (the killed worker's
   replacement answering).

Bounded: fixed counts, every request has a 60 s socket timeout and the whole run stops at
``--max-seconds``. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_serve_load.py [--graph DIR] [--clients 100] [--requests 3]
        [--trivial 200] [--timeout 2] [--workers N] [--max-seconds 300]
"""

from __future__ import annotations

import argparse
import http.client
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASK = "ASK { ?p a schema:ScholarlyArticle }"
SELECT = "SELECT ?d ?name WHERE { ?d a schema:Dataset ; rdfs:label ?name } ORDER BY ?name LIMIT 50"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def query(port: int, q: str, deadline: float) -> tuple[str, float]:
    """(outcome, seconds): outcome is the HTTP status or the exception's class name."""
    t0 = time.perf_counter()
    if time.monotonic() > deadline:
        return "skipped (past --max-seconds)", 0.0
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": q}), headers={"Accept": "application/sparql-results+json"})
        r = conn.getresponse()
        body = r.read()
        outcome = str(r.status) if r.status != 200 or body else "200 (empty body)"
    except (OSError, http.client.HTTPException) as e:
        outcome = type(e).__name__
    finally:
        conn.close()
    return outcome, time.perf_counter() - t0


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000


def start_server(graph: Path, port: int, timeout: float, workers: int | None, deadline: float) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kg", "serve", str(graph), "--host", "127.0.0.1", "--port", str(port), "--timeout", str(timeout)]
    if workers:
        cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "(Ctrl-C to stop)" in line or not line:
            break
        print("  " + line.rstrip())
    return proc


def seeds_build(tmp: Path) -> Path:
    import kg

    kg.build([str(ROOT / "seeds")], jobs=1).write(tmp, ["nquads", "html"])
    return tmp


def sequential(port: int, n: int, graph: Path, deadline: float) -> None:
    from kg.query import load_store
    from kg.vocab import PREFIXES

    times = [query(port, ASK, deadline)[1] for _ in range(n)]
    store = load_store(graph)
    local = []
    for _ in range(n):
        t0 = time.perf_counter()
        bool(store.query(ASK, prefixes=PREFIXES))
        local.append(time.perf_counter() - t0)
    print(f"sequential trivial ASK x{n}: through the server p50 {pct(times, 50):.2f} ms, p99 {pct(times, 99):.2f} ms; "
          f"in-process store.query p50 {pct(local, 50):.3f} ms")


def concurrent(port: int, clients: int, requests: int, deadline: float) -> None:
    from kg.query import resolve_query

    mix = [SELECT, ASK, resolve_query("dataset-usage").text]
    barrier = threading.Barrier(clients)

    def client(i: int) -> list[tuple[str, float]]:
        barrier.wait(60)
        return [query(port, mix[(i + k) % len(mix)], deadline) for k in range(requests)]

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = [r for rs in pool.map(client, range(clients)) for r in rs]
    wall = time.perf_counter() - t0
    outcomes = Counter(o for o, _ in results)
    ok = [s for o, s in results if o == "200"]
    failures = {o: c for o, c in outcomes.items() if o != "200"}
    print(f"concurrent: {clients} clients x {requests} requests = {len(results)} in {wall:.2f} s ({len(results) / wall:.0f} req/s)")
    print(f"  failures: {sum(failures.values())} {dict(failures) if failures else ''}")
    if ok:
        print(f"  latency of the {len(ok)} answered: p50 {pct(ok, 50):.1f} ms, p99 {pct(ok, 99):.1f} ms, max {max(ok) * 1000:.1f} ms")


def time_limit(port: int, timeout: float, deadline: float) -> None:
    outcome, secs = query(port, CARTESIAN, deadline)
    after, after_secs = query(port, ASK, deadline)
    print(f"time limit {timeout:g} s: 3-way cartesian product -> {outcome} after {secs:.2f} s; "
          f"next trivial query -> {after} in {after_secs * 1000:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", type=Path, help="a kg build folder (default: the seeds, built into a temporary folder)")
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--requests", type=int, default=3)
    ap.add_argument("--trivial", type=int, default=200)
    ap.add_argument("--timeout", type=float, default=2.0, help="the server's query time limit for this run")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--max-seconds", type=float, default=300.0)
    args = ap.parse_args()
    deadline = time.monotonic() + args.max_seconds
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph or seeds_build(Path(tmp))
        port = free_port()
        server = start_server(graph, port, args.timeout, args.workers, deadline)
        try:
            sequential(port, args.trivial, graph, deadline)
            concurrent(port, args.clients, args.requests, deadline)
            time_limit(port, args.timeout, deadline)
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


if __name__ == "__main__":
    main()

"""Time every shipped query on the seeds graph and on a graph of the first 20K paperlists abstracts.

Each graph is written as graph.nq and loaded with ``kg.query.load_store``, as ``kg query`` and
``kg serve`` do. Prints a table (median of several runs, results converted to Python rows as
``kg query`` does); never asserts. Targets: <= 100 ms on the seeds, <= 1 s at 20K papers.

    .venv/bin/python benchmarks/bench_queries.py [--n 20000] [--jobs 2] [--runs 5] [--cache /tmp/kg-bench-20k.json]

The 20K graph takes a few minutes to extract; ``--cache`` keeps its node-link JSON for the next run.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import statistics
import time
from pathlib import Path

import networkx as nx

import kg
from kg.api import KnowledgeGraph
from kg.export import write_outputs
from kg.query import load_store, run_query, shipped_queries

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpora/paperlists-abstracts.jsonl.gz")
TARGET_MS = {"seeds": 100.0, "20K": 1000.0}


def read_paperlists(path: Path, n: int):
    """The first ``n`` records of the paperlists JSONL as :class:`kg.model.Paper` (until kg's reader lands)."""
    from kg.model import Paper, Source

    papers = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(itertools.islice(fh, n), 1):
            d = json.loads(line)
            if not d.get("title"):
                continue
            papers.append(Paper(title=d["title"], abstract=d.get("abstract") or "", source=Source(str(path), i, i, "paperlists"),
                                year=d.get("year"), venue=d.get("venue")))
    return papers


def corpus_graph(n: int, jobs: int, cache: Path | None) -> tuple[KnowledgeGraph, float | None]:
    if cache and cache.is_file():
        data = json.loads(cache.read_text(encoding="utf-8"))
        return KnowledgeGraph(nx.node_link_graph(data, directed=True, multigraph=True, edges="links")), None
    from kg.extract import extract_papers
    from kg.graph import build_graph

    t0 = time.perf_counter()
    graph = build_graph(extract_papers(read_paperlists(CORPUS, n), jobs=jobs))
    built = time.perf_counter() - t0
    if cache:
        cache.write_text(json.dumps(nx.node_link_data(graph, edges="links"), ensure_ascii=False), encoding="utf-8")
    return KnowledgeGraph(graph), built


def _most_linked(G, kind: str) -> str:
    nodes = sorted((n for n, d in G.nodes(data=True) if d["kind"] == kind), key=lambda n: (-G.nodes[n].get("papers", 0), n))
    return G.nodes[nodes[0]]["label"] if nodes else "none"


def params_for(name: str, G) -> dict:
    """Realistic parameters: the most used entity of the right kind, a compared method, two co-used datasets."""
    if name == "methods-compared-with":
        counts: dict[str, int] = {}
        for _, v, k in G.edges(keys=True):
            if k == "compares_with":
                counts[v] = counts.get(v, 0) + 1
        best = max(counts, key=lambda v: (counts[v], v)) if counts else None
        return {"method": G.nodes[best]["label"] if best else _most_linked(G, "method")}
    if name == "datasets-for-task":
        return {"task": _most_linked(G, "task")}
    if name == "evidence":
        return {"name": _most_linked(G, "dataset")}
    if name == "co-used-datasets":
        return {"dataset": _most_linked(G, "dataset")}
    if name == "papers-using-both":
        pairs: dict[tuple[str, str], int] = {}
        for p, d in G.nodes(data=True):
            if d["kind"] == "paper":
                ds = sorted({G.nodes[v]["label"] for _, v, k in G.out_edges(p, keys=True) if k == "uses_dataset"})
                for pair in itertools.combinations(ds, 2):
                    pairs[pair] = pairs.get(pair, 0) + 1
        a, b = max(pairs, key=lambda k: (pairs[k], k)) if pairs else ("HDTF", "MEAD")
        return {"a": a, "b": b}
    return {}


def loaded_store(g: KnowledgeGraph):
    """The graph written as N-Quads and loaded back, as `kg query` and `kg serve` see it."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        write_outputs(g.graph, tmp, ["nquads"])
        return load_store(tmp)


def time_queries(g: KnowledgeGraph, runs: int) -> dict[str, tuple[float, int, dict]]:
    store = loaded_store(g)
    out = {}
    for name, q in shipped_queries().items():
        params = params_for(name, g.graph)
        res = run_query(store, q, params)  # warm-up
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            run_query(store, q, params)
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = (statistics.median(times), len(res.rows if res.triples is None else res.triples), params)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20_000, help="papers to read from the corpus")
    ap.add_argument("--jobs", type=int, default=2, help="extraction worker processes")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query (the median is shown)")
    ap.add_argument("--cache", type=Path, default=None, help="node-link JSON of the corpus graph, reused when present")
    args = ap.parse_args()

    t0 = time.perf_counter()
    seeds = kg.build([str(ROOT / "seeds")], jobs=1)
    print(f"seeds: {seeds!r}, built in {time.perf_counter() - t0:.1f} s")
    big, built = corpus_graph(args.n, args.jobs, args.cache)
    how = f"built in {built:.0f} s" if built is not None else f"read from {args.cache}"
    print(f"{args.n // 1000}K: {big!r}, {how}")

    t0 = time.perf_counter()
    results = {"seeds": time_queries(seeds, args.runs)}
    t1 = time.perf_counter()
    results["20K"] = time_queries(big, args.runs)
    print(f"(writing graph.nq, loading it and timing all queries: seeds {t1 - t0:.1f} s, 20K {time.perf_counter() - t1:.1f} s)")
    print()
    print(f"{'query':26} {'seeds ms':>9} {'rows':>6} {'20K ms':>9} {'rows':>7}  within target")
    print("-" * 76)
    for name in shipped_queries():
        s_ms, s_rows, _ = results["seeds"][name]
        b_ms, b_rows, params = results["20K"][name]
        ok = s_ms <= TARGET_MS["seeds"] and b_ms <= TARGET_MS["20K"]
        print(f"{name:26} {s_ms:9.1f} {s_rows:6d} {b_ms:9.1f} {b_rows:7d}  {'yes' if ok else 'NO'}")
    print()
    print("Parameters at 20K: " + "; ".join(f"{n} {p}" for n, (_, _, p) in results["20K"].items() if p))
    print(f"Targets: <= {TARGET_MS['seeds']:.0f} ms on the seeds, <= {TARGET_MS['20K']:.0f} ms at 20K (median of {args.runs} runs).")


if __name__ == "__main__":
    main()

"""How long the HTML explorer takes to write and to become interactive in headless Chromium.

Run: .venv/bin/python benchmarks/bench_html.py [--nodes 5000] [--runs 3]
Prints a table; asserts nothing. Targets: write <= 2 s, interactive <= 5 s at 5,000 nodes.
Columns: "write s" is the whole write_html (wall clock), "write cpu s" its CPU time (steadier on
a shared machine), "layout s" the positions alone, "network s" explorer_network (the layout
plus the pyvis Network), "MB" the page size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.export.html import explorer_data, explorer_network, write_html
from kg.export.html_layout import layout_positions

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
IRI = "https://w3id.org/kg/id/"
# Share of the nodes of each kind, roughly as in a large Daily Papers crawl.
SHARES = {"paper": 0.40, "method": 0.30, "dataset": 0.12, "task": 0.06, "metric": 0.02,
          "repository": 0.08, "organization": 0.02}


def synthetic_graph(n_nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph shaped like kg's (docs/graph-model.md): papers linking to heavy-tailed entities."""
    rng = random.Random(seed)
    counts = {k: max(1, int(n_nodes * s)) for k, s in SHARES.items()}
    counts["paper"] += n_nodes - sum(counts.values())
    g = nx.MultiDiGraph()
    for kind, count in counts.items():
        if kind == "paper":
            continue
        for i in range(count):
            node = f"{kind}/{kind[:3]}-{i}"
            g.add_node(node, kind=kind, label=f"{kind.title()} {i}", iri=IRI + node,
                       aliases=[f"{kind[:3].upper()}{i}"], papers=0,
                       **({"url": f"https://github.com/org/{kind}-{i}"} if kind == "repository" else {}))

    def pick(kind: str) -> str:
        i = min(int(rng.paretovariate(0.9)) - 1, counts[kind] - 1)
        return f"{kind}/{kind[:3]}-{i if rng.random() < 0.7 else rng.randrange(counts[kind])}"

    relations = [("uses_dataset", "dataset", 2), ("mentions_method", "method", 2),
                 ("addresses_task", "task", 1), ("reports_metric", "metric", 1),
                 ("affiliated_with", "organization", 1)]
    for p in range(counts["paper"]):
        pid = f"paper/{2300 + p // 10000}.{p % 10000:05d}"
        title = f"A study of things number {p}: with a subtitle"
        abstract = ("We propose a method and evaluate it on several datasets. " * 4).strip()
        g.add_node(pid, kind="paper", label=title, iri=IRI + pid, title=title, abstract=abstract,
                   date=f"{2018 + p % 7}-0{1 + p % 9}-1{p % 10}", year=2018 + p % 7,
                   upvotes=rng.randrange(300), url=f"https://arxiv.org/abs/{pid[6:]}",
                   mentions=[{"field": "abstract", "start": 13, "end": 19, "role": "proposes",
                              "text": "method", "entity": f"method/met-{p % counts['method']}"}])
        ev = [{"field": "abstract", "start": 0, "end": 10, "sentence": abstract[:58],
               "rule": "bench", "confidence": 0.8, "text": "method"}]
        g.add_edge(pid, f"method/met-{p % counts['method']}", key="proposes", relation="proposes",
                   evidence=ev, confidence=0.8, value=None)
        for rel, kind, k in relations:
            for _ in range(rng.randint(1, k)):
                g.add_edge(pid, pick(kind), key=rel, relation=rel, evidence=ev, confidence=0.8,
                           value=None)
        # Results (docs/graph-model.md, Results): what the page's leaderboards are built from.
        results = []
        for _ in range(rng.choice((0, 0, 1, 2))):
            metric, number = pick("metric"), round(rng.uniform(10, 95), 1)
            results.append({"metric": metric, "dataset": pick("dataset"),
                            "method": f"method/met-{p % counts['method']}", "proposed": True,
                            "baseline": None, "value": str(number), "number": number,
                            "unit": "%" if metric.endswith(("0", "2", "4")) else "", "kind": "absolute",
                            "evidence": {**ev[0], "sentence": f"It reaches {number} on the set."}})
        if results:
            g.nodes[pid]["results"] = results
        if p < counts["repository"]:
            g.add_edge(pid, f"repository/rep-{p}", key="has_code", relation="has_code",
                       evidence=[], confidence=1.0, value=None)
    for n, a in g.nodes(data=True):
        if a["kind"] != "paper":
            a["papers"] = len(set(g.predecessors(n)))
        if a["kind"] == "metric":
            a["higher_is_better"] = not n.endswith("3")
    return g


def time_write(graph: nx.MultiDiGraph, out: Path, runs: int) -> tuple[float, ...]:
    """Median seconds (wall, CPU) for the whole write, the layout, explorer_network; MB."""
    totals, cpus, layouts, networks = [], [], [], []
    data = explorer_data(graph)
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        write_html(graph, out, max_nodes=None)  # every node: the benchmark sizes are the point
        totals.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        t0 = time.perf_counter()
        explorer_network(data)
        networks.append(time.perf_counter() - t0)
        und = {tuple(sorted(map(str, e))) for e in graph.to_undirected().edges()}
        idx = {n: i for i, n in enumerate(graph.nodes)}
        pairs = sorted({(min(idx[a], idx[b]), max(idx[a], idx[b])) for a, b in und})
        t0 = time.perf_counter()
        layout_positions(len(idx), pairs)
        layouts.append(time.perf_counter() - t0)
    return (statistics.median(totals), statistics.median(cpus), statistics.median(layouts),
            statistics.median(networks), out.stat().st_size / 1e6)


def time_interactive(path: Path, runs: int) -> tuple[float | None, float | None, str]:
    """Median seconds from navigation to the first drawn frame, and to a working search."""
    if not Path(CHROMIUM).exists():
        return None, None, f"{CHROMIUM} absent"
    from playwright.sync_api import sync_playwright

    drawn, usable = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri())
            while not page.evaluate("() => !!(window.kgExplorer && kgExplorer.ready)"):
                page.wait_for_timeout(20)
            # performance.now() counts from navigation start.
            drawn.append(page.evaluate("() => kgExplorer.interactiveAt") / 1000)
            page.evaluate("() => kgExplorer.focusNode(kgExplorer.findNodes('Dataset 0')[0].id)")
            usable.append(time.perf_counter() - t0)
            page.close()
        browser.close()
    return statistics.median(drawn), statistics.median(usable), ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.nodes:
            graph = synthetic_graph(n)
            out = Path(tmp) / f"g{n}.html"
            write_s, cpu_s, layout_s, network_s, mb = time_write(graph, out, args.runs)
            stats = explorer_data(graph)["stats"]
            drawn, usable, note = time_interactive(out, args.runs)
            rows.append((n, graph.number_of_edges(), stats["cooccurrence_edges"], write_s, cpu_s,
                         layout_s, network_s, mb, drawn, usable, note))
    head = ("nodes", "edges", "cooc", "write s", "write cpu s", "layout s", "network s", "MB",
            "first draw s", "search ok s")
    print(" | ".join(f"{h:>12}" for h in head))
    for n, e, c, w, cpu, lay, net, mb, d, u, note in rows:
        cells = [f"{n:>12,}", f"{e:>12,}", f"{c:>12,}", f"{w:>12.2f}", f"{cpu:>12.2f}",
                 f"{lay:>12.2f}", f"{net:>12.2f}",
                 f"{mb:>12.1f}", f"{d:>12.2f}" if d is not None else f"{'-':>12}",
                 f"{u:>12.2f}" if u is not None else f"{note:>12}"]
        print(" | ".join(cells))
    print("targets at 5,000 nodes: write <= 2 s, interactive (first draw) <= 5 s")


if __name__ == "__main__":
    main()

"""Extraction throughput, in abstracts per second, against spaCy's blank tokenizer.

Run: .venv/bin/python benchmarks/bench_extract.py [--n 5000] [--corpus PATH] [--seeds-repeat 100] [--components]
Prints a table (and with ``--components`` the milliseconds each pipeline component spends per
abstract, wall-clock and CPU, each component run over a batch of docs before the next as extraction runs them, and the cost of reading a doc's
candidates through the ``doc._`` extension and through the doc state); asserts nothing. The corpus is JSON Lines (optionally gzipped) with "title" and
"abstract"; by default ../shared/corpora/paperlists-abstracts.jsonl.gz beside the checkout.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from itertools import islice
from pathlib import Path

import spacy

from kg.extract import Extractor
from kg.model import Paper, Source

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpora/paperlists-abstracts.jsonl.gz"


def load_corpus(path: Path, n: int) -> list[Paper]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh)
        return [
            Paper(r.get("title") or "", r.get("abstract") or "", Source(str(path), i))
            for i, r in enumerate(islice(rows, n), 1)
        ]


def rate(label: str, papers: list[Paper], run) -> tuple[str, int, float, float, float]:
    t, c = time.perf_counter(), time.process_time()
    run(papers)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    return label, len(papers), dt, len(papers) / dt, len(papers) / cpu if cpu else 0.0


def component_times(ex: Extractor, papers: list[Paper], batch: int = 256) -> list[tuple[str, float, float]]:
    """Milliseconds per abstract spent in making the docs (their states) and in each component,
    run as ``Extractor.analyse`` runs them (each component over a batch of ``batch`` docs before
    the next): wall-clock and CPU time of this process (the CPU figure holds when other work loads
    the machine)."""
    from kg.extract import state_doc

    nlp = ex.nlp
    comps = list(nlp.pipeline)
    wall = {"make_doc": 0.0, **{name: 0.0 for name, _ in comps}}
    cpu = dict(wall)
    clock, cpu_clock = time.perf_counter, time.process_time
    for at in range(0, len(papers), batch):
        t, c = clock(), cpu_clock()
        docs = [state_doc(p.title, p.abstract) for p in papers[at : at + batch]]
        wall["make_doc"] += clock() - t
        cpu["make_doc"] += cpu_clock() - c
        for name, proc in comps:
            t, c = clock(), cpu_clock()
            steps = getattr(proc, "batch", None)  # (a component run step by step over the batch, as analyse runs it)
            docs = steps(docs) if steps is not None else [proc(doc) for doc in docs]
            wall[name] += clock() - t
            cpu[name] += cpu_clock() - c
    return [(name, 1e3 * s / len(papers), 1e3 * cpu[name] / len(papers)) for name, s in wall.items()]


def access_costs(ex: Extractor, n: int = 200_000) -> list[tuple[str, float]]:
    """Nanoseconds per read of a doc's candidate list: through the declared ``doc._`` extension
    (a getter over the doc state) and through :func:`kg.extract.doc.state`, which components use."""
    from kg.extract import paper_doc
    from kg.extract.doc import state

    doc = paper_doc(ex.nlp, "A title", "An abstract.")
    out = []
    for label, read in (("doc._.kg_candidates", lambda: doc._.kg_candidates), ("state(doc).candidates", lambda: state(doc).candidates)):
        t = time.perf_counter()
        for _ in range(n):
            read()
        out.append((label, 1e9 * (time.perf_counter() - t) / n))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seeds-repeat", type=int, default=100)
    ap.add_argument("--components", action="store_true", help="also time each pipeline component")
    args = ap.parse_args()

    corpus = load_corpus(args.corpus, args.n)
    rows = []
    nlp = spacy.blank("en")
    rows.append(rate("blank tokenizer, corpus", corpus,
                     lambda ps: list(nlp.pipe((f"{p.title}\n\n{p.abstract}" for p in ps), batch_size=64))))
    ex = Extractor()
    ex.nlp  # build (and load the catalogue) outside the timing
    rows.append(rate("extract jobs=1, corpus", corpus, lambda ps: list(ex.extract(ps, jobs=1))))
    rows.append(rate("extract jobs=2, corpus", corpus, lambda ps: list(ex.extract(ps, jobs=2))))
    try:
        from kg.ingest import read_inputs

        seeds = read_inputs([str(ROOT / "seeds")]).papers * args.seeds_repeat
        rows.append(rate(f"extract jobs=1, seeds x{args.seeds_repeat}", seeds, lambda ps: list(ex.extract(ps, jobs=1))))
    except Exception as e:  # the seeds are optional for the benchmark
        print(f"(seeds skipped: {e})")
    # Wall-clock rates depend on what else the machine runs; the per-CPU-second rate of this
    # process does not (for jobs=2 it counts only the parent, so it is left out).
    print(f"{'run':32s} {'papers':>7s} {'seconds':>8s} {'abstracts/s':>12s} {'per CPU-s':>10s}")
    for label, n, dt, r, per_cpu in rows:
        cpu = "" if "jobs=2" in label else f"{per_cpu:10.0f}"
        print(f"{label:32s} {n:7d} {dt:8.2f} {r:12.0f} {cpu}")
    if args.components:
        times = component_times(ex, corpus)
        print(f"\n{'component':32s} {'ms/abstract':>12s} {'CPU ms':>8s}")
        for name, ms, cpu_ms in times:
            print(f"{name:32s} {ms:12.4f} {cpu_ms:8.4f}")
        print(f"{'total':32s} {sum(t[1] for t in times):12.4f} {sum(t[2] for t in times):8.4f}")
        print(f"\n{'read of the candidate list':32s} {'ns/read':>12s}")
        for label, ns in access_costs(ex):
            print(f"{label:32s} {ns:12.0f}")


if __name__ == "__main__":
    main()

"""Regenerate the graph-stage golden files (run from the repo root when the graph or RDF
output changes on purpose; the diff then shows what changed):

    .venv/bin/python tests/data/golden/make_golden.py          # mentions and expected Turtle
    .venv/bin/python tests/data/golden/make_golden.py --ttl    # only the expected Turtle

``seeds.mentions.jsonl`` freezes what extraction found in each seed paper, so the golden test
of the graph and RDF stages does not move when extraction improves; ``seeds.ttl`` is the
Turtle those mentions must give.
"""
import dataclasses
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]


def main() -> None:
    from kg.export.rdf import turtle_chunks
    from kg.extract import extract_papers
    from kg.graph import build_graph
    from kg.ingest import read_inputs
    from kg.model import Extraction, Mention, Result, Role

    os.chdir(ROOT)  # sources as "seeds/...", not a checkout's absolute path
    papers = read_inputs(["seeds"]).papers
    mentions_path = HERE / "seeds.mentions.jsonl"
    if "--ttl" not in sys.argv:
        with mentions_path.open("w", encoding="utf-8") as fh:
            for ex in extract_papers(papers):
                rows = [{k: (v.value if isinstance(v, Role) else v) for k, v in dataclasses.asdict(m).items() if v is not None} for m in ex.mentions]
                results = [dataclasses.asdict(r) for r in ex.results]
                fh.write(json.dumps({"title": ex.paper.title, "mentions": rows, "results": results}, ensure_ascii=False) + "\n")
    extractions = []
    for paper, line in zip(papers, mentions_path.open(encoding="utf-8"), strict=True):
        rec = json.loads(line)
        assert rec["title"] == paper.title
        ms = tuple(Mention(**{**m, "role": Role(m["role"])}) for m in rec["mentions"])
        extractions.append(Extraction(paper, ms, tuple(Result(**r) for r in rec.get("results", ()))))
    (HERE / "seeds.ttl").write_text("".join(turtle_chunks(build_graph(extractions))), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Shared by the pipeline tests: ~600 abstracts in a JSON Lines file, and graph comparison.

Taken from the shared paperlists corpus when it is there (real text, every extraction rule
gets exercised), else made from templates. 600 papers make the extractor cut several chunks,
so ``jobs=2`` really spreads them over two workers.
"""

from __future__ import annotations

import gzip
import json
import os
from itertools import islice
from pathlib import Path

import kg
from kg.export import node_link, write_outputs

N_PAPERS = 600
#: As in conftest.shared_dir (not imported: tests/ingest has a conftest module of its own).
CORPUS = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "corpora" / "paperlists-abstracts.jsonl.gz"

_DATASETS = ["HDTF", "MEAD", "VoxCeleb2", "Human3.6M", "ImageNet", "COCO", "KITTI", "NYU Depth v2"]
_METRICS = ["FID", "PSNR", "SSIM", "LPIPS", "BLEU", "accuracy"]
_TASKS = ["talking head generation", "pose estimation", "image segmentation", "depth estimation"]


def _made_up(i: int) -> dict:
    d1, d2 = _DATASETS[i % len(_DATASETS)], _DATASETS[(i * 3 + 1) % len(_DATASETS)]
    m, t = _METRICS[i % len(_METRICS)], _TASKS[i % len(_TASKS)]
    name = f"Net{i}X"
    return {
        "title": f"{name}: a model for {t} number {i}",
        "abstract": (
            f"We propose {name}, a novel framework for {t}. Experiments on {d1} and {d2} show that {name} "
            f"outperforms Wav2Lip and SadTalker, reaching a {m} of {10 + i % 50}.{i % 10}. "
            f"We also introduce Bench{i}, a new benchmark. Code is available at https://github.com/lab{i % 7}/{name.lower()}."
        ),
        "year": 2020 + i % 5,
        "venue": "conf",
    }


def write_abstracts(path: Path, n: int = N_PAPERS, *, start: int = 0) -> Path:
    """``n`` records (from ``start``) as JSON Lines at ``path``."""
    if CORPUS.is_file():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
            lines = list(islice(fh, start, start + n))
    else:
        lines = [json.dumps(_made_up(i)) + "\n" for i in range(start, start + n)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def same_graph(a: kg.KnowledgeGraph, b: kg.KnowledgeGraph, tmp_path: Path) -> None:
    """Same nodes, edges and attributes in the same order, and the same RDF statements."""
    assert json.dumps(node_link(a.graph)) == json.dumps(node_link(b.graph))
    # no blank nodes: two graphs are isomorphic exactly when their N-Quads line sets are equal
    lines = []
    for i, g in enumerate((a, b)):
        out = tmp_path / f"rdf-{i}"
        write_outputs(g.graph, out, ["nquads"], jobs=1)
        lines.append(set((out / "graph.nq").read_text(encoding="utf-8").splitlines()))
    assert lines[0] == lines[1]

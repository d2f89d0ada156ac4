"""Extraction with one or several worker processes builds the same graph."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from pipeline_support import same_graph, write_abstracts


@pytest.fixture(scope="module")
def abstracts(tmp_path_factory) -> Path:
    return write_abstracts(tmp_path_factory.mktemp("pipeline") / "abstracts.jsonl")


@pytest.fixture(scope="module")
def one_job(abstracts) -> kg.KnowledgeGraph:
    return kg.build([abstracts], jobs=1)


def test_pipeline_jobs_1_and_2_give_the_same_mentions_in_the_same_order(abstracts, one_job):
    two = kg.build([abstracts], jobs=2)
    assert [e.paper for e in two.extractions] == [e.paper for e in one_job.extractions]
    assert [e.mentions for e in two.extractions] == [e.mentions for e in one_job.extractions]
    assert sum(len(e.mentions) for e in one_job.extractions) > 0


def test_pipeline_jobs_1_and_2_build_isomorphic_graphs(abstracts, one_job, tmp_path):
    same_graph(one_job, kg.build([abstracts], jobs=2), tmp_path)


def test_pipeline_build_report_has_cpu_time_and_extractor_fingerprint(one_job):
    r = one_job.report
    assert set(r["cpu_s"]) == {"read", "extract", "graph"}
    assert r["extractor_fingerprint"].startswith(r["extractor_version"] + "-")


def test_pipeline_output_files_do_not_depend_on_the_hash_seed_of_the_process(abstracts, tmp_path):
    """Two `kg build` processes with different PYTHONHASHSEED write the same graph (set order varies)."""
    import os
    import subprocess
    import sys

    files = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(abstracts), "--out", str(out), "--jobs", "1", "--no-cache",
             "--formats", "json,nquads", "--quiet"],
            check=True, env=env, capture_output=True,
        )
        files.append(out)
    assert (files[0] / "graph.json").read_bytes() == (files[1] / "graph.json").read_bytes()
    nq = [set((f / "graph.nq").read_text(encoding="utf-8").splitlines()) for f in files]
    assert nq[0] == nq[1]

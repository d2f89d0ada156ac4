"""Shared fixtures: paths of the repo, the seeds and the shared gold; one seeds build per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def shared_dir() -> Path:
    return Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold_path() -> Path:
    p = Path(os.environ.get("KG_GOLD", shared_dir() / "gold" / "seeds.gold.jsonl"))
    if not p.is_file():
        pytest.fail(f"gold file {p} not found: CI checks out ../shared beside the repo; set KG_GOLD to its path")
    return p


@pytest.fixture(scope="session")
def seeds_graph():
    """The knowledge graph of seeds/, built once per test session (single process)."""
    import kg

    return kg.build([SEEDS], jobs=1)


@pytest.fixture(scope="session")
def seeds_out(seeds_graph, tmp_path_factory) -> Path:
    """A build folder of the seeds graph with the RDF/JSON outputs (no HTML)."""
    out = tmp_path_factory.mktemp("seeds-build")
    seeds_graph.write(out, ["turtle", "nquads", "json"])
    return out

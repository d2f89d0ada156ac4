"""The whole extractor on hand-written papers: evidence, order, parallelism, metadata links."""

from __future__ import annotations

import pytest

from kg.extract import EXTRACTOR_VERSION, Extractor, extract_papers
from kg.model import Link, Paper, Role, Source

PAPERS = [
    Paper(
        "GlowNet: Fast Relighting for Indoor Scene Rendering",
        "Indoor scene rendering is slow. We present GlowNet, a network that relights rooms. "
        "Experiments on the RoomLight dataset show that GlowNet outperforms NeRF-W and reaches "
        "a PSNR of 31.2 dB. Code: https://github.com/acme/glownet.",
        Source("mem", 1),
    ),
    Paper(
        "OceanQA: A Benchmark for Marine Question Answering",
        "We introduce OceanQA, a benchmark of 5,000 questions about marine biology. "
        "Large language models (LLMs) such as GPT-4 struggle on it. See https://oceanqa.github.io/.",
        Source("mem", 2),
        links=(Link("https://github.com/acme/oceanqa", Role.CODE_URL, "githubRepo"),),
    ),
    Paper(
        "Notes on Training Stability",
        "We train diffusion models and transformers on large-scale datasets and report lessons.",
        Source("mem", 3),
    ),
    Paper("A Title Without Abstract", "", Source("mem", 4)),
]


@pytest.fixture(scope="module")
def extractions():
    return extract_papers(PAPERS)


def test_pipeline_keeps_input_order(extractions) -> None:
    assert [e.paper.title for e in extractions] == [p.title for p in PAPERS]


def test_pipeline_evidence_slices_back_to_the_text(extractions) -> None:
    for e in extractions:
        for m in e.mentions:
            assert 0.0 <= m.confidence <= 1.0
            assert m.rule
            if m.field == "metadata":
                assert (m.start, m.end) == (0, 0) and m.rule.startswith("metadata:")
                continue
            source = e.paper.title if m.field == "title" else e.paper.abstract
            assert m.field in ("title", "abstract")
            assert source[m.start : m.end] == m.text
            assert m.text in m.sentence


def test_pipeline_finds_each_kind(extractions) -> None:
    glow, ocean, notes, empty = (e.surface_lists() for e in extractions)
    assert glow["proposed"] == ["GlowNet"]
    assert "RoomLight" in glow["datasets"]
    assert "NeRF-W" in glow["methods"]
    assert "PSNR" in glow["metrics"]
    assert glow["code_urls"] == ["https://github.com/acme/glownet"]
    assert ocean["introduced_datasets"] == ["OceanQA"]
    assert ocean["other_urls"] == ["https://oceanqa.github.io/"]
    assert ocean["code_urls"] == ["https://github.com/acme/oceanqa"]  # from the metadata link
    assert notes["methods"] == [] and notes["datasets"] == []  # generic lower-case phrases are not names
    assert all(v == [] for k, v in empty.items() if k != "tasks")


def test_pipeline_metric_value_and_its_result_on_the_dataset(extractions) -> None:
    (psnr,) = [m for m in extractions[0].mentions if m.role is Role.METRIC]
    assert psnr.value == "31.2 dB"
    assert [(r.metric, r.value, r.unit, r.dataset) for r in extractions[0].results] == [("PSNR", "31.2", "dB", "RoomLight")]


def test_pipeline_output_is_the_same_for_any_jobs(extractions) -> None:
    many = PAPERS * 3
    one = [e.mentions for e in Extractor().extract(many, jobs=1)]
    two = [e.mentions for e in Extractor().extract(many, jobs=2)]
    assert one == two
    assert one[: len(PAPERS)] == [e.mentions for e in extractions]


def test_pipeline_version_is_a_cache_key() -> None:
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION

"""Dataset and method names recognised from their context, on hand-written sentences."""

from __future__ import annotations

import pytest

from kg.extract.base import layout
from kg.extract.context import find_context, split_list
from kg.model import Role


def _found(abstract: str, title: str = "A Title") -> dict[str, Role]:
    text = layout(title, abstract)
    return {text[c.start : c.end]: c.role for c in find_context(text, len(title))}


@pytest.mark.parametrize(
    "abstract, name, role",
    [
        ("Experiments on the SoilNet dataset show gains.", "SoilNet", Role.DATASET),
        ("Experiments on FieldBench2 demonstrate clear gains.", "FieldBench2", Role.DATASET),
        ("We report results on FarmSeg-2 and CropVision benchmarks.", "FarmSeg-2", Role.DATASET),
        ("We report results on FarmSeg-2 and CropVision benchmarks.", "CropVision", Role.DATASET),
        ("We evaluate on three public datasets: LeafCount, Agri10K, and Tomato Leaves.", "Tomato Leaves", Role.DATASET),
        ("We use several datasets (e.g., PlantDoc, AgriQA) for training.", "PlantDoc", Role.DATASET),
        ("We train on large data-sets such as Faces9K and CelebFaces.", "Faces9K", Role.DATASET),
        ("Our method outperforms SegFormer and MaskDINO by a wide margin.", "SegFormer", Role.METHOD),
        ("Our method outperforms SegFormer and MaskDINO by a wide margin.", "MaskDINO", Role.METHOD),
        ("It is much faster than YOLOv7 on edge devices.", "YOLOv7", Role.METHOD),
        ("We fine-tune Qwen2-VL on the new data.", "Qwen2-VL", Role.METHOD),
        ("We prompt Mistral-7B and Gemma-2-9B-it with the questions.", "Mistral-7B", Role.METHOD),
        ("We prompt Mistral-7B and Gemma-2-9B-it with the questions.", "Gemma-2-9B-it", Role.METHOD),
        ("The views feed a GS-LRM reconstructor that outputs splats.", "GS-LRM", Role.METHOD),
        ("Tracks are fused using an IMM algorithm per object.", "IMM", Role.METHOD),
        ("We adopt an adaptive Perp-Neg algorithm against view bias.", "Perp-Neg", Role.METHOD),
        ("We propose a novel GradSync algorithm for parallel training.", "GradSync", Role.PROPOSED),
    ],
)
def test_context_names_from_their_surroundings(abstract: str, name: str, role: Role) -> None:
    assert _found(abstract).get(name) is role


@pytest.mark.parametrize(
    "abstract, phrase",
    [
        ("We train on large-scale datasets collected from the web.", "large-scale datasets"),
        ("Experiments on public benchmarks show gains.", "public"),
        ("Our method outperforms diffusion models and transformers.", "diffusion models"),
        ("It outperforms the State of the art on all tasks.", "State"),
        ("Results on several datasets confirm it.", "several"),
        ("We compare with Transformer baselines.", "Transformer"),
        ("It improves the trade-off of GRBM representations and results on GRBM representations.", "GRBM"),
        ("We study saliency methods for NLP models.", "NLP"),
        ("It classifies signals for EEG-based interfaces.", "EEG"),
        ("It has no accuracy drop on GPU and CPU.", "GPU"),
        ("The code to reproduce our experiments is available on GitHub.", "GitHub"),
        ("We build on normalized random measures (NRMs) for clustering.", "NRMs"),
    ],
)
def test_context_ignores_generic_phrases(abstract: str, phrase: str) -> None:
    assert phrase not in _found(abstract)


def test_context_list_items_are_split() -> None:
    text = "A, B-2, and Visual Dogs"
    assert [text[s:e] for s, e in split_list(text, 0, len(text))] == ["A", "B-2", "Visual Dogs"]

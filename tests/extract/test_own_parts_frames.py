"""Parts of the paper's own method named in a sentence about it: the frames of
:func:`kg.extract.acronym_presented.own_part`, :func:`~kg.extract.acronym_presented.presented_or_used`
and :func:`kg.extract.proposed_parts.titled_parts` that read a definition or a title-case phrase as
one of its parts. Hand-written sentences (made-up names)."""

from __future__ import annotations

import pytest

from kg.extract.acronyms import classify_all, find_definitions
from kg.extract.doc import layout
from kg.extract.proposed_parts import titled_parts
from kg.extract.sentences import split_sentences
from kg.model import Role

_TITLE = "Better Maps for Rovers"


def _roles(abstract: str, own: set[str] = frozenset()) -> dict[str, Role]:
    text = layout(_TITLE, abstract)
    return {text[c.start : c.end]: c.role for c in classify_all(text, find_definitions(text), split_sentences(text), set(own))}


@pytest.mark.parametrize(
    "abstract, shorts",
    [
        # a part noun heading a lower-case long form, after "with" in the own system's sentence
        ("Then, we propose a dune reconstruction network with dune-dense residual blocks (DDRB) to recover details.",
         ["DDRB"]),
        ("Then, we propose a dune reconstruction network with two-scale residual branches (TSRB) to recover details.",
         ["TSRB"]),
        # the paper's own system as the subject of a presenting verb
        ("We propose RoverLM for maps. Specifically, this approach designs a Dune-aware Crater MoE (DCM) module and a "
         "Crater Imbalance Regulator (CIR) to address both challenges.", ["DCM", "CIR"]),
        # parts counted in the sentence before, taken up one by one
        ("To this end, this paper proposes RoverNet to carry features across zones with two novel modules. The first is "
         "a dune-attention propagation module (DAPM), which gathers features. The second is a crater-kernel propagation "
         "module (CKPM), which spreads them.", ["DAPM", "CKPM"]),
        # the items listed after a counted new plural
        ("We split mapping into two steps corresponding to two novel unsupervised losses, the dune saliency (DS) loss "
         "and the crater co-occurrence (CCO) loss.", ["DS", "CCO"]),
    ],
)
def test_own_parts_frames_definitions_named_as_parts_of_the_own_system(abstract: str, shorts: list[str]) -> None:
    roles = _roles(abstract)
    for short in shorts:
        assert roles.get(short) is Role.PROPOSED, (short, roles)


@pytest.mark.parametrize(
    "abstract, short",
    [
        # a unit or a layer is as often a known one: only module, block, branch, component name a part in lower case
        ("Then, we propose a dune reconstruction network with a fully connected crater layer (FCCL) to recover details.",
         "FCCL"),
        # the own system uses, does not present
        ("We propose RoverLM for maps. Specifically, this approach uses a Dune-aware Crater Regulator (DCR) from prior work.",
         "DCR"),
        # no sentence before counts new parts
        ("Prior mappers have two stages. The first is a dune-attention propagation module (DAPM), which gathers features.",
         "DAPM"),
        # a counted plural that is not new
        ("We compare two popular losses, the dune saliency (DS) loss and the crater co-occurrence (CCO) loss.", "DS"),
        # a plural class of models, a family, or a sentence citing someone's work names no part
        ("The proposed model combines DNNs with sparse Dune Processes (DPs).", "DPs"),
        ("The proposed model integrates deep Neural Networks (NN) with a dune prior.", "NN"),
        ("The proposed model (Smith et al., 2019) combines a Tensor Dune Representation (TDR) with maps.", "TDR"),
    ],
)
def test_own_parts_frames_leave_used_known_and_others_definitions(abstract: str, short: str) -> None:
    assert _roles(abstract, {"roverlm"}).get(short) is not Role.PROPOSED


def _parts(abstract: str) -> list[str]:
    text = layout(_TITLE, abstract)
    return [text[c.start : c.end] for c in titled_parts(text, len(_TITLE), split_sentences(text))]


@pytest.mark.parametrize(
    "abstract, names",
    [
        # a technique, strategy or scheme noun after the title-case phrase names it as a part noun does
        ("To stabilize training, we introduce a novel Conditioning Dune Augmentation technique that smooths the latent space.",
         ["Conditioning Dune Augmentation"]),
        # a comma before the relative clause
        ("Besides, we devise an Adaptive Crater Extractor, which keeps the terrain attributes.", ["Adaptive Crater Extractor"]),
        # what the paper's own system employs
        ("Our method employs a Focused-view Dune Network with a cross-attention mechanism aligning features.",
         ["Focused-view Dune Network"]),
    ],
)
def test_own_parts_frames_title_case_parts(abstract: str, names: list[str]) -> None:
    assert _parts(abstract) == names


@pytest.mark.parametrize(
    "abstract",
    [
        "We use a Gaussian Crater Mixture technique that fits the terrain.",  # used, and not the own system's
        "Prior methods employ a Focused-view Dune Network with a cross-attention mechanism.",  # someone else's system
        "Our method employs a Large Language Model with a planner.",  # a family
    ],
)
def test_own_parts_frames_title_case_phrases_used_or_others_are_no_parts(abstract: str) -> None:
    assert _parts(abstract) == []


@pytest.mark.parametrize("abstract", [
    "This paper proposes a planning algorithm for autonomous filming with multiple Unmanned Aerial Vehicles (UAVs) in outdoor events.",
    "We present a framework for collaborative mapping with multiple Micro Aerial Vehicles (MAVs) in unknown terrain.",
])
def test_own_parts_frames_a_vehicle_is_neither_a_part_nor_a_method(abstract: str) -> None:
    # cues.json "not_names": vehicles, as devices ("IMU", "GPS"), name no method
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(_TITLE, abstract)])
    assert not [m for m in ms if m.text in ("UAVs", "MAVs")], ms

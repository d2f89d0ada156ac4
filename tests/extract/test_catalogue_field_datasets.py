"""Datasets the catalogue took by field in session 18 (docs/catalogue.md, "catalogue28"): found in
made-up sentences and resolved to their entry, spellings of held entries resolved to them, and the
case-sensitive names left alone where the lower-case word means something else."""

from __future__ import annotations

import pytest

from kg.extract.catalogue_data import load_catalogue


@pytest.mark.parametrize(
    "text, surface, canonical",
    [
        ("Gait recognition is scored on Gait3D and GREW.", "Gait3D", None),
        ("Gait recognition is scored on Gait3D and GREW.", "GREW", None),
        ("Rumour stances are classified on PHEME.", "PHEME", None),
        ("We fine-tune on KorQuAD and report exact match.", "KorQuAD", None),
        ("Hyperspectral pixels of Indian Pines and Pavia University are labelled.", "Pavia University", None),
        ("Hyperspectral pixels of Indian Pines and PaviaU are labelled.", "PaviaU", "Pavia University"),
        ("Layouts are predicted for the homes of the Zillow Indoor Dataset.", "Zillow Indoor Dataset", "ZInD"),
        ("Semantic maps are built on Stanford2D3D.", "Stanford2D3D", "Stanford 2D-3D-Semantics"),
        ("Dialogue states are tracked on WOZ2.0.", "WOZ2.0", "WOZ 2.0"),
        ("Named entities are tagged on PAN-X in forty languages.", "PAN-X", "WikiANN"),
        ("Detection adapts from VOC to Clipart1k and Watercolor2k.", "Watercolor2k", None),
        ("Gaze is regressed on GazeCapture.", "GazeCapture", None),
        ("Noisy labels come from CIFAR-N.", "CIFAR-N", None),
        ("Crowds are counted on WorldExpo'10 and UCSD.", "WorldExpo'10", None),
        ("Causal explanations are generated for e-CARE.", "e-CARE", None),
        ("Alzheimer scans come from ADNI and AIBL.", "AIBL", None),
        # spellings of entries the catalogue held
        ("Tables are queried in WikiTQ.", "WikiTQ", "WikiTableQuestions"),
        ("Captions are retrieved on Flicker30K.", "Flicker30K", "Flickr30K"),
        ("Depth completion runs on SUNRGB-D.", "SUNRGB-D", "SUN RGB-D"),
        ("Single relations are answered on SimpleQuestion.", "SimpleQuestion", "SimpleQuestions"),
        ("Scenes of MIT67 are classified.", "MIT67", "MIT Indoor 67"),
        ("Poses are estimated on PHOENIX2014T signers.", "PHOENIX2014T", "PHOENIX-2014T"),
        ("Faces are aligned with 300WLP.", "300WLP", "300W-LP"),
    ],
)
def test_new_dataset_forms_resolve(dataset_match, text, surface, canonical):
    found = dataset_match(text)
    assert surface in found
    if canonical is not None:
        assert found[surface] == canonical


@pytest.mark.parametrize(
    "text, word",
    [
        ("The controller is built from functional subnetworks (FSNs).", "FSNs"),
        ("Ancient coins and antique furniture were photographed.", "antique"),
        ("The seedlings grew for two weeks.", "grew"),
        ("We met in the town centre.", "town centre"),
        ("Pheme is a minor goddess.", "Pheme"),
        ("Remote e-care services were surveyed.", "e-care"),
        ("Herds of llamas graze.", "llamas"),
    ],
)
def test_case_sensitive_names_skip_words(dataset_match, text, word):
    assert word not in dataset_match(text)


def test_dropped_names_stay_out():
    # Volleyball (a sport in titles) and FIGER (also the type ontology) were read and left out.
    forms = {f for e in load_catalogue().by_type("dataset") for f in e.surface_forms}
    assert "Volleyball" not in forms and "FIGER" not in forms

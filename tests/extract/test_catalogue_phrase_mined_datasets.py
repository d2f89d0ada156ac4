"""Datasets the catalogue took from corpus phrases ("on the X dataset", "X and Y datasets",
"experiments on X"; docs/catalogue.md, session 22): each found in a made-up sentence and resolved
to its entry, in its own case only where the name is case-sensitive, and the end-to-end role the
extractor gives a name that a context rule alone read as a method."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, surface, canonical",
    [
        ("Implicit relations are classified on PDTB.", "PDTB", None),
        ("Shallow parsing follows the Penn Discourse Treebank.", "Penn Discourse Treebank", "PDTB"),
        ("We parse RST-DT and Instr-DT.", "RST-DT", None),
        ("Relations are scored on TACRED and SemEval 2010 Task 8.", "SemEval 2010 Task 8", "SemEval-2010 Task 8"),
        ("Ages are estimated on FGNET and MORPH Album 2.", "MORPH Album 2", "MORPH II"),
        ("Events are detected on MEDTest-14 and CCV.", "CCV", None),
        ("Reflectance is judged on IIW and SAW.", "IIW", None),
        ("Bias is measured on RFW.", "RFW", None),
        ("Segments are aligned on Breakfast and Hollywood Extended.", "Hollywood Extended", None),
        ("Toy vehicles come from iLab-20M.", "iLab-20M", None),
        ("Interactions in videos are read on VidHOI.", "VidHOI", None),
        ("The robot recognises objects of iCub World.", "iCub World", "iCubWorld"),
        ("Faces are detected on FDDB, MALF and AFW.", "MALF", None),
        ("Secondary structure is predicted on CB513.", "CB513", None),
        ("Long-term tracking is run on UAV20L.", "UAV20L", None),
        ("Noisy labels of Clothing-1M are cleaned.", "Clothing-1M", "Clothing1M"),
        ("Digits of the Street View House Numbers are read.", "Street View House Numbers", "SVHN"),
        ("Inference is trained on the Stanford Natural Language Inference corpus.",
         "Stanford Natural Language Inference", "SNLI"),
        ("Tracking on OTB2015, UAV123 and TempleColor improves.", "TempleColor", "TempleColor-128"),
        ("Trajectories are predicted on NGSIM and HighD.", "HighD", "highD"),
    ],
)
def test_phrase_mined_datasets_match_in_made_up_sentences(dataset_match, text: str, surface: str,
                                                          canonical: str | None) -> None:
    assert surface in dataset_match(text), dataset_match(text)
    assert dataset_match(text)[surface] == canonical


@pytest.mark.parametrize(
    "text",
    [
        "The morph of one shape into another is smooth, and an rfw frame is not data.",
        "We study the ccv of the curve and the iiw of the image.",
        "The FP7 MORPH project ran sea trials.",  # bare MORPH is also a project: only MORPH II is an entry
    ],
)
def test_case_sensitive_phrase_mined_datasets_need_their_case(dataset_match, text: str) -> None:
    assert dataset_match(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Parsers trained on the standard Penn Discourse Treebank (PDTB; Prasad et al., 2008) degrade on other domains.",
        "Our model outperforms BERT on the PDTB by 8%.",
    ],
)
def test_a_catalogued_treebank_is_a_dataset_not_a_method(text: str) -> None:
    """Before the entry, "(PDTB; Prasad et al., 2008)" read as a method and "on the PDTB" was missed."""
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("Discourse Relations", text)])
    roles = {m.text: m.role.value for m in ms}
    assert roles.get("PDTB") == "datasets", roles

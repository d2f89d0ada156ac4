"""Datasets the catalogue took from mine25's list of names kg's rules call datasets across the corpus
(docs/catalogue.md, session 18): found in made-up sentences, in their own case only where the
lower-case form is a word, and each spelling resolved to its entry or edition."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize(
    "text, surface, canonical",
    [
        ("Our pruned nets keep their accuracy on CIFAR and on ImageNet.", "CIFAR", None),
        ("We rank rationales on the ERASER tasks.", "ERASER", None),
        ("Formality transfer is scored on GYAFC.", "GYAFC", None),
        ("Vehicle tracks come from UA-DETRAC.", "UA-DETRAC", None),
        ("Ages are estimated on FGNET and MORPH.", "FGNET", "FG-NET"),
        ("The weakly supervised localiser is tested on ActivityNet1.2.", "ActivityNet1.2", "ActivityNet 1.2"),
        ("Retrieval runs on MI3DOR-2 too.", "MI3DOR-2", "MI3DOR-2"),
        ("The tracker is run on VOT2014 sequences.", "VOT2014", "VOT2014"),
        ("Classification on PASCAL VOC07 and Scene15 improves.", "VOC07", "PASCAL VOC 2007"),
        ("Classification on PASCAL VOC07 and Scene15 improves.", "Scene15", "Scene-15"),
        ("SRL on CoNLL05 and word similarity on WordSim353 were checked.", "CoNLL05", "CoNLL-2005"),
        ("SRL on CoNLL05 and word similarity on WordSim353 were checked.", "WordSim353", "WordSim-353"),
        ("Long-tailed training uses CIFAR-LT-100.", "CIFAR-LT-100", "CIFAR-100-LT"),
        ("Pedestrians are detected on Caltech-USA.", "Caltech-USA", "Caltech Pedestrian"),
        ("Skeleton actions come from N-UCLA.", "N-UCLA", "NW-UCLA"),
        ("Attributes are read on PA100k.", "PA100k", "PA-100K"),
        ("Captions in 36 languages are scored on Crossmodal-3600.", "Crossmodal-3600", "XM3600"),
    ],
)
def test_mined_datasets_match_in_made_up_sentences(dataset_match, text: str, surface: str, canonical: str | None) -> None:
    assert surface in dataset_match(text), dataset_match(text)
    assert dataset_match(text)[surface] == canonical


@pytest.mark.parametrize(
    "text",
    [
        "A diligent search keeps the eraser of the board and the verite of the claim.",
        "The cifar of a word is not a dataset, nor is trancos here.",
    ],
)
def test_mined_datasets_whose_lower_case_is_a_word_match_in_their_own_case_only(dataset_match, text: str) -> None:
    assert dataset_match(text) == {}


def test_mined_dataset_with_another_sense_stays_the_papers_own_acronym() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("Faster Codecs", "We propose a content adaptive channel dropping (CACD) method "
                                   "that selects the channels to code. Experiments on Kodak show gains.")])
    assert {m.text: m.role.value for m in ms}.get("CACD") == "proposed"

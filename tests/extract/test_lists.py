"""Coordinated lists: the siblings of a dataset or metric take its role."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.doc import layout
from kg.extract.lists import measured_names


@pytest.fixture(scope="module")
def roles():
    ex = Extractor()

    def run(abstract: str) -> dict[str, str]:
        (ms,) = ex.mentions([("A made-up title", abstract)])
        return {m.text: m.role.value for m in ms}

    return run


def test_lists_dataset_siblings_of_a_known_dataset_are_datasets(roles) -> None:
    got = roles("We test on ImageNet, Quuxbench, Florp-7 and Glimmer 2019 for object recognition.")
    assert got["Quuxbench"] == "datasets" and got["Florp-7"] == "datasets" and got["Glimmer 2019"] == "datasets"


def test_lists_metric_siblings_of_a_known_metric_are_metrics(roles) -> None:
    got = roles("We report PSNR, ZQE and Blorp-all on every scene.")
    assert got["ZQE"] == "metrics" and got["Blorp-all"] == "metrics"


def test_lists_a_list_holding_a_method_is_left_alone(roles) -> None:
    got = roles("Our model beats ResNet, Quuxnet and COCO-trained detectors.")
    assert "Quuxnet" not in got or got["Quuxnet"] != "datasets"


def test_lists_the_tail_of_a_longer_name_is_no_sibling(roles) -> None:
    got = roles("Results on Frobnitz Birds, Stanford Dogs and ImageNet improve.")
    assert "Dogs" not in got and "Birds" not in got


def test_lists_a_version_word_or_a_modifier_is_no_sibling() -> None:
    from kg.extract.doc import Candidate
    from kg.extract.lists import coordinated
    from kg.model import Role

    text = "T\n\nWe use Kinetics-400, Quux V1 & V2 and Florp representations."
    at = text.index("Kinetics-400")
    found = [Candidate(Role.DATASET, at, at + len("Kinetics-400"), "catalogue", 0.9)]
    got = {text[c.start : c.end] for c in coordinated(text, found, 1, Role.DATASET)}
    assert "V2" not in got and "Florp" not in got


def test_lists_names_after_in_terms_of_are_metrics(roles) -> None:
    got = roles("Our method is better in terms of QXE, ZZR@5 and Blorp-all. It also wins in terms of GPU memory.")
    assert got.get("QXE") == "metrics" and got.get("ZZR@5") == "metrics" and got.get("Blorp-all") == "metrics"
    assert "GPU" not in got


def test_lists_a_plural_acronym_after_measured_by_is_a_device_not_a_metric(roles) -> None:
    got = roles("We analyse the raw accelerations measured by IMUs during signal presence.")
    assert "IMUs" not in got


@pytest.mark.parametrize(
    "abstract, names",
    [
        ("Our method outperforms all baselines in terms of MRR and Hit@3.", {"MRR", "Hit@3"}),
        ("It improves by 10.6% in terms of MARE on NYU.", {"MARE"}),
        ("We bound the teaching dimension in terms of VCD and the class size.", set()),
        ("The tremor is recorded as measured by the AHRS on the wrist.", set()),
    ],
)
def test_lists_names_after_in_terms_of_are_metrics_only_after_a_result(abstract: str, names: set[str]) -> None:
    text = layout("A Title", abstract)
    assert {text[c.start : c.end] for c in measured_names(text, [], len("A Title"))} == names


def test_lists_a_sibling_may_open_with_a_lower_case_prefix(roles) -> None:
    got = roles("We show results on the KITTI and vQuill2 datasets, and on ImageNet and subQuillNet.")
    assert got.get("vQuill2") == "datasets" and got.get("subQuillNet") == "datasets"
    assert "non-IID" not in roles("We train on ImageNet and non-IID splits.")


def test_lists_a_dataset_list_may_repeat_its_article_after_and(roles) -> None:
    got = roles("Experiments on the Middlebury and the Quillodion datasets show it.")
    assert got.get("Quillodion") == "datasets"
    assert "MLE" not in roles("The model is trained to optimize MLE or the COCO metrics.")


def test_lists_a_language_is_no_dataset_sibling(roles) -> None:
    got = roles("We test on the Chinese dataset Math23k and the English dataset MathQA.")
    assert "English" not in got and got.get("MathQA") == "datasets"

"""Result tuples from sentences: absolute vs relative values, units, method attribution, non-scores.
The sentences are made up in the shapes abstracts use."""

from __future__ import annotations

import re

import pytest

from kg.extract.results import find_results, parse_number
from kg.model import Mention, Role


def _sentences(text: str) -> list[tuple[int, int]]:
    out, s = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", text):
        out.append((s, m.start()))
        s = m.end()
    return out + [(s, len(text))]


def _results(text: str, named: list[tuple[str, Role]], proposed: str | None = None):
    mentions = []
    for surface, role in named:
        i = text.index(surface)
        mentions.append(Mention(role, surface, "abstract", i, i + len(surface), "", "test", 1.0))
    rows = find_results(text, _sentences(text), mentions, proposed_name=proposed)
    return [(r.method, r.dataset, r.metric, r.value, r.unit, r.kind, r.baseline) for r in rows]


D, M, P, X = Role.DATASET, Role.METHOD, Role.PROPOSED, Role.METRIC


@pytest.mark.parametrize(
    "text, named, proposed, want",
    [
        ("Our model reaches 84.1% top-1 accuracy on ImageNet.", [("ImageNet", D)], "FooNet",
         [("FooNet", "ImageNet", "top-1 accuracy", "84.1", "%", "absolute", None)]),
        ("FooNet achieves a BLEU of 28.4 on WMT14 En-De.", [("FooNet", P), ("WMT14 En-De", D), ("BLEU", X)], "FooNet",
         [("FooNet", "WMT14 En-De", "BLEU", "28.4", "", "absolute", None)]),
        ("On LibriSpeech, our system achieves a WER of 2.1% on test-clean.", [("LibriSpeech", D), ("WER", X)], "Bar",
         [("Bar", "LibriSpeech", "WER", "2.1", "%", "absolute", None)]),
        ("We obtain 92.3% and 88.1% accuracy on CIFAR-10 and SVHN, respectively.", [("CIFAR-10", D), ("SVHN", D)], None,
         [("(proposed)", "CIFAR-10", "accuracy", "92.3", "%", "absolute", None),
          ("(proposed)", "SVHN", "accuracy", "88.1", "%", "absolute", None)]),
        ("BaseNet scores 71.2 mIoU on Cityscapes.", [("BaseNet", M), ("mIoU", X), ("Cityscapes", D)], "Ours",
         [("BaseNet", "Cityscapes", "mIoU", "71.2", "", "absolute", None)]),
    ],
)
def test_results_absolute_scores_with_metric_dataset_and_method(text, named, proposed, want):
    assert _results(text, named, proposed) == want


@pytest.mark.parametrize(
    "text, named, want_kind, want_baseline",
    [
        ("It improves FID by 2.1 over SDXL.", [("FID", X), ("SDXL", M)], "improvement", "SDXL"),
        ("FooNet outperforms BarNet by 1.2 BLEU.", [("FooNet", P), ("BarNet", M), ("BLEU", X)], "improvement", "BarNet"),
        ("Our method yields a 15% accuracy gain over BarNet.", [("BarNet", M)], "improvement", "BarNet"),
    ],
)
def test_results_relative_claims_are_improvements_over_the_named_baseline(text, named, want_kind, want_baseline):
    rows = _results(text, named, "FooNet")
    assert rows and all(r[5] == want_kind for r in rows)
    assert rows[0][6] == want_baseline


@pytest.mark.parametrize(
    "text, named",
    [
        ("ResNet-50 gets up to 76% accuracy.", [("ResNet-50", M)]),
        ("Accuracy rises to over 90% with more data.", []),
        ("It is 3x faster with 1.2B parameters and 40% fewer FLOPs.", []),
        ("Accuracy ranges from 60-70% across tasks.", []),
        ("We report accuracy on 10,000 images from 2019.", []),
        ("As shown in Table 3, accuracy improves.", []),
    ],
)
def test_results_ranges_hedges_and_other_quantities_are_not_scores(text, named):
    assert [r for r in _results(text, named) if r[5] == "absolute"] == []


def test_results_fps_is_a_result_when_the_metric_is_speed():
    rows = _results("FooNet runs at 30 FPS on KITTI.", [("FooNet", P), ("FPS", X), ("KITTI", D)], "FooNet")
    assert rows and rows[0][2] == "FPS" and rows[0][3] == "30"


def test_results_parse_number_reads_thousands_separators():
    assert parse_number("1,234.5") == 1234.5 and parse_number("84.1") == 84.1 and parse_number("x") is None


def test_results_a_list_of_values_pairs_with_metrics_named_respectively():
    text = "FooNet beats prior work by 4.2%, 8.8% and 4.7% in MPJPE, PA-MPJPE and PVE, respectively."
    rows = _results(text, [("FooNet", P), ("MPJPE", X), ("PA-MPJPE", X), ("PVE", X)], "FooNet")
    assert [(r[2], r[3], r[5]) for r in rows] == [("MPJPE", "4.2", "improvement"), ("PA-MPJPE", "8.8", "improvement"), ("PVE", "4.7", "improvement")]


def test_results_values_pair_with_datasets_respectively_within_each_metric():
    text = "We achieve an IS of 13.7 and 12.8, and an FID of 52.3 and 60.3, on COCO and Genome, respectively."
    rows = _results(text, [("IS", X), ("FID", X), ("COCO", D), ("Genome", D)], "Ours")
    assert [(r[2], r[3], r[1]) for r in rows] == [("IS", "13.7", "COCO"), ("IS", "12.8", "Genome"), ("FID", "52.3", "COCO"), ("FID", "60.3", "Genome")]


def test_results_a_second_value_shares_the_metric_of_the_first_in_an_elliptical_list():
    text = "GenNet reaches an FID of 12.5 on COCO and 10.1 on LSUN."
    rows = _results(text, [("GenNet", P), ("FID", X), ("COCO", D), ("LSUN", D)], "GenNet")
    assert [(r[1], r[3]) for r in rows] == [("COCO", "12.5"), ("LSUN", "10.1")]


@pytest.mark.parametrize("text", ["Videos of 512 * 768 resolution reach 30 FPS.", "We use 2-bit weights with accuracy kept.",
                                  "Images are 256x256 with accuracy intact."])
def test_results_dimensions_and_bit_widths_are_not_scores(text):
    assert all(r[3] not in ("768", "2", "256") for r in _results(text, [("FPS", X)] if "FPS" in text else []))


def test_results_values_with_different_units_are_not_one_list():
    rows = _results("FooNet has an error of 0.26 mm, 64% lower than before.", [("FooNet", P)], "FooNet")
    assert ("0.26", "mm", "absolute") in [(r[3], r[4], r[5]) for r in rows]

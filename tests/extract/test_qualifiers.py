"""A dataset's year, version, split and language pair, and a method's version, stay in its name."""

from __future__ import annotations

import pytest

from kg.extract.doc import Candidate
from kg.extract.qualifiers import extend_qualifiers
from kg.model import Role


def _grown(text: str, name: str, role: Role = Role.DATASET) -> str:
    at = text.index(name)
    (c,) = extend_qualifiers(text, [Candidate(role, at, at + len(name), "catalogue", 0.9, canonical="Family")])
    return text[c.start : c.end]


def test_qualifiers_a_dataset_keeps_its_year_version_split_and_language_pair() -> None:
    assert _grown("Results on Quuxset 2015 are good.", "Quuxset") == "Quuxset 2015"
    assert _grown("Results on FLORP'19 English-German.", "FLORP") == "FLORP'19 English-German"
    assert _grown("Results on Zorb 2.1 show gains.", "Zorb") == "Zorb 2.1"
    assert _grown("Results on Zorb v1 benchmark.", "Zorb") == "Zorb v1"  # a spaced "v1" / "V2"
    assert _grown("Results on Zorb-Text V2, Blip and more.", "Zorb-Text") == "Zorb-Text V2"
    assert _grown("Results on Zorb vs. Blip.", "Zorb") == "Zorb"
    assert _grown("Scores on Blip test-clean and Blip dev.", "Blip") == "Blip test-clean"
    assert _grown("Trained on GLOMT 2016 En-De only.", "GLOMT") == "GLOMT 2016 En-De"
    # "->" writes a direction too; a bare name takes a pair of languages or language codes
    assert _grown("Results on GLOMT14 Zh->En and more.", "GLOMT14") == "GLOMT14 Zh->En"
    assert _grown("Trained on Quuxset English-German.", "Quuxset") == "Quuxset English-German"
    # a rule that took the name up to the first language ("NIST Chinese") gets the rest of the pair
    assert _grown("Results on NIST Chinese->English and more.", "NIST Chinese") == "NIST Chinese->English"


def test_qualifiers_a_count_or_a_score_is_no_qualifier() -> None:
    assert _grown("Quuxset 80 classes are used.", "Quuxset") == "Quuxset"
    assert _grown("Zorbnet 20.93 and ours 22.1.", "Zorbnet", Role.METHOD) == "Zorbnet"
    # after a bare name only languages make a pair
    assert _grown("Trained on the Quuxset Multi-Agent Challenge.", "Quuxset") == "Quuxset"


def test_qualifiers_a_method_keeps_its_version_and_drops_the_family_name() -> None:
    text = "We compare with Zorbnet 2.0 and Blipnet v3."
    at = text.index("Zorbnet")
    (c,) = extend_qualifiers(text, [Candidate(Role.METHOD, at, at + 7, "catalogue", 0.9, canonical="Zorbnet")])
    assert text[c.start : c.end] == "Zorbnet 2.0" and c.canonical is None
    assert _grown(text, "Blipnet", Role.METHOD) == "Blipnet v3"


def test_qualifiers_an_apostrophe_year_glued_to_a_catalogue_name_is_a_variant() -> None:
    from kg.extract.catalogue_match import extend_match

    text = "We use WMT\u201915 data."
    at = text.index("WMT")
    assert extend_match(text, at, at + 3) == (at, at + 6, True)


def test_qualifiers_the_year_of_an_event_held_on_a_dataset_is_no_version() -> None:
    assert _grown("We won the Quuxset 2016 challenge.", "Quuxset") == "Quuxset"
    assert _grown("Our entry to the MS Quux 2015 segmentation competition won.", "MS Quux") == "MS Quux"
    assert _grown("We took part in the GLOMT 2016 shared news translation task.", "GLOMT") == "GLOMT"
    assert _grown("Results on Quuxset 2016 challenge-free splits.", "Quuxset") == "Quuxset 2016"  # no event word
    assert _grown("Results on Quuxset 2016 are strong.", "Quuxset") == "Quuxset 2016"


def test_qualifiers_a_short_number_ending_the_title_is_a_version() -> None:
    assert _grown("Neural Systems for GLOMT 16\n\nWe participated.", "GLOMT") == "GLOMT 16"
    assert _grown("Systems for GLOMT 16", "GLOMT") == "GLOMT 16"
    assert _grown("GLOMT 16 layers deep", "GLOMT") == "GLOMT"  # a count before a noun


def test_qualifiers_a_metric_keeps_the_dimension_written_before_it() -> None:
    assert _grown("It gains 4 points of 3D IoU on rooms.", "IoU", Role.METRIC) == "3D IoU"
    assert _grown("The BEV mAP and the 2D-AP rise.", "mAP", Role.METRIC) == "BEV mAP"
    assert _grown("Then the 2D-AP rises.", "AP", Role.METRIC) == "2D-AP"
    text = "It gains 3D IoU."
    at = text.index("IoU")
    (c,) = extend_qualifiers(text, [Candidate(Role.METRIC, at, at + 3, "catalogue", 0.9, canonical="IoU")])
    assert c.canonical is None  # "3D IoU" names its own measure


def test_qualifiers_a_metric_without_a_dimension_before_it_stays_as_found() -> None:
    assert _grown("We report IoU and mAP.", "IoU", Role.METRIC) == "IoU"
    assert _grown("Our ND3D IoU variant.", "IoU", Role.METRIC) == "IoU"  # "3D" inside a longer word
    assert _grown("In 3D, IoU rises.", "IoU", Role.METRIC) == "IoU"


@pytest.mark.parametrize(
    "text, name, grown",
    [
        ("Results on Quuxset 2007/2012 with a small net.", "Quuxset", "Quuxset 2007/2012"),
        ("Results on Quuxset 2012/15.", "Quuxset", "Quuxset 2012/15"),
        ("We test on Evalfest 2010 Task 8 and more.", "Evalfest", "Evalfest 2010 Task 8"),
        ("We test on Evalfest-2015 task 18 data.", "Evalfest-2015", "Evalfest-2015 task 18"),
        ("Quuxset 2016 challenge winners.", "Quuxset", "Quuxset"),  # the year of an event
        ("We test on Evalfest Task 8 only.", "Evalfest", "Evalfest"),  # a task number follows a year
    ],
)
def test_qualifiers_a_dataset_keeps_both_years_and_the_numbered_task_of_a_year(text: str, name: str, grown: str) -> None:
    assert _grown(text, name) == grown


def test_qualifiers_a_year_written_after_a_dataset_year_is_that_dataset_of_the_year() -> None:
    text = "Tests on Quux VOC 2007, 2012 and 2014 benchmarks and on Blorp 2019 & 2020 and Zorb-2016, 2017."
    a, b, z = text.index("Quux VOC"), text.index("Blorp"), text.index("Zorb")
    found = extend_qualifiers(text, [Candidate(Role.DATASET, a, a + 8, "catalogue", 0.9, canonical="Quux VOC"),
                                     Candidate(Role.DATASET, b, b + 5, "catalogue", 0.9),
                                     Candidate(Role.DATASET, z, z + 9, "catalogue", 0.9)])
    assert [(text[c.start:c.end], c.canonical) for c in found] == [
        ("Quux VOC 2007", None), ("Blorp 2019", None), ("Zorb-2016", None),
        ("2012", "Quux VOC 2012"), ("2014", "Quux VOC 2014"), ("2020", "Blorp 2020"), ("2017", "Zorb-2017")]


def test_qualifiers_years_of_events_and_bare_numbers_are_no_sibling_years() -> None:
    from kg.extract.qualifiers import year_siblings

    for text in ("Our entries to the Quuxset 2015 and 2016 challenges.", "Quuxset 2015 and 2016/17 splits.",
                 "Quuxset 2015 and 20 more."):
        at = text.index("Quuxset")
        assert year_siblings(text, Candidate(Role.DATASET, at, at + 12, "catalogue", 0.9)) == [], text


def test_qualifiers_a_method_keeps_its_size_and_tier() -> None:
    assert _grown("Zorbnet 70B wins.", "Zorbnet", Role.METHOD) == "Zorbnet 70B"
    assert _grown("Zorbnet v2 13B Instruct wins.", "Zorbnet", Role.METHOD) == "Zorbnet v2 13B Instruct"
    assert _grown("Both Blip-3 Opus and others fail.", "Blip-3", Role.METHOD) == "Blip-3 Opus"
    assert _grown("Blipnet Pro is fast.", "Blipnet", Role.METHOD) == "Blipnet Pro"
    assert _grown("Zorbnet 7B parameters are used.", "Zorbnet", Role.METHOD) == "Zorbnet"  # a count
    assert _grown("Quuxset 7B holds images.", "Quuxset") == "Quuxset"  # only methods take a size


def _spans(text: str, found: list[tuple[str, str]]) -> list[str]:
    cands = [Candidate(Role.DATASET, text.index(n), text.index(n) + len(n), rule, 0.75) for n, rule in found]
    return [text[c.start : c.end] for c in extend_qualifiers(text, cands)]


def test_qualifiers_a_name_written_with_a_glued_word_keeps_it() -> None:
    # a context rule found only the part after "/" or "&": the name is the whole glued token
    assert _spans("Results on the BLP/QuuxMail dataset.", [("QuuxMail", "context:dataset-noun")]) == ["BLP/QuuxMail"]
    assert _spans("Results on xZorb&CO datasets.", [("CO", "context:dataset-noun")]) == ["xZorb&CO"]
    # two names found on their own (the catalogue's, a list's items) stay two
    assert _spans("On FLORP1/FLORP2 sets.", [("FLORP1", "catalogue"), ("FLORP2", "context:dataset-noun")]) == [
        "FLORP1", "FLORP2"]
    # ... also when the one found on its own is longer than the glued word ("PASCAL VOC/SBD")
    assert _spans("On PASCAL FLORP/QuuxMail sets.", [("PASCAL FLORP", "catalogue"), ("QuuxMail", "context:dataset-noun")]) == [
        "PASCAL FLORP", "QuuxMail"]
    # the catalogue's own name, a glued word without a capital and a URL's path are left
    assert _spans("On Blip/Quuxset data.", [("Quuxset", "catalogue")]) == ["Quuxset"]
    assert _spans("On the data/Quuxset set.", [("Quuxset", "context:dataset-noun")]) == ["Quuxset"]
    assert _spans("At https://github.com/Blip/Quuxset now.", [("Quuxset", "context:dataset-noun")]) == ["Quuxset"]


def test_qualifiers_a_plain_word_dimension_or_short_acronym_glued_before_a_name_stays_out() -> None:
    for text, name in (("On the KITTI Odometry/QUUX benchmark.", "QUUX"), ("On 3D/4D QUUX benchmarks.", "4D QUUX"),
                       ("On RGB/IR benchmarks.", "IR")):
        assert _spans(text, [(name, "context:dataset-noun")]) == [name]


def test_qualifiers_a_method_keeps_a_capital_v_version() -> None:
    assert _grown("We compare with Blipnet V2 and more.", "Blipnet", Role.METHOD) == "Blipnet V2"
    assert _grown("We compare with Blipnet Vision and more.", "Blipnet", Role.METHOD) == "Blipnet"

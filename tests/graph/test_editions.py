"""A dataset's editions keep their identity: "PASCAL VOC 2007" is no "PASCAL VOC 2012" and no
"PASCAL VOC"; spellings of one edition meet, in the graph and in the catalogue matcher alike."""

from __future__ import annotations

import pytest

from kg.editions import Editions, edition_key
from kg.graph import build_graph, entity_id
from kg.graph.ids import known_name
from kg.model import EntityType, Extraction, Mention, Paper, Role, Source

D = EntityType.DATASET
VOC = ("PASCAL VOC", ["VOC2007", "VOC2012", "VOC 2007", "PASCAL VOC 2007", "PASCAL VOC 2012", "VOC12", "PASCAL-VOC"])


@pytest.mark.parametrize(("ed", "yearly", "want"), [
    ("2007", False, "2007"), ("07", True, "2007"), ("14", False, "14"), ("v2.0", False, "2"),
    ("2", False, "2"), ("1.5", False, "1.5"), ("04", False, "4"), ("II", False, "2"),
    ("400", False, None), ("2600", True, None),  # "Kinetics-400", "Atari 2600": the set's name
])
def test_editions_key_normalizes_years_and_versions(ed, yearly, want):
    assert edition_key(ed, yearly) == want


def test_editions_aliases_of_a_family_are_its_editions():
    ed = Editions([VOC, ("ImageNet", ["ILSVRC2012", "ILSVRC-2012"]), ("WMT14", ["WMT 2014", "WMT'14"])])
    assert {a: ed.canonical(a) for a in VOC[1]} == {
        "VOC2007": "PASCAL VOC 2007", "VOC 2007": "PASCAL VOC 2007", "PASCAL VOC 2007": "PASCAL VOC 2007",
        "VOC2012": "PASCAL VOC 2012", "PASCAL VOC 2012": "PASCAL VOC 2012", "VOC12": "PASCAL VOC 2012",
        "PASCAL-VOC": None}  # a spelling of the family
    assert ed.canonical("ILSVRC2012") is None  # no spelling of ImageNet before the year
    assert ed.canonical("WMT 2014") is None and ed.spells_own("WMT 2014")  # the entry's own edition
    assert ed.derived("VOC07") == ("PASCAL VOC", "PASCAL VOC 2007")
    assert ed.derived("PASCAL VOC 2010") == ("PASCAL VOC", "PASCAL VOC 2010")  # an edition of its own, unlisted
    assert ed.derived("VOC 2010") == ed.derived("VOC'10") == ("PASCAL VOC", "PASCAL VOC 2010")
    assert ed.derived("VOC10") == ("PASCAL VOC", None)  # a bare number of two digits: a count as often
    assert ed.derived("Foo 2007") is None


def test_editions_a_digit_inside_the_names_number_is_no_own_edition():
    # "CAMELYON16" owns 16, not the "6" a backtracking match found inside it: "CAMELYON 6" is another edition
    ed = Editions([("CAMELYON16", ["CAMELYON17", "CAMELYON 16"])])
    assert ed.derived("CAMELYON 6") == ("CAMELYON16", None)
    assert ed.derived("CAMELYON 16") == ("CAMELYON16", "CAMELYON16")  # the entry's own set


def test_editions_join_an_alias_with_the_same_edition_written_otherwise():
    ed = Editions([("EPIC-KITCHENS", ["EPIC-KITCHENS-55", "EK-55"]), ("PEMS", ["PEMS04", "PEMSD4", "PEMS08"])])
    assert ed.canonical("EK-55") == "EPIC-KITCHENS-55"
    assert ed.canonical("PEMSD4") == "PEMS04" and ed.canonical("PEMS08") == "PEMS08"


@pytest.mark.parametrize(("name", "want"), [
    ("PASCAL VOC", "PASCAL VOC"), ("VOC2007", "PASCAL VOC 2007"), ("VOC 2007", "PASCAL VOC 2007"),
    ("VOC07", "PASCAL VOC 2007"), ("Pascal VOC 2007", "PASCAL VOC 2007"), ("VOC12", "PASCAL VOC 2012"),
    ("KITTI", "KITTI"), ("KITTI-2015", "KITTI 2015"), ("KITTI 2012", "KITTI 2012"),
    ("DAVIS17", "DAVIS 2017"), ("CHiME-4", "CHiME-4"), ("WMT 2014", "WMT14"), ("WMT'14", "WMT14"),
    ("ILSVRC2012", "ImageNet"), ("MLT-2017", "ICDAR 2017 MLT"), ("StarCraft 2", "StarCraft II"),
    ("Kinetics400", "Kinetics-400"), ("PASCAL VOC 2010", "PASCAL VOC 2010"), ("PASCAL 2010", "PASCAL VOC 2010"),
])
def test_editions_catalogue_names_resolve_to_their_edition(name, want):
    assert known_name(D, name) == want


def _paper(n: int) -> Paper:
    return Paper(title=f"P{n}", abstract="a", source=Source("t.txt", n))


def _mention(text: str, canonical: str | None = None) -> Mention:
    return Mention(Role.DATASET, text, "abstract", 0, len(text), f"on {text}.", "test", 0.9, canonical=canonical)


def test_editions_build_keeps_each_edition_one_node_and_the_family_another():
    g = build_graph([
        Extraction(_paper(1), (_mention("VOC2007"), _mention("PASCAL VOC"), _mention("KITTI 2015"))),
        Extraction(_paper(2), (_mention("PASCAL VOC 2007"), _mention("2012", canonical="PASCAL VOC 2012"),
                               _mention("KITTI-2015"), _mention("KITTI"))),
        Extraction(_paper(3), (_mention("VOC07"), _mention("VOC 2012"))),
    ])
    papers = {n: d["papers"] for n, d in g.nodes(data=True) if d["kind"] == "dataset"}
    assert papers == {entity_id(D, "PASCAL VOC 2007"): 3, entity_id(D, "PASCAL VOC 2012"): 2,
                      entity_id(D, "PASCAL VOC"): 1, entity_id(D, "KITTI 2015"): 2, entity_id(D, "KITTI"): 1}


def test_editions_catalogue_matcher_names_a_matched_edition_as_the_graph_does():
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.catalogue_match import CatalogueMatcher

    text = "We test on VOC2007, on PASCAL VOC 2012, on KITTI 2015 and on PASCAL VOC."
    found = {text[c.start : c.end]: c.canonical for c in CatalogueMatcher(None, load_catalogue()).match(text)}
    assert found == {"VOC2007": "PASCAL VOC 2007", "PASCAL VOC 2012": "PASCAL VOC 2012",
                     "KITTI 2015": "KITTI 2015", "PASCAL VOC": None}


def test_editions_not_editions_are_the_entrys_own_set_and_others_stay_editions():
    otb = ("OTB-100", ["OTB100", "OTB2015", "OTB-2015", "OTB-2013", "OTB-50"], ["2015"])
    ed = Editions([otb, ("LiTS", ["LiTS17"], ["17"]), ("Kodak", ["Kodak24"])])
    assert ed.canonical("OTB2015") is None and ed.spells_own("OTB-2015")  # the same set as OTB-100
    assert ed.canonical("OTB-2013") == "OTB-2013" and ed.canonical("OTB-50") == "OTB-50"  # other sets
    assert ed.derived("OTB 2015") == ("OTB-100", "OTB-100") and ed.derived("OTB 2013") == ("OTB-100", "OTB-2013")
    assert ed.canonical("LiTS17") is None and ed.spells_own("LiTS17")
    assert ed.canonical("Kodak24") == "Kodak24"  # unmarked, a trailing number is an edition


@pytest.mark.parametrize(("name", "want"), [
    # a count of images, faces, games or classes the set always has
    ("Kodak24", "Kodak"), ("AgeDB-30", "AgeDB"), ("Atari-57", "Atari"), ("Office-Caltech10", "Office-Caltech"),
    # the year of a one-off set
    ("CrossDocked2020", "CrossDocked"), ("LiTS17", "LiTS"), ("VisDA-2017", "VisDA"), ("FiQA-2018", "FiQA"),
    ("APTOS 2019", "APTOS"),
    # the release the name means; a larger set with results of its own stays apart
    ("OTB2015", "OTB-100"), ("OTB-2015", "OTB-100"), ("OTB-2013", "OTB-2013"), ("Places2", "Places365"),
    ("NTU60", "NTU RGB+D"), ("NTU RGB+D 60", "NTU RGB+D"), ("NTU RGB+D 120", "NTU RGB+D 120"),
    ("COCO 2017", "COCO"), ("ScanNetV2", "ScanNet"), ("SQuAD v1.1", "SQuAD"), ("SQuAD 2.0", "SQuAD 2.0"),
    ("ActivityNet 1.3", "ActivityNet"), ("ActivityNet-v1.3", "ActivityNet"), ("OntoNotes 5.0", "OntoNotes"),
])
def test_editions_a_number_that_names_the_set_stays_the_entrys(name, want):
    assert known_name(D, name) == want


def test_editions_build_joins_a_set_written_with_and_without_its_number():
    g = build_graph([
        Extraction(_paper(1), (_mention("Kodak24"), _mention("NTU60"), _mention("OTB2015"))),
        Extraction(_paper(2), (_mention("Kodak"), _mention("NTU RGB+D 120"), _mention("OTB-100"))),
        Extraction(_paper(3), (_mention("Kodak"), _mention("NTU RGB+D"), _mention("OTB-2013"))),
    ])
    papers = {n: d["papers"] for n, d in g.nodes(data=True) if d["kind"] == "dataset"}
    assert papers == {entity_id(D, "Kodak"): 3, entity_id(D, "NTU RGB+D"): 2, entity_id(D, "NTU RGB+D 120"): 1,
                      entity_id(D, "OTB-100"): 2, entity_id(D, "OTB-2013"): 1}


def test_editions_catalogue_matcher_keeps_a_set_number_with_its_entry():
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.catalogue_match import CatalogueMatcher

    text = "We test on Kodak24, on OTB2015, on OTB-2013, on NTU60 and on NTU RGB+D 120."
    found = {text[c.start : c.end]: c.canonical for c in CatalogueMatcher(None, load_catalogue()).match(text)}
    assert {k: v or k for k, v in found.items()} == {
        "Kodak24": "Kodak", "OTB2015": "OTB-100", "OTB-2013": "OTB-2013", "NTU60": "NTU RGB+D",
        "NTU RGB+D 120": "NTU RGB+D 120"}


def test_editions_the_catalogue_is_parsed_once_however_many_nodes_ask():
    # the leaderboard asks per dataset node: re-parsing the catalogue each time cost 12 s on 20,000 abstracts
    from kg.graph import ids
    from kg.model import EntityType

    for cached in (ids._catalogue_entries, ids._entry_index, ids.catalogue_editions, ids.catalogue_own_numbers):
        cached.cache_clear()
    for name in ("PASCAL VOC", "KITTI", "OTB-100", "ImageNet"):
        ids.catalogue_editions(EntityType.DATASET, name)
        ids.catalogue_own_numbers(EntityType.DATASET, name)
    assert ids._catalogue_entries.cache_info().misses == 1
    assert ids.catalogue_editions(EntityType.DATASET, "PASCAL VOC")  # and it still answers


@pytest.mark.parametrize(("name", "want"), [
    # numbered benchmarks whose results no leaderboard ranks with the family's: entries of their own
    ("ScanNet200", "ScanNet200"), ("ScanNet", "ScanNet"), ("EPIC-KITCHENS-100", "EPIC-KITCHENS-100"),
    ("EK-100", "EPIC-KITCHENS-100"), ("EPIC-KITCHENS-55", "EPIC-KITCHENS-55"), ("EPIC-KITCHENS", "EPIC-KITCHENS"),
    ("ETTh1", "ETTh1"), ("ETTm2", "ETTm2"), ("ETT", "ETT"), ("CTB5", "CTB5"), ("CTB 5.1", "CTB5"), ("CTB-6", "CTB6"),
    ("Chinese Treebank", "Chinese Treebank"), ("Libri2Mix", "Libri2Mix"), ("WSJ0-3mix", "WSJ0-3mix"),
    ("Pittsburgh 250k", "Pitts250k"), ("CAMERA25", "CAMERA25"), ("KSDD2", "KolektorSDD2"), ("ML-1M", "MovieLens-1M"),
    ("MovieLens 100K", "MovieLens-100K"), ("COIL100", "COIL-100"), ("FLORES-101", "FLORES-101"),
    ("Atari100k", "Atari 100k"), ("ICEWS05-15", "ICEWS05-15"), ("USPTO-50K", "USPTO-50K"),
])
def test_editions_a_numbered_benchmark_is_no_family_spelling(name, want):
    assert known_name(D, name) == want


def test_editions_numbered_benchmarks_in_a_sentence_are_nodes_of_their_own():
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.catalogue_match import CatalogueMatcher

    text = ("We test on ScanNet200 and ScanNet, on EPIC-KITCHENS-100 and EPIC-KITCHENS-55, on ETTh1 and ETTm1, on"
            " CTB5, on Libri2Mix and Libri3Mix, on ML-1M and ML-20M, and on Pitts30k and Pitts250k.")
    found = [(text[c.start : c.end], c.canonical) for c in CatalogueMatcher(None, load_catalogue()).match(text)]
    g = build_graph([Extraction(_paper(1), tuple(_mention(t, canonical) for t, canonical in found))])
    assert {d["label"] for _, d in g.nodes(data=True) if d["kind"] == "dataset"} == {
        "ScanNet200", "ScanNet", "EPIC-KITCHENS-100", "EPIC-KITCHENS-55", "ETTh1", "ETTm1", "CTB5", "Libri2Mix",
        "Libri3Mix", "MovieLens-1M", "MovieLens-20M", "Pitts30k", "Pitts250k"}


def test_editions_the_release_a_name_means_meets_the_name_in_a_sentence():
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.catalogue_match import CatalogueMatcher

    m = CatalogueMatcher(None, load_catalogue())
    texts = ["We localize actions on ActivityNet 1.3 and tag names on OntoNotes 5.0.",
             "We localize actions on ActivityNet and tag names on OntoNotes."]
    g = build_graph([Extraction(_paper(i), tuple(_mention(t[c.start : c.end], c.canonical) for c in m.match(t)))
                     for i, t in enumerate(texts)])
    papers = {d["label"]: d["papers"] for _, d in g.nodes(data=True) if d["kind"] == "dataset"}
    assert papers == {"ActivityNet": 2, "OntoNotes": 2}


def test_editions_a_family_alias_with_the_sets_own_number_is_the_family():
    # "COCO 2017" is COCO (not_editions); "MS COCO" is an alias of COCO, so "MS COCO 2017" is COCO too
    ed = Editions([("COCO", ["MS COCO", "MSCOCO", "COCO 2017"], ["2017"]), ("Kodak", ["Kodak24"], ["24"])])
    assert ed.derived("MS COCO 2017") == ("COCO", "COCO") and ed.derived("MSCOCO17") == ("COCO", "COCO")
    assert ed.derived("MS COCO 2014") == ed.derived("COCO2014") == ("COCO", "COCO 2014")  # another edition
    assert ed.derived("Kodak 24") == ("Kodak", "Kodak") and ed.derived("Kodak 12") == ("Kodak", None)


@pytest.mark.parametrize(("name", "want"), [
    ("MS COCO 2017", "COCO"), ("MSCOCO 2017", "COCO"), ("Microsoft COCO 2017", "COCO"), ("MS COCO 2014", "COCO 2014"),
    ("OntoNotes v5", "OntoNotes"), ("OntoNotes 4.0", "OntoNotes v4"), ("ActivityNet v1.3", "ActivityNet"),
    ("ActivityNet-v1.2", "ActivityNet 1.2"),  # a listed edition: the catalogue's alias names it
    ("CUB-2011", "CUB-200-2011"), ("CUB-2010", None), ("OTB-51", None),  # no "CUB-200-2011 2010", no "OTB 1951"
])
def test_editions_an_unlisted_spelling_with_the_sets_own_number_is_the_entry(name, want):
    assert known_name(D, name) == want


def test_editions_ms_coco_2017_in_a_sentence_meets_coco():
    from kg.extract.catalogue_data import load_catalogue
    from kg.extract.catalogue_match import CatalogueMatcher

    m = CatalogueMatcher(None, load_catalogue())
    texts = ["Our detector is tested on MS COCO 2017.", "Our detector is tested on COCO 2017."]
    g = build_graph([Extraction(_paper(i), tuple(_mention(t[c.start : c.end], c.canonical) for c in m.match(t)))
                     for i, t in enumerate(texts)])
    assert {d["label"]: d["papers"] for _, d in g.nodes(data=True) if d["kind"] == "dataset"} == {"COCO": 2}


def test_editions_a_bare_sibling_year_is_the_edition_of_the_family_before_it():
    # "PASCAL 2007 and 2010": the year-sibling rule names the "2010" "PASCAL 2010", which meets "PASCAL VOC 2010"
    from kg.extract import extract_papers

    texts = ["We evaluate our detector on PASCAL 2007 and 2010 and on PASCAL VOC 2007 and 2012.",
             "We evaluate our detector on PASCAL VOC 2010."]
    exs = list(extract_papers([Paper(title=f"A detector {i}", abstract=t, source=Source("t.txt", i))
                               for i, t in enumerate(texts)], jobs=1))
    g = build_graph(exs)
    assert {d["label"]: d["papers"] for _, d in g.nodes(data=True) if d["kind"] == "dataset"} == {
        "PASCAL VOC 2007": 1, "PASCAL VOC 2010": 2, "PASCAL VOC 2012": 1}


def test_editions_a_bare_sibling_year_is_no_surface_form_of_its_edition():
    # "PASCAL VOC 2007 and 2012": the "2012" mention is the edition "PASCAL VOC 2012", whose surface forms are names
    # ("2012" written alone is none); the gold-style view keeps the text as written (SciREX's gold marks the "2012")
    from kg.extract import extract_papers

    texts = ["We evaluate our detector on PASCAL VOC 2007 and 2012.", "We evaluate our detector on VOC 2012."]
    exs = list(extract_papers([Paper(title=f"A detector {i}", abstract=t, source=Source("t.txt", i))
                               for i, t in enumerate(texts)], jobs=1))
    assert [m.text for m in exs[0].mentions if m.edition_year] == ["2012"]
    assert exs[0].surface_lists()["datasets"] == ["PASCAL VOC 2007", "2012"]
    g = build_graph(exs)
    assert {d["label"]: (d["papers"], d["aliases"]) for _, d in g.nodes(data=True) if d["kind"] == "dataset"} == {
        "PASCAL VOC 2007": (1, []), "PASCAL VOC 2012": (2, ["VOC 2012"])}

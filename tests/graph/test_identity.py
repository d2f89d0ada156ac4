"""One node per thing across papers: identity keys, catalogue spellings, borrowed well-known names."""

from __future__ import annotations

import pytest

from kg.graph import build_graph, entity_id, paper_id
from kg.graph.ids import identity_key, known_name
from kg.model import EntityType, Extraction, Mention, Paper, Result, Role, Source

D, M, T, METRIC = EntityType.DATASET, EntityType.METHOD, EntityType.TASK, EntityType.METRIC


def paper(title: str, n: int) -> Paper:
    return Paper(title=title, abstract=f"Abstract of {title}.", source=Source("t.txt", n))


def mention(role: Role, text: str, **kw) -> Mention:
    return Mention(role, text, "abstract", 0, len(text), f"... {text} ...", "test", 0.9, **kw)


def nodes_of(g, kind: EntityType) -> dict[str, dict]:
    return {n: d for n, d in g.nodes(data=True) if d["kind"] == kind.value}


@pytest.mark.parametrize(("kind", "a", "b"), [
    (T, "multi-task learning", "multi task learning"),
    (D, "CIFAR 100", "CIFAR100"),
    (D, "UCF-101", "UCF101"),
    (D, "Foo Bar dataset", "Foo-Bar"),
    (T, "hate-speech detection", "hate speech detection"),
    (T, "3-D reconstruction", "3D reconstruction"),
    (D, "LibriSpeech corpus", "Librispeech"),
    (M, "MPNNs", "MPNN"),
    (M, "ViTs", "ViT"),
    (M, "ResNet 50", "ResNet-50"),
    (METRIC, "top 1 accuracy", "Top-1 accuracy"),
])
def test_ids_identity_key_folds_spellings_of_one_name(kind, a, b):
    assert identity_key(kind, a) == identity_key(kind, b)


@pytest.mark.parametrize(("kind", "a", "b"), [
    (M, "Gemma 2", "Gemma"),
    (D, "ImageNet-R", "ImageNet"),
    (D, "CIFAR-10", "CIFAR-100"),
    (METRIC, "mAP@50", "mAP"),
    (M, "Sims", "Sim"),  # a word's s is not an acronym's plural
    (M, "C++", "C"),
    (T, "hate speech detection", "hatespeech detection"),  # words are not joined
    (M, "Llama 2 7B", "Llama 27B"),  # nor numbers
    (T, "multi robot zorbing", "multirobot zorbing"),  # closed compounds meet only in the catalogue
])
def test_ids_identity_key_keeps_versions_and_other_names_apart(kind, a, b):
    assert identity_key(kind, a) != identity_key(kind, b)


@pytest.mark.parametrize(("kind", "name", "expected"), [
    (D, "CIFAR100", "CIFAR-100"),
    (D, "cifar 100", "CIFAR-100"),
    (D, "KITTI dataset", "KITTI"),
    (M, "BERT", "BERT"),
    (M, "bert", None),  # a case-sensitive entry needs its case
    (D, "BERT", None),  # a name of another kind
    (D, "FooBarSet", None),
    (T, "multitask learning", "multi-task learning"),  # the catalogue's name, closed
    (T, "neural machine translation", None),  # a task's alias is a narrower task: kept apart
    (D, "DeepFashion2", "DeepFashion2"),  # an alias that is the name and a version: an edition, its own node
    (D, "MBPP+", None),
    (D, "PAWS-X", None),
    (D, "ChestX-ray8", "ChestX-ray8"),
    (M, "BERT-base", "BERT"),
    (D, "MS-COCO", "COCO"),
])
def test_ids_known_name_is_the_catalogue_entry_a_spelling_names(kind, name, expected):
    assert known_name(kind, name) == expected


def test_build_catalogue_spelling_without_canonical_meets_the_catalogue_node():
    """The CIFAR100 / CIFAR-100 split: one paper's mention came without the catalogue's name."""
    exs = [
        Extraction(paper("A", 1), (mention(Role.DATASET, "CIFAR-100"),)),
        Extraction(paper("B", 2), (mention(Role.DATASET, "CIFAR100"),)),
        Extraction(paper("C", 3), (mention(Role.DATASET, "Cifar100", canonical="CIFAR-100"),)),
    ]
    g = build_graph(exs)
    (node,) = nodes_of(g, D)
    assert node == entity_id(D, "CIFAR-100") and g.nodes[node]["papers"] == 3
    assert g.nodes[node]["label"] == "CIFAR-100"


def test_build_well_known_name_one_paper_introduces_stays_the_catalogue_s_for_other_papers():
    """A paper "introducing" KITTI (a clash, or a misread) does not take over every paper's KITTI."""
    p1, p2, p3 = paper("Grids", 1), paper("Depth", 2), paper("Odometry", 3)
    g = build_graph([
        Extraction(p1, (mention(Role.INTRODUCED_DATASET, "KITTI"),)),
        Extraction(p2, (mention(Role.DATASET, "KITTI"),)),
        Extraction(p3, (mention(Role.DATASET, "KITTI 2015", canonical="KITTI"),)),
    ])
    shared = entity_id(D, "KITTI")
    assert g.nodes[shared]["papers"] == 2 and "introduced_by" not in g.nodes[shared]
    assert g.has_edge(paper_id(p2), shared) and g.has_edge(paper_id(p3), shared)
    (own,) = [n for n, d in nodes_of(g, D).items() if d.get("introduced_by") == paper_id(p1)]
    assert own != shared and g.nodes[own]["papers"] == 1


def test_build_well_known_name_introduced_by_the_paper_its_title_names_keeps_other_papers():
    p1, p2 = paper("KITTI: a benchmark suite for driving", 1), paper("Depth", 2)
    g = build_graph([
        Extraction(p1, (mention(Role.INTRODUCED_DATASET, "KITTI"),)),
        Extraction(p2, (mention(Role.DATASET, "KITTI"),)),
    ])
    (node,) = nodes_of(g, D)
    assert g.nodes[node]["introduced_by"] == paper_id(p1) and g.nodes[node]["papers"] == 2


def test_build_well_known_name_a_later_version_s_paper_introduces_stays_the_catalogue_s():
    p1, p2 = paper("FlowNet 2.0: evolution of optical flow estimation", 1), paper("Flow", 2)
    g = build_graph([
        Extraction(p1, (mention(Role.PROPOSED, "FlowNet"),)),
        Extraction(p2, (mention(Role.METHOD, "FlowNet"),)),
    ])
    assert g.nodes[entity_id(M, "FlowNet")]["papers"] == 1
    assert g.has_edge(paper_id(p2), entity_id(M, "FlowNet"))


def test_build_paper_years_older_than_the_introducer_does_not_mention_its_thing():
    """An older paper's "QZN" is not the QZN a 2024 paper proposes (2023: a preprint year apart)."""
    intro = Paper(title="QZN: a net", abstract="a", source=Source("t.txt", 1), year=2024)
    users = [Paper(title=f"Use {y}", abstract="b", source=Source("t.txt", y), year=y) for y in (2015, 2023, 2025)]
    g = build_graph([Extraction(intro, (mention(Role.PROPOSED, "QZN"),))]
                    + [Extraction(p, (mention(Role.METHOD, "QZN"),)) for p in users])
    own = [n for n, d in nodes_of(g, M).items() if d.get("introduced_by") == paper_id(intro)]
    assert len(own) == 1 and g.nodes[own[0]]["papers"] == 3
    assert g.has_edge(paper_id(users[0]), entity_id(M, "QZN")) and g.nodes[entity_id(M, "QZN")]["papers"] == 1


def test_build_spelling_variants_of_an_uncatalogued_name_are_one_node():
    g = build_graph([
        Extraction(paper("A", 1), (mention(Role.TASK, "multi-robot zorbing"), mention(Role.METHOD, "QZNs"))),
        Extraction(paper("B", 2), (mention(Role.TASK, "Multi robot zorbing"), mention(Role.METHOD, "QZN"))),
    ])
    assert [d["papers"] for d in nodes_of(g, T).values()] == [2]
    assert [d["papers"] for d in nodes_of(g, M).values()] == [2]
    assert set(nodes_of(g, T)) == {entity_id(T, "multi-robot zorbing")}


def test_build_versioned_names_stay_apart():
    g = build_graph([
        Extraction(paper("A", 1), (mention(Role.METHOD, "Gemma"), mention(Role.DATASET, "ImageNet"))),
        Extraction(paper("B", 2), (mention(Role.METHOD, "Gemma 2"), mention(Role.DATASET, "ImageNet-R"))),
    ])
    assert len(nodes_of(g, M)) == 2 and len(nodes_of(g, D)) == 2


def test_build_result_dataset_spelled_otherwise_meets_the_catalogue_node():
    r = Result(metric="accuracy", value="71.2%", number=71.2, unit="%", kind="absolute", dataset="CIFAR100",
               method=None, proposed=False, baseline=None, field="abstract", start=0, end=5, sentence="s", rule="t",
               confidence=0.9)
    g = build_graph([
        Extraction(paper("A", 1), (mention(Role.DATASET, "CIFAR-100"),)),
        Extraction(paper("B", 2), (mention(Role.METRIC, "accuracy"),), (r,)),
    ])
    (res,) = g.nodes[paper_id(paper("B", 2))]["results"]
    assert res["dataset"] == entity_id(D, "CIFAR-100")


def test_ids_known_names_read_the_catalogue_extraction_loads():
    from kg.extract.catalogue_data import load_catalogue
    from kg.graph.ids import _catalogue_entries

    assert [e["name"] for e in _catalogue_entries()] == [e.name for e in load_catalogue().entries]

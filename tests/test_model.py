"""The gold-style view of an extraction (:meth:`kg.model.Extraction.surface_lists`)."""

from __future__ import annotations

from kg.model import Extraction, Mention, Paper, Role, Source


def _extraction(abstract: str, names: list[tuple[Role, str]]) -> Extraction:
    p = Paper("A Title", abstract, Source("t.jsonl", 1, 1))
    mentions = []
    for role, text in names:
        i = abstract.index(text, mentions[-1].end if mentions and abstract.count(text) > 1 else 0)
        mentions.append(Mention(role, text, "abstract", i, i + len(text), abstract, "test", 0.9))
    return Extraction(p, tuple(mentions))


def test_surface_lists_a_name_written_in_both_numbers_is_listed_once() -> None:
    e = _extraction("Zorbnets beat a 3D Zorbnet and GANs.", [(Role.METHOD, "Zorbnets"), (Role.METHOD, "Zorbnet"), (Role.METHOD, "GANs")])
    assert e.surface_lists()["methods"] == ["Zorbnets", "GANs"]


def test_surface_lists_numbers_of_a_name_in_other_roles_stay_apart() -> None:
    e = _extraction("On Quux and Quuxs we test.", [(Role.DATASET, "Quux"), (Role.DATASET, "Quuxs")])
    assert e.surface_lists()["datasets"] == ["Quux", "Quuxs"]

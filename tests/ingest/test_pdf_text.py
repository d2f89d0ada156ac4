"""Text copied from a PDF: kg reads a record's title and abstract in plain letters (ligatures
"\ufb01" -> "fi", soft hyphens and zero-width characters dropped), so that its rules, which are
written for plain letters, read "the \ufb01rst planner" as "the first planner", names come out as
"EfficientPlan", and every offset indexes the text kg reports as the record's abstract."""

from __future__ import annotations

import json

import pytest

from kg.extract import extract_papers
from kg.ingest import read_inputs
from kg.ingest.fields import plain_text
from kg.model import Role

_TITLE = "Learning to Plan under Uncertainty"
# "the \ufb01rst" is the cue of a paper's own method; "E\ufb03cientPlan" its name
_ABSTRACT = ("E\ufb03cientPlan is the \ufb01rst planner that is provably e\ufb03cient on robot navigation, "
             "with a soft hy\u00adphen and a zero\u200bwidth space.")


def _read(tmp_path, record: dict):
    path = tmp_path / "pdf.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return read_inputs([path])


@pytest.mark.parametrize(("text", "plain"), [
    ("the \ufb01rst e\ufb03cient \ufb02ow of e\ufb00ective ba\ufb04es", "the first efficient flow of effective baffles"),
    ("soft\u00adhyphen zero\u200bwidth join\u200c\u200der \ufeffmark", "softhyphen zerowidth joiner mark"),
    ("Plain ASCII text stays as it is.", "Plain ASCII text stays as it is."),
    ("caf\u00e9 \u2013 no\u00a0break spaces stay", "caf\u00e9 \u2013 no\u00a0break spaces stay"),
])
def test_plain_text_spells_out_ligatures_and_drops_invisible_characters(text, plain):
    assert plain_text(text) == plain


def test_a_ligature_abstract_is_read_in_plain_letters(tmp_path):
    (paper,) = _read(tmp_path, {"title": "E\ufb03cient " + _TITLE, "abstract": _ABSTRACT}).papers
    assert paper.title == "Efficient " + _TITLE
    assert paper.abstract.startswith("EfficientPlan is the first planner that is provably efficient")
    assert paper.abstract.endswith("a soft hyphen and a zerowidth space.")


def test_a_ligature_abstract_gives_plain_names_at_the_right_offsets(tmp_path):
    (paper,) = _read(tmp_path, {"title": _TITLE, "abstract": _ABSTRACT}).papers
    (ex,) = extract_papers([paper])
    proposed = [m for m in ex.mentions if m.role is Role.PROPOSED]
    assert [m.text for m in proposed] == ["EfficientPlan"]  # (main read no cue: "the \ufb01rst")
    for m in ex.mentions:
        field = paper.title if m.field == "title" else paper.abstract
        assert field[m.start : m.end] == m.text and m.text in m.sentence and m.sentence in paper.text
        assert plain_text(m.text + m.sentence) == m.text + m.sentence

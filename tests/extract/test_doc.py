"""The per-doc state behind the declared ``doc._.kg_*`` extensions, and the component contracts."""

from __future__ import annotations

import re

import pytest

from kg.extract import COMPONENTS, build_pipeline, paper_doc
from kg.extract.doc import EXTENSIONS, DocState, layout, state, title_end, unwrap_markup

TITLE = "GlowNet: Fast Relighting for Indoor Scene Rendering"
ABSTRACT = (
    "We present GlowNet, a network that relights rooms. Experiments on the RoomLight dataset show that "
    "GlowNet outperforms NeRF-W and reaches a PSNR of 31.2 dB. Code: https://github.com/acme/glownet."
)


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_doc_tokenizer_creates_the_state_every_extension_reads(nlp) -> None:
    doc = nlp.make_doc(layout(TITLE, ABSTRACT))
    st = state(doc)
    assert isinstance(st, DocState) and st.text == layout(TITLE, ABSTRACT) and st.title_end == len(TITLE)
    for name, slot in EXTENSIONS.items():
        assert getattr(doc._, name) is getattr(st, slot)


def test_doc_paper_doc_keeps_the_title_length_when_the_title_holds_a_blank_line(nlp) -> None:
    title = "Part one\n\nPart two"
    doc = paper_doc(nlp, title, "An abstract.")
    assert doc._.kg_title_end == len(title) != title_end(doc._.kg_text)


def test_doc_every_component_declares_what_it_reads_and_writes(nlp) -> None:
    assert nlp.pipe_names == list(COMPONENTS)
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    for name in COMPONENTS:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns and all(a.startswith("doc._.kg_") for a in meta.assigns + meta.requires), name
        assert all(a[len("doc._."):] in EXTENSIONS for a in meta.assigns + meta.requires), name


def test_doc_components_only_append_to_the_candidates_of_earlier_ones(nlp) -> None:
    doc = paper_doc(nlp, TITLE, ABSTRACT)
    before: list = []
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        now = list(doc._.kg_candidates)
        assert now[: len(before)] == before, f"{name} rewrote candidates it did not find"
        before = now
    assert doc._.kg_mentions and len(before) >= len(doc._.kg_mentions)


def test_doc_a_doc_from_another_tokenizer_gets_its_state_on_first_use() -> None:
    import spacy

    doc = spacy.blank("en")("Title\n\nAbstract text.")
    assert doc._.kg_text == "Title\n\nAbstract text." and doc._.kg_title_end == 5


# A title holding a blank line, one past the title cap, and a paper without an abstract: the
# analyser's state-only docs give what the spaCy pipeline gives on the paper's doc.
@pytest.mark.parametrize(
    ("title", "abstract"),
    [(TITLE, ABSTRACT), ("Part one\n\nGlowNet: Part two", ABSTRACT), ("GlowNet " * 300, ABSTRACT), (TITLE, "")],
)
def test_doc_analyse_on_state_only_docs_gives_what_the_pipeline_gives(nlp, title: str, abstract: str) -> None:
    from kg.extract import Extractor

    doc = nlp(paper_doc(nlp, title, abstract))
    [(mentions, results)] = Extractor().analyse([(title, abstract)])
    assert mentions == tuple(doc._.kg_mentions) and results == doc._.kg_results
    assert mentions or not abstract


@pytest.mark.parametrize(
    "source, read",
    [
        (r"we develop reward models, \texttt{HummerRM} and \texttt{HummerRM-F}, which", "models, HummerRM and HummerRM-F, which"),
        (r"the RASP variant $\textbf{C-RASP}$.", "the RASP variant C-RASP."),
        ("two prompting techniques, *IsoCombination* and **IsoPad**, which", "two prompting techniques, IsoCombination and IsoPad, which"),
        ("a*b*c and 2*3 stay as they are", "a*b*c and 2*3 stay as they are"),
    ],
)
def test_doc_unwrap_markup_blanks_markup_around_names_and_keeps_offsets(source: str, read: str) -> None:
    got = unwrap_markup(source)
    assert len(got) == len(source)
    assert re.sub(r"\s+([,.;])", r"\1", " ".join(got.split())).endswith(read)
    # every character kept is where the source has it: offsets into the text are the source's
    assert all(c == " " or c == source[i] for i, c in enumerate(got))


def test_doc_layout_reads_a_name_in_markup_as_the_proposed_rules_do() -> None:
    from kg.extract.proposed import find_proposed

    title = "A Plain Title"
    text = layout(title, r"Finally, we present two prompting techniques, *IsoJoin* and \textit{IsoPad}, which help.")
    found = {text[c.start : c.end] for c in find_proposed(text, len(title))}
    assert {"IsoJoin", "IsoPad"} <= found

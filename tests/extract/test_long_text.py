"""One huge abstract is cut at a documented cap, never fatal, and the caller can tell."""

from __future__ import annotations

from kg.extract import MAX_ABSTRACT_CHARS, extract_papers, text_cut
from kg.extract.doc import cap_text
from kg.model import Paper, Source


def test_long_text_cap_cuts_at_a_sentence_end_and_says_so() -> None:
    abstract = "We evaluate on the Foo benchmark. " * (MAX_ABSTRACT_CHARS // 20)
    title, cut_abstract, cut = cap_text("A title", abstract)
    assert cut and title == "A title"
    assert len(cut_abstract) <= MAX_ABSTRACT_CHARS
    assert cut_abstract.endswith("benchmark.")
    assert cap_text("A title", "Short.") == ("A title", "Short.", False)


def test_long_text_extraction_of_a_1_2m_character_abstract_is_not_fatal() -> None:
    # spaCy refuses docs over 1,000,000 characters (E088); the cap keeps the build going.
    head = "We propose ZetaNet, a new network. Experiments on CIFAR-10 show gains. "
    paper = Paper("ZetaNet: A Test", head + "x " * 600_000, Source("t", 1))
    assert text_cut(paper)
    (extraction,) = extract_papers([paper])
    names = {m.text for m in extraction.mentions}
    assert {"ZetaNet", "CIFAR-10"} <= names
    assert not text_cut(Paper("A title", "Short abstract.", Source("t", 2)))


def test_long_text_an_acronym_defined_many_times_reads_its_places_once() -> None:
    # _own_use reads every place an acronym stands; a text defining it at each of them asked it
    # once per definition (quadratic). Kept per text and acronym: the answers are the same.
    from kg.extract.acronym_presented import _own_use
    from kg.extract.acronyms import find_definitions, task_acronyms

    def acronyms(n: int, use: str) -> set[str]:
        text = "Title\n\n" + f"We propose nets for object detection (OD) and {use} OD method. " * n
        return task_acronyms(text, find_definitions(text))

    for use, small in (("our", set()), ("an", {"od"})):  # "our OD method" makes it the paper's own
        assert acronyms(3, use) == small
        before = _own_use.cache_info()
        assert acronyms(300, use) == small
        after = _own_use.cache_info()
        assert after.misses - before.misses == 1 and after.hits - before.hits >= 299


def test_long_text_a_named_long_form_reads_its_sentence_at_most_a_sentence_cap_back() -> None:
    # _proposes_lower_named reads back to the last ". ", at most MAX_SENTENCE_CHARS (a text with no
    # sentence end was read from its start at every naming word).
    from kg.extract.proposed import _proposes_lower_named
    from kg.extract.sentences import MAX_SENTENCE_CHARS

    for gap, proposes in ((100, True), (MAX_SENTENCE_CHARS + 100, False)):
        text = "Title\n\nWe propose a method" + ", with more" * (gap // 11) + ", called deep ripple nets (DRN)."
        assert _proposes_lower_named(text, 5, text.index("deep ripple")) is proposes
    short = "Title\n\nIt works. We propose a class of schemes called deep ripple nets (DRN)."
    assert _proposes_lower_named(short, 5, short.index("deep ripple"))

"""Catalogue acronyms an abstract defines as something else, on made-up sentences."""

from __future__ import annotations

import re

import pytest

from kg.extract.catalogue_data import Catalogue, CatalogueEntry
from kg.extract.doc import Candidate
from kg.extract.redefined import inside_defined_names, redefined_acronyms
from kg.model import Role

CATALOGUE = Catalogue([
    CatalogueEntry("FFT", "method", ("Fast Fourier Transform",), "Fast Fourier Transform", case_sensitive=True),
    CatalogueEntry("CNN", "method", ("CNNs",), "Convolutional Neural Network", case_sensitive=True),
    CatalogueEntry("GLUE", "dataset"),  # nothing spelled out to compare with
    CatalogueEntry("SQR", "metric", (), "Signal-to-Quill Ratio", case_sensitive=True),
])


def _spans(text: str, short: str) -> set[tuple[int, int]]:
    i = text.rindex(short)
    found = [Candidate(Role.METHOD, i, i + len(short), "catalogue", 0.9)]
    return redefined_acronyms(text, found, CATALOGUE)


@pytest.mark.parametrize(
    "text, short, redefined",
    [
        ("The hand captures the free-flying target (FFT). We model the FFT.", "FFT", True),
        ("We compute a fast Fourier transform (FFT) of the signal, then the FFT.", "FFT", False),
        ("A deep convolutional neural network (CNN) is trained; the CNN wins.", "CNN", False),
        ("A cascaded nearest neighbour (CNN) search links pixels; the CNN wins.", "CNN", True),
        # one shared head noun ("network") does not make it the entry; half the words do
        ("Our contour neighbour network (CNN) links pixels.", "CNN", True),
        ("Our capsule neural network (CNN) links pixels.", "CNN", False),
        ("We run a Fast Fourier-Transform (FFT) of the signal.", "FFT", False),  # hyphens and spaces apart
        ("We measure the squared quill response (SQR) of each pen.", "SQR", True),
        ("Tasks such as quill reading (SQR) stay hard for SQR.", "SQR", False),  # "such as ...": no long form
        ("We evaluate on the general language understanding evaluation (GLUE) suite, GLUE.", "GLUE", False),
        ("We compute the FFT of the signal.", "FFT", False),  # not defined at all
        ("It reaches a fine free-form throughput of 65% (FFT) on the test set.", "FFT", False),  # a value's metric
    ],
)
def test_redefined_an_acronym_defined_with_an_unrelated_long_form_is_not_the_catalogues(
    text: str, short: str, redefined: bool
) -> None:
    assert bool(_spans(text, short)) is redefined


def test_redefined_drops_the_catalogue_match_but_keeps_the_papers_own_reading() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "Catching tumbling targets",
        "We study how a space manipulator captures the free-flying target (FFT). Contact with the FFT is modelled.",
    )])
    assert not any(m.text == "FFT" and m.role is Role.METHOD for m in ms)
    (ms,) = Extractor().mentions([("Spectra", "We speed up training with the fast Fourier transform (FFT).")])
    assert any(m.text == "FFT" and m.role is Role.METHOD for m in ms)


# Spaces (also non-breaking) inside the brackets, a comma or semicolon closing them, brackets
# that hold something else, a "(" at the very end: the same openings the regular expression finds.
@pytest.mark.parametrize(
    "text", ["x (FFT) y ( FFT , z (\u00a0FFT\n; (FFTs) (FFT", "(FFT)(FFT)", "((FFT)", "(FF", "FFT)", ""]
)
def test_redefined_bracketed_finds_what_the_pattern_finds(text: str) -> None:
    from kg.extract.redefined import _bracketed

    expected = [m.start() for m in re.finditer(r"\(\s*FFT\s*[);,]", text)]
    assert list(_bracketed(text, "FFT")) == expected


def _known(text: str, name: str, role: Role = Role.METHOD, rule: str = "catalogue") -> list[Candidate]:
    return [Candidate(role, m.start(), m.end(), rule, 0.9) for m in re.finditer(re.escape(name), text)]


def test_redefined_a_known_name_ending_someone_elses_defined_name_is_part_of_it() -> None:
    text = ("Tracking via Nonparametric Zorb Propagation\n\nThe Nonparametric Zorb Propagation (NZP) technique "
            "is used. Plain Zorb Propagation is slower.")
    found = _known(text, "Zorb Propagation")
    gone = inside_defined_names(text, found)
    assert len(gone) == 2 and (text.rindex("Zorb Propagation"), len(text) - len(" is slower.")) not in gone


def test_redefined_a_known_name_stays_inside_the_papers_own_name_or_after_a_link_word() -> None:
    text = "We propose the Quantized Zorb Transformer (QZT). A Network equipped with Zorb Transformer (NZT) is old."
    found = _known(text, "Zorb Transformer")
    qzt = text.index("QZT")
    found.append(Candidate(Role.PROPOSED, qzt, qzt + 3, "proposed:naming", 0.9))
    assert inside_defined_names(text, found) == set()


@pytest.mark.parametrize("text, redefined", [
    ("We study sufficient query reduction and solve the sparse SQR problem.", True),
    ("The signal-to-quill ratio is low, so the SQR of each clip drops.", False),  # the entry's own long form
    ("We report SQR on all clips.", False),  # nothing else spelled
    ("Some quick results. Although SQR rises, it stays low.", False),  # stop words and sentence ends spell nothing
])
def test_redefined_a_metric_acronym_spelled_by_another_phrase_without_brackets(text: str, redefined: bool) -> None:
    i = text.rindex("SQR")
    found = [Candidate(Role.METRIC, i, i + 3, "catalogue", 0.7)]
    assert bool(redefined_acronyms(text, found, CATALOGUE)) is redefined


def test_redefined_a_long_form_defined_at_every_repeat_gives_each_repeats_spans() -> None:
    # Each long form is searched once, however often the text defines it (it was searched once a
    # definition, and each known name compared with every place found: quadratic on long texts).
    block = ("The Nonparametric Zorb Propagation (NZP) technique is used with Plain Zorb Propagation. "
             "We propose the Quantized Zorb Transformer (QZT) with a Network equipped with Zorb Transformer (NZT). ")
    for n in (1, 40):
        text = "Title\n\n" + block * n
        found = _known(text, "Zorb Propagation") + _known(text, "Zorb Transformer")
        found += [Candidate(Role.PROPOSED, m.start(), m.end(), "proposed:naming", 0.9) for m in re.finditer("QZT", text)]
        once = {(s - 7, e - 7) for s, e in inside_defined_names(text, found) if s < 7 + len(block)}
        assert len(once) == 1  # "Zorb Propagation" inside the first NZP; not the plain one, nor QZT's or NZT's
        assert inside_defined_names(text, found) == {(s + 7 + k * len(block), e + 7 + k * len(block)) for s, e in once for k in range(n)}

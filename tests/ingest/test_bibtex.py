"""BibTeX with abstracts: the hand-written sample, LaTeX clean-up and broken entries."""

from __future__ import annotations

import pytest

from kg.ingest import get_reader
from kg.ingest.bibtex import latex_to_text, parse_entries
from kg.model import Link, Paper, Role, Skip


def _read(path):
    return list(get_reader("bibtex").read(path))


def test_bibtex_sample_fields(formats_dir):
    recs = _read(formats_dir / "bibtex" / "papers.bib")
    vaswani, mueller, he, notitle = recs
    assert vaswani.title == "Attention Is All You Need"
    assert vaswani.abstract.startswith("The dominant sequence transduction models") and "the Transformer, based" in vaswani.abstract
    assert vaswani.authors == ("Ashish Vaswani", "Noam Shazeer", "Niki Parmar")  # "Last, First" flipped
    assert vaswani.arxiv_id == "1706.03762"  # from "arXiv preprint arXiv:1706.03762"
    assert vaswani.year == 2017 and vaswani.keywords == ("transformer", "attention")
    assert vaswani.source.line == 5

    assert mueller.title == "Schöne BERT Modelle für École & Co."
    assert mueller.authors == ("Jörg Müller", "Ada Lovelace")
    assert mueller.doi == "10.5555/abc.123"
    assert mueller.year == 2020
    assert mueller.abstract == "A nested brace abstract with 50% less text."
    assert mueller.links == (Link("https://github.com/example/schoene-bert", Role.CODE_URL, "code"),)

    assert he.arxiv_id == "1512.03385" and he.abstract == ""
    assert isinstance(notitle, Skip)
    assert "notitle2021" in notitle.reason and "line 35" in notitle.reason and notitle.fix


def test_bibtex_unclosed_entry_is_a_skip_and_earlier_entries_survive(bad_dir):
    good, broken = _read(bad_dir / "unclosed_entry.bib")
    assert isinstance(good, Paper) and good.title == "A Good Entry"
    assert isinstance(broken, Skip) and "broken2021" in broken.reason and broken.source.line == 7


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"{\'E}cole", "École"),
        (r"M{\"u}ller", "Müller"),
        (r"\"{o}", "ö"),
        (r"Erd\H{o}s", "Erdős"),
        (r"\c{c}a", "ça"),
        (r"A \& B -- C", "A & B – C"),
        (r"{\ss} and \o", "ß and ø"),
        (r"\emph{Deep} {L}earning", "Deep Learning"),
        ("  folded\n   lines ", "folded lines"),
    ],
)
def test_bibtex_latex_to_text(latex, text):
    assert latex_to_text(latex) == text


def test_bibtex_parser_handles_parentheses_quotes_and_numbers():
    text = '@Article(k1, title = "A {"}quoted{"} title", year = 2020)\n@misc{k2,title={B}}'
    entries = list(parse_entries(text))
    assert entries[0][:2] == ("article", "k1") and entries[0][2]["year"] == "2020"
    assert entries[1][:3] == ("misc", "k2", {"title": "B"}) and entries[1][3] == 2

"""The shared normalisers: identifiers, years, author lists, URLs, control characters."""

from __future__ import annotations

import pytest

from kg.ingest import fields as F
from kg.model import Link, Role


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2206.06921", "2206.06921"),
        ("2206.06921v3", "2206.06921"),
        ("arXiv:2206.06921v2", "2206.06921"),
        ("https://arxiv.org/abs/2206.06921v1", "2206.06921"),
        ("https://arxiv.org/pdf/2112.05683.pdf", "2112.05683"),
        ("http://arxiv.org/abs/nucl-ex/0408020v1", "nucl-ex/0408020"),
        ("math.CA/0601001", "math/0601001"),
        ("10.48550/arXiv.2307.09288", "2307.09288"),
        ("https://huggingface.co/papers/2401.02954", "2401.02954"),
        ("05T81ScPFb", None),
        ("https://example.com/foo/1234567", None),
        ("", None),
        (None, None),
    ],
)
def test_fields_arxiv_id(value, expected):
    assert F.arxiv_id(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10.1093/MIND/LIX.236.433", "10.1093/mind/lix.236.433"),
        ("https://doi.org/10.7717/PEERJ.4375", "10.7717/peerj.4375"),
        ("http://dx.doi.org/10.1145/1.2", "10.1145/1.2"),
        ("doi:10.1000/XYZ", "10.1000/xyz"),
        ("not a doi", None),
    ],
)
def test_fields_doi(value, expected):
    assert F.doi(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("A B;C D", ("A B", "C D")),
        ("Turing, Alan", ("Alan Turing",)),
        ("Lovelace, Ada; Turing, Alan", ("Ada Lovelace", "Alan Turing")),
        ("Ada Lovelace, Alan Turing", ("Ada Lovelace", "Alan Turing")),
        ([{"name": "X Y"}, "Z W", {"author": {"display_name": "Q R"}}], ("X Y", "Z W", "Q R")),
        ("", ()),
        (None, ()),
    ],
)
def test_fields_authors(value, expected):
    assert F.authors(value) == expected


@pytest.mark.parametrize(("value", "expected"), [(2021, 2021), ("2021-06-01", 2021), ("June 2021", 2021), ("3021", None), ("x", None)])
def test_fields_year(value, expected):
    assert F.year(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://github.com/a/b", Link("https://github.com/a/b", Role.CODE_URL, "f")),
        ("github.com/a/b", Link("https://github.com/a/b", Role.CODE_URL, "f")),
        ("www.example.org", Link("https://www.example.org", Role.OTHER_URL, "f")),
        ("not a url", None),
        ("", None),
    ],
)
def test_fields_code_or_page_link(value, expected):
    assert F.code_or_page_link(value, "f") == expected


def test_fields_strip_control_keeps_newlines_and_tabs():
    assert F.strip_control("a\x00b\x1bc\x85d\ne\tf") == "abcd\ne\tf"

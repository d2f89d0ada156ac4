"""Generic JSON documents: envelopes, lists, single records, unknown shapes."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest import get_reader
from kg.model import Link, Paper, Role, Skip


def _read(path, field_map=None):
    return list(get_reader("json", field_map).read(path))


def test_json_file_envelope_fields(formats_dir):
    sam, llava = _read(formats_dir / "generic" / "papers.json")
    assert sam.title == "Segment Anything" and sam.year == 2023
    assert sam.arxiv_id == "2304.02643"
    assert sam.authors == ("Alexander Kirillov", "Eric Mintun")
    assert sam.links == (
        Link("https://github.com/facebookresearch/segment-anything", Role.CODE_URL, "github"),
        Link("https://segment-anything.com", Role.OTHER_URL, "project"),
    )
    assert llava.authors == ("Haotian Liu", "Chunyuan Li", "Qingyang Wu")  # comma list of full names
    assert llava.arxiv_id == "2304.08485"  # from the arXiv url
    assert llava.venue == "NeurIPS"


@pytest.mark.parametrize(
    ("doc", "titles"),
    [
        ([{"title": "A", "abstract": "x"}, {"title": "B", "abstract": "y"}], ["A", "B"]),
        ({"title": "Single", "abstract": "x"}, ["Single"]),
        ({"results": [{"Title": "Upper", "Abstract": "x"}]}, ["Upper"]),
        ({"whatever": [{"paper_title": "Any key", "abstract": "x"}]}, ["Any key"]),
        ({"papers": []}, []),
    ],
)
def test_json_file_accepted_shapes(tmp_path, doc, titles):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc, indent=2))
    assert [p.title for p in _read(path)] == titles


def test_json_file_array_elements_know_their_line(tmp_path):
    path = tmp_path / "doc.json"
    path.write_text('[\n  {"title": "A", "abstract": "x"},\n\n  "oops",\n  {"title": "B", "abstract": "y"}\n]')
    a, oops, b = _read(path)
    assert (a.source.line, oops.source.line, b.source.line) == (2, 4, 5)
    assert isinstance(oops, Skip) and "a str" in oops.reason


def test_json_file_unknown_shape_is_an_error_describing_it(bad_dir):
    with pytest.raises(InputError) as e:
        _read(bad_dir / "unknown_shape.json")
    assert "'status', 'count', 'meta'" in str(e.value) and "--field title=" in e.value.fix


def test_json_file_truncated_array_keeps_complete_records(bad_dir):
    recs = _read(bad_dir / "truncated_array.json")
    assert [r.title for r in recs if isinstance(r, Paper)] == ["Complete record number 0", "Complete record number 1"]
    assert "looks truncated" in recs[-1].reason and recs[-1].source.line == 12


def test_json_file_identifiers_from_id_and_url_fields(tmp_path):
    path = tmp_path / "ids.json"
    path.write_text(json.dumps([
        {"title": "By DOI url", "abstract": "x", "url": "https://doi.org/10.1145/3292500.3330701"},
        {"title": "By arXiv id", "abstract": "x", "id": "2101.00001v3"},
        {"title": "By OpenReview id", "abstract": "x", "id": "05T81ScPFb", "doi": "10.48550/arXiv.2310.00001"},
    ]))
    by_url, by_id, by_doi = _read(path)
    assert (by_url.doi, by_url.arxiv_id) == ("10.1145/3292500.3330701", None)
    assert (by_id.doi, by_id.arxiv_id) == (None, "2101.00001")
    assert (by_doi.doi, by_doi.arxiv_id) == ("10.48550/arxiv.2310.00001", "2310.00001")

"""Generic JSON Lines: aliases, field mapping, bad lines, and the paperlists corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.ingest import get_reader, read_inputs
from kg.model import Link, Paper, Role, Skip

CORPUS = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[3] / "shared")) / "corpora" / "paperlists-abstracts.jsonl.gz"


def _read(path, field_map=None):
    return list(get_reader("jsonl", field_map).read(path))


def test_jsonl_sample_fields_and_aliases(formats_dir):
    flash, loop, unknown, alias = _read(formats_dir / "generic" / "papers.jsonl")
    assert flash.title.startswith("Flash3D") and flash.abstract.startswith("In this paper, we propose Flash3D")
    assert flash.authors == ("Stanislaw Szymanowicz", "Eldar Insafutdinov", "Andrea Vedaldi")
    assert flash.year == 2025 and flash.venue == "3dv"
    assert flash.arxiv_id == "2406.04343"  # version stripped; the OpenReview id is not taken for one
    assert flash.url == "https://openreview.net/forum?id=05T81ScPFb"  # "site"
    assert flash.links == (Link("https://www.robots.ox.ac.uk/~vgg/research/flash3d/", Role.OTHER_URL, "project"),)
    assert flash.keywords == ("Novel View Synthesis", "3D Gaussian Splatting")

    assert loop.abstract.startswith("Simultaneous Localization")  # "summary"
    assert loop.authors == ("Liyuan Zhu", "Yue Li")
    assert loop.date == "2024-08-19" and loop.year == 2024
    assert loop.doi == "10.1109/3dv66043.2025.00020"
    assert loop.links == (Link("https://github.com/GradientSpaces/LoopSplat", Role.CODE_URL, "github"),)
    assert loop.source.line == 2

    assert isinstance(unknown, Skip) and unknown.source.line == 4  # the blank line 3 is not a record
    assert "heading, paperAbstract" in unknown.fix and "--field title=" in unknown.fix

    assert alias.abstract == "The abstract is under the abstractText alias."
    assert alias.authors == ("Alan Turing",) and alias.arxiv_id == "2101.00001"


def test_jsonl_field_map_names_the_columns(formats_dir):
    recs = _read(formats_dir / "generic" / "papers.jsonl", {"title": "heading", "abstract": "paperAbstract"})
    mapped = recs[2]
    assert isinstance(mapped, Paper)
    assert (mapped.title, mapped.abstract) == ("Not a title key we know", "This record names its title with a key the reader does not know.")
    # records without the mapped column are read under the usual names (the mapping applies where it exists)
    assert isinstance(recs[0], Paper) and recs[0].title.startswith("Flash3D")
    assert recs[-1].kind == "field-map" and ("title", "heading", 1) in recs[-1].applied


def test_jsonl_bad_lines_are_skips_naming_the_line(bad_dir):
    recs = _read(bad_dir / "bad_line.jsonl")
    assert [type(r).__name__ for r in recs] == ["Paper", "Skip", "Skip", "Paper"]
    assert recs[1].source.line == 2 and "not valid JSON" in recs[1].reason
    assert recs[2].source.line == 3 and "list" in recs[2].reason


def test_jsonl_gzip_and_utf8_bom(tmp_path):
    import gzip

    path = tmp_path / "p.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(b'\xef\xbb\xbf{"title": "Gz", "abstract": "Compressed."}\n{"title": "Two", "abstract": "B."}\n')
    result = read_inputs([path])
    assert result.files[0].format == "jsonl"
    assert [p.title for p in result.papers] == ["Gz", "Two"]


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_file(), reason="the paperlists corpus lives in ../shared/corpora")
def test_jsonl_reads_the_whole_paperlists_corpus():
    result = read_inputs([CORPUS])
    report = result.report()
    assert report["files"][0]["format"] == "jsonl"
    assert report["records_read"] == 87_691
    assert report["skipped"] == 0
    assert report["papers"] + report["merged"] == 87_691
    # invalid-url: link fields holding no URL ("PKUnlp-icler", "this URL"), left out with a note
    assert set(report["notes_by_kind"]) <= {"control-characters", "no-abstract", "invalid-url"}


def test_jsonl_latin1_lines_are_decoded_and_noted(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"title": "Détection de café", "abstract": "Résumé."}\n'.encode("latin-1"))
    result = read_inputs([path])
    assert [p.title for p in result.papers] == ["Détection de café"]
    (note,) = result.notes
    assert note.kind == "encoding" and note.source.line == 1


def test_jsonl_truncated_gzip_keeps_earlier_records_and_reports_the_file(tmp_path):
    import gzip

    data = gzip.compress(b"".join(b'{"title": "Record %d", "abstract": "Text."}\n' % i for i in range(100_000)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    result = read_inputs([path])
    assert 0 < len(result.papers) < 100_000
    (skip,) = result.skips
    assert skip.source.record == 0 and "gzip archive is truncated" in skip.reason and "gzip" in skip.fix

"""Generic CSV/TSV tables: header aliases, quoted multi-line fields, delimiters, field mapping."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import get_reader, read_inputs
from kg.model import Link, Paper, Role, Skip


def _read(path, field_map=None):
    return list(get_reader("csv", field_map).read(path))


def test_csv_file_sample_fields(formats_dir):
    ddpm, sde, short = _read(formats_dir / "generic" / "papers.csv")
    assert ddpm.title == "Denoising Diffusion Probabilistic Models"
    assert ddpm.abstract == "We present high quality image synthesis results using diffusion probabilistic models,\r\na class of latent variable models."
    assert ddpm.authors == ("Jonathan Ho", "Ajay Jain", "Pieter Abbeel")
    assert ddpm.year == 2020 and ddpm.doi == "10.5555/3495724.3496298"
    assert ddpm.links == (Link("https://github.com/hojonathanho/diffusion", Role.CODE_URL, "Code"),)
    assert ddpm.source.line == 2
    assert sde.source.line == 4 and sde.doi is None and sde.links == ()
    assert isinstance(short, Skip) and short.source.line == 5 and "3 fields but the header has 6" in short.reason


def test_csv_file_tsv_with_field_map(formats_dir):
    mapping = {"title": "paper_name", "abstract": "text", "authors": "writers", "year": "when"}
    result = read_inputs([formats_dir / "generic" / "mapped.tsv"], field_map=mapping)
    assert result.files[0].format == "csv"
    nerf, ngp = result.papers
    assert nerf.title == "Neural Radiance Fields" and nerf.abstract.startswith("We present a method")
    assert nerf.authors == ("Ben Mildenhall", "Pratul Srinivasan") and nerf.year == 2020
    assert ngp.authors == ("Thomas Müller",)


def test_csv_file_without_title_column_names_the_columns(formats_dir):
    with pytest.raises(InputError) as e:
        _read(formats_dir / "generic" / "mapped.tsv")
    assert "paper_name, text, writers, when" in str(e.value) and "--field title=COLUMN" in e.value.fix


def test_csv_file_mapped_column_missing(formats_dir):
    with pytest.raises(InputError, match="'headline' given by --field title="):
        _read(formats_dir / "generic" / "mapped.tsv", {"title": "headline"})


def test_csv_file_semicolon_delimiter_and_zotero_headers(tmp_path):
    path = tmp_path / "zotero.csv"
    path.write_text('Key;Title;Abstract Note;Author;Publication Year\nK1;Zotero paper;An abstract.;"Lovelace, Ada; Turing, Alan";1843\n')
    (p,) = _read(path)
    assert isinstance(p, Paper)
    assert (p.title, p.abstract, p.year) == ("Zotero paper", "An abstract.", 1843)
    assert p.authors == ("Ada Lovelace", "Alan Turing")


def test_csv_file_unclosed_quote_is_reported(bad_dir):
    recs = _read(bad_dir / "unclosed_quote.csv")
    assert any(isinstance(r, Skip) and r.source.line == 3 for r in recs)

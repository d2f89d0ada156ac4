"""Format detection from content: every sample is detected as its format, the seeds as hf-daily."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError, UnknownFormatError
from kg.ingest import detect_format, get_reader, readers
from kg.ingest.base import head_text

DATA = Path(__file__).resolve().parents[1] / "data"
FORMATS, BAD = DATA / "formats", DATA / "bad"

DIR_FORMAT = {
    "arxiv_atom": "arxiv",
    "semantic_scholar": "semantic-scholar",
    "hf_api": "hf-api",
    "openalex": "openalex",
    "bibtex": "bibtex",
}
GENERIC = {"papers.jsonl": "jsonl", "papers.json": "json", "papers.csv": "csv"}
SAMPLES = sorted(
    (p, DIR_FORMAT.get(p.parent.name) or GENERIC[p.name])
    for p in FORMATS.rglob("*")
    if p.is_file() and not p.name.startswith(("LICENSE", "README")) and p.name != "mapped.tsv"
)
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _detect(path: Path, field_map=None) -> str:
    return detect_format(path, head_text(path), field_map).name


@pytest.mark.parametrize(("path", "fmt"), SAMPLES, ids=[f"{p.parent.name}/{p.name}" for p, _ in SAMPLES])
def test_detection_each_sample_is_detected_as_its_format(path, fmt):
    assert _detect(path) == fmt


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_detection_seeds_are_hf_daily(path):
    assert _detect(path) == "hf-daily"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("mixed/a_papers.jsonl", "jsonl"), ("mixed/b_refs.bib", "bibtex"), ("mixed/c_feed.xml", "arxiv"),
     ("mixed/e_same_paper.csv", "csv"), ("latin1.csv", "csv"), ("utf16_bom.json", "json"),
     ("truncated_feed.xml", "arxiv"), ("truncated_array.json", "json")],
)
def test_detection_survives_encodings_and_truncation(name, fmt):
    assert _detect(BAD / name) == fmt


def test_detection_uses_the_field_map_for_csv_headers():
    tsv = FORMATS / "generic" / "mapped.tsv"
    with pytest.raises(UnknownFormatError):
        _detect(tsv)
    assert _detect(tsv, {"title": "paper_name"}) == "csv"


def test_detection_content_wins_over_the_file_name(tmp_path):
    path = tmp_path / "looks_like.csv"
    path.write_text((FORMATS / "bibtex" / "papers.bib").read_text())
    assert _detect(path) == "bibtex"


def test_detection_unknown_content_names_the_readers(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nnot a listing\n")
    with pytest.raises(UnknownFormatError) as e:
        _detect(path)
    assert "notes.md" in str(e.value) and "hf-daily" in e.value.fix


def test_detection_empty_file_is_an_input_error(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("")
    with pytest.raises(InputError, match="is empty"):
        _detect(path)


def test_detection_unknown_format_name():
    with pytest.raises(UnknownFormatError, match="no reader is called 'endnote'"):
        get_reader("endnote")


def test_detection_registry_lists_every_reader_with_a_description():
    assert set(readers()) == {"arxiv", "bibtex", "csv", "hf-api", "hf-daily", "json", "jsonl", "openalex", "semantic-scholar"}
    assert all(cls.description for cls in readers().values())


_README = "# kg\n\n## Quick start\n\nInstall it with pip. Then run kg build on a folder of listings; it writes the graph.\n"
_LICENSE = ("MIT License\n\nCopyright (c) 2024 Someone\n\nPermission is hereby granted, free of charge, to any person "
            "obtaining a copy of this software. The above copyright notice shall be included in all copies.\n")
_PYTHON = ('"""A module. It has a docstring. It says things."""\n\nfrom __future__ import annotations\n\n'
           "import re\n\n\n@dataclass(frozen=True, slots=True)\nclass Note:\n    kind: str = ''\n")
_TOML = '[build-system]\nrequires = ["setuptools>=77"]\n\n[project]\nname = "kg"\n'
_QUOTING = 'def test_x():\n    text = """\nDaily Papers\n\nA Title\n\nAn abstract. Two sentences.\n\n  • 3 authors\n"""\n'


@pytest.mark.parametrize(("name", "content"), [("README.md", _README), ("LICENSE", _LICENSE), ("x.py", _PYTHON),
                                               ("pyproject.toml", _TOML), ("test_page.py", _QUOTING)])
def test_detection_ordinary_text_files_are_not_recognised(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(UnknownFormatError):
        _detect(path)


def test_detection_project_folder_gives_file_level_skips_and_no_papers(tmp_path):
    from kg.ingest import read_inputs

    for name, content in (("README.md", _README), ("LICENSE", _LICENSE), ("x.py", _PYTHON)):
        (tmp_path / name).write_text(content)
    result = read_inputs([tmp_path])
    assert result.papers == []
    assert sorted(Path(s.source.path).name for s in result.skips) == ["LICENSE", "README.md", "x.py"]
    assert all(s.source.record == 0 and "does not recognise" in s.reason for s in result.skips)


def test_detection_daily_papers_marks_without_the_header_are_enough(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("A Title Of A Paper\n\nThe abstract says one thing. And another thing.\n\n  • 3 authors\n\nMar 11\n")
    assert _detect(path) == "hf-daily"

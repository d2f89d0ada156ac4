"""The Daily Papers text reader on the two real seed pages and on small hand-written variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import read_inputs
from kg.ingest.hf_daily import HfDailyReader, parse_meta
from kg.model import Paper, Skip

FILE_A = "000_783e6828069f427e.txt"
FILE_B = "003_0ee121478c254df5.txt"


@pytest.fixture(scope="module")
def seed_papers(seeds_dir):
    return read_inputs([seeds_dir]).papers


def test_hf_daily_reads_all_70_seed_papers_56_plus_14(seeds_dir):
    res = read_inputs([seeds_dir])
    assert len(res.papers) == 70
    assert {Path(f.path).name: f.papers for f in res.files} == {FILE_A: 56, FILE_B: 14}
    assert all(f.format == "hf-daily" for f in res.files)
    assert res.skips == []


def test_hf_daily_fields_match_the_gold_metadata_for_every_paper(seed_papers, gold_path):
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(gold) == len(seed_papers)
    for p, g in zip(seed_papers, gold):
        assert f"{Path(p.source.path).name}#{p.source.record}" == g["source"]
        assert (p.title, p.date, p.author_count, p.upvotes, p.organization) == (
            g["title"], g["date"], g["authors"], g["upvotes"], g["org"]
        ), g["source"]


@pytest.mark.parametrize(
    "title_start, date, year, authors, upvotes, org",
    [
        ("Betrayed by Captions", "Jan 2, 2023", 2023, 7, None, None),
        ("DAWN: Dynamic Frame Avatar", "Oct 17, 2024", 2024, 8, 2, None),
        ("Think-Before-Draw", "Jul 16", None, 6, None, None),  # no year: kept as written
        ("Paper2Video", "Oct 6", None, None, 2, "Show Lab"),
        ("SoundReactor", "Oct 2", None, None, 2, "Sony"),
        ("ARIG: Autoregressive", None, None, None, None, None),  # no metadata lines at all
        ("RotateKV", None, None, None, None, None),  # second file: no author lines
        ("KTPFormer", None, None, None, None, None),
    ],
)
def test_hf_daily_metadata_of_selected_papers(seed_papers, title_start, date, year, authors, upvotes, org):
    (p,) = [p for p in seed_papers if p.title.startswith(title_start)]
    assert (p.date, p.year, p.author_count, p.upvotes, p.organization) == (date, year, authors, upvotes, org)
    assert len(p.abstract) > 300 and not p.abstract.startswith(p.title)


def test_hf_daily_does_not_take_header_lines_for_papers(seed_papers):
    titles = {p.title for p in seed_papers}
    for header in ("new", "Subscribe", "Daily Papers", "byAK and the research community", "Nov 7", "Mar 11",
                   "Get trending papers in your email inbox!"):
        assert header not in titles
    assert seed_papers[0].title.startswith("Betrayed by Captions")
    assert [p.title for p in seed_papers if FILE_B in p.source.path][0].startswith("RotateKV")


def test_hf_daily_abstract_keeps_urls_and_full_text(seed_papers):
    (p,) = [p for p in seed_papers if p.title.startswith("DirectMHP")]
    assert p.abstract.endswith("https://github.com/hnuzhy/DirectMHP.")
    assert p.source.line and p.source.line > 1


PAGE = """new

Daily Papers

byAK and the research community

Nov 7

Alpha: A First Method for Testing

We propose Alpha, a method. It works well on many benchmarks and is described at length in this abstract so that it reads as one.

  • 3 authors
·
Feb 3, 2021 5

Orphan paragraph with no title. It has two sentences. And a third one that makes it long enough to be an abstract for sure, really.

Beta Title Without Abstract

Gamma: Third Paper

Gamma is a thing. It is evaluated on things and it is long enough to count as an abstract of a paper in this listing for sure.

acme Acme Research
·
Mar 4 7
"""


def test_hf_daily_handles_orphans_titles_without_abstract_and_org_lines(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(PAGE, encoding="utf-8")
    recs = list(HfDailyReader().read(f))
    papers = [r for r in recs if isinstance(r, Paper)]
    skips = [r for r in recs if isinstance(r, Skip)]
    assert [p.title for p in papers] == ["Alpha: A First Method for Testing", "Beta Title Without Abstract", "Gamma: Third Paper"]
    assert (papers[0].author_count, papers[0].date, papers[0].year, papers[0].upvotes) == (3, "Feb 3, 2021", 2021, 5)
    assert papers[1].abstract == ""
    assert (papers[2].organization, papers[2].date, papers[2].year, papers[2].upvotes) == ("Acme Research", "Mar 4", None, 7)
    assert len(skips) == 1 and "no title" in skips[0].reason and skips[0].source.line == 17


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["  • 12 authors", "·", "Dec 5, 2023"], {"author_count": 12, "date": "Dec 5, 2023", "year": 2023}),
        (["Apr 25 2"], {"date": "Apr 25", "upvotes": 2}),
        (["• 1 author", "·", "Jul 19, 2023 1"], {"author_count": 1, "date": "Jul 19, 2023", "year": 2023, "upvotes": 1}),
        (["showlab Show Lab", "·", "Oct 6 2"], {"organization": "Show Lab", "date": "Oct 6", "upvotes": 2}),
    ],
)
def test_hf_daily_parse_meta(lines, expected):
    assert parse_meta(lines) == expected


def test_hf_daily_detects_seed_files_but_not_json(seeds_dir):
    r = HfDailyReader()
    text = (seeds_dir / FILE_B).read_text(encoding="utf-8")
    assert r.detect(seeds_dir / FILE_B, text) >= 0.5
    assert r.detect(Path("x.json"), '{"title": "x"}') == 0.0

"""arXiv API Atom feeds: the real samples in tests/data/formats/arxiv_atom, and broken feeds."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import get_reader, read_inputs
from kg.ingest.base import Note
from kg.model import Link, Paper, Role


def _read(path):
    return list(get_reader("arxiv").read(path))


def test_arxiv_entry_fields_of_a_single_id_feed(formats_dir):
    (p,) = _read(formats_dir / "arxiv_atom" / "rsxiv_query_id_2206.06921.xml")
    assert p.arxiv_id == "2206.06921"  # "v3" stripped
    assert p.title == "Attainable forms of Assouad spectra"
    assert p.abstract.startswith("Let $d\\in\\mathbb{N}$") and p.abstract.endswith("neighbourhood of 1.")
    assert "0<λ<θ<1" in p.abstract  # entities decoded
    assert p.date == "2022-06-14" and p.year == 2022
    assert p.authors == ("Alex Rutar",)
    assert p.doi == "10.1512/iumj.2024.73.9928"
    assert p.venue == "Indiana Univ. Math. J. 73 (2024), 1331-1356"
    assert p.keywords == ("math.CA", "math.DS", "math.MG")  # primary first
    assert p.url == "https://arxiv.org/abs/2206.06921v3"
    assert p.source.line == 10 and p.source.record == 1


def test_arxiv_query_feed_reads_ten_entries_with_old_style_ids(formats_dir):
    papers = _read(formats_dir / "arxiv_atom" / "rsxiv_query.xml")
    assert len(papers) == 10 and all(isinstance(p, Paper) for p in papers)
    first = papers[0]
    assert first.arxiv_id == "nucl-ex/0408020"
    assert first.keywords == ("nucl-ex", "hep-ph")
    assert len(first.authors) == 9 and first.authors[-1] == "H. de Vries"
    assert first.abstract.startswith("It has been suggested")  # leading spaces folded away
    assert papers[1].arxiv_id == "1309.4668"
    assert all("\n" not in p.title and "  " not in p.title for p in papers)


def test_arxiv_feed_whose_query_named_a_missing_id_reads_the_one_found(formats_dir):
    (p,) = _read(formats_dir / "arxiv_atom" / "rsxiv_query_missing_id.xml")
    assert p.arxiv_id == "2201.13452" and p.year == 2022


def test_arxiv_empty_feed_gives_a_note_and_no_papers(formats_dir):
    recs = _read(formats_dir / "arxiv_atom" / "rsxiv_query_empty.xml")
    assert len(recs) == 1 and isinstance(recs[0], Note)
    assert recs[0].kind == "empty-feed" and "totalResults = 0" in recs[0].message


ENTRY = """<entry><id>{id}</id><title>{title}</title><summary>{summary}</summary>
<published>2024-01-01T00:00:00Z</published>{extra}</entry>"""
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<title>arXiv Query: hand-made</title>
{entries}
</feed>"""


def _feed(tmp_path, *entries):
    path = tmp_path / "feed.xml"
    path.write_text(FEED.format(entries="\n".join(entries)))
    return path


def test_arxiv_entry_without_id_and_error_entry_are_skips(tmp_path):
    path = _feed(
        tmp_path,
        "<entry><title>No id here</title><summary>Text.</summary></entry>",
        ENTRY.format(id="http://arxiv.org/api/errors#incorrect_id_format_for_1234", title="Error",
                     summary="incorrect id format for 1234", extra=""),
        ENTRY.format(id="http://arxiv.org/abs/2401.00001v1", title="Fine", summary="A fine entry.", extra=""),
    )
    recs = _read(path)
    assert [type(r).__name__ for r in recs] == ["Skip", "Skip", "Paper"]
    assert "no <id>" in recs[0].reason and recs[0].source.line == 4
    assert "incorrect id format for 1234" in recs[1].reason
    assert recs[2].arxiv_id == "2401.00001"


def test_arxiv_comment_urls_become_code_and_page_links(tmp_path):
    extra = "<arxiv:comment>Code: https://github.com/org/repo. Project page: https://org.github.io/x/</arxiv:comment>"
    path = _feed(tmp_path, ENTRY.format(id="http://arxiv.org/abs/2401.00002v2", title="T", summary="S.", extra=extra))
    (p,) = _read(path)
    assert p.links == (
        Link("https://github.com/org/repo", Role.CODE_URL, "arxiv:comment"),
        Link("https://org.github.io/x/", Role.OTHER_URL, "arxiv:comment"),
    )


def test_arxiv_refuses_entity_declarations(bad_dir):
    with pytest.raises(InputError) as e:
        _read(bad_dir / "billion_laughs.xml")
    assert "billion laughs" in str(e.value) and "line 2" in str(e.value)


def test_arxiv_truncated_feed_keeps_entries_before_the_break(bad_dir):
    recs = _read(bad_dir / "truncated_feed.xml")
    assert [type(r).__name__ for r in recs] == ["Paper", "Paper", "Skip"]
    assert "breaks off at line" in recs[-1].reason and recs[-1].source.record == 3


def test_arxiv_xml_that_is_not_atom_is_an_error(tmp_path):
    path = tmp_path / "other.xml"
    path.write_text('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>')
    with pytest.raises(InputError, match="not an Atom feed"):
        _read(path)


def test_arxiv_feed_and_report_through_read_inputs(formats_dir):
    result = read_inputs([formats_dir / "arxiv_atom"])
    assert [(f.format, f.papers) for f in result.files] == [("arxiv", 10), ("arxiv", 10), ("arxiv", 0), ("arxiv", 1), ("arxiv", 1)]
    assert result.report()["notes_by_kind"] == {"empty-feed": 1}

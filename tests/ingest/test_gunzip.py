"""A gzip file that breaks off keeps every complete record before the break; the break is a skip."""

from __future__ import annotations

import gzip
import io
import random

import pytest

from kg.ingest import read_inputs
from kg.ingest.gunzip import GunzipReader

N = 400


def _title(i: int) -> str:
    return f"Paper {i} on graph model {random.Random(i).randrange(10**9)}"


def _lines(fmt: str) -> tuple[bytes, bytes, bytes]:
    """(head, one line per record, tail) of a listing with N records."""
    if fmt == "jsonl":
        return b"", b"".join(b'{"title": "%s", "abstract": "Text %d."}\n' % (_title(i).encode(), i) for i in range(N)), b""
    if fmt == "csv":
        return b"title,abstract\n", b"".join(b"%s,Text %d.\n" % (_title(i).encode(), i) for i in range(N)), b""
    if fmt == "json":
        rows = [b'{"title": "%s", "abstract": "Text %d."}' % (_title(i).encode(), i) for i in range(N)]
        return b"[\n", b",\n".join(rows) + b"\n", b"]\n"
    if fmt == "bibtex":
        return b"", b"".join(b"@article{k%d, title={%s}, abstract={Text %d.}}\n" % (i, _title(i).encode(), i)
                             for i in range(N)), b""
    assert fmt == "arxiv"
    head = b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
    rows = b"".join(b"<entry><id>http://arxiv.org/abs/2101.%05dv1</id><title>%s</title><summary>Text.</summary></entry>\n"
                    % (i, _title(i).encode()) for i in range(N))
    return head, rows, b"</feed>\n"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "bibtex", "arxiv"])
@pytest.mark.parametrize("keep", [0.35, 0.6, 0.9])
def test_gunzip_truncated_file_keeps_every_complete_record(tmp_path, fmt, keep):
    head, rows, tail = _lines(fmt)
    packed = gzip.compress(head + rows + tail)
    path = tmp_path / f"cut.{fmt}.gz"
    path.write_bytes(packed[: int(len(packed) * keep)])
    with GunzipReader(open(path, "rb"), path) as fh:
        text = fh.read()
    complete = text.count(b"\n") - head.count(b"\n")  # record lines that end before the break
    result = read_inputs([path])
    assert result.files[0].format == fmt
    got = result.records
    # a record parsed as a whole document element may end just before its line's newline
    assert got == complete if fmt in ("jsonl", "csv") else complete <= got <= complete + 1
    assert [p.title for p in result.papers] == [_title(i) for i in range(got)]
    truncation = [s for s in result.skips if "gzip archive is truncated" in s.reason]
    assert len(truncation) == 1 and "gzip" in truncation[0].fix and "permissions" not in truncation[0].fix
    assert len(result.skips) <= 2  # the break, and for parsers that see it, the record cut in half


def test_gunzip_daily_papers_page_drops_the_cut_paper(tmp_path):
    blocks = "".join(f"{_title(i)}\n\nIts abstract has one sentence. And a second one.\n\n  • 3 authors\n\n" for i in range(N))
    packed = gzip.compress(("Daily Papers\n\n" + blocks).encode())
    path = tmp_path / "page.txt.gz"
    path.write_bytes(packed[: len(packed) // 2])
    result = read_inputs([path])
    assert result.files[0].format == "hf-daily" and 0 < len(result.papers) < N
    assert all(p.abstract == "Its abstract has one sentence. And a second one." for p in result.papers)
    assert [s.reason for s in result.skips if "truncated" in s.reason]


def test_gunzip_damaged_file_keeps_the_records_before_the_damage(tmp_path):
    head, rows, tail = _lines("jsonl")
    packed = bytearray(gzip.compress(rows))
    for i in range(len(packed) // 2, len(packed) // 2 + 64):
        packed[i] ^= 0x55
    path = tmp_path / "damaged.jsonl.gz"
    path.write_bytes(bytes(packed))
    result = read_inputs([path])
    assert 0 < result.records < N
    assert any("damaged" in s.reason for s in result.skips)


def test_gunzip_file_cut_inside_its_header_is_a_file_skip(tmp_path):
    path = tmp_path / "stub.jsonl.gz"
    path.write_bytes(gzip.compress(_lines("jsonl")[1])[:6])
    result = read_inputs([path])
    (skip,) = result.skips
    assert result.papers == [] and skip.source.record == 0 and "truncated" in skip.reason


@pytest.mark.parametrize("padding", [b"", b"\x00" * 512])
def test_gunzip_concatenated_members_and_zero_padding_are_read_whole(tmp_path, padding):
    rows = _lines("jsonl")[1].splitlines(keepends=True)
    path = tmp_path / "multi.jsonl.gz"
    path.write_bytes(gzip.compress(b"".join(rows[:150])) + gzip.compress(b"".join(rows[150:])) + padding)
    result = read_inputs([path])
    assert result.records == N and not result.skips


def test_gunzip_reader_read_sizes_give_the_same_bytes():
    data = _lines("csv")[1] * 20
    fh = GunzipReader(io.BytesIO(gzip.compress(data)), "mem.gz")
    parts = []
    while chunk := fh.read(7919):
        parts.append(chunk)
    assert b"".join(parts) == data and fh.error is None

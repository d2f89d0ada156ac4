"""kg.ingest.reuse: an input file unchanged since the last read replays its kept records instead of being parsed."""

from __future__ import annotations

import json
import os

import pytest

from kg.ingest import read_inputs
from kg.ingest.jsonl import JsonlReader


def _records(n: int, title: str = "Paper") -> str:
    rows = [{"title": f"{title} number {i} on graph learning", "abstract": f"We study problem {i} with a new method."} for i in range(n)]
    rows.append({"abstract": "a record without a title"})  # a skip, kept and replayed too
    return "".join(json.dumps(r) + "\n" for r in rows)


def _same(a, b) -> None:
    assert a.papers == b.papers and a.skips == b.skips and a.notes == b.notes and a.records == b.records


def test_reuse_a_second_read_of_an_unchanged_file_replays_the_same_records_without_parsing(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text(_records(30), encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    first = read_inputs([src], reuse_dir=str(cache))
    assert first.reuse == {"parsed": 1} and len(first.papers) == 30 and len(first.skips) == 1

    def parse(self, path):
        raise AssertionError("parsed again")

    monkeypatch.setattr(JsonlReader, "read", parse)
    again = read_inputs([src], reuse_dir=str(cache))
    assert again.reuse == {"reused": 1} and again.report()["input_files_reused"] == 1
    _same(again, first)


@pytest.mark.parametrize("change", ["content, same size and time", "appended"])
def test_reuse_a_changed_file_is_parsed_again(tmp_path, change):
    src = tmp_path / "in.jsonl"
    src.write_text(_records(10), encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    read_inputs([src], reuse_dir=str(cache))
    st = src.stat()
    if change == "appended":
        src.write_text(_records(12), encoding="utf-8")
    else:  # the digest catches what size and modification time miss
        src.write_text(_records(10, title="Study"), encoding="utf-8")
        assert src.stat().st_size == st.st_size
        os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    got = read_inputs([src], reuse_dir=str(cache))
    assert got.reuse == {"parsed": 1}
    _same(got, read_inputs([src]))


def test_reuse_without_a_folder_reads_as_before_and_reports_nothing_of_it(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(_records(5), encoding="utf-8")
    got = read_inputs([src])
    assert got.reuse == {} and "input_files_reused" not in got.report() and not list(tmp_path.glob("**/reads-*"))


def test_reuse_forget_unused_reads_removes_only_the_kept_files_no_read_since_used(tmp_path):
    import time

    from kg.ingest.reuse import forget_unused_reads

    a, b, cache = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "cache"
    a.write_text(_records(3, "Alpha"), encoding="utf-8")
    b.write_text(_records(3, "Beta"), encoding="utf-8")
    cache.mkdir()
    read_inputs([a, b], reuse_dir=str(cache))
    kept = sorted(cache.glob("reads-*.pickle"))
    assert len(kept) == 2
    past = time.time() - 100
    for f in kept:
        os.utime(f, (past, past))  # kept by an earlier build
    since = time.time()
    again = read_inputs([a], reuse_dir=str(cache))  # b is no longer an input
    assert again.reuse == {"reused": 1}
    gone = forget_unused_reads(cache, since)
    left = list(cache.glob("reads-*.pickle"))
    assert len(gone) == 1 and len(left) == 1 and gone[0] in kept and left[0] in kept
    assert read_inputs([a], reuse_dir=str(cache)).reuse == {"reused": 1}  # the one a replays stayed


def test_reuse_a_build_no_longer_reading_an_input_drops_its_kept_records(tmp_path):
    import time

    import kg

    a, b, cache = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "cache"
    a.write_text(_records(2, "Alpha"), encoding="utf-8")
    b.write_text(_records(2, "Beta"), encoding="utf-8")
    kg.build([a, b], jobs=1, cache_dir=str(cache))
    past = time.time() - 100
    for f in cache.glob("reads-*.pickle"):
        os.utime(f, (past, past))
    kg.build([a], jobs=1, cache_dir=str(cache))
    assert len(list(cache.glob("reads-*.pickle"))) == 1


def test_reuse_a_kept_file_that_cannot_be_touched_still_replays_its_records(tmp_path, monkeypatch):
    # a read-only cache folder (a shared or mounted cache): os.utime fails, the kept records are still good
    src = tmp_path / "in.jsonl"
    src.write_text(_records(5), encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    first = read_inputs([src], reuse_dir=str(cache))

    def read_only(path, *args, **kwargs):
        raise PermissionError(13, "Read-only file system", str(path))

    def parse(self, path):
        raise AssertionError("parsed again")

    monkeypatch.setattr(os, "utime", read_only)
    monkeypatch.setattr(JsonlReader, "read", parse)
    again = read_inputs([src], reuse_dir=str(cache))
    assert again.reuse == {"reused": 1}
    _same(again, first)

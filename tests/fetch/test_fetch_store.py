"""kg.fetch.store: files appear whole or not at all; an unusable manifest or saved file is a clear error."""

from __future__ import annotations

import gzip
import os

import pytest

from kg.errors import FetchError
from kg.fetch.store import MANIFEST, Store


def test_store_write_is_gzip_and_a_failed_rename_leaves_nothing(tmp_path, monkeypatch):
    store = Store(tmp_path)
    path = store.write("hf-daily", "day.json", b"[]")
    assert gzip.decompress(path.read_bytes()) == b"[]"

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        store.write("hf-daily", "other.json", b"[1]")
    assert sorted(p.name for p in (tmp_path / "hf-daily").iterdir()) == ["day.json.gz"]


@pytest.mark.parametrize("text", ["{not json", '["a list"]'])
def test_store_unusable_manifest_is_a_fetch_error_with_a_fix(tmp_path, text):
    (tmp_path / MANIFEST).write_text(text)
    with pytest.raises(FetchError, match="fix: .*re-run `kg fetch`"):
        Store(tmp_path)


def test_store_saved_file_that_is_not_gzip_says_to_refresh(tmp_path):
    (tmp_path / "arxiv").mkdir()
    (tmp_path / "arxiv" / "page.xml.gz").write_bytes(b"<feed/>")
    with pytest.raises(FetchError, match="--refresh"):
        Store(tmp_path).read("arxiv", "page.xml")


def test_store_saved_response_that_is_not_the_apis_is_an_error_on_resume(tmp_path, settings):
    from kg.fetch import fetch

    Store(tmp_path).write("hf-daily", "daily_papers-2024-01-08.json", b"<html>login</html>")
    with pytest.raises(FetchError, match=r"(?s)daily_papers-2024-01-08.json.gz: the saved response is not the API's.*--refresh"):
        fetch("hf-daily", tmp_path, {"date": "2024-01-08"}, settings, base="http://127.0.0.1:9")

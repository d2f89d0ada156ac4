"""Walking the inputs: unreadable folders, links and kg's own outputs are reported, never silently lost."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_inputs
from kg.ingest.inputs import KG_OUTPUT, walk_inputs
from kg.model import Skip

_PAPER = '{"title": "A Paper On Graphs And Such", "abstract": "We study graphs."}\n'


def _listing(folder: Path, name: str = "papers.jsonl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(_PAPER)
    return path


def test_inputs_unreadable_subfolder_is_a_skip_with_reason_and_fix(tmp_path, monkeypatch):
    _listing(tmp_path)
    locked = tmp_path / "locked"
    _listing(locked)
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission does (the tests may run as root)
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = read_inputs([tmp_path])
    assert len(result.papers) == 1
    (skip,) = result.skips
    assert skip.source.path == str(locked) and "cannot open the folder" in skip.reason and "Permission denied" in skip.reason
    assert "chmod" in skip.fix
    assert any(f.path == str(locked) and f.error for f in result.files)
    with pytest.raises(InputError, match="cannot open the folder"):
        read_inputs([tmp_path], strict=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their permissions")
def test_inputs_chmod_000_subfolder_is_a_skip(tmp_path):
    locked = tmp_path / "locked"
    _listing(locked)
    locked.chmod(0)
    try:
        result = read_inputs([tmp_path])
    finally:
        locked.chmod(0o755)
    assert [s.source.path for s in result.skips] == [str(locked)]


def test_inputs_broken_link_is_a_skip_and_folder_link_a_note(tmp_path):
    _listing(tmp_path / "real")
    (tmp_path / "broken.jsonl").symlink_to(tmp_path / "missing.jsonl")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    items = list(walk_inputs([tmp_path]))
    skips = [i for i in items if isinstance(i, Skip)]
    assert [Path(s.source.path).name for s in skips] == ["broken.jsonl"] and "broken link" in skips[0].reason
    assert any(getattr(i, "kind", "") == "link-not-followed" for i in items)
    assert [p for p in items if isinstance(p, Path)] == [tmp_path / "real" / "papers.jsonl"]


def test_inputs_excluded_output_folder_is_not_read(tmp_path):
    _listing(tmp_path)
    out = tmp_path / "build" / "graph"
    _listing(out, "graph.jsonl")  # anything in it, whatever it looks like
    result = read_inputs([tmp_path], exclude=[out])
    assert [p.source.path for p in result.papers] == [str(tmp_path / "papers.jsonl")]
    (note,) = result.notes
    assert note.kind == "kg-output" and note.message.startswith(KG_OUTPUT) and str(out) in note.message
    assert not result.skips
    # an input given inside the excluded folder is noted, not read
    assert read_inputs([out / "graph.jsonl"], exclude=[out]).papers == []


def test_inputs_kg_build_folder_is_recognised_by_its_report(tmp_path):
    _listing(tmp_path)
    out = tmp_path / "old_build"
    _listing(out, "graph.jsonl")
    (out / "report.json").write_text(json.dumps({"kg_version": "0.1.0", "extractor_version": "1", "files": []}))
    result = read_inputs([tmp_path])
    assert len(result.papers) == 1 and not result.skips
    assert [n.kind for n in result.notes] == ["kg-output"]


@pytest.mark.slow
def test_inputs_second_build_in_the_input_folder_reads_the_same_papers(tmp_path):
    """`kg build .` twice with the default output folder inside the input folder."""
    import kg

    _listing(tmp_path)
    out = tmp_path / "build" / "graph"
    first = kg.build([tmp_path], jobs=1, exclude=[out])
    first.write(out)
    loose = tmp_path / "copies"  # kg's outputs moved out of their build folder
    loose.mkdir()
    for name in ("graph.json", "graph.ttl", "graph.nq", "graph.html"):
        (loose / name).write_bytes((out / name).read_bytes())
    (loose / "old_report.json").write_bytes((out / "report.json").read_bytes())
    second = read_inputs([tmp_path], exclude=[out])
    assert [p.title for p in second.papers] == ["A Paper On Graphs And Such"]
    assert not second.skips
    notes = sorted(Path(n.source.path).name for n in second.notes if n.kind == "kg-output")
    assert notes == ["graph", "graph.html", "graph.json", "graph.nq", "graph.ttl", "old_report.json"]
    # without the exclusion the build folder is still known by its report.json
    assert [p.title for p in read_inputs([tmp_path]).papers] == ["A Paper On Graphs And Such"]

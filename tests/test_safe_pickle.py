"""kg.safe_pickle: the state kg keeps between builds loads kg's own types and refuses anything that
would run code; a build into a folder with such a file rebuilds instead of running it."""

from __future__ import annotations

import os
import pickle
import sqlite3
from array import array
from collections import Counter
from pathlib import Path

import pytest

import kg
from kg import safe_pickle
from kg.export.append import STATE_FILE
from kg.model import Link, Mention, Paper, Result, Source
from kg.schema import Role

from pipeline_support import write_abstracts


class _Hostile:
    """Unpickles into a call of ``os.system``-like code: here, creating the marker file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_safe_pickle_loads_kg_records_as_pickle_does():
    paper = Paper(title="T", abstract="A", source=Source(path="in.jsonl", record=3),
                  links=(Link(url="https://github.com/a/b", role=Role.CODE_URL, field="githubRepo"),))
    mention = Mention(role=Role.DATASET, text="HDTF", field="abstract", start=0, end=4, sentence="On HDTF.",
                      rule="catalogue", confidence=0.9)
    result = Result(metric="FID", value="12.5", number=12.5, unit="", kind="absolute", dataset="HDTF", method=None,
                    proposed=True, baseline=None, field="abstract", start=9, end=13, sentence="FID 12.5", rule="r",
                    confidence=0.8)
    ext = {"mentions": (mention,), "results": (result,)}
    data = {"papers": [paper], "ext": ext, "ids": array("q", [1, 2, 3]), "seen": {1, 2}, "n": Counter("aab"),
            "frozen": frozenset({"x"})}
    blob = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    assert safe_pickle.loads(blob) == pickle.loads(blob)


@pytest.mark.parametrize("payload", ["touch", "eval"])
def test_safe_pickle_refuses_a_file_that_names_a_callable_outside_kg(tmp_path, payload):
    marker = tmp_path / "ran"
    blob = pickle.dumps(_Hostile(marker) if payload == "touch" else
                        type("E", (), {"__reduce__": lambda self: (eval, (f"open({str(marker)!r}, 'w')",))})())
    with pytest.raises(pickle.UnpicklingError, match="not one of kg's data types"):
        safe_pickle.loads(blob)
    assert not marker.exists()


def _hostile_blob(marker: Path) -> bytes:
    return pickle.dumps(_Hostile(marker), protocol=pickle.HIGHEST_PROTOCOL)


def _build(out: Path, *inputs: Path) -> None:
    """What ``kg build INPUTS --out OUT`` does: extract with the cache in OUT/.cache, then write."""
    kg.build(list(inputs), jobs=1, cache_dir=str(out / ".cache")).write(out, ["nquads", "json"])


def test_build_into_a_folder_with_hostile_state_rebuilds_without_running_it(tmp_path):
    """A copied output folder whose write state, indexes, reads cache and extraction cache were
    replaced: the next build runs none of it and writes what a clean build writes."""
    inputs = write_abstracts(tmp_path / "in.jsonl", 60)
    out, clean = tmp_path / "out", tmp_path / "clean"
    _build(out, inputs)
    marker = tmp_path / "ran"
    planted = [out / STATE_FILE, *out.glob(".kg-*-index.pickle"), *(out / ".cache").glob("reads-*.pickle")]
    assert len(planted) >= 3  # state, an index, the reads cache
    for f in planted:
        f.write_bytes(_hostile_blob(marker))
    (db_file,) = (out / ".cache").glob("extractions-*.sqlite")
    with sqlite3.connect(db_file) as db:
        db.execute("UPDATE mentions SET data = ?", (_hostile_blob(marker),))
    more = write_abstracts(tmp_path / "more.jsonl", 5, start=60)
    _build(out, inputs, more)
    _build(clean, inputs, more)
    assert not marker.exists()
    assert sorted((out / "graph.nq").read_text(encoding="utf-8").splitlines()) == \
        sorted((clean / "graph.nq").read_text(encoding="utf-8").splitlines())
    assert os.path.getsize(out / "graph.json") == os.path.getsize(clean / "graph.json")


def test_build_into_a_folder_whose_state_has_the_right_version_but_another_shape_writes_in_full(tmp_path):
    """A state file kg's loader accepts (only kg's types) but of another shape: no crash, a full write."""
    from kg._version import __version__
    from kg.export.append import _STATE_VERSION

    inputs = write_abstracts(tmp_path / "in.jsonl", 40)
    out, clean = tmp_path / "out", tmp_path / "clean"
    _build(out, inputs)
    (out / STATE_FILE).write_bytes(pickle.dumps({"version": _STATE_VERSION, "kg": __version__, "papers": "x", "files": {}}))
    more = write_abstracts(tmp_path / "more.jsonl", 3, start=40)
    g = kg.build([inputs, more], jobs=1, cache_dir=str(out / ".cache"))
    g.write(out, ["nquads", "json"])
    assert "text_rdf_appended" not in g.report  # the state was not trusted: written whole
    _build(clean, inputs, more)
    assert (out / "graph.nq").read_bytes() == (clean / "graph.nq").read_bytes()

"""Extraction on Dask: a LocalCluster over loopback gives the local engine's graph, byte for byte;
without Dask installed the error names the extra to install."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

import kg
from kg import dask_engine
from kg.errors import SettingsError
from kg.export.rdf import nquad_lines

pytest.importorskip("distributed", reason="Dask is the optional extra kg[dask] (also in the test extra)")


def _nquads(g) -> str:
    return "".join(nquad_lines(g.graph, provenance=True))


@pytest.mark.slow
def test_dask_engine_local_cluster_graph_equals_the_local_engines(seeds_dir, monkeypatch):
    monkeypatch.setattr(dask_engine, "CHUNK", 7)  # many chunks, so their order back matters
    local = kg.build([seeds_dir], jobs=1)
    on_dask = kg.build([seeds_dir], jobs=2, engine="dask")
    assert on_dask.summary() == local.summary() and local.summary()["papers"] > 7
    assert _nquads(on_dask) == _nquads(local)
    assert [(u, v, k, d) for u, v, k, d in on_dask.graph.edges(keys=True, data=True)] == [
        (u, v, k, d) for u, v, k, d in local.graph.edges(keys=True, data=True)
    ]
    assert on_dask.report["settings"]["engine"] == "dask"


def test_dask_engine_without_dask_names_the_extra_to_install(seeds_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(SettingsError) as e:
        kg.build([seeds_dir], jobs=1, engine="dask")
    assert "kg[dask]" in str(e.value)


def test_dask_engine_unknown_engine_is_a_settings_error_from_the_cli(seeds_dir, tmp_path):
    from kg.cli import app

    res = CliRunner().invoke(app, ["build", str(seeds_dir), "--out", str(tmp_path), "--engine", "spark", "--quiet"])
    assert res.exit_code == 1
    assert "unknown engine 'spark'" in res.output and "--engine local" in res.output

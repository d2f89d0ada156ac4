"""The store loaded beside graph.nq (kg.export.store.write_nquads_and_store): the same graph.nq
as the plain writer, a store of exactly its quads, and on any failure no store at all."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from pathlib import Path

import pytest
from test_query_support import fixture_graph

from kg.errors import ExportError
from kg.export import write_outputs
from kg.export.rdf import nquad_lines, write_rdf
from kg.export.store import _load_slices, write_nquads_and_store, write_store_dir
from kg.query import STORE_DIR, load_store, open_store, store_is_current


def _expected_nq(tmp_path: Path) -> bytes:
    ref = tmp_path / "ref.nq"
    write_rdf(fixture_graph().graph, ref, "nquads")
    return ref.read_bytes()


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith(f".{STORE_DIR}") or p.name == STORE_DIR)


def test_store_writer_build_loads_the_store_beside_graph_nq(tmp_path):
    out = tmp_path / "out"
    took: dict = {}
    write_outputs(fixture_graph().graph, out, ["nquads", "store", "void"], jobs=2, timings=took)
    assert (out / "graph.nq").read_bytes() == _expected_nq(tmp_path)
    assert store_is_current(out) and len(open_store(out)) == len(load_store(out / "graph.nq"))
    assert took["store"] > 0 and (out / "void.ttl").stat().st_size > 0
    assert _leftovers(out) == [STORE_DIR]


@pytest.mark.parametrize("jobs", [1, 2])
def test_store_writer_default_formats_write_the_store_and_void_stamped_with_its_quad_count(tmp_path, jobs):
    import json

    from kg.query import STORE_STAMP

    out = tmp_path / "out"
    write_outputs(fixture_graph().graph, out, jobs=jobs)  # jobs=2: the count comes from graph.nq's writer
    stamp = json.loads((out / STORE_DIR / STORE_STAMP).read_text(encoding="utf-8"))
    assert store_is_current(out) and (out / "void.ttl").stat().st_size > 0
    assert stamp["quads"] == len(open_store(out)) == len(load_store(out / "graph.nq")) > 100


@pytest.mark.parametrize("size", [97, 4096, 1 << 30])
def test_store_writer_loads_the_text_in_slices_cut_at_line_breaks(tmp_path, size):
    # the loader bulk-loads whole lines a slice at a time (bounded memory); a slice that ends
    # mid-line carries the rest over, and a last line without its line break is loaded too
    import io

    import pyoxigraph as ox

    text = _expected_nq(tmp_path) + b'<http://example.org/s> <http://example.org/p> "no line break" .'
    whole, sliced, parts = ox.Store(), ox.Store(), []

    class Recording:
        def bulk_load(self, part, *args, **kwargs):
            parts.append(part)
            sliced.bulk_load(part, *args, **kwargs)

    _load_slices(Recording(), io.BufferedReader(io.BytesIO(text)), size=size)
    whole.bulk_load(text, ox.RdfFormat.N_QUADS)
    assert set(sliced) == set(whole) and len(whole) > 100
    assert len(parts) == 2 if size > len(text) else len(parts) > 2  # one slice: its lines, then the last
    assert sum(map(len, parts)) == len(text)
    assert sum(not p.endswith(b"\n") for p in parts) == 1  # the last line only (loads run side by side)


def test_store_writer_replaces_the_previous_store(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write_rdf(fixture_graph().graph, out / "old.nq", "nquads")
    write_store_dir(out, nquads=out / "old.nq")
    seconds, stats = write_nquads_and_store(nquad_lines(fixture_graph().graph), out / "graph.nq", out)
    assert stats["quads"] == len(load_store(out / "graph.nq")) == len(open_store(out)) and seconds > 0


def _bad_line_at_the_end():
    yield from nquad_lines(fixture_graph().graph)
    yield "this is not N-Quads\n"


def _kill_the_loader_midway():
    for i, line in enumerate(nquad_lines(fixture_graph().graph)):
        if i == 200:
            # the loader is a fresh interpreter: on a busy machine it may not have started yet
            deadline = time.monotonic() + 60
            while not (pids := _loader_pids()) and time.monotonic() < deadline:
                time.sleep(0.05)
            for pid in pids:
                os.kill(pid, signal.SIGKILL)
        yield line


def _loader_pids() -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and b"kg.export.store" in (proc / "cmdline").read_bytes():
                if int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == os.getpid():
                    found.append(int(proc.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


@pytest.mark.parametrize(("lines", "message"), [(_bad_line_at_the_end, "writing the Oxigraph store failed"),
                                                (_kill_the_loader_midway, "exit code -9")])
def test_store_writer_failed_loader_leaves_graph_nq_whole_and_no_store(tmp_path, lines, message):
    out = tmp_path / "out"
    out.mkdir()
    write_rdf(fixture_graph().graph, out / "old.nq", "nquads")
    write_store_dir(out, nquads=out / "old.nq")  # a previous store, stale once graph.nq is rewritten
    with pytest.raises(ExportError, match=message):
        write_nquads_and_store(lines(), out / "graph.nq", out, batch=10)
    assert (out / "graph.nq").read_text(encoding="utf-8").startswith(_expected_nq(tmp_path).decode("utf-8"))
    assert _leftovers(out) == []


def _cut_short(n: int):
    for i, line in enumerate(nquad_lines(fixture_graph().graph)):
        if i == n:
            raise RuntimeError("the graph writer failed")
        yield line


def test_store_writer_failed_writer_stops_the_loader_and_leaves_no_store(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError, match="graph writer failed"):
        write_nquads_and_store(_cut_short(50), out / "graph.nq", out, batch=10)
    assert _leftovers(out) == [] and not _loader_pids()


def _writer_killed(out: Path) -> None:
    def lines():
        for i, line in enumerate(nquad_lines(fixture_graph().graph)):
            if i == 50:
                os._exit(9)  # the writing process dies at once: no cleanup of its own runs
            yield line

    write_nquads_and_store(lines(), out / "graph.nq", out, batch=10)


def test_store_writer_killed_writer_leaves_no_store_behind(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    writer = mp.get_context("fork").Process(target=_writer_killed, args=(out,))
    writer.start()
    writer.join(60)
    assert writer.exitcode == 9
    deadline = time.monotonic() + 60  # the orphaned loader reads the cut text, then discards it
    while _leftovers(out) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _leftovers(out) == [] and not store_is_current(out)

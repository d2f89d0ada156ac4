"""The on-disk Oxigraph store of a build (``OUT/store``), and the VoID description of the dataset.

``kg query``, ``kg serve``, :func:`kg.load` and the API open the store read-only in place
(:func:`kg.query.open_store`) instead of parsing graph.nq into memory at every call. The store
is bulk-loaded from the N-Quads text (from graph.nq when the build wrote it, so Rust parses the
file and no Python generates the statements twice), into a temporary folder renamed into place
once complete; a stamp file written last marks it finished.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..errors import ExportError
from ..query import STORE_DIR, STORE_STAMP

__all__ = ["write_store_dir", "void_lines", "write_void"]


def write_store_dir(out: Path, *, nquads: Path | None = None, lines: Iterable[str] | None = None) -> dict:
    """Bulk-load ``nquads`` (a file) or ``lines`` (N-Quads text) into ``out/store``; returns stats."""
    import pyoxigraph as ox

    from .rdf import _ChunkReader

    out = Path(out)
    tmp = out / f".{STORE_DIR}.tmp-{os.getpid()}"
    final = out / STORE_DIR
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        store = ox.Store(str(tmp))
        if nquads is not None:
            store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        else:
            store.bulk_load(_ChunkReader(lines or ()), ox.RdfFormat.N_QUADS)
        size = len(store)
        store.flush()
        del store  # closes the database before its folder moves
        stats = {"quads": size, "kg_version": __version__, "source": nquads.name if nquads else None}
        (tmp / STORE_STAMP).write_text(json.dumps(stats), encoding="utf-8")
        if final.exists():  # the previous build's store; rename first so a reader never sees a mix
            old = out / f".{STORE_DIR}.old-{os.getpid()}"
            os.replace(final, old)
            shutil.rmtree(old, ignore_errors=True)
        os.replace(tmp, final)
    except (OSError, SyntaxError, ValueError) as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"{final}: writing the Oxigraph store failed ({e})", fix="check free disk space and permissions") from e
    return stats

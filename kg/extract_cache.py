"""Extraction cache: mentions of unchanged papers are reused across builds.

Keyed by a hash of the extractor version and everything extraction reads from a paper (title,
abstract, metadata links), stored in one SQLite file, so an incremental rebuild extracts only
new or changed papers. Output is identical with and without the cache.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from .model import Extraction, Paper

__all__ = ["cache_key", "cached_extract"]


def cache_key(paper: Paper, version: str) -> str:
    h = hashlib.sha1()
    for part in (version, paper.title, paper.abstract, *(f"{l.role.value} {l.field} {l.url}" for l in paper.links)):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def cached_extract(extractor, papers: Sequence[Paper], cache_dir: Path, *, jobs: int = 1) -> Iterator[Extraction]:
    """Extractions of ``papers`` in order, extracting only those missing from the cache."""
    from .extract import EXTRACTOR_VERSION

    cache_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(cache_dir / "extractions.sqlite")
    try:
        db.execute("CREATE TABLE IF NOT EXISTS mentions (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        keys = [cache_key(p, EXTRACTOR_VERSION) for p in papers]
        found: dict[str, bytes] = {}
        for i in range(0, len(keys), 900):  # SQLite's bound-parameter limit
            chunk = keys[i : i + 900]
            q = f"SELECT key, data FROM mentions WHERE key IN ({','.join('?' * len(chunk))})"
            found.update(db.execute(q, chunk).fetchall())
        todo = [p for p, k in zip(papers, keys) if k not in found]
        fresh = iter(extractor.extract(todo, jobs=jobs)) if todo else iter(())
        rows = []
        for p, k in zip(papers, keys):
            if k in found:
                yield Extraction(p, pickle.loads(found[k]))
            else:
                ex = next(fresh)
                rows.append((k, pickle.dumps(ex.mentions, protocol=pickle.HIGHEST_PROTOCOL)))
                yield ex
        with db:
            db.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?)", rows)
    finally:
        db.close()

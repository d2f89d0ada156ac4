"""Extraction cache: mentions of unchanged papers are reused across builds.

Keyed by a hash of everything extraction reads from a paper (title, abstract, metadata links),
in one SQLite file per extractor fingerprint (``EXTRACTOR_VERSION`` plus a hash of the
extraction code and catalogue), so an incremental rebuild extracts only new or changed papers
and editing the extractor never serves stale mentions. Files of other fingerprints are removed
when a build writes its own. Output is identical with and without the cache.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from .. import safe_pickle
from ..model import Mention, Paper, Result

__all__ = ["cache_key", "cached_mentions", "extractor_fingerprint", "fingerprinted_files"]

Extract = Callable[[Sequence[Paper]], Iterable[tuple[Mention, ...]]]


def cache_key(paper: Paper, version: str = "") -> str:
    """Hash of what extraction reads from ``paper`` (and of ``version``, when given)."""
    h = hashlib.sha1()
    for part in (version, paper.title, paper.abstract, *(f"{l.role.value} {l.field} {l.url}" for l in paper.links)):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


@lru_cache(maxsize=8)
def extractor_fingerprint(catalogue_path: str | None = None) -> str:
    """``EXTRACTOR_VERSION`` and a hash of the code and data files under ``kg/extract`` (word
    lists, cue phrases, catalogue) and of a custom catalogue."""
    from .. import extract

    root = Path(extract.__file__).parent
    h = hashlib.sha1(extract.EXTRACTOR_VERSION.encode())
    for p in fingerprinted_files(catalogue_path):
        h.update(str(p.relative_to(root) if p.is_relative_to(root) else p).encode())
        h.update(p.read_bytes())
    return f"{extract.EXTRACTOR_VERSION}-{h.hexdigest()[:12]}"


#: Modules outside ``kg/extract`` whose code decides what extraction returns: the names mentions
#: are normalised and canonicalised to (``model.normalize_name``, dataset editions) and the roles.
_OUTSIDE = ("model.py", "schema.py", "editions.py")


def fingerprinted_files(catalogue_path: str | None = None) -> list[Path]:
    """The files :func:`extractor_fingerprint` hashes: the code and data under ``kg/extract``,
    the modules outside it that extraction's output depends on, then a custom catalogue."""
    root = Path(__file__).parent
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".jsonl", ".json", ".txt"))
    return files + [root.parent / name for name in _OUTSIDE] + ([Path(catalogue_path)] if catalogue_path else [])


def _records(value, depth: int = 2) -> bool:
    """``value`` is what the cache stores: tuples (nested ``depth`` deep) of mentions and results."""
    return isinstance(value, tuple) and all(
        type(v) is Mention or type(v) is Result or (depth > 1 and _records(v, depth - 1)) for v in value)


def _loaded(data: bytes):
    """A cache row's records, or None when it does not load as :func:`_records`."""
    try:
        got = safe_pickle.loads(data)
    except safe_pickle.LOAD_ERRORS:
        return None
    return got if _records(got) else None


def cached_mentions(
    papers: Sequence[Paper], cache_dir: Path, extract: Extract, fingerprint: str, stats: dict | None = None
) -> Iterator[tuple[Mention, ...]]:
    """The mentions of each of ``papers`` in order; ``extract`` runs only on papers not in the cache.

    ``stats``, when given, receives ``hits`` (papers served from the cache) and ``extracted``.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"extractions-{fingerprint}.sqlite"
    db = sqlite3.connect(path)
    rows: list[tuple[str, bytes]] = []
    try:
        db.execute("PRAGMA synchronous=OFF")  # a cache: a torn write only costs a re-extraction
        db.execute("CREATE TABLE IF NOT EXISTS mentions (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        keys = [cache_key(p) for p in papers]
        # Decoded as read, before anything is extracted, so that a row that does not load (written by
        # another program, or planted in a copied output folder: only kg's types load) is extracted afresh.
        kept: dict[str, tuple[Mention, ...]] = {}
        for i in range(0, len(keys), 900):  # SQLite's bound-parameter limit
            chunk = keys[i : i + 900]
            q = f"SELECT key, data FROM mentions WHERE key IN ({','.join('?' * len(chunk))})"
            for k, data in db.execute(q, chunk):
                if (got := _loaded(data)) is not None:
                    kept[k] = got
        missing: dict[str, Paper] = {}
        for p, k in zip(papers, keys):
            if k not in kept and k not in missing:
                missing[k] = p
        todo = list(missing.values())  # the same text twice in one input is extracted once
        if stats is not None:
            stats.update(hits=len(papers) - len(todo), extracted=len(todo))
        fresh = iter(extract(todo)) if todo else iter(())
        for k in keys:
            mentions = kept.get(k)
            if mentions is None:
                kept[k] = mentions = next(fresh)
                rows.append((k, pickle.dumps(mentions, protocol=pickle.HIGHEST_PROTOCOL)))
            yield mentions
    finally:  # also when the caller stops early: what was extracted is kept
        try:
            if rows:
                with db:
                    db.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?)", rows)
        finally:
            db.close()
    for old in cache_dir.glob("extractions*.sqlite"):
        if old != path:
            old.unlink(missing_ok=True)

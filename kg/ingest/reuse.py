"""Records of an input file kept from the last read: a rebuild skips re-parsing files unchanged since.

A build with an extraction cache folder (``kg build``'s default: ``OUT/.cache``) keeps what each
input file's reader yielded (papers, skips, notes) in ``reads-<key>.pickle`` there, with the
file's size, modification time and BLAKE2 digest. The next read of the same file, by the same
reader and ``--field`` mapping, under the same kg version, replays those records when all three
still match (the digest reads the file's bytes, which costs far less than parsing them), and
parses the file again otherwise. Replayed records go through the same vetting and merging as
read ones, so the read's result is the same either way.

A kept file is written or touched by every read that uses it; after a build's read,
:func:`forget_unused_reads` removes the ones it did not use (an input renamed, removed or read
with another reader): without it each such file stayed in the cache folder for good.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import safe_pickle
from .._version import __version__

__all__ = ["reused_records", "forget_unused_reads", "MAX_KEPT"]

#: Files with more records than this are not kept (a streamed build reads them in bounded memory).
MAX_KEPT = 200_000
_VERSION = 1


def _digest(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "blake2b").digest()


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _kept(path: Path, reader: str, field_map: dict | None, cache_dir: Path) -> Path:
    # the path as given too: the kept records name their file the way that read did
    key = f"{_VERSION}|{__version__}|{path}|{Path(path).resolve()}|{reader}|{sorted((field_map or {}).items())}"
    return cache_dir / f"reads-{hashlib.blake2b(key.encode('utf-8', 'surrogatepass'), digest_size=12).hexdigest()}.pickle"


def reused_records(path: Path, reader, field_map: dict | None, cache_dir: str | Path | None,
                   stats: dict | None = None) -> Iterable:
    """``reader.read(path)``, or the records kept from the last read of ``path`` when it is unchanged.

    ``stats`` (when given) counts ``reused`` and ``parsed`` files.
    """
    if not cache_dir:
        return reader.read(path)
    kept = _kept(path, reader.name, field_map, Path(cache_dir))
    try:
        stamp = _stamp(path)
        with open(kept, "rb") as fh:
            saved = safe_pickle.load(fh)
        fresh = saved["stamp"] == stamp and saved["digest"] == _digest(path)
    except (OSError, *safe_pickle.LOAD_ERRORS):
        fresh = False  # nothing kept (a first read), an unreadable or outdated file: parse
    if fresh:
        try:
            os.utime(kept)  # used by this read: forget_unused_reads keeps it
        except OSError:
            pass  # a read-only cache folder: the records are still good, only the next forget may drop them
        if stats is not None:
            stats["reused"] = stats.get("reused", 0) + 1
        return saved["records"]
    if stats is not None:
        stats["parsed"] = stats.get("parsed", 0) + 1
    return _keeping(path, reader.read(path), kept)


def _keeping(path: Path, records: Iterable, kept: Path) -> Iterator:
    """``records`` as they come; once all have come (the reader raised nothing), kept in ``kept``."""
    try:
        stamp, digest = _stamp(path), _digest(path)
    except OSError:
        yield from records
        return
    got: list | None = []
    for rec in records:
        if got is not None:
            got.append(rec)
            if len(got) > MAX_KEPT:
                got = None
        yield rec
    if got is None:
        return
    tmp = kept.with_name(f"{kept.name}.{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            pickle.dump({"stamp": stamp, "digest": digest, "records": got}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, kept)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        tmp.unlink(missing_ok=True)  # not kept: the next read parses the file, as without this


def forget_unused_reads(cache_dir: str | Path, since: float) -> list[Path]:
    """Remove the kept reads in ``cache_dir`` that no read since ``since`` (a ``time.time()``
    taken before the read began) wrote or replayed; returns the files removed.

    A read touches every kept file it replays and rewrites every file it parses, so what is
    older was kept for inputs this build no longer reads. One second of slack allows for file
    systems with coarse modification times: a file kept just before the read stays one build more.
    """
    gone = []
    for kept in Path(cache_dir).glob("reads-*.pickle"):
        try:
            if kept.stat().st_mtime < since - 1.0:
                kept.unlink()
                gone.append(kept)
        except OSError:
            continue  # removed by another process, or not ours to remove: it only costs disk
    return gone

"""The papers a read holds until the end of deduplication: in memory, or past a limit on disk.

Deduplication needs every paper read so far (a later record may merge into any earlier one), so a
corpus too big for memory (a streamed build, ``stream_above``) keeps them pickled in a temporary
file, with only their offsets in memory. Merges rewrite a paper at the end of the file.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Iterator

from ..model import Paper

__all__ = ["PaperStore", "SpilledPapers"]


class PaperStore:
    """A list of papers (``None`` for a group merged away) that moves to a temporary file once it
    holds more than ``limit`` entries (never, for ``limit=None``)."""

    def __init__(self, limit: int | None = None, folder: str | None = None) -> None:
        self.limit = limit
        self.folder = folder
        self.mem: list[Paper | None] = []
        self.file = None
        self.offsets = array("q")  # -1: merged away
        self.sizes = array("l")
        self.end = 0

    @property
    def spilled(self) -> bool:
        return self.file is not None

    def __len__(self) -> int:
        return len(self.offsets) if self.spilled else len(self.mem)

    def append(self, paper: Paper) -> None:
        if not self.spilled:
            self.mem.append(paper)
            if self.limit is not None and len(self.mem) > self.limit:
                self._spill()
            return
        off, size = self._write(paper)
        self.offsets.append(off)
        self.sizes.append(size)

    def __getitem__(self, i: int) -> Paper | None:
        if not self.spilled:
            return self.mem[i]
        return self._read(self.offsets[i], self.sizes[i])

    def __setitem__(self, i: int, paper: Paper | None) -> None:
        if not self.spilled:
            self.mem[i] = paper
        else:
            self.offsets[i], self.sizes[i] = self._write(paper)

    def papers(self) -> list[Paper] | SpilledPapers:
        """The papers in order, without the groups merged away."""
        if not self.spilled:
            return [p for p in self.mem if p is not None]
        return SpilledPapers(self)

    def _spill(self) -> None:
        self.file = tempfile.TemporaryFile(prefix="kg-papers-", dir=self.folder)
        held, self.mem = self.mem, []
        for p in held:
            off, size = self._write(p)
            self.offsets.append(off)
            self.sizes.append(size)

    def _write(self, paper: Paper | None) -> tuple[int, int]:
        if paper is None:
            return -1, 0
        data = pickle.dumps(paper, protocol=pickle.HIGHEST_PROTOCOL)
        off = self.end
        os.pwrite(self.file.fileno(), data, off)
        self.end += len(data)
        return off, len(data)

    def _read(self, off: int, size: int) -> Paper | None:
        return None if off < 0 else pickle.loads(os.pread(self.file.fileno(), size, off))


class SpilledPapers:
    """The papers of a spilled :class:`PaperStore`, read back in order, a chunk at a time."""

    def __init__(self, store: PaperStore) -> None:
        self.store = store
        self._len = sum(1 for off in store.offsets if off >= 0)

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[Paper]:
        for off, size in zip(self.store.offsets, self.store.sizes):
            if off >= 0:
                yield self.store._read(off, size)

    def __bool__(self) -> bool:
        return self._len > 0

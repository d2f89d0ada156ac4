"""Extraction: spaCy pipeline turning papers into mentions (interface stub, being implemented)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Extraction, Paper

EXTRACTOR_VERSION = "0"

__all__ = ["EXTRACTOR_VERSION", "Extractor", "extract_papers"]


class Extractor:
    """Builds the spaCy pipeline once; ``extract`` maps papers to :class:`Extraction`."""

    def extract(self, papers: Iterable[Paper], *, jobs: int = 1) -> Iterator[Extraction]:
        for p in papers:
            yield Extraction(p, ())


def extract_papers(papers: Iterable[Paper], *, jobs: int = 1) -> list[Extraction]:
    """Extract mentions from every paper, in input order."""
    return list(Extractor().extract(papers, jobs=jobs))

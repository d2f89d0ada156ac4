"""Extraction: a blank English spaCy pipeline of rule components turning papers into mentions.

::

    tokenizer -> kg_sentences -> kg_urls -> kg_catalogue -> kg_proposed -> kg_acronyms
              -> kg_context -> kg_metrics -> kg_tasks -> kg_resolve

Each ``kg_*`` component lives in its own module with its algorithm as a pure function beside
it; all of them append :class:`~kg.extract.base.Candidate` records to ``doc._.kg_candidates``
and ``kg_resolve`` turns those into :class:`~kg.model.Mention`. No statistical model is loaded.
A paper is one doc: its title, a blank line, its abstract (offsets are mapped back per field).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

import spacy
from spacy.language import Language

from ..model import Extraction, Mention, Paper
from . import acronyms, context, lexicon, metrics, proposed, resolve, tasks, urls  # noqa: F401  (register factories)
from .base import layout

EXTRACTOR_VERSION = "2"

__all__ = ["EXTRACTOR_VERSION", "Extractor", "extract_papers", "build_pipeline", "metadata_mentions"]

COMPONENTS = (
    "kg_urls",
    "kg_catalogue",
    "kg_proposed",
    "kg_acronyms",
    "kg_context",
    "kg_metrics",
    "kg_tasks",
    "kg_resolve",
)
_CHUNK = 256


def build_pipeline(catalogue_path: str | None = None) -> Language:
    """The blank English pipeline with the sentencizer and every kg component."""
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_sentences")
    for name in COMPONENTS:
        config = {"path": catalogue_path} if name == "kg_catalogue" else {}
        nlp.add_pipe(name, config=config)
    return nlp


def metadata_mentions(paper: Paper) -> list[Mention]:
    """Links the source metadata gave (e.g. an API's repository field), as mentions."""
    return [
        Mention(
            role=link.role, text=link.url, field="metadata", start=0, end=0, sentence="",
            rule=f"metadata:{link.field}", confidence=1.0,
        )
        for link in paper.links
    ]


class Extractor:
    """Builds the spaCy pipeline once; ``extract`` maps papers to :class:`Extraction`."""

    def __init__(self, catalogue_path: str | None = None, batch_size: int = 64) -> None:
        self.catalogue_path = catalogue_path
        self.batch_size = batch_size
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_pipeline(self.catalogue_path)
        return self._nlp

    def _run(self, papers: list[Paper]) -> list[Extraction]:
        nlp = self.nlp
        docs = []
        for p in papers:
            text = layout(p.title, p.abstract or "")
            doc = nlp.make_doc(text)
            doc.user_data["kg_text"] = text
            doc.user_data["kg_title_end"] = len(p.title)
            docs.append(doc)
        out = []
        for p, doc in zip(papers, nlp.pipe(docs, batch_size=self.batch_size)):
            mentions = list(doc._.kg_mentions or ()) + metadata_mentions(p)
            out.append(Extraction(p, tuple(mentions)))
        return out

    def extract(self, papers: Iterable[Paper], *, jobs: int = 1) -> Iterator[Extraction]:
        """Extractions in input order; ``jobs > 1`` spreads chunks over worker processes."""
        it = iter(papers)
        if jobs <= 1:
            while chunk := list(islice(it, _CHUNK)):
                yield from self._run(chunk)
            return
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(self.catalogue_path,)) as pool:
            chunks = iter(lambda: list(islice(it, _CHUNK)), [])
            for result in pool.map(_work, chunks):
                yield from result


_WORKER: Extractor | None = None


def _init_worker(catalogue_path: str | None) -> None:
    global _WORKER
    _WORKER = Extractor(catalogue_path)


def _work(chunk: list[Paper]) -> list[Extraction]:
    assert _WORKER is not None
    return _WORKER._run(chunk)


def extract_papers(papers: Iterable[Paper], *, jobs: int = 1) -> list[Extraction]:
    """Extract mentions from every paper, in input order."""
    return list(Extractor().extract(papers, jobs=jobs))

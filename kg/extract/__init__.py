"""Extraction: a blank English spaCy pipeline of rule components turning papers into mentions.

::

    text-only tokenizer -> kg_sentences -> kg_urls -> kg_catalogue -> kg_proposed -> kg_acronyms
              -> kg_context -> kg_metrics -> kg_tasks -> kg_resolve

Each ``kg_*`` component lives in its own module with its algorithm as a pure function beside
it; all of them append :class:`~kg.extract.base.Candidate` records to ``doc._.kg_candidates``
and ``kg_resolve`` turns those into :class:`~kg.model.Mention`. No statistical model is loaded.
A paper is one doc: its title, a blank line, its abstract (offsets are mapped back per field).

The rules find anchor words with one trie-shaped regex per component (tried only at word
starts) and run their own expressions only there, and the catalogue is matched on the text,
so no component reads tokens: the pipeline's tokenizer makes token-less docs that carry the
text (spaCy's rule tokenizer alone cost about as much as all the rules). On corpus abstracts
the pipeline runs at about 1,700 abstracts per CPU-second (``benchmarks/bench_extract.py``).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from itertools import islice

import spacy
from spacy.language import Language

from ..model import Extraction, Mention, Paper
from . import acronyms, context, lexicon, metrics, proposed, resolve, tasks, urls  # noqa: F401  (register factories)
from .base import TextOnlyTokenizer, layout

EXTRACTOR_VERSION = "8"

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
    """The blank English pipeline with every kg component; docs carry their text, not tokens
    (:class:`~kg.extract.base.TextOnlyTokenizer`)."""
    nlp = spacy.blank("en")
    nlp.tokenizer = TextOnlyTokenizer(nlp.vocab)
    nlp.add_pipe("kg_sentences")
    for name in COMPONENTS:
        config = {"path": catalogue_path} if name == "kg_catalogue" else {}
        nlp.add_pipe(name, config=config)
    return nlp


@lru_cache(maxsize=4)
def _shared_pipeline(catalogue_path: str | None) -> Language:
    """One pipeline per catalogue per process: building it (the catalogue's phrase matchers)
    costs about 0.3 s, and the components keep no state between docs."""
    return build_pipeline(catalogue_path)


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
            self._nlp = _shared_pipeline(self.catalogue_path)
        return self._nlp

    def mentions(self, texts: list[tuple[str, str]]) -> list[tuple[Mention, ...]]:
        """The text mentions of each (title, abstract) pair, in order."""
        nlp = self.nlp
        docs = []
        for title, abstract in texts:
            text = layout(title, abstract)
            doc = nlp.make_doc(text)
            doc.user_data["kg_text"] = text
            doc.user_data["kg_title_end"] = len(title)
            docs.append(doc)
        return [tuple(doc._.kg_mentions or ()) for doc in nlp.pipe(docs, batch_size=self.batch_size)]

    def extract(self, papers: Iterable[Paper], *, jobs: int = 1) -> Iterator[Extraction]:
        """Extractions in input order; ``jobs > 1`` spreads chunks over worker processes.

        Workers receive only titles and abstracts and send back only mentions; with the fork
        start method they inherit the already built pipeline instead of building their own.
        """
        it = iter(papers)
        chunks = iter(lambda: list(islice(it, _CHUNK)), [])
        if jobs <= 1:
            for chunk in chunks:
                yield from _assemble(chunk, self.mentions(_texts(chunk)))
            return
        global _WORKER
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        if ctx.get_start_method() == "fork":
            self.nlp  # build once, before forking, so workers share it
            _WORKER = self
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(self.catalogue_path,)) as pool:
            pending: deque = deque()
            for chunk in chunks:
                pending.append((chunk, pool.submit(_work, _texts(chunk))))
                if len(pending) > 2 * jobs:  # a bounded window keeps memory flat on big inputs
                    done, fut = pending.popleft()
                    yield from _assemble(done, fut.result())
            while pending:
                done, fut = pending.popleft()
                yield from _assemble(done, fut.result())


_WORKER: Extractor | None = None


def _texts(chunk: list[Paper]) -> list[tuple[str, str]]:
    return [(p.title, p.abstract or "") for p in chunk]


def _assemble(chunk: list[Paper], mentions: list[tuple[Mention, ...]]) -> list[Extraction]:
    return [Extraction(p, ms + tuple(metadata_mentions(p))) for p, ms in zip(chunk, mentions)]


def _init_worker(catalogue_path: str | None) -> None:
    global _WORKER
    if _WORKER is None or _WORKER.catalogue_path != catalogue_path:
        _WORKER = Extractor(catalogue_path)


def _work(texts: list[tuple[str, str]]) -> list[tuple[Mention, ...]]:
    assert _WORKER is not None
    return _WORKER.mentions(texts)


def extract_papers(papers: Iterable[Paper], *, jobs: int = 1) -> list[Extraction]:
    """Extract mentions from every paper, in input order."""
    return list(Extractor().extract(papers, jobs=jobs))

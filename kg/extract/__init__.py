"""Extraction: a blank English spaCy pipeline of rule components turning papers into mentions.

A paper is one doc: its title, a blank line, its abstract (offsets are mapped back per field).
The tokenizer (:class:`~kg.extract.doc.TextOnlyTokenizer`) makes a token-less doc carrying a
:class:`~kg.extract.doc.DocState`; every ``doc._.kg_*`` extension reads one of its slots. The
components, in order, with what each reads and writes (``requires=`` / ``assigns=``)::

    component      module            requires                             assigns
    kg_sentences   sentences         -                                    kg_sents
    kg_urls        urls              -                                    kg_candidates
    kg_catalogue   catalogue_match   kg_sents                             kg_candidates
    kg_proposed    proposed          kg_sents                             kg_candidates
    kg_acronyms    acronyms          kg_sents, kg_candidates              kg_candidates, kg_task_acronyms
    kg_cues        cues              kg_candidates                        kg_candidates
    kg_metrics     metrics           kg_candidates                        kg_candidates
    kg_lists       lists             kg_candidates                        kg_candidates
    kg_tasks       tasks             kg_sents                             kg_candidates, kg_title_tasks
    kg_resolve     resolve           kg_sents, kg_candidates,             kg_mentions
                                     kg_task_acronyms, kg_title_tasks
    kg_results     results           kg_mentions, kg_sents                kg_results

(``kg_text`` and ``kg_title_end`` come from the tokenizer.) Rule components only append to
``kg_candidates``; some read what earlier ones found (``kg_acronyms`` the paper's own names,
``kg_cues`` the catalogue's methods, ``kg_metrics`` every metric, ``kg_lists`` every dataset and metric). No component rewrites
another's candidates: ``kg_resolve`` owns every revision and role decision. Each component's
algorithm is a pure function beside it, its word lists and cue phrases are in ``data/*.json``
(:mod:`kg.extract.words`), and no statistical model is loaded. Reported results
(:mod:`kg.extract.results`) are read last, from the resolved mentions.

The rules find anchor words with one trie-shaped regex per component (tried only at word
starts) and run their own expressions only there, and the catalogue is matched on the text,
so no component reads tokens (spaCy's rule tokenizer alone cost about as much as all the
rules). :meth:`Extractor.analyse` runs each component over a batch of docs before the next
component (each component's code and patterns stay in the processor's caches: about a tenth less
CPU than paper by paper; the resolver, through its ``batch``, runs each of its steps over the
batch, its two trained models apart: :mod:`kg.extract.steps`); what several components ask of a doc text (its lower case, its runs of
word characters, its acronym definitions) is kept per text for a batch (:class:`kg.extract.shapes.TextMemo`). Full-text scans are led by a literal or a character class, or gated by a substring
every match holds, so the regex engine skips to candidates in C; an IGNORECASE pattern of lower-case
words is searched on ASCII text through a case-sensitive twin on the lower-cased text, which skips
the same way (:class:`kg.extract.folded.Folded`: the matches are still the pattern's own). The speed on corpus
abstracts is measured by ``benchmarks/bench_extract.py`` (README, Performance).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..memory import paused_gc
from ..model import Extraction, Mention, Paper, Result
from ..parallel import WorkerPool, forks, parallel_map
from . import acronyms, catalogue_match, cues, lists, metrics, proposed, resolve, results, sentences, tasks, urls  # noqa: F401  (register factories)
from .doc import MAX_ABSTRACT_CHARS, MAX_TITLE_CHARS, DocState, StateOnly, TextOnlyTokenizer, cap_text, layout, state
from .compiled import stale_modules
from .shapes import forget_batch

EXTRACTOR_VERSION = "63"

if _stale := stale_modules():  # a mypyc build (scripts/compile_fast.py) older than its sources
    import warnings

    warnings.warn(f"kg/extract was compiled before {', '.join(_stale[:5])}{' ...' if len(_stale) > 5 else ''}.py changed, so the "
                  "old rules run: run `python scripts/compile_fast.py` again, or `--clean` for pure Python", stacklevel=2)

__all__ = [
    "EXTRACTOR_VERSION", "Extractor", "extract_papers", "build_pipeline", "metadata_mentions", "paper_doc", "text_cut", "values_cut",
    "MAX_TITLE_CHARS", "MAX_ABSTRACT_CHARS",
]

COMPONENTS = (
    "kg_sentences",
    "kg_urls",
    "kg_catalogue",
    "kg_proposed",
    "kg_acronyms",
    "kg_cues",
    "kg_metrics",
    "kg_lists",
    "kg_tasks",
    "kg_resolve",
    "kg_results",
)
_CHUNK = 256


def build_pipeline(catalogue_path: str | None = None) -> Language:
    """The blank English pipeline with every kg component; docs carry their text, not tokens
    (:class:`~kg.extract.doc.TextOnlyTokenizer`). A custom catalogue is validated here."""
    nlp = spacy.blank("en")
    nlp.tokenizer = TextOnlyTokenizer(nlp.vocab)
    for name in COMPONENTS:
        config = {"path": catalogue_path} if name == "kg_catalogue" else {}
        nlp.add_pipe(name, config=config)
    return nlp


@lru_cache(maxsize=4)
def _shared_pipeline(catalogue_path: str | None) -> Language:
    """One pipeline per catalogue per process: building it (the catalogue's index) costs about
    0.3 s, and the components keep no state between docs."""
    return build_pipeline(catalogue_path)


def paper_doc(nlp: Language, title: str, abstract: str) -> Doc:
    """The doc of one paper, before the components run: its text is :func:`~kg.extract.doc.layout`
    of the fields cut to their caps (:func:`~kg.extract.doc.cap_text`; never an error)."""
    title, abstract, _ = cap_text(title, abstract)
    doc = nlp.make_doc(layout(title, abstract))
    state(doc).title_end = len(title)  # a title may itself hold a blank line
    return doc


def state_doc(title: str, abstract: str) -> StateOnly:
    """What :meth:`Extractor.analyse` runs the components on: the state :func:`paper_doc` gives a
    doc, without the spaCy Doc (the components read nothing else of a doc; making one per
    abstract cost about 2% of extraction)."""
    title, abstract, _ = cap_text(title, abstract)
    return StateOnly(DocState(layout(title, abstract), len(title)))


def text_cut(paper: Paper) -> bool:
    """Was part of this paper's title or abstract left unread? (Past ``MAX_TITLE_CHARS`` /
    ``MAX_ABSTRACT_CHARS`` characters; the mentions come from the text before the cut.)"""
    return len(paper.title) > MAX_TITLE_CHARS or len(paper.abstract or "") > MAX_ABSTRACT_CHARS


def values_cut(paper: Paper) -> bool:
    """Might the results reading have left some of this paper's values unread? It reads at most
    :data:`~kg.extract.results.MAX_SENTENCE_VALUES` values in a sentence and
    :data:`~kg.extract.results.MAX_RESULT_SENTENCES` sentences with a digit and a metric in a field (a
    table or a dump of numbers, whose reading grows with the square of its values). An upper bound, read
    on the doc's own text and sentences: every number of a sentence counts, and every sentence with a
    digit before a value. A field with no more digits than the first cap cannot reach either (no corpus
    abstract does), so most papers cost ten ``str.count`` calls a field."""
    from .result_patterns import DIGIT, VALUE
    from .results import MAX_RESULT_SENTENCES, MAX_SENTENCE_VALUES, field_sentences
    from .sentences import split_sentences

    title, abstract, _ = cap_text(paper.title, paper.abstract or "")
    dense = [sum(map(field.count, "0123456789")) > MAX_SENTENCE_VALUES for field in (title, abstract)]
    if not any(dense):
        return False
    text = layout(title, abstract)  # (the markup blanked as the doc reads it; a blank adds no digit)
    by_field = field_sentences(split_sentences(text), len(title))
    for (field, offset), is_dense in zip((("title", 0), ("abstract", len(title) + 2)), dense):
        if not is_dense:
            continue
        with_digits = 0  # at least the sentences the reading has counted before this one
        for s, e in by_field[field]:
            s, e = s + offset, e + offset
            if not DIGIT.search(text, s, e):
                continue
            n = sum(1 for _ in VALUE.finditer(text, s, e))
            if n > MAX_SENTENCE_VALUES or (n and with_digits >= MAX_RESULT_SENTENCES):
                return True
            with_digits += 1
    return False


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

    def __init__(self, catalogue_path: str | None = None) -> None:
        self.catalogue_path = catalogue_path
        self._nlp: Language | None = None

    def __getstate__(self) -> dict:
        # Sent to spawned workers without the pipeline: each builds its own on first use.
        return {**self.__dict__, "_nlp": None}

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = _shared_pipeline(self.catalogue_path)
        return self._nlp

    def analyse(self, texts: list[tuple[str, str]]) -> list[tuple[tuple[Mention, ...], tuple[Result, ...]]]:
        """The text mentions and the results of each (title, abstract) pair, in order."""
        nlp = self.nlp
        # Each component is a plain function of one doc: calling them in pipeline order does
        # what ``nlp.pipe`` does without its per-doc generator layers (about 5% of the time).
        components = [proc for _, proc in nlp.pipeline]
        out: list[tuple[tuple[Mention, ...], tuple[Result, ...]]] = []
        # The components make no reference cycles (none left to collect after 2,000 corpus
        # abstracts read with the collector off), so the cyclic collector, which their many
        # short-lived objects set off, has nothing to do here: paused, 2% less CPU. What a batch
        # leaves alive is walked once the collector resumes, so its docs and the per-text memos
        # go first (shapes.forget_batch; the collections: ~12 -> ~3 us an abstract, ~1% of CPU).
        # Pausing it over all batches, or gc.freeze(), would reach past this call into the
        # caller's objects (extract yields between batches; a caller's cycles would pile up).
        with paused_gc():
            # Component by component over the batch, not paper by paper: each component's code and
            # patterns stay in the processor's caches while it reads every doc (the same outputs:
            # a component reads nothing of another doc).
            for at in range(0, len(texts), _CHUNK):  # (a batch at a time: a caller may pass a corpus)
                docs = [state_doc(title, abstract) for title, abstract in texts[at : at + _CHUNK]]
                for proc in components:
                    batch = getattr(proc, "batch", None)  # (a component with steps to run over the batch)
                    docs = batch(docs) if batch is not None else [proc(doc) for doc in docs]
                out.extend((tuple(st.mentions or ()), st.results or ()) for st in map(state, docs))
                del docs  # (freed before the collector resumes, with the memos: all it would walk)
                forget_batch()
        return out

    def mentions(self, texts: list[tuple[str, str]]) -> list[tuple[Mention, ...]]:
        """The text mentions of each (title, abstract) pair, in order."""
        return [ms for ms, _ in self.analyse(texts)]

    def extract(self, papers: Iterable[Paper], *, jobs: int = 1, pool: WorkerPool | None = None) -> Iterator[Extraction]:
        """Extractions in input order; ``jobs > 1`` spreads chunks over worker processes
        (:func:`kg.parallel.parallel_map`), or ``pool``'s workers when the caller keeps a
        :class:`kg.parallel.WorkerPool` of :meth:`analyse` open across calls.

        Workers receive only titles and abstracts and send back only mentions; with the fork
        start method they inherit the already built pipeline instead of building their own.
        """
        it = iter(papers)
        chunks = iter(lambda: list(islice(it, _CHUNK)), [])
        if jobs > 1 and forks():
            self.nlp  # build once, before forking, so workers share it
        pending: deque[list[Paper]] = deque()

        def texts() -> Iterator[list[tuple[str, str]]]:
            for chunk in chunks:
                pending.append(chunk)  # results come back in this order
                yield [(p.title, p.abstract or "") for p in chunk]

        for analysed in (pool.map(texts()) if pool is not None else parallel_map(self.analyse, texts(), jobs)):
            chunk = pending.popleft()
            yield from (Extraction(p, ms + tuple(metadata_mentions(p)), rs) for p, (ms, rs) in zip(chunk, analysed))


def extract_papers(papers: Iterable[Paper], *, jobs: int = 1) -> list[Extraction]:
    """Extract mentions from every paper, in input order."""
    return list(Extractor().extract(papers, jobs=jobs))

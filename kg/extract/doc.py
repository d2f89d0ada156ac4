"""What the components share on a doc: the :class:`Candidate` record and the per-doc
:class:`DocState` behind the declared ``doc._.kg_*`` extensions, and the tokenizer that creates it.

A doc's text is the title, a blank line, then the abstract (:func:`layout`); every offset is a
character offset into it. The pipeline's tokenizer (:class:`TextOnlyTokenizer`) makes a
token-less doc and puts a fresh :class:`DocState` under ``doc.user_data[STATE_KEY]``; each
``doc._.kg_*`` extension is a getter over one of its slots. Components reach the state with
:func:`state` (one dict lookup: going through the ``doc._`` proxy costs more per access than
some rules) and declare the slots they read and write as ``requires=`` / ``assigns=``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from ..model import Mention, Result, Role

__all__ = [
    "Candidate", "DocState", "STATE_KEY", "state", "StateOnly", "TextOnlyTokenizer", "layout", "title_end", "TITLE_SEP",
    "EXTENSIONS", "cap_text", "unwrap_markup", "MAX_TITLE_CHARS", "MAX_ABSTRACT_CHARS",
]

TITLE_SEP = "\n\n"
STATE_KEY = "kg_state"


class Candidate(NamedTuple):
    """One span a rule proposes for a role; ``start``/``end`` index into the whole doc text."""

    role: Role
    start: int
    end: int
    rule: str
    confidence: float
    canonical: str | None = None
    value: str | None = None


class DocState:
    """Everything the kg components read and write on one doc, one slot per ``doc._`` extension."""

    __slots__ = ("text", "title_end", "sents", "candidates", "task_acronyms", "title_tasks", "task_pool", "mentions", "results")

    def __init__(self, text: str, title_end: int) -> None:
        self.text = text
        self.title_end = title_end
        self.sents: list[tuple[int, int]] | None = None  # kg_sentences
        self.candidates: list[Candidate] = []  # appended to by every rule component
        self.task_acronyms: frozenset[str] = frozenset()  # kg_acronyms
        self.title_tasks: list[tuple[int, int]] = []  # kg_tasks
        self.task_pool: list[Candidate] = []  # kg_tasks: the task phrases it did not take
        self.mentions: list[Mention] | None = None  # kg_resolve
        self.results: tuple[Result, ...] | None = None  # kg_results


#: ``doc._`` extension name -> the :class:`DocState` slot it reads.
EXTENSIONS = {
    "kg_text": "text",
    "kg_title_end": "title_end",
    "kg_sents": "sents",
    "kg_candidates": "candidates",
    "kg_task_acronyms": "task_acronyms",
    "kg_title_tasks": "title_tasks",
    "kg_mentions": "mentions",
    "kg_results": "results",
}


def state(doc: Doc) -> DocState:
    """The doc's :class:`DocState`, created from ``doc.text`` if another tokenizer made the doc."""
    found = doc.user_data.get(STATE_KEY)
    if found is None:
        text = doc.text
        found = doc.user_data[STATE_KEY] = DocState(text, title_end(text))
    return found


class StateOnly:
    """A stand-in for a doc that holds only its :class:`DocState` (under ``user_data``, as a doc
    does), for :meth:`kg.extract.Extractor.analyse`, which calls the components itself: each reads
    and writes nothing of a doc but its state (:func:`state`), and making a spaCy ``Doc`` per
    abstract cost about 2% of extraction."""

    __slots__ = ("user_data",)

    def __init__(self, st: DocState) -> None:
        self.user_data = {STATE_KEY: st}


def _getter(slot: str):
    return lambda doc: getattr(state(doc), slot)


for _name, _slot in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_getter(_slot))


class TextOnlyTokenizer:
    """The pipeline's tokenizer: a Doc without tokens, with a :class:`DocState` holding its text.

    Every kg rule reads characters (sentences, anchors and catalogue names are found on the
    text), and spaCy's rule tokenizer cost more than all the rules together.
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = Doc(self.vocab, words=[])
        doc.user_data[STATE_KEY] = DocState(text, title_end(text))
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


# A paper's text is cut to these many characters (title, abstract) before extraction. Abstracts
# run to about 2,000 characters; a record past the cap is a whole paper or a concatenation, and
# one of 1.2M characters used to stop the build (spaCy's E088 over 1,000,000 characters).
MAX_TITLE_CHARS = 2_000
MAX_ABSTRACT_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?]\s")


def cap_text(title: str, abstract: str) -> tuple[str, str, bool]:
    """``(title, abstract, cut)``: each field cut to its cap (the abstract at the last sentence
    end before it, else at the last space); ``cut`` says whether anything was dropped, so a
    caller can note it (:func:`kg.extract.text_cut`)."""
    cut = False
    if len(title) > MAX_TITLE_CHARS:
        title, cut = title[:MAX_TITLE_CHARS], True
    if len(abstract) > MAX_ABSTRACT_CHARS:
        head = abstract[:MAX_ABSTRACT_CHARS]
        ends = [m.end() for m in _SENTENCE_END.finditer(head, MAX_ABSTRACT_CHARS // 2)]
        at = ends[-1] if ends else (head.rfind(" ") if head.rfind(" ") > MAX_ABSTRACT_CHARS // 2 else MAX_ABSTRACT_CHARS)
        abstract, cut = head[:at].rstrip(), True
    return title, abstract, cut


def layout(title: str, abstract: str) -> str:
    """The text a doc is built from: the title, a blank line, then the abstract (its markup around
    names blanked, :func:`unwrap_markup`)."""
    return f"{title}{TITLE_SEP}{unwrap_markup(abstract)}" if abstract else title


# "\\texttt{HummerRM}", "$\\textbf{C-RASP}$", "*IsoCombination*", "**Corex**": LaTeX or Markdown around
# one name-shaped token that stands as a word (not "\\textbf{F}ine-\\textbf{G}rained", nor an emphasised
# phrase: its words stay apart from the text around them).
_TOKEN = r"[A-Za-z0-9][\w\-+.*]{0,40}?[\w+*]|[A-Za-z0-9]"
_MARKUP = re.compile(
    # a whole formula that only wraps a name ("$\\textbf{C-RASP}$"), not a command inside a formula
    # ("$\\log n \\mathsf{OPT}$" keeps its OPT out of the text)
    r"(?<![\w\-])(?:\$\\(?:texttt|textbf|textit|textsc|textsf|textrm|mathrm|mathbf|mathtt|mathsf)\{(?P<math>" + _TOKEN + r")\}\$"
    r"|(?<!\$)\\(?:texttt|textbf|textit|textsc|textsf|textrm|emph)\{(?P<tex>" + _TOKEN + r")\}"
    r"|(?<!\*)\*{1,2}(?P<md>" + _TOKEN + r")\*{1,2}(?!\*))"
    # What follows ends the name's phrase ("\\textit{subspace} norm" stays: a phrase read across the
    # blanked braces would not be the source's characters).
    r"(?=\s*[,.;:)\]]|\s*$|\s+(?:and|or|which|that|is|are|was|were|to|for|with|in|on|as|by|from|can|also|has|have"
    r"|achieves|outperforms|consists|uses|improves)\b)"
)


def unwrap_markup(text: str) -> str:
    """``text`` with the markup around a name replaced by spaces, so that every rule reads the name
    as plain text while every character keeps its offset (a mention's characters are the source's)."""
    if "\\" not in text and "*" not in text:
        return text

    def blank(m: re.Match) -> str:
        g = next(g for g in ("math", "tex", "md") if m.group(g) is not None)
        return " " * (m.start(g) - m.start()) + m.group(g) + " " * (m.end() - m.end(g))

    return _MARKUP.sub(blank, text)


def title_end(text: str) -> int:
    """Length of the title part of a doc text (where the first blank line starts)."""
    i = text.find(TITLE_SEP)
    return len(text) if i < 0 else i

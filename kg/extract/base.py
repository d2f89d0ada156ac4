"""What the extraction components share: the candidate record, the Doc slot it lives in, and
the shape tests that decide whether a string looks like a name.

Every component reads ``doc.text`` (title, a blank line, abstract; see :func:`layout`) and
appends :class:`Candidate` records to ``doc._.kg_candidates``; the resolver turns them into
:class:`kg.model.Mention`. Offsets are character offsets into ``doc.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role, normalize_name

__all__ = [
    "Candidate",
    "candidates",
    "add",
    "layout",
    "doc_text",
    "norm",
    "trie_regex",
    "Anchors",
    "lower_same_length",
    "title_end",
    "is_name_like",
    "is_acronym",
    "is_title_case_compound",
    "STOP_NAMES",
    "TASK_HEADS",
    "WEAK_HEADS",
    "DATASET_NOUNS",
    "sentence_spans",
    "split_sentences",
    "sentence_at",
    "TextOnlyTokenizer",
]

TITLE_SEP = "\n\n"


class Candidate(NamedTuple):
    """One span a rule proposes for a role; ``start``/``end`` index into the whole doc text."""

    role: Role
    start: int
    end: int
    rule: str
    confidence: float
    canonical: str | None = None
    value: str | None = None
    context: str | None = None


if not Doc.has_extension("kg_candidates"):
    Doc.set_extension("kg_candidates", default=None)
if not Doc.has_extension("kg_mentions"):
    Doc.set_extension("kg_mentions", default=None)


# Where spaCy keeps ``doc._.kg_candidates``: read directly, the ``doc._`` proxy costs more per
# access than some rules (every component asks for the list).
_CANDIDATES_KEY = ("._.", "kg_candidates", None, None)


def candidates(doc: Doc) -> list[Candidate]:
    """The doc's candidate list (``doc._.kg_candidates``), created on first use."""
    found = doc.user_data.get(_CANDIDATES_KEY)
    if found is None:
        found = []
        doc.user_data[_CANDIDATES_KEY] = found
    return found


def add(doc: Doc, found: list[Candidate]) -> Doc:
    candidates(doc).extend(found)
    return doc


def trie_regex(words: Iterable[str]) -> str:
    """An alternation of ``words`` arranged as a character trie ("gen(?:eration|der)").

    Python's regex engine tries alternatives one by one at every position; sharing
    prefixes makes a list of a hundred words about as cheap as one.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(trie)


class Anchors:
    """Literal anchor words, each with a kind, found in one trie-regex scan.

    Rules then try their own expression only at the anchors: a full-text regex scan per rule
    costs more than spaCy's tokenizer. ``finditer`` yields ``(kind, start, end)`` for anchors
    that begin a word.
    """

    def __init__(self, kinds: dict[str, Iterable[str]], *, ignore_case: bool = False) -> None:
        self.ignore_case = ignore_case
        self.kind_of = {(w.lower() if ignore_case else w): k for k, words in kinds.items() for w in words}
        # Anchors begin words: the lookbehind lets the engine try the alternation only at word
        # starts (a few times faster than trying it at every character).
        at_word_start = "(?<![^\\W_])" if all(w[:1].isalnum() for w in self.kind_of) else ""
        self.pattern = re.compile(at_word_start + trie_regex(self.kind_of))
        self.pattern_anycase = re.compile(self.pattern.pattern, re.IGNORECASE)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """``(kind, start, end)`` of each anchor; with ``ignore_case`` "Experiments" is "experiments"."""
        endpos = len(text) if endpos is None else endpos
        scan, pattern = text, self.pattern
        if self.ignore_case:
            low = lower_same_length(text)
            scan, pattern = (low, self.pattern) if low is not None else (text, self.pattern_anycase)
        for m in pattern.finditer(scan, pos, endpos):
            at = m.start()
            word = m.group().lower() if self.ignore_case else m.group()
            if at > 0 and text[at - 1].isalnum() and word[0].isalnum():
                continue  # inside a word
            yield self.kind_of[word], at, m.end()


def lower_same_length(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (true unless rare Unicode letters change length)."""
    low = text.lower()
    return low if len(low) == len(text) else None


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """:func:`kg.model.normalize_name`, memoised: the same names recur across a corpus."""
    return normalize_name(text)


class TextOnlyTokenizer:
    """The pipeline's tokenizer: a Doc without tokens that carries its text in ``user_data``.

    Every kg rule reads characters (sentences, anchors and catalogue names are found on the
    text), and spaCy's rule tokenizer cost more than all the rules together.
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = Doc(self.vocab, words=[])
        doc.user_data["kg_text"] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.text
        doc.user_data["kg_text"] = text
    return text


def layout(title: str, abstract: str) -> str:
    """The text a doc is built from: the title, a blank line, then the abstract."""
    return f"{title}{TITLE_SEP}{abstract}" if abstract else title


def title_end(doc_or_text: Doc | str) -> int:
    """Length of the title part of a doc text (where the first blank line starts)."""
    if isinstance(doc_or_text, Doc):
        end = doc_or_text.user_data.get("kg_title_end")
        if end is not None:
            return end
        doc_or_text = doc_text(doc_or_text)
    i = doc_or_text.find(TITLE_SEP)
    return len(doc_or_text) if i < 0 else i


# Capitalised words that open sentences or clauses and are never names on their own.
STOP_NAMES = frozenset(
    """a an the this that these those our we it its their they there here in on of for to by with
    from at as and or but nor so yet if when while where which who whose what how why all any each
    every both either neither no not some such many most more less few several other another one two
    three first second third finally further furthermore moreover however thus therefore hence also
    then specifically additionally meanwhile overall extensive experiments results code project page
    dataset datasets benchmark benchmarks model models method methods framework approach network
    networks task tasks table figure section appendix github i ii iii iv v via using based given
    previous prior recent existing current state art sota new novel our ours unlike despite although
    though since because after before during within without across among between over under into onto
    upon toward towards through throughout about above below up down out off can could may might must shall should will
    would is are was were be been being do does did has have had however instead rather yes sotas""".split()
)

#: Last words of task noun phrases ("head pose estimation", "image generation").
TASK_HEADS = frozenset(
    """generation estimation segmentation recognition detection synthesis animation reconstruction
    classification summarization translation compression quantization prediction forecasting
    captioning retrieval editing tracking localization localisation registration completion
    inpainting restoration enhancement super-resolution denoising deblurring alignment matching
    parsing tagging labeling labelling answering reasoning understanding modeling modelling inference
    acceleration retargeting transfer stylization stabilization capture recovery lifting making
    planning navigation manipulation grounding verification identification extraction
    simplification correction rendering editing interpolation upsampling compositing decoding
    encoding mapping clustering ranking recommendation diagnosis screening representation
    learning pretraining fine-tuning adaptation distillation pruning search control
    calibration association tokenization grasping
    optimization augmentation selection minimization maximization exploration""".split()
)

#: Task nouns that also name techniques ("contrastive learning", "motion control"): a phrase
#: ending in one is a task only where the text presents it as the paper's aim.
WEAK_HEADS = frozenset(
    """learning representation control modeling modelling inference reasoning understanding planning
    adaptation distillation pruning search encoding decoding mapping pretraining fine-tuning transfer
    making optimization augmentation selection minimization maximization exploration""".split()
)

#: Nouns that say a name is a dataset / benchmark / corpus.
DATASET_NOUNS = frozenset(
    "dataset datasets benchmark benchmarks corpus corpora database suite testbed collection treebank treebanks".split()
)

_HAS_UPPER_INSIDE = re.compile(r"^.+[A-Z]")
_HAS_DIGIT = re.compile(r"\d")
_HAS_ALPHA = re.compile(r"[A-Za-z]")
_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z0-9][A-Za-z0-9]*(?:[-+.][A-Za-z0-9]+)*\+*s?$")
_DIMENSION = re.compile(r"^\d+(?:\.\d+)?[DdKkMmBbxX]$|^\d+-?(?:bit|shot|way|layer|stage|step)s?$", re.IGNORECASE)
# "Full-Body", "Large-Scale"; but "Blend-Net" ends in an architecture suffix and is a name.
_TITLE_CASE_COMPOUND = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$(?<!-Net)(?<!-Nets)(?<!-Former)(?<!-Mixer)(?<!-Bot)")
_YEARISH = re.compile(r"^(?:19|20)\d\d[a-z]?$")


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """Mostly capitals, starting with a capital or digit: "GQA", "MHA", "3DMM", "VLMs", "CoT",
    "CTM-Adapter"; not "Chain-of-Thought" or "GraphFormer"."""
    if not _ACRONYM.match(word):
        return False
    letters = [c for c in word if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    head = re.split(r"[-+.]", word, maxsplit=1)[0]
    return caps * 2 >= len(letters) or (sum(c.isupper() for c in head) >= 2 and len(head) <= 5)


def is_title_case_compound(word: str) -> bool:
    """"Perp-Neg", "Full-Body": capitalised parts joined by hyphens (names only in context)."""
    return bool(_TITLE_CASE_COMPOUND.match(word))


@lru_cache(maxsize=65536)
def is_name_like(word: str, *, allow_capitalized: bool = False) -> bool:
    """Does one word look like a name rather than an English word?

    Names have a capital after the first character ("MCNet", "DAWN", "FD2Talk"), mix letters
    and digits ("Portrait3D", "VoxCeleb2"), or join capitalised parts with hyphens
    ("Think-Before-Draw"). A merely capitalised word ("Medusa") counts only with
    ``allow_capitalized`` (used where the context already says a name follows).
    """
    if len(word) < 2 or not _HAS_ALPHA.search(word) or _DIMENSION.match(word):
        return False
    bare = word[:-1] if word.endswith("s") and word[:-1].isupper() else word  # "SOTAs"
    if _YEARISH.match(word) or (bare.lower() in STOP_NAMES and (bare.islower() or bare.istitle() or bare.isupper())):
        return False  # "The", "ALL"; but "DiD" is a name
    if _TITLE_CASE_COMPOUND.match(word):
        return allow_capitalized  # "Full-Body", "Large-Scale": title-case English, a name only in context
    if _HAS_UPPER_INSIDE.match(word) or (_HAS_DIGIT.search(word) and word[0].isalpha() and word[0].isupper()):
        return True
    if _HAS_DIGIT.search(word) and word[0].isdigit() and re.search(r"[A-Z]", word):
        return True  # "3DPW", "4DGen"
    if allow_capitalized and word[0].isupper() and word[1:].islower() and len(word) >= 3:
        return True
    return False


# A sentence ends at ". ! ?" followed by space and a capital, digit or bracket, or at a blank line
# (between title and abstract). "e.g. X", "et al. (2020)" and "Fig. 3" do not end sentences.
_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z0-9\[\"'])|\n\s*\n")
_NOT_END = ("e.g.", "i.e.", "al.", "vs.", "Fig.", "Eq.", "cf.", "etc.", "resp.", "approx.")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence of ``text``, by regular expression."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        end = m.start() + (1 if text[m.start()] in ".!?" else 0)
        if text[m.start()] == "." and text.endswith(_NOT_END, max(start, m.start() - 7), m.start() + 1):
            continue
        if end > start:
            out.append((start, end))
        start = m.end()
    if start < len(text) or not out:
        out.append((start, len(text)))
    return out


def sentence_spans(doc_or_text: Doc | str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence, set on a doc by the ``kg_sentences``
    component (or computed on first use); for a plain string, :func:`split_sentences`."""
    if isinstance(doc_or_text, Doc):
        cached = doc_or_text.user_data.get("kg_sents")
        if cached is None:
            cached = split_sentences(doc_text(doc_or_text))
            doc_or_text.user_data["kg_sents"] = cached
        return cached
    return split_sentences(doc_or_text)


@Language.factory("kg_sentences", assigns=["doc.user_data"])
def sentences_component(nlp: Language, name: str):
    """Sentence spans by regex, kept as character offsets: spaCy's sentencizer walks every
    token in Python and costs more than the tokenizer itself."""

    def component(doc: Doc) -> Doc:
        doc.user_data["kg_sents"] = split_sentences(doc_text(doc))
        return doc

    return component


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The span in ``spans`` containing ``offset`` (the last one starting before it)."""
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if spans[mid][0] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return spans[lo] if spans else (0, offset)

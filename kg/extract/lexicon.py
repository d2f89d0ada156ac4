"""Catalogue matches: every name and alias of the curated catalogue, found with two
PhraseMatchers (exact case for ``case_sensitive`` entries, lower case for the rest).

A match must cover a whole word: "COCO" inside "COCO-Stuff" or "Pre-RoPE" is a different
name and is left to the other components. Two extensions are allowed, because papers write
them and they are still the same family: a plural "s" ("NeRFs") and a version or size suffix
("LLaMA-2-13B", "GPT-4o-mini"), which drops the canonical name since it names a variant.
``ambiguous`` entries (names that are also English words, e.g. "Mamba", "Chameleon") match only
in their exact case and never as the first word of a sentence.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..model import Role
from .base import Candidate, add, doc_text, is_acronym, sentence_spans
from .catalogue import Catalogue, CatalogueEntry, load_catalogue

__all__ = ["ROLE_OF_TYPE", "word_bounds", "extend_match", "CatalogueMatcher", "catalogue_component"]

ROLE_OF_TYPE = {"dataset": Role.DATASET, "method": Role.METHOD, "metric": Role.METRIC, "task": Role.TASK}

_EDGE_PUNCT = "()[]{}<>,;:!?\"'\u201c\u201d\u2018\u2019"
# "-13B", "-2", ".1", "-v2", "-XL", "-Large", "-mini", "-Instruct": the same family, another variant.
VARIANT = re.compile(
    r"^(?:[-.](?:v?\d[\w.]*|[A-Z][A-Za-z0-9]*|mini|small|base|large|tiny|medium|huge|instruct|chat|turbo|pro|plus"
    r"|ultra|lite|flash|[a-z]?\d+[a-z]*))+$"
)


_ADJECTIVE_SUFFIX = re.compile(
    r"^-(?:based|like|driven|aware|guided|free|style|specific|level|wise|only|centric|agnostic|friendly"
    r"|inspired|powered|enhanced|assisted|augmented|conditioned|oriented|related|generated|compatible)$",
    re.IGNORECASE,
)


def word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited word around ``text[start:end]``, without edge punctuation."""
    ws = start
    while ws > 0 and not text[ws - 1].isspace():
        ws -= 1
    we = end
    while we < len(text) and not text[we].isspace():
        we += 1
    while ws < start and text[ws] in _EDGE_PUNCT:
        ws += 1
    while we > end and text[we - 1] in _EDGE_PUNCT + ".":
        we -= 1
    return ws, we


def extend_match(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """Accept, extend or reject a match by the word it sits in.

    Returns ``(start, end, is_variant)``, or ``None`` when the match is part of another name.
    """
    ws, we = word_bounds(text, start, end)
    if ws < start:
        return None
    if we == end:
        return start, end, False
    rest = text[end:we]
    if _ADJECTIVE_SUFFIX.match(rest):
        return start, end, False  # "CNN-Based", "DiT-like": a mention of the base name
    if rest == "s" or rest == "'s" or rest == "\u2019s":
        return (start, end + 1, False) if rest == "s" else (start, end, False)
    if re.match(r"^-[a-z]{3,}", rest) and not VARIANT.match(rest):
        return start, end, False  # "DiT-based", "COCO-style": a mention of the base name
    if VARIANT.match(rest):
        return start, we, True
    if rest[0] in "/,":  # "COCO/LVIS", "HDTF,MEAD"
        return start, end, False
    return None


# A catalogue name glued to a version ("Llama-2-13B") or a plural "s" after a capital ("NeRFs"),
# found from the "-digit" or the "Xs" ending (cheap scans), then the word around it.
_DASH_DIGIT = re.compile(r"-\d")
_CAPITAL_S = re.compile(r"[A-Z]s(?![\w\-])")
_CAPITALIZED_NEXT = re.compile(r" [A-Z]")
_ACRONYM_NEXT = re.compile(r"\s*\(\s*[A-Za-z0-9][\w\-+.]*\s*[);,]")


def _generic(surface: str) -> bool:
    """A lower-case multi-word form: papers write technique families this way, names not."""
    return surface == surface.lower() and (" " in surface or "-" in surface)


def _is_sentence_start(starts: set[int], text: str, offset: int) -> bool:
    return offset in starts or offset == 0 or text[:offset].rstrip().endswith((".", "!", "?", ":"))


class CatalogueMatcher:
    """Both phrase matchers over one catalogue; call it on a doc to get candidates."""

    def __init__(self, nlp: Language, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, CatalogueEntry] = {}
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for e in catalogue.entries:
            key = f"{e.type}\t{e.name}"
            self.entries[key] = e
            target = exact if (e.case_sensitive or e.ambiguous) else folded
            target.setdefault(key, []).extend(nlp.make_doc(f) for f in e.surface_forms)
        for key, docs in exact.items():
            self.exact.add(key, docs)
        for key, docs in folded.items():
            self.folded.add(key, docs)

    def __call__(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        raw = [(s, e, k) for k, s, e in self.exact(doc)] + [(s, e, k) for k, s, e in self.folded(doc)]
        # Longest match first, so "PA-MPJPE" wins over the "MPJPE" inside it.
        raw.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        out: list[Candidate] = []
        taken_to = -1
        strings = doc.vocab.strings
        starts = {s0 for s0, _ in sentence_spans(doc)}
        for s, e, key_id in raw:
            if s < taken_to:
                continue
            entry = self.entries[strings[key_id]]
            span = doc[s:e]
            if entry.ambiguous and (
                _is_sentence_start(starts, text, span.start_char) or _CAPITALIZED_NEXT.match(text, span.end_char)
            ):
                continue  # "GoPro Hero 4 cameras": part of a longer proper name
            ext = extend_match(text, span.start_char, span.end_char)
            if ext is None:
                continue
            cs, ce, variant = ext
            if variant and entry.type == "task":
                continue  # "Question Answering-Knowledge Graph": part of a name, not the task
            surface = text[cs:ce]
            if entry.type in ("method", "dataset") and not entry.case_sensitive and _generic(surface):
                continue  # "diffusion transformer", "score distillation sampling": a technique, not a name
            if entry.type != "task" and _ACRONYM_NEXT.match(text, ce) and not is_acronym(surface):
                continue  # "Grouped Query Attention (GQA)", "perplexity (PPL)": the acronym is the name
            taken_to = e
            role = ROLE_OF_TYPE.get(entry.type)
            if role is None:
                continue
            canonical = None if variant or surface == entry.name else entry.name
            conf = 0.7 if entry.ambiguous else 0.9
            rule = "catalogue:variant" if variant else "catalogue"
            out.append(Candidate(role, cs, ce, rule, conf, canonical))
        out.extend(self._glued(text, out))
        return out

    def _glued(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Names the tokenizer keeps inside one token: "Llama-2-13B", "NeRFs", "3DMMs"."""
        out: list[Candidate] = []
        spots = [(m.start(), True) for m in _DASH_DIGIT.finditer(text)]
        spots += [(m.start() + 1, False) for m in _CAPITAL_S.finditer(text)]
        for at, variant in spots:
            ws, we = word_bounds(text, at, at + 1)
            if ws >= at:
                continue
            stem = text[ws:at]
            if not variant and not re.search(r"[A-Z].*[A-Z]|\d", stem):
                continue  # "Models" is a plural of a word, "NeRFs" of a name
            entry = self.catalogue.lookup(stem)
            if entry is None or entry.ambiguous or entry.type not in ROLE_OF_TYPE or entry.type == "task":
                continue
            end = we if variant else at + 1
            if any(c.start < end and ws < c.end for c in found + out):
                continue
            canonical = None if variant or stem == entry.name else entry.name
            out.append(Candidate(ROLE_OF_TYPE[entry.type], ws, end,
                                 "catalogue:variant" if variant else "catalogue", 0.85, canonical))
        return out


@Language.factory("kg_catalogue", assigns=["doc._.kg_candidates"], default_config={"path": None})
def catalogue_component(nlp: Language, name: str, path: str | None):
    matcher = CatalogueMatcher(nlp, load_catalogue(path))

    def component(doc: Doc) -> Doc:
        return add(doc, matcher(doc))

    return component

"""Catalogue matches: every name and alias of the curated catalogue, found in the text at word
boundaries (exact case for ``case_sensitive`` entries, any case for the rest).

A match must cover a whole word: "COCO" inside "COCO-Stuff" or "Pre-RoPE" is a different
name and is left to the other components. Two extensions are allowed, because papers write
them and they are still the same family: a plural "s" ("NeRFs") and a version or size suffix
("LLaMA-2-13B", "GPT-4o-mini"), which drops the canonical name since it names a variant. A
dataset alias that is an edition of its entry ("VOC2007" of "PASCAL VOC") is named by the edition
("PASCAL VOC 2007", :mod:`kg.editions`), as the graph names it.
``ambiguous`` entries (names that are also English words, e.g. "Mamba", "Chameleon") match only
in their exact case and never as the first word of a sentence. A long form followed by its
acronym ("Expectation Maximization (EM)") names the entry by the acronym. A method's expansion
in Title Case ("Graph Convolutional Network") names it in the abstract; a Title Case name led by
a capitalised word mid-sentence is part of a longer name and is left (docs/catalogue.md, batch 6);
any other method led mid-sentence by one or two Title Case words is that longer name ("the Order
Neuron LSTM"); in the title, a Title Case name led by a word that extends it ("Dual Attention Vision
Transformers") is left. A form's spaces and hyphens may be written either way ("Soft-Actor Critic") (batch 7). A metric
after catalogue metrics joined to it by slashes ("BLEU/METEOR", "bpc/perplexity") is matched too, and
so is a metric glued to a threshold ("F1@2cm", "BLEU@4"), named by the whole form. An acronym metric
written with "score" after it ("BLEU scores", "FID score") is named by the acronym.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..editions import Editions
from ..model import Role
from ..schema import MENTION_ROLE
from .acronyms import long_form_start
from .catalogue_data import Catalogue, CatalogueEntry, load_catalogue
from .catalogue_lead import PREV_WORD, capitalised_lead, inside_longer_name, title_modifier_before
from .catalogue_spellings import glue_variants, separator_swaps, spelling_variants
from .doc import Candidate, state
from .sentences import split_sentences
from .shapes import DATASET_NOUNS, WORD_RUN, is_acronym, lower_same_length, word_runs
from .words import alternation

__all__ = ["ROLE_OF_TYPE", "word_bounds", "extend_match", "CatalogueMatcher", "catalogue_component"]

#: The role a plain match of a catalogue entry of each type gets (the schema's mention roles).
ROLE_OF_TYPE: Final = {t.value: role for t, role in MENTION_ROLE.items()}

_EDGE_PUNCT: Final = "()[]{}<>,;:!?\"'\u201c\u201d\u2018\u2019"
# "-13B", "-2", ".1", "-v2", "-XL", "-Large", "-mini", "-Instruct": the same family, another variant.
VARIANT: Final = re.compile(
    r"^(?:[-.](?:v?\d[\w.]*|[A-Z][A-Za-z0-9]*|"
    + alternation("catalogue_match", "variant_words")
    + r"|[a-z]?\d+[a-z]*))+$"
)


_ADJECTIVE_SUFFIX: Final = re.compile(r"^-(?:" + alternation("catalogue_match", "adjective_suffixes") + r")$", re.IGNORECASE)


_LOWER_SUFFIX: Final = re.compile(r"-[a-z]{3,}")
_PAIR_NEXT: Final = re.compile(r"\s*(?:/|&|and)\s*(?P<b>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)")
_APOSTROPHE_YEAR: Final = re.compile(r"^['\u2019]\d\d$")
_YEAR_VARIANT: Final = re.compile(r"-(?:19|20)\d\d(?![\w\-])")
_CITATION_KEY: Final = re.compile(r":\s?(?:journals|conf|books)/")
_SPACED_MAGNITUDE: Final = re.compile(r" [KMB](?![\w\-])")
_ROMAN_NEXT: Final = re.compile(r" (?:II|III|IV)(?![\w\-])")
# "F1@2cm", "Recall@0.5m", "Acc@5cm": a metric at a threshold written glued to it, a metric of its own.
_AT_THRESHOLD: Final = re.compile(r"@\d+(?:\.\d+)?(?:cm|mm|m|px|deg|°)?(?![\w\-@])")


# "BLEU score(s)", "FID score": an acronym metric's alias with the word "score" after it.
_SCORE_TAIL: Final = re.compile(r"[ -][Ss]cores?")
# A dash between words, written "--" (as LaTeX sources write it) or as the em dash character.
_DASH_END: Final = re.compile(r"--|-(?<=--)|—")


def word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited word around ``text[start:end]``, without edge punctuation. A dash
    written as "--" or "—" also ends a word ("four datasets--TCGA-BRCA, ..."), as a space would."""
    ws = start
    while ws > 0 and not text[ws - 1].isspace() and not _DASH_END.match(text, ws - 1):
        ws -= 1
    we = end
    while we < len(text) and not text[we].isspace() and not _DASH_END.match(text, we):
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
    if rest[0] == ")" and text[start - 1 : start] == "(" and len(rest) > 1:
        rest = rest[1:]  # "a graph neural network (GNN)-based model": the bracketed name, then its suffix
        if not (_ADJECTIVE_SUFFIX.match(rest) or (_LOWER_SUFFIX.match(rest) and not VARIANT.match(rest))):
            return None
    if _ADJECTIVE_SUFFIX.match(rest):
        return start, end, False  # "CNN-Based", "DiT-like": a mention of the base name
    if rest == "s" or rest == "'s" or rest == "\u2019s":
        return (start, end + 1, False) if rest == "s" else (start, end, False)
    if _LOWER_SUFFIX.match(rest) and not VARIANT.match(rest):
        return start, end, False  # "DiT-based", "COCO-style": a mention of the base name
    if VARIANT.match(rest):
        return start, we, True
    if _APOSTROPHE_YEAR.match(rest):
        return start, we, True  # "WMT’15", "WMT'16": a year of the named series
    if rest[0] in "/,(":  # "COCO/LVIS", "HDTF,MEAD", "LLaMA3($\\uparrow$ 34\\%)": a bracket opens a remark
        return start, end, False
    return None


# A catalogue name glued to a version ("Llama-2-13B") or a plural "s" after a capital ("NeRFs"),
# found from the "-digit" or the "Xs" ending (cheap scans), then the word around it.
_DASH_DIGIT: Final = re.compile(r"-\d")
_CAPITAL_S: Final = re.compile(r"s(?<=[A-Z]s)(?![\w\-])")  # led by the "s", which the engine skips to in C
_CAPITALIZED_NEXT: Final = re.compile(r" [A-Z]")
_TWO_CAPITALS_OR_DIGIT: Final = re.compile(r"[A-Z].*[A-Z]|\d")


def _generic(surface: str) -> bool:
    """A lower-case multi-word form: papers write technique families this way, names not (but
    a form with a version is a name: "gpt-3.5-turbo", "llama-2-chat", as model ids are written)."""
    return surface == surface.lower() and (" " in surface or "-" in surface) and not any(c.isdigit() for c in surface)


def _lower_case_name(name: str) -> bool:
    """A name the community writes in lower case as one hyphenated word or with a version
    ("ogbn-arxiv", "x-vector", "wav2vec 2.0"): in the text it is that name, not technique words."""
    return name == name.lower() and (" " not in name or any(c.isdigit() for c in name))


def _is_sentence_start(starts: set[int], text: str, offset: int) -> bool:
    return offset in starts or offset == 0 or text[:offset].rstrip().endswith((".", "!", "?", ":"))


# "Expectation Maximization (EM)": the acronym in brackets right after a catalogue long form.
_ACRONYM_IN_BRACKETS: Final = re.compile(r"\s*\(\s*([A-Za-z0-9][\w\-+.]*?[\w+])\s*[);,]")


def _word_char(hay: str, i: int) -> bool:
    return 0 <= i < len(hay) and (hay[i].isalnum() or hay[i] == "_")


# "F1-scores", "F-measures": a one-word form whose hyphenated last part is a measure noun has a plural too.
_MEASURE_NOUNS: Final = frozenset(("score", "measure", "rate", "error", "distance"))


def _plural_allowed(form: str) -> bool:
    last = form.rsplit(" ", 1)[-1]
    if " " not in form:
        return "-" in form and last.rsplit("-", 1)[1].lower() in _MEASURE_NOUNS
    return last[-1].isalpha() and last[-1] not in "sS" and last.lower() not in DATASET_NOUNS


def _occurrences(hay: str, key: str, plural: bool | None = None) -> list[int]:
    """Offsets where ``key`` begins and ends at word boundaries in ``hay``; a multi-word form
    may also end in a plural "s" ("LSUN Bedrooms"), which :func:`extend_match` then takes; not
    when its last word is a dataset noun ("several STS benchmarks" are no one benchmark).
    ``plural`` is :func:`_plural_allowed` of ``key`` (the matcher keeps it with each form)."""
    n = len(key)
    plural = _plural_allowed(key) if plural is None else plural
    out = []
    i = hay.find(key)
    while i >= 0:
        if not _word_char(hay, i - 1) and (
            not _word_char(hay, i + n) or (plural and hay[i + n] == "s" and not _word_char(hay, i + n + 1))
        ):
            out.append(i)
        i = hay.find(key, i + n)
    return out


def _needed_runs(form: str) -> frozenset[str]:
    """The lower-cased runs of word characters every word-bounded occurrence of ``form`` puts
    among a text's runs (see :meth:`CatalogueMatcher._raw`); empty for a form that cannot match.

    A match begins and ends at word boundaries, so each run of the form is a whole run of the
    text (lower case keeps what is a word character). Left out: the last run of a form that may
    take a plural "s" ("LSUN Bedrooms"), and non-ASCII runs (lower case may differ in context),
    except the first run, which the matcher has always required. A form not opening with a word
    character never matched (its first "run" was its first character) and is dropped.
    """
    first = WORD_RUN.match(form)
    if first is None:
        return frozenset()
    runs = WORD_RUN.findall(form.lower())
    if _plural_allowed(form) and form[-1].isalnum():
        runs = runs[:-1]
    return frozenset([first.group().lower(), *(r for r in runs if r.isascii())])


def _plural_tail(form: str) -> frozenset[str] | None:
    """For a form whose last run :func:`_needed_runs` leaves out (it may take a plural "s"), the
    runs a word-bounded occurrence ends in: that run or its plural ("bedroom", "bedrooms"); else
    ``None``. Non-ASCII last runs give ``None`` (lower case may differ in context)."""
    if not (_plural_allowed(form) and form[-1].isalnum()):
        return None
    last = WORD_RUN.findall(form.lower())[-1]
    return frozenset((last, last + "s")) if last.isascii() else None


_TITLE_WORDS: Final = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|of|and|the|for))+")


_SMALL_WORDS: Final = frozenset("of the and for in with on by to a an via from over".split())
_USED_WITH: Final = frozenset("via with using by through and".split())


def _title_full_name(e: CatalogueEntry, catalogue: Catalogue) -> str | None:
    """A method's expansion written in Title Case ("Graph Convolutional Network" for GCN), matched
    in that exact case only: capitalised like a name it names the entry; the same words in lower
    case are the technique family, which the guidelines leave out. ``None`` when the expansion is
    one word, not in Title Case, or already a surface form of some entry."""
    fn = e.full_name
    if e.type != "method" or not fn or " " not in fn.strip():
        return None
    words = re.findall(r"[A-Za-z][\w'\u2019\-]*", fn)
    if not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return None
    return None if catalogue.lookup(fn) is not None else fn


def _least_shared(runs: frozenset[str], shared: Counter) -> str:
    """The run of ``runs`` fewest forms hold, a function word last (ties: the longest, then by spelling)."""
    return min(runs, key=lambda r: (r in _SMALL_WORDS, shared[r], -len(r), r))


def _gates(index: dict[str, list], shared: Counter) -> dict[str, tuple[tuple, frozenset[str] | None, dict[str, tuple]]]:
    """Key -> (the forms filed under it that need no other run, the gates, gate -> forms): a form
    that needs other runs too waits behind the least shared of them, a form with a plural tail
    behind either spelling of it. The text's runs open gates as a set (in C): most forms a key
    files are not in the text ("state of the art" under "state"), and reading their records one by
    one cost more than the matches (the records are seldom in cache)."""
    gated = {}
    for key, filed in index.items():
        always: list = []
        behind: dict[str, list] = {}
        for f in filed:
            rest, tail = f[4], f[5]
            if rest is not None:
                behind.setdefault(_least_shared(rest, shared), []).append(f)
            elif tail is not None:
                for r in sorted(tail):
                    behind.setdefault(r, []).append(f)
            else:
                always.append(f)
        gated[key] = (tuple(always), frozenset(behind) or None, {g: tuple(fs) for g, fs in behind.items()})
    return gated


class CatalogueMatcher:
    """Every surface form of one catalogue, matched on the text by :meth:`match`.

    A form must begin and end at word boundaries, as spaCy's PhraseMatcher would require of
    tokens; exact case for ``case_sensitive`` and ``ambiguous`` entries, any case otherwise.
    Forms are indexed by their least shared run of word characters: the runs of a text are
    collected with one regex and intersected with the index as sets, so only the few hits cost
    Python time (a PhraseMatcher needs the tokenizer, which cost more than every rule together).
    """

    def __init__(self, nlp: Language | None, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.editions = Editions([(e.name, list(e.aliases), e.not_editions) for e in catalogue.entries if e.type == "dataset"])
        self._title_forms: set[str] = set()
        forms: list[tuple[str, int, CatalogueEntry, bool]] = []
        seen: set[tuple[str, bool]] = set()
        first_form: dict[tuple[int, str], tuple[str, bool]] = {}  # (entry number, surface) -> (form, exact) indexed
        for n, e in enumerate(catalogue.entries):
            exact = e.case_sensitive or e.ambiguous
            title = _title_full_name(e, catalogue)
            if title is not None:
                seen.add((title, True))
                forms.append((title, n, e, True))
                self._title_forms.add(title)
            for surface in e.surface_forms:
                form = surface if exact else surface.lower()
                if (form, exact) in seen:
                    continue  # the first entry with a form wins, as the lookup index does
                seen.add((form, exact))
                forms.append((form, n, e, exact))
                first_form[(n, surface)] = (form, exact)
        # Dataset names glued or written apart ("MITIndoor", "Web Questions") hold other runs of
        # word characters than their form: they are forms of their own, after every owned form.
        split_forms: set[str] = set()
        for n, v in glue_variants(catalogue):
            if (v, True) not in seen:
                seen.add((v, True))
                forms.append((v, n, catalogue.entries[n], True))
                if " " in v:
                    split_forms.add(v)
        # Spellings of a form with its separators swapped ("Soft-Actor Critic" for "Soft
        # Actor-Critic") hold the same runs of word characters, so they ride on the form's index
        # entry and are searched only when its runs are in the text. A spelling some entry owns
        # as a form keeps that entry.
        spellings: dict[tuple[str, bool], list[tuple[str, bool, bool]]] = {}
        for n, surface, v, v_exact in spelling_variants(catalogue):
            v = v if v_exact else v.lower()
            if (n, surface) in first_form and (v, v_exact) not in seen:
                seen.add((v, v_exact))
                spellings.setdefault(first_form[(n, surface)], []).append((v, v_exact, _plural_allowed(v)))
        # A Title Case expansion has its separator spellings too ("Long Short Term Memory" for
        # "Long Short-Term Memory"), matched where the expansion itself would be (see _raw).
        for title in sorted(self._title_forms):
            for v in sorted(separator_swaps(title)):
                if (v, True) not in seen and catalogue.lookup(v) is None:
                    seen.add((v, True))
                    spellings.setdefault((title, True), []).append((v, True, _plural_allowed(v)))
        # Run of word characters, lower-cased -> [(form, entry number, entry, exact case?, the other
        # runs the text must hold or None, plural tail, spellings)]. A form is filed under its least
        # shared run that is not a function word: filed under its first run, a common word ("image",
        # "text-to") made every text try dozens of forms. (Which run files a form changes only
        # which forms a text tries, never what is found: every run of a found form is in the text.)
        # A form whose last run may take a plural "s" ("text classification(s)") is filed under
        # that run, singular and plural, when it is less shared than the form's other runs; the
        # plural's entry then stands aside when the singular is in the text too (its entry is tried).
        shared = Counter(r for f in forms for r in set(WORD_RUN.findall(f[0].lower())))
        index: dict[str, list[tuple[str, int, CatalogueEntry, bool, frozenset[str] | None, frozenset[str] | None,
                             tuple[tuple[str, bool, bool], ...], str | None, int, bool]]] = {}
        for form, n, e, exact in forms:
            runs = _needed_runs(form)
            if runs:
                key = _least_shared(runs, shared)
                extra = tuple(spellings.get((form, exact), ()))
                tail = _plural_tail(form)
                last = min(tail, key=len) if tail is not None else None
                # 1: a split dataset name, 2: a Title Case expansion (each matched only where it names)
                check = 1 if form in split_forms else 2 if exact and form in self._title_forms else 0
                plural = _plural_allowed(form)  # (for _occurrences, once per form, not per text)
                if last is not None and last not in _SMALL_WORDS and shared[last] < shared[key]:
                    index.setdefault(last, []).append((form, n, e, exact, runs, None, extra, None, check, plural))
                    index.setdefault(last + "s", []).append((form, n, e, exact, runs, None, extra, last, check, plural))
                else:
                    index.setdefault(key, []).append((form, n, e, exact, runs - {key} or None, tail, extra, None, check, plural))
        self._keys = frozenset(index)
        self._gated = _gates(index, shared)

    def _raw(self, text: str, title_end: int = 0) -> list[tuple[int, int, int, CatalogueEntry]]:
        """(start, end, entry number, entry) of every form found at word boundaries."""
        low = lower_same_length(text)
        if low is None:  # rare letters whose lower case is longer: keep offsets
            low = "".join(ch.lower()[:1] for ch in text)
        runs = word_runs(low)
        raw = []
        gated = self._gated
        for key in self._keys.intersection(runs):  # type: ignore[arg-type]
            filed, gates, behind = gated[key]
            if gates is not None and not gates.isdisjoint(runs):  # type: ignore[arg-type]  # (most keys open no gate: no empty set made)
                opened = gates.intersection(runs)  # type: ignore[arg-type]
                for g in opened:
                    filed += behind[g]
                if len(opened) > 1:  # a form behind both spellings of its tail is read once
                    filed = tuple({id(f): f for f in filed}.values())
            for form, n, entry, exact, rest, tail, spellings, tried, check, plural in filed:
                # Past the gates, a form still needs all its runs: "image classification" its tail.
                if (rest is None or rest <= runs) and (tail is None or not runs.isdisjoint(tail)) and (tried is None or tried not in runs):  # type: ignore[union-attr,operator]
                    hay = text if exact else low
                    if form in hay:
                        found = [(at, at + len(form), n, entry) for at in _occurrences(hay, form, plural)]
                        if check == 1:
                            # "Web Questions" for WebQuestions: not in a title (every word is capitalised
                            # there), nor as the start of a longer capitalised name ("Shanghai Tech University").
                            found = [m for m in found if m[0] >= title_end and not _CAPITALIZED_NEXT.match(text, m[1])]
                        elif check == 2:
                            found = [m for m in found if self._named_expansion(text, m[0], m[1], title_end)]
                        raw += found
                    for spelling, sp_exact, sp_plural in spellings:
                        hay = text if sp_exact else low
                        if spelling in hay:
                            found = [(at, at + len(spelling), n, entry) for at in _occurrences(hay, spelling, sp_plural)]
                            if check == 2:  # an expansion's spelling names where the expansion would
                                found = [m for m in found if self._named_expansion(text, m[0], m[1], title_end)]
                            raw += found
        return raw

    def match(self, text: str, sents: list[tuple[int, int]] | None = None, title_end: int = 0) -> list[Candidate]:
        """Candidates for every catalogue name in ``text`` (whose title, if any, ends at ``title_end``)."""
        raw = self._raw(text, title_end)
        # Longest match first, so "PA-MPJPE" wins over the "MPJPE" inside it; then catalogue
        # order (sets iterate in a per-process order, the output must not).
        raw.sort(key=lambda m: (m[0], -(m[1] - m[0]), m[2]))
        out: list[Candidate] = []
        taken_to = -1
        starts: set[int] | None = None  # sentence starts, for the few ambiguous entries
        for s, e, _, entry in raw:
            if s < taken_to:
                continue
            if entry.type == "method" and s >= title_end and _TITLE_WORDS.fullmatch(text, s, e) \
                    and inside_longer_name(text, s, title_end) and not _ACRONYM_IN_BRACKETS.match(text, e):
                continue  # "Random-Key Genetic Algorithm": a part of another name
            if entry.type == "method" and s < title_end and _TITLE_WORDS.fullmatch(text, s, e) and title_modifier_before(text, s):
                continue  # "Dual Attention Vision Transformers", "Sparse Progressive Distillation": another name
            if entry.ambiguous:
                if starts is None:
                    starts = {s0 for s0, _ in (split_sentences(text) if sents is None else sents)}
                if _is_sentence_start(starts, text, s) or _CAPITALIZED_NEXT.match(text, e):
                    continue  # "GoPro Hero 4 cameras": part of a longer proper name
            pair = self._dataset_pair(text, s, e) if entry.type != "dataset" else None
            if pair is not None:
                taken_to = pair.end
                out.append(pair)  # "CNN / Daily Mail", "CNN and Daily Mail": one dataset, no method "CNN"
                continue
            ext = extend_match(text, s, e)
            if ext is None and entry.type in ("metric", "method") and text[s - 1 : s] == "/":
                ext = self._after_slashed(text, s, e, entry.type)  # "BLEU/METEOR", "GPT-3.5/GPT-4"
            if ext is None and entry.type == "metric" and (at := _AT_THRESHOLD.match(text, e)) and (s == 0 or text[s - 1] in " (\n"):
                ext = (s, at.end(), True)  # "the F1@2cm score": the metric at that threshold
            if ext is None:
                continue
            cs, ce, variant = ext
            if variant and (entry.type == "task" or (entry.ambiguous and text[e + 1 : e + 2].isdigit())):
                if not (entry.type == "dataset" and _YEAR_VARIANT.match(text, e)):
                    continue  # "Question Answering-Knowledge Graph", "Medusa-2": part of another name
                # "VOT-2018": a dataset's year is the support an ambiguous name needs
            if _CITATION_KEY.match(text, ce):
                continue  # "DBLP: journals/corr/abs-1711-03953": a BibTeX key, not the dataset
            if variant and text[ce - 1].isdigit():
                mag = _SPACED_MAGNITUDE.match(text, ce)
                ce = mag.end() if mag else ce  # "ImageNet-5 K": a size written apart from its number
            if entry.type == "metric" and entry.name.isupper() and _SCORE_TAIL.fullmatch(text, cs + len(entry.name), ce):
                ce = cs + len(entry.name)  # "BLEU scores": the metric is "BLEU", as papers name it
            surface = text[cs:ce]
            role = ROLE_OF_TYPE.get(entry.type)
            acr = _ACRONYM_IN_BRACKETS.match(text, ce) if entry.type != "task" else None
            if acr and not is_acronym(surface):
                # "Grouped Query Attention (GQA)", "perplexity (PPL)": the acronym is the name.
                # When its letters spell the long form, it takes the entry's role and name.
                short = acr.group(1)
                if role is not None and is_acronym(short) and long_form_start(short, text, ce) == cs:
                    taken_to = acr.end(1)
                    out.append(Candidate(role, acr.start(1), acr.end(1), "catalogue:acronym", 0.85, entry.name))
                continue
            if entry.type in ("method", "dataset") and not entry.case_sensitive and _generic(surface) \
                    and not _lower_case_name(entry.name):
                continue  # "diffusion transformer", "score distillation sampling": a technique, not a name
            if entry.type in ("method", "dataset") and (roman := _ROMAN_NEXT.match(text, ce)):
                ce, variant = roman.end(), True  # "NSGA II", "Llama III": a version keeps its own identity
                surface = text[cs:ce]
            if entry.type == "method" and not variant and s >= title_end and (lead := capitalised_lead(text, cs, title_end)) is not None:
                if _CAPITALIZED_NEXT.match(text, ce) or _ACRONYM_IN_BRACKETS.match(text, ce):
                    continue  # "Snake Mamba Block", "Manifold Aligning GAN (MAGAN)": the name is longer still, or its acronym
                cs, variant = lead, True  # "the Order Neuron LSTM": a longer name of its own
                surface = text[cs:ce]
            taken_to = e
            if role is None:
                continue
            canonical = None if variant or surface == entry.name else self._canonical(entry, surface)
            conf = 0.7 if entry.ambiguous else 0.9
            rule = "catalogue:variant" if variant else "catalogue"
            out.append(Candidate(role, cs, ce, rule, conf, canonical))
        out.extend(self._glued(text, out))
        return out

    def _after_slashed(self, text: str, s: int, e: int, kind: str) -> tuple[int, int, bool] | None:
        """A metric or method written after other catalogue names of its kind joined by slashes
        ("PSNR/SSIM", "bpc/perplexity", "GPT-3.5/GPT-4", "RNN/CNN") is a name of its own, when nothing
        but a slash, comma or the word's end follows it."""
        ws, we = word_bounds(text, s, e)
        if (we == e or text[e] in "/,") and all(
                (x := self.catalogue.lookup(piece)) is not None and x.type == kind for piece in text[ws : s - 1].split("/")):
            return s, e, False
        return None

    def _canonical(self, entry: CatalogueEntry, surface: str) -> str:
        """The entry's name, or the edition's when ``surface`` is one ("VOC2007": "PASCAL VOC 2007")."""
        return (self.editions.canonical(surface) or entry.name) if entry.type == "dataset" else entry.name

    @staticmethod
    def _named_expansion(text: str, s: int, e: int, title_end: int) -> bool:
        """A Title Case expansion names its entry in the abstract, not inside a longer capitalised
        name. In a title every word is capitalised, so there it names the entry only when the
        abstract writes the same words too (any case) and the title's start, a colon or a word of
        use ("via", "with") leads it ("... via Singular Value Decomposition"; not "Autoregressive
        Convolutional Neural Networks", nor "... for Independent Component Analysis")."""
        if s >= title_end:
            return not inside_longer_name(text, s, title_end) and not _CAPITALIZED_NEXT.match(text, e)
        prev = PREV_WORD.search(text, max(0, s - 40), s)
        # Led by the title's start, a colon or a word saying the name is used ("via", "with");
        # after "for" it is what the paper is for, a task ("... for Independent Component Analysis").
        lead_ok = prev is None or prev.group(1).endswith(":") or prev.group(1).lower() in _USED_WITH
        after = e + (text[e : e + 1] == "s")  # past a plural
        return lead_ok and not _CAPITALIZED_NEXT.match(text, after) and text[s:e].lower() in text[title_end:].lower()

    def _dataset_pair(self, text: str, s: int, e: int) -> Candidate | None:
        """The dataset "A/B" when the name at ``text[s:e]`` is its first half, written with a
        slash, spaced slash, "&" or "and" ("CNN / Daily Mail" names the corpus, not the CNN)."""
        m = _PAIR_NEXT.match(text, e)
        if m is None:
            return None
        for form in (f"{text[s:e]}/{m.group('b')}", f"{text[s:e]}/{m.group('b').replace(' ', '')}"):
            entry = self.catalogue.lookup(form)
            if entry is not None and entry.type == "dataset":
                return Candidate(Role.DATASET, s, m.end("b"), "catalogue:pair", 0.9, entry.name)
        return None

    def _glued(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Names the tokenizer keeps inside one token: "Llama-2-13B", "NeRFs", "3DMMs"."""
        out: list[Candidate] = []
        spots = [(m.start(), True) for m in _DASH_DIGIT.finditer(text)]
        spots += [(m.start(), False) for m in _CAPITAL_S.finditer(text)]
        for at, variant in spots:
            ws, we = word_bounds(text, at, at + 1)
            if ws >= at:
                continue
            stem = text[ws:at]
            if not variant and not _TWO_CAPITALS_OR_DIGIT.search(stem):
                continue  # "Models" is a plural of a word, "NeRFs" of a name
            entry = self.catalogue.lookup(stem)
            if entry is None or entry.ambiguous or entry.type not in ROLE_OF_TYPE or entry.type == "task":
                continue
            end = we if variant else at + 1
            if any(c.start < end and ws < c.end for c in found + out):
                continue
            canonical = None if variant or stem == entry.name else self._canonical(entry, stem)
            out.append(Candidate(ROLE_OF_TYPE[entry.type], ws, end,
                                 "catalogue:variant" if variant else "catalogue", 0.85, canonical))
        return out


@Language.factory(
    "kg_catalogue", requires=["doc._.kg_sents"], assigns=["doc._.kg_candidates"], default_config={"path": None}
)
def catalogue_component(nlp: Language, name: str, path: str | None):
    """Appends a candidate for every catalogue name in the text; ``path`` is a custom catalogue
    (validated when loaded)."""
    matcher = CatalogueMatcher(nlp, load_catalogue(path))

    def component(doc: Doc) -> Doc:
        st = state(doc)
        st.candidates.extend(matcher.match(st.text, st.sents, st.title_end))
        return doc

    return component

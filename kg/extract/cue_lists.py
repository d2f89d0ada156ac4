"""The list grammar the cue frames share, and the word tests that keep them to names.

A cue frame ("on A, B and C datasets", "outperforms X and Y") matches a list of name-shaped items
(:data:`LIST`: capitalised or digit-led words, up to four an item, each with an optional short
bracketed remark); :func:`split_list` cuts it into items and :func:`emit_list` keeps those that
name something: not hardware, hosts or fields (:data:`NOT_NAMES`), not a kind ("previous FFG
methods", "DETR-like"), not a modifier of a common noun ("GRBM representations"). Used by
:mod:`kg.extract.cues`, :mod:`kg.extract.method_cues` and the list, metric and dataset-shape rules.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .ascii_twin import ascii_twin
from .doc import Candidate
from .shapes import DATASET_NOUNS, PLURAL_ACRONYM, STOP_NAMES, is_name_like
from .words import word_set
from .proposed_names import valid_name

__all__ = [
    "split_list", "emit_list", "is_modifier", "nearest_kind", "ADJ_SUFFIX", "CAP", "CLASS_NOUN_AFTER", "DS", "INDEFINITE",
    "LANGUAGES", "LIST", "LISTED", "METHOD_CONTEXT", "NATURAL_LANGUAGES", "NOT_NAMES", "NUMBER_WORD", "titled_name",
]

CAP: Final = r"[A-Z0-9](?:(?:[\w+.]|-(?=\w))*[\w+])?"
_ITEM: Final = rf"{CAP}(?: {CAP}){{0,3}}"
# An item may carry a short lower-case remark: "XOR-Retrieve (cross-lingual), MIRACL (monolingual)".
_REMARK: Final = r"(?:\s*\([A-Za-z][\w\- ]{0,24}\))?"
LIST: Final = (rf"{_ITEM}{_REMARK}(?:\s*,\s*(?:and\s+|or\s+)?{_ITEM}{_REMARK})*"
        rf"(?:\s*,?\s*(?:and|or|&)\s+{_ITEM}{_REMARK})?")
DS: Final = r"(?:datasets?|data[- ]sets?|benchmarks?|corpus|corpora|databases?|suites?)"
METHOD_CONTEXT: Final = re.compile(
    r"\b(?:methods?|models?|baselines?|approaches|LLMs?|VLMs?|MLLMs?|PLMs?|MLMs?|LMs?|networks?|architectures?"
    r"|backbones?|systems?|algorithms?|encoders?|detectors?|frameworks?|platforms?|tools|toolkits?|toolboxes"
    r"|librar(?:y|ies)|packages?|solvers?|optimi[sz]ers?|functions|planners?|agents?|policies|classifiers?)\b"
)
_METHOD_CONTEXT_ASCII: Final = ascii_twin(METHOD_CONTEXT)  # for ASCII text: the same nouns, found faster
_DATASET_CONTEXT: Final = re.compile(rf"\b{DS}\b")
_ITEM_RE: Final = re.compile(_ITEM)
NUMBER_WORD: Final = re.compile(r"(?:[\d.,]+(?:\s*[x\u00d7]\s*[\d.,]+)?\s+)+")
LANGUAGES: Final = word_set("cues", "languages")
# "English and Chinese GEC benchmarks", "F1 on the English test set": a language says which part
# or kind of data, it names no set.
NATURAL_LANGUAGES: Final = word_set("cues", "natural_languages")
# Hardware, sensors, fields, hosts, mathematical objects, citation placeholders and size words: never names.
NOT_NAMES: Final = word_set("cues", "not_names")
CLASS_NOUN_AFTER: Final = re.compile(
    r"\s+(?:methods|approaches|techniques|works|systems|tasks|settings|pipelines|frameworks|solutions|algorithms"
    r"|architectures|baselines|models)\b"
)
ADJ_SUFFIX: Final = re.compile(r"-(?:like|based|style|type|inspired|driven|guided|free|aware|specific|[a-z]+ed)$")
# "a MNIST-based MIL dataset": a word made an adjective leads the phrase, which names a kind of set.
LEAD_ADJ: Final = re.compile(r"^\S+-(?:like|based|style|inspired|driven|guided|derived) ")
INDEFINITE: Final = re.compile(r"\b(?:an?|any|each|every)\s+(?:[a-z][\w\-]*\s+)?\Z", re.IGNORECASE)
# Does a list's text hold two items or more ("A, B", "A and B")?
LISTED: Final = re.compile(r",|\s(?:and|or|&)\s")
_ACRONYM_AFTER: Final = re.compile(r"\s*\(\s*([A-Za-z0-9][\w\-+.]*[\w+])\s*\)")
_BRACKETED: Final = re.compile(r"\([^()]*\)")


def split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the items of "A, B, and C" inside ``text[start:end]``."""
    out = []
    inside = [(b.start(), b.end()) for b in _BRACKETED.finditer(text, start, end)]
    for m in _ITEM_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        if any(a < s < b for a, b in inside):
            continue  # "MIRACL (Monolingual)": a remark, not an item
        lead = NUMBER_WORD.match(text, s, e)
        if lead:  # "512 ImageNet": a resolution or count, then the name
            s = lead.end()
        words = text[s:e].split(" ")
        if len(words) >= 4 and all(is_name_like(w) and not w.isdigit() for w in words):
            # "(Tiny-DOTA CHAI AITOD SarDET and COCO)": names written apart without commas
            at = s
            for w in words:
                out.append((at, at + len(w)))
                at += len(w) + 1
        elif s < e:
            out.append((s, e))
    return out


_NEXT_WORD: Final = re.compile(r"\)?\s+([a-z][a-z\-]+)")
_NOUN_OK_AFTER: Final = word_set("cues", "noun_ok_after")


def is_modifier(text: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by a common noun it qualifies ("GRBM representations"),
    rather than by a verb, adverb, preposition or a noun that names its kind ("COCO dataset")?"""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    w = m.group(1)
    if w in STOP_NAMES or w in _NOUN_OK_AFTER or w in _VERBS_S:
        return False
    return not w.endswith(("ly", "ed", "ing"))


_VERBS_S: Final = word_set("cues", "verbs_s")


def nearest_kind(text: str, lo: int, at: int) -> Role | None:
    """What the noun nearest before ``at`` (within 60 characters, not before ``lo``) says a list is:
    datasets ("datasets (e.g., SGD, M2M)") or methods ("models like Wsabie and PSI"), else None."""
    tail = text[max(lo, at - 60) : at]
    ds = [d.end() for d in _DATASET_CONTEXT.finditer(tail)]
    me = [d.end() for d in (_METHOD_CONTEXT_ASCII if tail.isascii() else METHOD_CONTEXT).finditer(tail)]
    if ds and (not me or ds[-1] > me[-1]):
        return Role.DATASET
    return Role.METHOD if me else None


def _name_ok(phrase: str, strong: bool) -> bool:
    if " " not in phrase:
        return is_name_like(phrase, allow_capitalized=strong)
    return valid_name(phrase, strong_context=strong, plain_words_ok=strong)

def _data_kind(phrase: str) -> bool:
    """Does a list item name a kind of data, not a set: a plural acronym ("on 14 LLMs") or a
    language ("English and Chinese GEC benchmarks")? (A language before an acronym is left: the
    acronym names a set as often as a task, "English ACE corpus", "English GEC benchmarks".)"""
    return bool(PLURAL_ACRONYM.fullmatch(phrase)) or phrase in NATURAL_LANGUAGES


def emit_list(text: str, out: list[Candidate], m: re.Match, role: Role, rule: str, conf: float, strong: bool,
               modifiers_ok: bool = False, vouched: bool = False, count: int | None = None) -> None:
    """Candidates for the name-shaped items of the list ``m`` matched (group ``list``); ``vouched``:
    the frame says they are names, so multi-word Title Case items need no name-shaped sibling;
    ``count``: the number of items the text says the list holds ("three datasets: ...")."""
    items = split_list(text, m.start("list"), m.end("list"))
    if count is not None and len(items) == count - 1:
        items = _split_by_count(text, items)
    phrases = [text[s:e] for s, e in items]
    # A list vouches for its plain capitalised members only if one member is name-shaped.
    strong = strong and any(is_name_like(w) for p in phrases for w in p.split())
    if role is Role.DATASET and len(items) > 1 and CLASS_NOUN_AFTER.match(text, items[-1][1]):
        return  # "on NLI and CQA tasks", "Torch7 and Theano frameworks": the noun after the list says what each is
    for (s, e), phrase in zip(items, phrases):
        if phrase in NOT_NAMES or phrase.lower() in STOP_NAMES or (role is Role.DATASET and _data_kind(phrase)):
            continue  # "on GPU and CPU", "available on GitHub": hardware and hosts; "compared to SoTA LLMs"
        if CLASS_NOUN_AFTER.match(text, e) or ADJ_SUFFIX.search(phrase) or LEAD_ADJ.match(phrase):
            continue  # "previous FFG methods", "a Long-CoT-based dataset", "a MNIST-based MIL dataset": a kind
        if not modifiers_ok and is_modifier(text, e):
            continue  # "on GRBM representations": the name qualifies a common noun
        acr = _ACRONYM_AFTER.match(text, e)
        if acr and is_name_like(acr.group(1)):
            s, e, phrase = acr.start(1), acr.end(1), acr.group(1)  # "Long Name (LN)": LN is the name
            if phrase in NOT_NAMES:
                continue
        if _name_ok(phrase, strong) or vouched and titled_name(text, phrase, e):
            out.append(Candidate(role, s, e, rule, conf))


def titled_name(text: str, phrase: str, end: int) -> bool:
    """Is ``phrase`` (ending at ``end``) a Title Case name of two to four words, the kind a frame
    that says what its items are lets stand alone ("algorithms such as Dynamic Policy Programming",
    "outperforms Random Search": a task head is a method's name here too)? Not one cut at a hyphen
    ("Deep Q- learning") or by "and" ("Joint Compatibility Branch and Bound (JCBB)"), a figure
    ("Teller 0.92s"), a function word, a dataset noun, nor a field ("Reinforcement Learning", "Natural Language Processing")."""
    words = phrase.split()
    return (1 < len(words) <= 4 and all(w[0].isupper() and w[0].isalpha() and not w.endswith("-") for w in words)
            and not any(ADJ_SUFFIX.search(w) for w in words)  # "RANSAC-based PnP", "RQ- VAE"
            and not any(w.lower() in STOP_NAMES for w in words) and words[-1].lower() not in _NOT_TITLED_HEADS
            and not text.startswith("-", end) and not _ONE_NAME_ON.match(text, end))


# the heads of fields: "Reinforcement Learning", "Natural Language Processing", "Computer Vision", "Artificial Intelligence"
_NOT_TITLED_HEADS: Final = DATASET_NOUNS | {"learning", "processing", "vision", "intelligence"}
_ONE_NAME_ON: Final = re.compile(r"\s+(?:and|&)\s+[A-Z]\w*\s*\(")


def _split_by_count(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list the text counts one more of than its commas and "and" give, with the
    one item of two name-shaped words split in two: "three datasets: SDLane TuSimple and CULane"
    (a comma lost), not "MS COCO" in a list whose count agrees."""
    words = [text[s:e].split() for s, e in items]
    pairs = [i for i, ws in enumerate(words) if len(ws) == 2 and all(w[0].isalpha() and is_name_like(w) for w in ws)]
    if len(pairs) != 1:
        return items
    s, e = items[pairs[0]]
    first, second = words[pairs[0]]
    cut = s + len(first)
    return [*items[: pairs[0]], (s, cut), (text.index(second, cut), e), *items[pairs[0] + 1 :]]

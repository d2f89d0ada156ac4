"""Names the catalogue does not know, recognised from the words around them.

- datasets: "on the X dataset", "X and Y benchmarks", "datasets (e.g., A, B and C)",
  "three public datasets: A, B, and C";
- resource names: capitalised words ending in a capitalised resource noun ("the Penn Treebank",
  "the X Corpus 2022"), introduced when the sentence presents a new one;
- metrics: "metrics such as A and B";
- examples: "baselines such as A and B", "datasets like A and B" (the noun says which);
- methods: the frames of :mod:`kg.extract.method_cues` (compared against, built on, libraries,
  kind nouns, citations, shapes, coordinated names), tried at the same anchors; techniques named
  after a person ("the Galerkin method") are :mod:`kg.extract.eponyms`'.

For "such as / including" lists, the noun nearest the cue says what is listed ("data sets in
AutoML platforms including A, B" lists platforms). List items may carry a bracketed remark
("MIRACL (monolingual)"); the list grammar is :mod:`kg.extract.cue_lists`.

Only name-shaped words qualify (mixed case, digits, acronyms); a plain capitalised word
("Objaverse") is accepted only right before an explicit "dataset"/"benchmark". Lower-case
phrases never do: "large-scale datasets" and "diffusion models" are not names.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .anchors import Anchors
from .cue_lists import DS, INDEFINITE, LIST, LISTED, NATURAL_LANGUAGES, METHOD_CONTEXT, NUMBER_WORD, emit_list, nearest_kind
from .doc import Candidate, state, title_end
from .method_cues import built_on_at, cited_names, compared_at, coordinated_methods, kind_noun_at, library_at, shaped_methods
from .shapes import TASK_HEADS
from .resource_names import capitalised_resource, connected_resource, plain_words_before
from .words import alternation, anchor_kinds, word_set
from . import eponyms

__all__ = ["find_cued_names", "cues_component"]

# Every rule starts at an anchor word; one scan for all anchors, then each rule's expression is
# tried only there (a regex scan of the whole text per rule costs more than tokenising it).
_ANCHORS: Final = Anchors(anchor_kinds("cues"), ignore_case=True)  # type: ignore[arg-type]  # data/cues.json
# "(?<![\w\-])(?P<list>{LIST})\s+\Z" with the lookbehind after the list's first character (a
# capital or digit), so the search of the window skips in C to those (a pattern led by a
# lookbehind is tried at every character).
_BEFORE_DS_NOUN: Final = re.compile(rf"(?P<list>[A-Z0-9](?<![\w\-].){LIST.removeprefix('[A-Z0-9]')})\s+\Z")
_AFTER_METRIC_NOUN: Final = re.compile(
    rf"(?i:metrics)(?P<sep>\s*(?:\(\s*|:\s*|,\s*|--\s*|[\u2014\u2013]\s*)(?:e\.g\.|i\.e\.|such as|including|namely|like)?,?)\s*(?P<list>{LIST})"
)
_AFTER_DS_NOUN: Final = re.compile(
    rf"(?i:{DS})(?P<sep>\s*(?:\(\s*|:\s*|,\s*)?(?:e\.g\.|i\.e\.|such as|including|namely|like)?,?)\s*(?P<list>{LIST})"
)
_EVAL_ON: Final = re.compile(
    r"(?i:"
    + alternation("cues", "evaluation_words")
    + r")\s+(?:\w+\s+){0,2}?on\s+(?:the\s+)?(?:challenging\s+|public\s+|popular\s+|standard\s+)?(?P<list>"
    + LIST
    + r")"
)
_EXAMPLES: Final = re.compile(rf"(?i:such as|e\.g\.,?|including|like)\s+(?P<list>{LIST})")
# "scientific TLDR datasets", "our constructed X datasets": the names modify a generic phrase.
# (Whole words only: "widely-used" is one of the exceptions, its "used" no modifier.)
_MODIFIED: Final = re.compile(r"(?<![\w\-])(?!(?:" + alternation("cues", "not_modifiers") + r")(?![\w\-]))[a-z][a-z\-]+\s+\Z")
# "the existing UniMorph dataset", "the original Cityscapes and KITTI benchmarks": words that say
# which one, not what kind, when one set is named or several are listed; before a plural noun a
# single name is a kind again ("existing MIDI datasets", "established NLP datasets"), and so is one
# after an indefinite article ("an existing ADL dataset").
_WHICH_ONE: Final = re.compile(r"(?<![\w\-])(?<!\ba )(?<!\ban )(?:" + alternation("cues", "not_modifiers_of_one") + r")\s+\Z")
_PLURAL_NOUNS: Final = r"datasets|data[- ]sets|benchmarks|corpora|databases"
_PLURAL_AFTER: Final = re.compile(rf"\s+(?P<noun>(?i:{_PLURAL_NOUNS}))\b")
_PLURAL_DS: Final = re.compile(rf"(?i:{_PLURAL_NOUNS}|suites)\b")
# "three VideoQA datasets", "328 AI benchmarks", "four public MAS datasets": one name counted as
# several sets is the kind they share, not the name of one.
_COUNT_BEFORE: Final = re.compile(
    r"(?<![\w\-])(?:two|three|four|five|six|seven|eight|nine|ten|several|both|various|multiple|many|\d+)\s+(?:[a-z][\w\-]*\s+)?\Z"
)
_FIELD_ACRONYM_DS: Final = re.compile(r"[A-Z]{2,5}(?:-[A-Z])?\Z")  # "QA", "RGB-D"


def find_cued_names(text: str, tend: int | None = None) -> list[Candidate]:
    """Dataset and method names recognised by the cue words around them."""
    tend = title_end(text) if tend is None else tend
    out: list[Candidate] = []
    for kind, at, anchor_end in _ANCHORS.finditer(text, tend):
        _RULES[kind](text, tend, at, anchor_end, out)
    out.extend(cited_names(text, tend))
    out.extend(shaped_methods(text, tend))
    return out


# One rule per anchor kind (``data/cues.json``): each tries its expression at the anchor.
def _metric_noun(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _AFTER_METRIC_NOUN.match(text, at)
    if m and m.group("sep").strip():
        emit_list(text, out, m, Role.METRIC, "context:metric-noun", 0.7, True, modifiers_ok=True)


def _dataset_noun(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    if text[at].isupper():
        out.extend(capitalised_resource(text, tend, at, anchor_end))
    else:
        out.extend(connected_resource(text, tend, at, anchor_end))
    lo = max(tend, at - 200)
    m = _BEFORE_DS_NOUN.search(text, lo, at) if _list_may_end_before(text, lo, at) else None
    if m and not _modified(text, tend, m, at) and not _task_acronym_before(text, tend, m, at):
        emit_list(text, out, m, Role.DATASET, "context:dataset-noun", 0.75, True, modifiers_ok=True)
    if not text[at].isupper():
        out.extend(plain_words_before(text, tend, at, anchor_end))
    # "two datasets Market 1501 and Duke MTMC"; not "four benchmark NER datasets", where the name
    # between the nouns is the kind of the second
    m = _AFTER_DS_NOUN.match(text, at)
    if m and m.group("sep").strip() == "," and not LISTED.search(m.group("list")) and _SUBJECT_VERB.match(text, m.end("list")):
        m = None  # "On the WSJ dataset, DSD improved ...": the name is the clause's subject, not the set
    if m and (m.group("sep").strip() or _COUNTED.search(text, max(tend, at - 20), at) and not _PLURAL_AFTER.match(text, m.end("list"))):
        # (not "8 datasets, including A, ...": a count of more than the list names)
        n = _NUMBER_BEFORE.search(text, max(tend, at - 20), at) if not _EXAMPLES_SEP.search(m.group("sep")) else None
        emit_list(text, out, m, Role.DATASET, "context:after-noun", 0.7, True, modifiers_ok=True,
                  count=_NUMBERS.get(n.group(1).lower()) if n else None)  # "three datasets: SDLane TuSimple and CULane"


_CAP_OR_DIGIT: Final = re.compile(r"[A-Z0-9]")


def _modified(text: str, tend: int, m: re.Match, at: int) -> bool:
    """Does the lower-case word before the names ``m`` holds (before the dataset noun at ``at``)
    make them qualifiers of a generic phrase ("scientific TLDR datasets")? So does an indefinite
    article before one field or modality acronym ("a VQA dataset", "an RGB-D database"), as it
    does before a method noun ("an MBRL method")."""
    lo = max(tend, m.start() - 30)
    if _FIELD_ACRONYM_DS.match(m.group("list")) and INDEFINITE.search(text, lo, m.start()):
        return True
    plural = bool(_PLURAL_DS.match(text, at))
    if plural and _counted_as_sets(text, lo, m.start(), m.group("list")):
        return True
    if not _MODIFIED.search(text, lo, m.start()):
        return False
    if _WHICH_ONE.search(text, lo, m.start()):
        return plural and not LISTED.search(m.group("list"))
    return True


# An acronym closing the names before a plural dataset noun ("on English GEC benchmarks").
_LAST_ACRONYM: Final = re.compile(r"(?<![\w\-])[A-Z]{2,5}\Z")
_LINKS: Final = {"and", "of", "&"}


def _task_acronym_before(text: str, tend: int, m: re.Match, at: int) -> bool:
    """Do the names ``m`` holds before the plural dataset noun at ``at`` end in the acronym of a
    task the paper spells out ("English GEC benchmarks" under a title "... for Grammatical Error
    Correction", "Chinese RD datasets" after "rumor detection (RD)", "HPS benchmarks" after "human
    pose and shape (HPS)")? Then the names are the task of the sets, not one set's name. The
    spelled-out form is defined by the acronym in brackets after it and written in lower case, or
    ends in a task noun (in a definition or in the title)."""
    a = _LAST_ACRONYM.search(m.group("list"))
    if a is None or not _PLURAL_DS.match(text, at):
        return False
    # other items than languages are names of their own ("CNN and CQA datasets")
    if any(w.strip() not in NATURAL_LANGUAGES for w in LISTED.split(m.group("list")[: a.start()])[:-1]):
        return False
    acr = a.group()
    # the matches of r"\(CQAs?\)" ("(CQA)", "(CQAs)"), found by str.find: no pattern compiled per acronym
    d = text.find("(" + acr)
    while d >= 0:
        if text.startswith((")", "s)"), d + 1 + len(acr)) and _spelled_out(text[max(0, d - 80) : d].split(), acr, by_case=True):
            return True
        d = text.find("(" + acr, d + 1)
    title = text[:tend].split()
    return any(_spelled_out(title[:k], acr, by_case=False) for k in range(len(acr), len(title) + 1))


def _spelled_out(words: list[str], acr: str, by_case: bool) -> bool:
    """Do the last words of ``words`` spell ``acr`` by their initials ("and"/"of" skipped), in lower
    case (when ``by_case``) or ending in a task noun?"""
    words = [w.strip(",;:\"'") for w in words]
    if not words or not words[-1] or len(words) < len(acr):
        return False
    k, lower, i = len(acr), True, len(words)
    while k and i:
        i -= 1
        w = words[i]
        if k < len(acr) and w.lower() in _LINKS:
            continue
        if not w or w[0].lower() != acr[k - 1].lower():
            return False
        lower = lower and w.islower()
        k -= 1
    return k == 0 and ((by_case and lower) or words[-1].lower() in TASK_HEADS)


def _counted_as_sets(text: str, lo: int, hi: int, names: str) -> bool:
    """Is the one name ``names`` counted as several sets before a plural noun ("three VideoQA
    datasets", "tested on 328 AI benchmarks", a count in ``text[lo:hi]`` or leading the names)?
    Then it is the kind they share, not the name of one."""
    return not LISTED.search(names) and bool(NUMBER_WORD.match(names) or _COUNT_BEFORE.search(text, lo, hi))


def _list_may_end_before(text: str, lo: int, at: int) -> bool:
    """What every :data:`_BEFORE_DS_NOUN` match in ``text[lo:at]`` holds: space before ``at`` and,
    before that, a remark's ")" or a last chunk (no space inside) holding the capital or digit its
    last item opens with. Tested first: most dataset nouns follow a lower-case word, and the search
    tries the list at every capital and digit of its 200-character window."""
    last = text[lo:at].rstrip()
    if not last or len(last) == at - lo:
        return False
    return last[-1] == ")" or _CAP_OR_DIGIT.search(last.rsplit(None, 1)[-1]) is not None


# "trained entirely on Lucid-XR's synthetic data", "experiments on IHMC's Atlas robot": the name
# owns what the text is trained or tested on (a system, a lab), it is no set ("on Taillard's and ..." lists sets)
_POSSESSIVE_AFTER: Final = re.compile(r"['\u2019]s\s+(?!and\b|or\b)[a-z]")


def _evaluated_on(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _EVAL_ON.match(text, at)
    if m and _POSSESSIVE_AFTER.match(text, m.end("list")) and not re.search(r",|\sand\s|\sor\s", m.group("list")):
        return
    plural = _PLURAL_AFTER.match(text, m.end("list")) if m else None
    if m and not (plural
                  and (_counted_as_sets(text, max(tend, m.start("list") - 30), m.start("list"), m.group("list"))
                       or _task_acronym_before(text, tend, m, plural.start("noun")))):
        emit_list(text, out, m, Role.DATASET, "context:evaluated-on", 0.65, False)


def _examples(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _EXAMPLES.match(text, at)
    if m:
        # The noun nearest the cue says what the examples are: "data sets in AutoML
        # platforms including A, B" lists platforms.
        kind = nearest_kind(text, tend, at)
        if kind is Role.DATASET:
            emit_list(text, out, m, Role.DATASET, "context:examples", 0.65, False)
        elif kind is Role.METHOD:
            # "models like Wsabie and PSI": a name-shaped member vouches for a capitalised one
            # when a method noun is the word right before the cue, "(" between them or not
            # ("multi-agent tasks, including Predator-Prey" after "our method improves" is no list
            # of methods); there a Title Case name of 2-4 words stands alone ("algorithms such as
            # Dynamic Policy Programming")
            tail = text[max(tend, at - 60) : at].rstrip(" ,:(")
            last = tail.rsplit(None, 1)[-1] if tail else ""
            noun = METHOD_CONTEXT.fullmatch(last) is not None
            emit_list(text, out, m, Role.METHOD, "context:examples", 0.65, noun, vouched=noun)


_RULES: Final = {
    "metric": _metric_noun, "ds": _dataset_noun, "eval": _evaluated_on, "cmp": compared_at, "ex": _examples,
    "built": built_on_at, "lib": library_at, "kind": kind_noun_at,
    "epo": lambda text, tend, at, anchor_end, out: eponyms.eponym_at(text, tend, at, out),
}


# A verb after a name: the name is the subject of its clause ("..., GI outperforms ...").
_SUBJECT_VERB: Final = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(word_set("cues", "verbs_s")))
    + r"|achieved|improved|outperformed|reached|obtained|surpassed|yielded|attained|showed)(?![\w\-])"
)


# "two datasets Market 1501 and Duke MTMC": a counted noun may be followed by its list directly.
_COUNTED: Final = re.compile(r"\b(?:two|three|four|five|six|several|\d)\s+(?:\w+\s+){0,2}\Z")
_NUMBERS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, **{str(i): i for i in range(2, 10)}}
_NUMBER_BEFORE: Final = re.compile(r"\b(two|three|four|five|six|[2-9])\s+(?:[\w\-]+\s+){0,2}\Z", re.IGNORECASE)
# "datasets, including A, B": a list of examples, not of all the counted items
_EXAMPLES_SEP: Final = re.compile(r"includ|such|e\.g")



@Language.factory("kg_cues", requires=["doc._.kg_candidates"], assigns=["doc._.kg_candidates"])
def cues_component(nlp: Language, name: str):
    """Reads the catalogue's methods (for coordinated names); appends names found by their cues."""

    def component(doc: Doc) -> Doc:
        st = state(doc)
        found = st.candidates
        found.extend(coordinated_methods(st.text, found, st.title_end))
        # techniques named after a person, found at the kind-noun anchors by find_cued_names:
        # kept where no other rule's candidate overlaps them
        new = find_cued_names(st.text, st.title_end)
        if any(c.rule == eponyms.RULE for c in new):
            found.extend(c for c in new if c.rule != eponyms.RULE)
            found.extend(eponyms.unclaimed([c for c in new if c.rule == eponyms.RULE], found))
        else:
            found.extend(new)
        return doc

    return component

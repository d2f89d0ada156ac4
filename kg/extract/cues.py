"""Names the catalogue does not know, recognised from the words around them.

- datasets: "on the X dataset", "X and Y benchmarks", "datasets (e.g., A, B and C)",
  "three public datasets: A, B, and C";
- resource names: capitalised words ending in a capitalised resource noun ("the Penn Treebank",
  "the X Corpus 2022"), introduced when the sentence presents a new one;
- methods: "outperforms X and Y", "compared with X", "than X" (also "3 points higher accuracy than
  X", "an improvement of 58% over X", "improves upon X"), "based on X", "a X algorithm",
  "X (Author et al., 2019)",
  "the X method" (also title-case words: "the Block Coordinate Descent algorithm"), "baselines such as A and B", model-size names ("LLaMA-2-13B",
  "Phi-3-mini-128K"), libraries and toolkits ("the open-source library X", "the X toolkit"),
  and names listed with a method the catalogue knows ("RoBERTa, X and Y"); techniques named after
  a person ("the Galerkin method") are :mod:`kg.extract.eponyms`'.
  ("X-based" is not a cue: on corpus abstracts it named sensors and signals, "EEG-based".)
  "an MBRL method" names a field (an acronym with "a/an"), "a DAG model" a mathematical object.

For "such as / including" lists, the noun nearest the cue says what is listed ("data sets in
AutoML platforms including A, B" lists platforms). List items may carry a bracketed remark
("MIRACL (monolingual)").

Only name-shaped words qualify (mixed case, digits, acronyms); a plain capitalised word
("Objaverse") is accepted only right before an explicit "dataset"/"benchmark". Lower-case
phrases never do: "large-scale datasets" and "diffusion models" are not names.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .anchors import Anchors
from .doc import Candidate, state, title_end
from .long_forms import long_form_start
from .resource_names import capitalised_resource, connected_resource, plain_words_before
from .shapes import PLURAL_ACRONYM, STOP_NAMES, is_name_like, is_title_case_compound, walk_list
from .words import alternation, anchor_kinds, word_set
from . import eponyms
from .proposed import valid_name

__all__ = ["find_cued_names", "coordinated_methods", "split_list", "cues_component"]

_CAP = r"[A-Z0-9](?:(?:[\w+.]|-(?=\w))*[\w+])?"
_ITEM = rf"{_CAP}(?: {_CAP}){{0,3}}"
# An item may carry a short lower-case remark: "XOR-Retrieve (cross-lingual), MIRACL (monolingual)".
_REMARK = r"(?:\s*\([A-Za-z][\w\- ]{0,24}\))?"
_LIST = (rf"{_ITEM}{_REMARK}(?:\s*,\s*(?:and\s+|or\s+)?{_ITEM}{_REMARK})*"
         rf"(?:\s*,?\s*(?:and|or|&)\s+{_ITEM}{_REMARK})?")
_DS = r"(?:datasets?|data[- ]sets?|benchmarks?|corpus|corpora|databases?|suites?)"

# Every rule starts at an anchor word; one scan for all anchors, then each rule's expression is
# tried only there (a regex scan of the whole text per rule costs more than tokenising it).
_ANCHORS = Anchors(anchor_kinds("cues"), ignore_case=True)  # data/cues.json
# "(?<![\w\-])(?P<list>{_LIST})\s+\Z" with the lookbehind after the list's first character (a
# capital or digit), so the search of the window skips in C to those (a pattern led by a
# lookbehind is tried at every character).
_BEFORE_DS_NOUN = re.compile(rf"(?P<list>[A-Z0-9](?<![\w\-].){_LIST.removeprefix('[A-Z0-9]')})\s+\Z")
_AFTER_METRIC_NOUN = re.compile(
    rf"(?i:metrics)(?P<sep>\s*(?:\(\s*|:\s*|,\s*|--\s*|[\u2014\u2013]\s*)(?:e\.g\.|i\.e\.|such as|including|namely|like)?,?)\s*(?P<list>{_LIST})"
)
_AFTER_DS_NOUN = re.compile(
    rf"(?i:{_DS})(?P<sep>\s*(?:\(\s*|:\s*|,\s*)?(?:e\.g\.|i\.e\.|such as|including|namely|like)?,?)\s*(?P<list>{_LIST})"
)
_EVAL_ON = re.compile(
    r"(?i:"
    + alternation("cues", "evaluation_words")
    + r")\s+(?:\w+\s+){0,2}?on\s+(?:the\s+)?(?:challenging\s+|public\s+|popular\s+|standard\s+)?(?P<list>"
    + _LIST
    + r")"
)
_COMPARE_VERBS = (
    r"outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|beat(?:s|ing)?|better than|faster than|superior to"
    r"|(?:improvements?|gains?|advantage|speedup) over|against|versus|vs\.?"
)
_COMPARE_VERB = rf"(?i:{_COMPARE_VERBS}|compar(?:e|es|ed|ing|ison) (?:with|to|against))\s+"
_QUALIFIERS = (r"the|strong|existing|recent|previous|prior|competing|popular|leading|state-of-the-art|SOTA|baselines?"
               r"|methods|models|approaches|such as|like|including|e\.g\.,?")
_COMPARE = re.compile(_COMPARE_VERB + rf"(?:(?:{_QUALIFIERS})[\s,(]+){{0,4}}(?P<list>{_LIST})")
# The looser comparison frames: more words may say which one ("than the recently proposed X",
# "over vanilla X") and "compare our approach with X" may part the verb from its preposition.
_WIDE_QUALIFIERS = (
    rf"(?:(?:{_QUALIFIERS}|recently\s+proposed|representative|standard|vanilla|original|mainstream|widely[- ]used|well-known)"
    r"[\s,(]+){0,4}"
)
_COMPARE_WIDE = re.compile(
    rf"(?i:{_COMPARE_VERBS}|compar(?:e|es|ed|ing|ison)\s+(?:(?!with\b|to\b|against\b)[\w\-]+\s+){{0,3}}?(?:with|to|against))\s+"
    + _WIDE_QUALIFIERS + rf"(?P<list>{_LIST})"
)
_LIST_AFTER = re.compile(r"\s+" + _WIDE_QUALIFIERS + rf"(?P<list>{_LIST})")
# "higher accuracy than", "3x faster at inference than", "more accurate than", "fewer parameters
# than": a comparison of performance, up to three words before "than". Not a comparison of data
# ("larger than", "more diverse than ImageNet") nor "rather/other than".
_COMPARATIVE_BEFORE = re.compile(
    r"(?<![\w\-])(?i:(?:higher|lower|better|worse|stronger|faster|slower|cheaper|fewer|less)(?:\s+[\w\-.%]+){0,3}"
    r"|more\s+(?:accurate|efficient|robust|effective|stable|precise|scalable|compact|faithful|reliable)(?:ly)?)\s+\Z"
)
# "an improvement of 58% over", "+2.1 mAP over", "by a large margin over", "a 3x speedup over":
# a gain in the clause before "over" ("over 10 datasets" and "over time" have none).
_GAIN_BEFORE = re.compile(
    r"(?:\d(?:[\d.,]*\d)?\s*(?:%|x|\u00d7|points?|pp|dB)|\b(?i:improv\w*|gains?|margins?|boosts?|speed-?ups?)\b)"
    r"[^.;:()\n]{0,40}\Z"
)
# "improves upon X", "improving over X" ("improves on X" is as often "on a dataset").
_IMPROVES_UPON = re.compile(r"(?i:improv(?:es|ing|ed|e))\s+(?:upon|over)" + _LIST_AFTER.pattern)
_EXAMPLES = re.compile(rf"(?i:such as|e\.g\.,?|including|like)\s+(?P<list>{_LIST})")
_BUILT_ON = re.compile(
    r"(?i:based on|built (?:up)?on|on top of|initiali[sz]ed (?:from|with)|fine-tun(?:e|es|ed|ing)|distill(?:s|ed|ing)? from"
    r"|backbones? (?:such as|like|of)|adopt(?:s|ing)?|leverag(?:e|es|ing)|employ(?:s|ing)?|extend(?:s|ing)?)\s+"
    rf"(?:(?:the|a|an|pre-?trained|powerful|strong|off-the-shelf)\s+){{0,2}}(?P<name>{_CAP})(?!\s+[A-Z])"
)
_NEW_BEFORE = re.compile(r"\b(?:a|an|our)\s+(?:novel|new|proposed)\s+\Z|\b(?:our|the proposed)\s+\Z")
_NAME_BEFORE_KIND = re.compile(
    r"\b(?:a|an|the|our|its|their|with|of|by)\s+(?:[a-z][\w\-]*\s+)?(?:(?P<cap>[A-Z][a-z]+)\s+)?"
    rf"(?P<name>{_CAP})\s+\Z"
)
_SIZE_HINT = re.compile(r"[BMK](?<=\d[BMK])\b")  # "\d[BMK]\b", led by the rarer letter (a scan 3x faster)
_SIZED = re.compile(r"(?<![\w\-])[A-Z][\w.]*(?:-[\w.]+)*-\d+(?:\.\d+)?[BMK](?:-[A-Za-z][\w.]*)*(?![\w\-.])")
# "AceGPT 7B", "Jais 13B", "Llama 2 70B": a name, an optional version and a size in billions of
# parameters written with spaces (only "B": "LAION 400M" and "YFCC 100M" are datasets); not a
# figure or table panel ("Figure 3B") nor a count of something ("Model 7B parameters").
_SIZED_SPACED = re.compile(
    r"(?<![\w\-])(?!(?:Fig|Figure|Table|Tab|Section|Sec|Appendix|Eq|Equation|Step|Stage|Phase|Part|Chapter|Level"
    r"|Type|Class|Group|Case|Task|Track|Model|Version|Block|Layer|Exp|Experiment|Setting|Split|Round|Day|Lemma"
    r"|Theorem|Algorithm|Line|Row|Column|Panel|Example)\b)"
    r"[A-Z][A-Za-z][\w.]*(?:-[\w.]+)*(?:\s\d+(?:\.\d+)?)?\s\d+(?:\.\d+)?B(?![\w\-.]|\s+(?:parameters|params|tokens))"
)
_METHOD_CONTEXT = re.compile(
    r"\b(?:methods?|models?|baselines?|approaches|LLMs?|VLMs?|MLLMs?|PLMs?|MLMs?|LMs?|networks?|architectures?"
    r"|backbones?|systems?|algorithms?|encoders?|detectors?|frameworks?|platforms?|tools|toolkits?|toolboxes"
    r"|librar(?:y|ies)|packages?|solvers?|optimi[sz]ers?|functions|planners?|agents?|policies|classifiers?)\b"
)
# "the open-source library Lale", "the GAN library, Mimicry.": a library or toolkit named after
# its noun (one word; its own capital suffices, the noun says it is a name).
_AFTER_LIB_NOUN = re.compile(
    rf"(?i:library|toolkit|toolbox|package)(?:\s*,\s*|\s+)(?:called\s+|named\s+)?(?P<name>{_CAP})"
    r"(?=\s*[,.;:)]|\s+(?:to|for|and|which|that|with|in|is|was|provides|offers|supports)\b)"
)
_LIB_BEFORE = re.compile(r"\b(?:novel|new|our|proposed|first|a|an|any|each|every)\s+(?:[\w\-]+\s+){0,3}\Z", re.IGNORECASE)
_LIB_NAME_BEFORE = re.compile(rf"\b(?:the|with|using|in)\s+(?P<name>{_CAP})\s+\Z")
_LANGUAGES = word_set("cues", "languages")
# "English and Chinese GEC benchmarks", "F1 on the English test set": a language says which part
# or kind of data, it names no set.
_NATURAL_LANGUAGES = word_set("cues", "natural_languages")
# "A, B and C" beside a name the catalogue knows as a method: the others are methods too.
_COORD_NEXT = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?P<name>{_CAP})(?![\w\-])")
_COORD_PREV = re.compile(rf"(?<![\w\-])(?P<name>{_CAP})(?:\s*,\s*|\s+(?:and|or|&)\s+)\Z")
_DATASET_CONTEXT = re.compile(rf"\b{_DS}\b")
_ITEM_RE = re.compile(_ITEM)
_NUMBER_WORD = re.compile(r"(?:[\d.,]+(?:\s*[x\u00d7]\s*[\d.,]+)?\s+)+")
# "scientific TLDR datasets", "our constructed X datasets": the names modify a generic phrase.
# (Whole words only: "widely-used" is one of the exceptions, its "used" no modifier.)
_MODIFIED = re.compile(r"(?<![\w\-])(?!(?:" + alternation("cues", "not_modifiers") + r")(?![\w\-]))[a-z][a-z\-]+\s+\Z")
# "the existing UniMorph dataset", "the original Cityscapes and KITTI benchmarks": words that say
# which one, not what kind, when one set is named or several are listed; before a plural noun a
# single name is a kind again ("existing MIDI datasets", "established NLP datasets"), and so is one
# after an indefinite article ("an existing ADL dataset").
_WHICH_ONE = re.compile(r"(?<![\w\-])(?<!\ba )(?<!\ban )(?:" + alternation("cues", "not_modifiers_of_one") + r")\s+\Z")
_PLURAL_NOUNS = r"datasets|data[- ]sets|benchmarks|corpora|databases"
_PLURAL_AFTER = re.compile(rf"\s+(?i:{_PLURAL_NOUNS})\b")
_PLURAL_DS = re.compile(rf"(?i:{_PLURAL_NOUNS}|suites)\b")
_LISTED = re.compile(r",|\s(?:and|or|&)\s")
# "three VideoQA datasets", "328 AI benchmarks", "four public MAS datasets": one name counted as
# several sets is the kind they share, not the name of one.
_COUNT_BEFORE = re.compile(
    r"(?<![\w\-])(?:two|three|four|five|six|seven|eight|nine|ten|several|both|various|multiple|many|\d+)\s+(?:[a-z][\w\-]*\s+)?\Z"
)
# Hardware, sensors, fields, hosts, mathematical objects, citation placeholders and size words: never names.
_NOT_NAMES = word_set("cues", "not_names")
_CLASS_NOUN_AFTER = re.compile(
    r"\s+(?:methods|approaches|techniques|works|systems|tasks|settings|pipelines|frameworks|solutions|algorithms"
    r"|architectures|baselines|models)\b"
)
_ADJ_SUFFIX = re.compile(r"-(?:like|based|style|type|inspired|driven|guided|free|aware|specific|[a-z]+ed)$")
# "an MBRL method", "a new SSL method": an acronym with an indefinite article names a field
# the method belongs to; "the TRADES method" names one.
_FIELD_ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")
_FIELD_ACRONYM_DS = re.compile(r"[A-Z]{2,5}(?:-[A-Z])?\Z")  # "QA", "RGB-D"
_INDEFINITE = re.compile(r"\b(?:an?|any|each|every)\s+(?:[a-z][\w\-]*\s+)?\Z", re.IGNORECASE)
_VERSION_WORD = re.compile(r"^[Vv]\d")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Za-z0-9][\w\-+.]*[\w+])\s*\)")


_BRACKETED = re.compile(r"\([^()]*\)")


def split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the items of "A, B, and C" inside ``text[start:end]``."""
    out = []
    inside = [(b.start(), b.end()) for b in _BRACKETED.finditer(text, start, end)]
    for m in _ITEM_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        if any(a < s < b for a, b in inside):
            continue  # "MIRACL (Monolingual)": a remark, not an item
        lead = _NUMBER_WORD.match(text, s, e)
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


_NEXT_WORD = re.compile(r"\)?\s+([a-z][a-z\-]+)")
_NOUN_OK_AFTER = word_set("cues", "noun_ok_after")


def _is_modifier(text: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by a common noun it qualifies ("GRBM representations"),
    rather than by a verb, adverb, preposition or a noun that names its kind ("COCO dataset")?"""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    w = m.group(1)
    if w in STOP_NAMES or w in _NOUN_OK_AFTER or w in _VERBS_S:
        return False
    return not w.endswith(("ly", "ed", "ing"))


_VERBS_S = word_set("cues", "verbs_s")


def _name_ok(phrase: str, strong: bool) -> bool:
    if " " not in phrase:
        return is_name_like(phrase, allow_capitalized=strong)
    return valid_name(phrase, strong_context=strong, plain_words_ok=strong)


# "TD(0)", "Sarsa(λ)", "Q(lambda)", "LSTD(λ)": an algorithm written with its trace parameter is a
# method whatever the words around it; a "(0)" needs two letters before it ("F(0)" is a value),
# and math ("$TD(0)$") or complexity classes ("O(n)") are not matched.
_PARAM_NAME = re.compile(
    r"(?<![\w\-$\\{])(?!Omega|Theta)(?:[A-Z][A-Za-z\-]{1,9}\((?:0|λ|\\lambda|lambda)\)|[A-Z]\((?:λ|\\lambda|lambda)\))(?![\w$}])"
)

# "a novel algorithm, Retrace(lambda)"; not "a new version of TD(lambda)", "our new Q(lambda),
# called PQ(lambda)", "a novel Fuzzy Sarsa(λ) Learning approach" (the name is part of another)
_NOVEL_BEFORE = re.compile(r"\b(?:novel|new|our)\b(?:(?!\bof\b)[^.;()])*[a-z,]\s*\Z", re.IGNORECASE)
_NOT_OWN_AFTER = re.compile(r",?\s*(?:called|named|[A-Z])")


def find_cued_names(text: str, tend: int | None = None) -> list[Candidate]:
    """Dataset and method names recognised by the cue words around them."""
    tend = title_end(text) if tend is None else tend
    out: list[Candidate] = []
    for kind, at, anchor_end in _ANCHORS.finditer(text, tend):
        _RULES[kind](text, tend, at, anchor_end, out)
    out.extend(_cited(text, tend))
    params = "(0)" in text or "λ)" in text or "lambda)" in text  # what every match holds: skips the scan
    for m in _PARAM_NAME.finditer(text, tend) if params else ():
        # "we derive a novel algorithm, Retrace(lambda)": the paper's own
        own = _NOVEL_BEFORE.search(text, max(tend, m.start() - 40), m.start()) and not _NOT_OWN_AFTER.match(text, m.end())
        role = Role.PROPOSED if own else Role.METHOD
        out.append(Candidate(role, m.start(), m.end(), "context:parameter-name", 0.75))
    if _SIZE_HINT.search(text, tend):
        for m in _SIZED.finditer(text, tend):
            end = m.end() - len(m.group()) + len(m.group().rstrip("."))
            out.append(Candidate(Role.METHOD, m.start(), end, "context:model-size", 0.75))
        for m in _SIZED_SPACED.finditer(text, tend):
            out.append(Candidate(Role.METHOD, m.start(), m.end(), "context:model-size", 0.7))
    return out


def _data_kind(phrase: str) -> bool:
    """Does a list item name a kind of data, not a set: a plural acronym ("on 14 LLMs") or a
    language ("English and Chinese GEC benchmarks")? (A language before an acronym is left: the
    acronym names a set as often as a task, "English ACE corpus", "English GEC benchmarks".)"""
    return bool(PLURAL_ACRONYM.fullmatch(phrase)) or phrase in _NATURAL_LANGUAGES


def _emit_list(text: str, out: list[Candidate], m: re.Match, role: Role, rule: str, conf: float, strong: bool,
               modifiers_ok: bool = False) -> None:
    """Candidates for the name-shaped items of the list ``m`` matched (group ``list``)."""
    items = split_list(text, m.start("list"), m.end("list"))
    phrases = [text[s:e] for s, e in items]
    # A list vouches for its plain capitalised members only if one member is name-shaped.
    strong = strong and any(is_name_like(w) for p in phrases for w in p.split())
    for (s, e), phrase in zip(items, phrases):
        if phrase in _NOT_NAMES or (role is Role.DATASET and _data_kind(phrase)):
            continue  # "on GPU and CPU", "available on GitHub": hardware and hosts
        if _CLASS_NOUN_AFTER.match(text, e) or _ADJ_SUFFIX.search(phrase):
            continue  # "previous FFG methods", "a Long-CoT-based dataset": a kind, not a name
        if not modifiers_ok and _is_modifier(text, e):
            continue  # "on GRBM representations": the name qualifies a common noun
        acr = _ACRONYM_AFTER.match(text, e)
        if acr and is_name_like(acr.group(1)):
            s, e, phrase = acr.start(1), acr.end(1), acr.group(1)  # "Long Name (LN)": LN is the name
            if phrase in _NOT_NAMES:
                continue
        if _name_ok(phrase, strong):
            out.append(Candidate(role, s, e, rule, conf))


# One rule per anchor kind (``data/cues.json``): each tries its expression at the anchor.
def _metric_noun(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _AFTER_METRIC_NOUN.match(text, at)
    if m and m.group("sep").strip():
        _emit_list(text, out, m, Role.METRIC, "context:metric-noun", 0.7, True, modifiers_ok=True)


def _dataset_noun(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    if text[at].isupper():
        out.extend(capitalised_resource(text, tend, at, anchor_end))
    else:
        out.extend(connected_resource(text, tend, at, anchor_end))
    lo = max(tend, at - 200)
    m = _BEFORE_DS_NOUN.search(text, lo, at) if _list_may_end_before(text, lo, at) else None
    if m and not _modified(text, tend, m, at):
        _emit_list(text, out, m, Role.DATASET, "context:dataset-noun", 0.75, True, modifiers_ok=True)
    if not text[at].isupper():
        out.extend(plain_words_before(text, tend, at, anchor_end))
    # "two datasets Market 1501 and Duke MTMC"; not "four benchmark NER datasets", where the name
    # between the nouns is the kind of the second
    m = _AFTER_DS_NOUN.match(text, at)
    if m and (m.group("sep").strip() or _COUNTED.search(text, max(tend, at - 20), at) and not _PLURAL_AFTER.match(text, m.end("list"))):
        _emit_list(text, out, m, Role.DATASET, "context:after-noun", 0.7, True, modifiers_ok=True)


_CAP_OR_DIGIT = re.compile(r"[A-Z0-9]")


def _modified(text: str, tend: int, m: re.Match, at: int) -> bool:
    """Does the lower-case word before the names ``m`` holds (before the dataset noun at ``at``)
    make them qualifiers of a generic phrase ("scientific TLDR datasets")? So does an indefinite
    article before one field or modality acronym ("a VQA dataset", "an RGB-D database"), as it
    does before a method noun ("an MBRL method")."""
    lo = max(tend, m.start() - 30)
    if _FIELD_ACRONYM_DS.match(m.group("list")) and _INDEFINITE.search(text, lo, m.start()):
        return True
    plural = bool(_PLURAL_DS.match(text, at))
    if plural and _counted_as_sets(text, lo, m.start(), m.group("list")):
        return True
    if not _MODIFIED.search(text, lo, m.start()):
        return False
    if _WHICH_ONE.search(text, lo, m.start()):
        return plural and not _LISTED.search(m.group("list"))
    return True


def _counted_as_sets(text: str, lo: int, hi: int, names: str) -> bool:
    """Is the one name ``names`` counted as several sets before a plural noun ("three VideoQA
    datasets", "tested on 328 AI benchmarks", a count in ``text[lo:hi]`` or leading the names)?
    Then it is the kind they share, not the name of one."""
    return not _LISTED.search(names) and bool(_NUMBER_WORD.match(names) or _COUNT_BEFORE.search(text, lo, hi))


def _list_may_end_before(text: str, lo: int, at: int) -> bool:
    """What every :data:`_BEFORE_DS_NOUN` match in ``text[lo:at]`` holds: space before ``at`` and,
    before that, a remark's ")" or a last chunk (no space inside) holding the capital or digit its
    last item opens with. Tested first: most dataset nouns follow a lower-case word, and the search
    tries the list at every capital and digit of its 200-character window."""
    last = text[lo:at].rstrip()
    if not last or len(last) == at - lo:
        return False
    return last[-1] == ")" or _CAP_OR_DIGIT.search(last.rsplit(None, 1)[-1]) is not None


def _evaluated_on(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _EVAL_ON.match(text, at)
    if m and not (_PLURAL_AFTER.match(text, m.end("list"))
                  and _counted_as_sets(text, max(tend, m.start("list") - 30), m.start("list"), m.group("list"))):
        _emit_list(text, out, m, Role.DATASET, "context:evaluated-on", 0.65, False)


def _compared(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _COMPARE.match(text, at)
    if m:
        _emit_list(text, out, m, Role.METHOD, "context:compared", 0.65, False)
        return
    m = _COMPARE_WIDE.match(text, at) or (_compared_apart(text, tend, at) if text[at] in "toiTOI" else None)
    if m and not text[m.start("list")].isdigit():  # not "less than 1 MPa": a quantity
        found: list[Candidate] = []
        _emit_list(text, found, m, Role.METHOD, "context:compared", 0.65, False)
        out.extend(c for c in found if _compared_name(text, text[c.start : c.end]))


def _compared_name(text: str, name: str) -> bool:
    """Does an item of a looser comparison frame name one method? Not a plural acronym ("LLMs",
    "Vid-LLMs"), a field or device ("RL", "GPS": :data:`_NOT_NAMES`), "SoTA", one the text defines as a lower-case
    learning paradigm ("reinforcement learning (RL)"), nor two names run together ("ResNet CNN",
    "RoPE-based Transformer"): families, fields and merged names (issue 11, classes 5 and 8)."""
    words = name.split()
    if (_PLURAL_END.search(name) or name in _NOT_NAMES or name.lower() in STOP_NAMES
            or any(_ADJ_SUFFIX.search(w) for w in words)
            or len(words) > 1 and all(is_name_like(w) for w in words)):
        return False
    at = text.find(f"({name})")
    start = long_form_start(name, text, len(text[:at].rstrip())) if at > 0 else None
    long = text[start:at].strip() if start is not None else ""
    return not (long[1:].islower() and long.endswith("learning"))


_PLURAL_END = re.compile(r"(?:^|-)[A-Z]{2,}s$")


def _compared_apart(text: str, tend: int, at: int) -> re.Match | None:
    """The list a comparison names when the words that make it one stand apart from "than" or
    "over": "3.2 points higher accuracy than X", "more accurate than X", "an improvement of 58%
    over X", "improves upon X" (issue 11, class 3: the compared-against frame)."""
    word = text[at : at + 4].lower()
    if word == "than":
        return _LIST_AFTER.match(text, at + 4) if _COMPARATIVE_BEFORE.search(text, max(tend, at - 45), at) else None
    if word == "over":
        return _LIST_AFTER.match(text, at + 4) if _GAIN_BEFORE.search(text, max(tend, at - 50), at) else None
    return _IMPROVES_UPON.match(text, at)


def _examples(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _EXAMPLES.match(text, at)
    if m:
        # The noun nearest the cue says what the examples are: "data sets in AutoML
        # platforms including A, B" lists platforms.
        tail = text[max(tend, at - 60) : at]
        ds = [d.end() for d in _DATASET_CONTEXT.finditer(tail)]
        me = [d.end() for d in _METHOD_CONTEXT.finditer(tail)]
        if ds and (not me or ds[-1] > me[-1]):
            _emit_list(text, out, m, Role.DATASET, "context:examples", 0.65, False)
        elif me:
            # "models like Wsabie and PSI": a name-shaped member vouches for a capitalised one
            # when a method noun is the word right before the cue ("multi-agent tasks, including
            # Predator-Prey" after "our method improves" is no list of methods)
            last = tail.rstrip(" ,:").rsplit(None, 1)[-1] if tail.strip(" ,:") else ""
            _emit_list(text, out, m, Role.METHOD, "context:examples", 0.65, _METHOD_CONTEXT.fullmatch(last) is not None)


def _built_on(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _BUILT_ON.match(text, at)
    if m:
        s, e = m.start("name"), m.end("name")
        suffix = _ADJ_SUFFIX.search(text, s, e)
        e = suffix.start() if suffix else e  # "DETR-like": DETR
        if is_name_like(text[s:e]) and text[s:e] not in _NOT_NAMES and (suffix or not _is_modifier(text, e)):
            out.append(Candidate(Role.METHOD, s, e, "context:built-on", 0.6))


def _library(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _AFTER_LIB_NOUN.match(text, at)
    if m and not _LIB_BEFORE.search(text, max(tend, at - 60), at):
        name = m.group("name")
        if name not in _LANGUAGES and name not in _NOT_NAMES and (
            is_name_like(name) or is_name_like(name, allow_capitalized=True) and not _is_modifier(text, m.end())
        ):
            out.append(Candidate(Role.METHOD, m.start("name"), m.end("name"), "context:library", 0.65))
    if anchor_end < len(text) and text[anchor_end].isalnum():
        return
    # "the Lale library": a capitalised word before the noun, after "the".
    m = _LIB_NAME_BEFORE.search(text, max(tend, at - 30), at)
    if m and m.group("name") not in _LANGUAGES and m.group("name").lower() not in STOP_NAMES:
        out.append(Candidate(Role.METHOD, m.start("name"), m.end("name"), "context:library", 0.65))


_TECHNIQUE_KINDS = frozenset({"algorithm", "method", "solver", "estimator", "optimizer"})
_TITLED_BEFORE_KIND = re.compile(r"\b(?:[Tt]he|a|an)\s+(?P<name>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){1,3})\s+\Z")
_OWN_BEFORE = re.compile(r"\b(?:[Oo]ur|proposed|novel|new)\b")


_CAP_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _cap_word_before(text: str, lo: int, at: int) -> bool:
    """What every :data:`_NAME_BEFORE_KIND` match in ``text[lo:at]`` holds: space before ``at``
    and, before that, a word opening as ``_CAP`` does (the window's last word is the name). Tested
    first: most kind nouns follow a lower-case word, and the search tries every window position."""
    window = text[lo:at]
    last = window.rstrip()
    return 0 < len(last) < len(window) and last.rsplit(None, 1)[-1][0] in _CAP_FIRST


def _kind_noun(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    """"a GS-LRM reconstructor", "an adaptive Perp-Neg algorithm": a name before the noun that
    says what kind of thing it is (mid-sentence title case marks a name here); "the monolingual
    model PhoBERT for ...", "an analysis algorithm, SSI-CPAST.": a name-shaped word right after it.
    "the Galerkin method": a person's name before a technique noun (:mod:`kg.extract.eponyms`)."""
    if text[at] in "mae" and text[at:anchor_end] in eponyms.HEADS:
        eponyms.eponym_at(text, tend, at, out)
    if anchor_end < len(text) and not text[anchor_end].isalnum():
        _name_after_kind(text, tend, at, anchor_end, out)
    if anchor_end != len(text) and text[anchor_end].isalnum():
        if text[anchor_end] == "s" and (anchor_end + 1 == len(text) or not text[anchor_end + 1].isalnum()):
            _names_before_plural_kind(text, tend, at, out)  # "the PG and RG methods"
        return
    m = _NAME_BEFORE_KIND.search(text, max(tend, at - 40), at) if _cap_word_before(text, max(tend, at - 40), at) else None
    name = m.group("name") if m else ""
    if m and not m.group("cap") and _FIELD_ACRONYM.match(name) \
            and _INDEFINITE.search(text, m.start(), m.start("name")):
        return  # "a NAS algorithm", "a CF model": a field; the catalogue knows "an EM algorithm"
    if m and (is_name_like(name) or is_title_case_compound(name)) and not _ADJ_SUFFIX.search(name) \
            and name not in _NOT_NAMES:
        s0 = m.start("cap") if m.group("cap") else m.start("name")
        if _NEW_BEFORE.search(text, max(tend, m.start() - 12), s0):
            # "we propose a novel GradAlign algorithm": the paper's own
            out.append(Candidate(Role.PROPOSED, s0, m.end("name"), "context:kind-noun", 0.8))
        else:
            out.append(Candidate(Role.METHOD, s0, m.end("name"), "context:kind-noun", 0.65))
    elif text[at:anchor_end] in _TECHNIQUE_KINDS and (t := _TITLED_BEFORE_KIND.search(text, max(tend, at - 70), at)):
        # "based on the Block Coordinate Descent algorithm": a title-case technique after "the"
        # (not the paper's own: "our new ...", "the proposed ...")
        words = t.group("name").split()
        if not any(w.lower() in STOP_NAMES for w in words) and not _OWN_BEFORE.search(text, max(tend, t.start() - 40), t.start("name")):
            out.append(Candidate(Role.METHOD, t.start("name"), t.end("name"), "context:kind-noun", 0.65))


# "the monolingual model PhoBERT for Vietnamese", "a fast modal analysis algorithm, SSI-CPAST.": a
# name-shaped word (not a plain capitalised one) right after a singular kind noun, ending a clause.
_NAME_AFTER_KIND = re.compile(
    rf"(?:\s*,\s*|\s+)(?P<name>{_CAP})(?=\s*[,.;:)]|\s+(?:for|to|and|which|that|with|in|on|is|was|as|has|achieves)\b)"
)
_DETERMINED = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[\w\-]+\s+){0,4}\Z", re.IGNORECASE)
_OWN_BEFORE = re.compile(r"\b(?:our|novel|new|proposed|we|this)\b[^.;]*\Z", re.IGNORECASE)


def _name_after_kind(text: str, tend: int, at: int, anchor_end: int, out: list[Candidate]) -> None:
    m = _NAME_AFTER_KIND.match(text, anchor_end)
    if not m or not _DETERMINED.search(text, max(tend, at - 50), at):
        return
    if _OWN_BEFORE.search(text, max(tend, at - 50), at):
        return  # "we propose an algorithm X", "this network X": the naming rules read the paper's own
    name = m.group("name")
    if _FIELD_ACRONYM.match(name):
        return  # "the backbone PLMs", "network DP": a kind or a field more often than a name
    if is_name_like(name) and name not in _NOT_NAMES and name not in _LANGUAGES and not _ADJ_SUFFIX.search(name):
        out.append(Candidate(Role.METHOD, m.start("name"), m.end("name"), "context:after-kind", 0.6))


# "the PG and RG methods", "both GraphX, Flow2 and KD-Net models": two or more names before a
# plural kind noun, after a determiner.
_NAMES_BEFORE_PLURAL = re.compile(
    rf"(?:\b(?:the|both|with|of|and)\s+|\()(?P<list>{_CAP}(?:\s*,\s*{_CAP})*\s*,?\s+(?:and|or)\s+{_CAP})\s+\Z"
)


def _names_before_plural_kind(text: str, tend: int, at: int, out: list[Candidate]) -> None:
    m = _NAMES_BEFORE_PLURAL.search(text, max(tend, at - 80), at)
    if not m:
        return
    items = [i for i in re.finditer(_CAP, m.group("list")) if i.group() not in ("and", "or")]
    # a name-shaped member vouches for a capitalised one: "(Viterbi and BCJR decoders"
    strong = any(is_name_like(i.group()) for i in items)
    if all(is_name_like(i.group(), allow_capitalized=strong) and i.group() not in _NOT_NAMES and i.group() not in _LANGUAGES
           for i in items):
        for i in items:
            out.append(Candidate(Role.METHOD, m.start("list") + i.start(), m.start("list") + i.end(), "context:kind-noun", 0.65))


_RULES = {
    "metric": _metric_noun, "ds": _dataset_noun, "eval": _evaluated_on, "cmp": _compared, "ex": _examples,
    "built": _built_on, "lib": _library, "kind": _kind_noun,
    "epo": lambda text, tend, at, anchor_end, out: eponyms.eponym_at(text, tend, at, out),
}


# "two datasets Market 1501 and Duke MTMC": a counted noun may be followed by its list directly.
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|several|\d)\s+(?:\w+\s+){0,2}\Z")


# "RotatE (Sun et al., 2019)", "COBWEB (Fisher, 1987)": a name with its citation.
_CITED = re.compile(
    r"(?<![\w\-])(?P<name>[A-Z][\w\-+.]*[\w+])\s*\((?:[A-Z][A-Za-z\-']+)(?: et al\.?| (?:and|&) [A-Z][A-Za-z\-']+)?,?"
    r" (?:19|20)\d\d[a-z]?\)"
)
# "(?:19|20)\d\d[a-z]?\)" found from its closing bracket, a literal the engine skips to in C (a
# pattern led by the digits was tried at every "1" and "2"); the year starts 4 or 5 characters back.
_YEAR_PAREN = re.compile(r"\)(?:(?<=(?:19|20)\d\d\))|(?<=(?:19|20)\d\d[a-z]\)))")
_DS_WORD = re.compile(rf"\b{_DS}\b", re.IGNORECASE)


def _cited(text: str, tend: int) -> list[Candidate]:
    """Name-shaped words followed by an author-year citation: methods, or datasets when a
    dataset noun stands right before or after ("the benchmark ARLUE (Abdul et al., 2021)")."""
    out = []
    for y in _YEAR_PAREN.finditer(text, tend):  # few abstracts cite: find "2019)" first, then look back
        end = y.end()
        start = end - 6 if "a" <= text[end - 2] <= "z" else end - 5
        if start < tend:
            continue  # the year begins in the title
        m = next((c for c in _CITED.finditer(text, max(tend, start - 90), end) if c.end() == end), None)
        if m is None:
            continue
        name = m.group("name")
        if not is_name_like(name) or name in _NOT_NAMES:
            continue
        near = text[max(tend, m.start() - 30) : m.start()] + " " + text[m.end() : m.end() + 25]
        role = Role.DATASET if _DS_WORD.search(near) else Role.METHOD
        out.append(Candidate(role, m.start("name"), m.end("name"), "context:cited", 0.65))
    return out


def coordinated_methods(text: str, found: list[Candidate], tend: int = 0) -> list[Candidate]:
    """Name-shaped words listed with a catalogue method ("RoBERTa, XLM and DistilBERT",
    "H2O, and MLJAR"): methods too. Words some rule already claimed keep their role."""
    known = sorted((c for c in found if c.role is Role.METHOD and c.rule.startswith("catalogue") and c.start >= tend),
                   key=lambda c: c.start)
    if not known:
        return []
    claimed = [(c.start, c.end, c.role) for c in found]
    out: list[Candidate] = []

    def item(s: int, e: int) -> bool | None:
        """True: a new method; False: already claimed as a method; None: the list ends here
        (or is not a list of methods, when a member is a dataset)."""
        name = text[s:e]
        roles = {r for a, b, r in claimed if a < e and s < b}
        if roles - {Role.METHOD, Role.PROPOSED}:
            raise _NotMethods
        if roles:
            return False
        if (name in _NOT_NAMES or not is_name_like(name) or _VERSION_WORD.match(name) or _CLASS_NOUN_AFTER.match(text, e)
                or _is_modifier(text, e) or _ADJ_SUFFIX.search(name)):
            return None
        return True

    for c in known:
        try:
            chain, start = walk_list(text, c.start, c.end, _COORD_NEXT, _COORD_PREV, item, tend, steps=6, back=40)
        except _NotMethods:
            continue  # "(SGD, MultiWOZ2.2, DSTC2)": a list of datasets one of which shares a method's name
        tail = text[max(tend, start - 60) : start]
        ds = [d.end() for d in _DATASET_CONTEXT.finditer(tail)]
        me = [d.end() for d in _METHOD_CONTEXT.finditer(tail)]
        if ds and (not me or ds[-1] > me[-1]):
            continue  # "datasets (e.g., SGD, M2M)": the noun before the list says what it lists
        for s, e in chain:
            out.append(Candidate(Role.METHOD, s, e, "context:coordinated", 0.6))
            claimed.append((s, e, Role.METHOD))
    return out


class _NotMethods(Exception):
    """A coordinated list turned out to hold a dataset."""


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

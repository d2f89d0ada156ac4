"""Dataset names the grammar around them settles (issue 11, class 4), for names no list knows.

- a split or a server of a named set: "on the ContraPro test set", "the VOC10 evaluation server",
  "the XYZ-QA dev set": only a named set has a test set of its own;
- an apposition that says what the name is: "300W-LP, a large synthetically expanded dataset",
  "UniMorph, a multi-lingual repository of inflection tables" (a plain capitalised word after a
  lower-case word: "on Mimetics, a dataset with out-of-context actions");
- a name in brackets after a lower-case resource phrase: "a homogeneous news collection (Robust)";
- a copula that says what the name is: "Babel Briefings is a novel dataset featuring ...",
  "XYZ-Bench is a benchmark for ..." (the paper's own when it says new/novel/first or the title names it);
- the name given to a resource the paper introduces, after a remark: "we introduce a dataset for our
  task, EMU, with 56k pairs";
- the name a resource phrase is given with named/called/dubbed/termed: "we collect a dataset of 100
  million text images, named UTI-100M", "a new data mix called Dolmino Mix 1124" (the paper's own after
  our/new or an introducing verb);
- the items of a list a dataset noun leads, whatever another rule calls them: "instruction datasets,
  such as Evol-Instruct, ShareGPT and OpenPlatypus" (Evol-Instruct is also a method's name);
- parallel results: "98.5% on AgeDB, 83.9% on XQLFQ and 98.7% on CFP-FP" (or "from 1.06 to 0.99 on
  enwiki8, from 1.13 to 1.08 on text8"): once one "NUMBER on X" of such a run names a known dataset,
  so do its parallel siblings, lower-case ones with a digit ("enwiki8") included;
- a name right after a singular resource noun: "the multi-modal dataset MOCAS", "the tracking
  benchmark GOT-10k", "our collected benchmark InstruSum" (the paper's own after our/new/novel or an
  introducing verb); not a verb ("we benchmark X"), nor a name that qualifies the noun after it
  ("benchmark HSI datasets") or begins a longer name ("the benchmark MIT-Adobe FiveK");
- a value reported on a name: "92.1% accuracy on Quillex", "gains 0.7% on DVS128 Gesture", "by 7.1% on
  LoKITTI": a name-shaped word after "NUMBER[%|dB|points] (up to three words) on" is what was measured
  (a method's name there, "65% on ResNet-18", is the catalogue's or another rule's, whose claim wins);
- one name right before a singular resource noun, after "the" (a name-shaped one also after a
  sentence's "The", which the cue reads as part of the name) or "using"/"via" and at most a
  word or two that say which set ("the Feelsight dataset", "the publicly available FaceForensics
  dataset", "the recent SateHaze1k dataset", "using VQA-X dataset"): the article and the singular
  noun say one set is named, so a plain capitalised word ("Lensfun", "Quick-draw") counts here; an
  indefinite article ("a synthetic GPR dataset") or a plural noun ("the MRI datasets") names a kind,
  except after "a new" / "our new" with a name-shaped word that is no short acronym or modality
  ("we curate a new ShapePrompts benchmark": the paper's own; "a new UAV benchmark": a kind);
- the two sides of a transfer direction written with an arrow: "GTA5→Cityscapes", "SYNTHIA -> Cityscapes":
  once one side is a catalogue dataset, the other (name-shaped, no language and no catalogue name of
  another kind) is a dataset too (the catalogue reads no name glued to an arrow); "GTA-to-Cityscapes",
  one hyphenated word, stays the one setting other rules find (results name it so);
- names in quotes before a resource noun: 'on the "Leeds Sports Poses" and "Parse" benchmarks',
  "our novel ``RomePatches'' dataset" (the quotes mark the name's extent; one quoted name before a
  plural noun is a kind: "existing 'Stereotype Detection' datasets").

Names must be name-shaped (mixed case, digits, acronyms: :func:`~kg.extract.shapes.is_name_like`);
a plain capitalised word counts only after "the" in the split and the-name-noun rules (and in apposition
to a dataset phrase: "on Mimetics, a dataset with ..."), where an English word
("the English test set") is ruled out by the stop list and the word's own shape (no language or
adjective ends in the set's name). Each rule is tried only where ``str.find`` (a scan in C) sees
its cue word, so abstracts without one cost a few finds.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .catalogue_data import Catalogue
from .challenge_names import challenge_names
from .cue_lists import LANGUAGES, NATURAL_LANGUAGES, NOT_NAMES, is_modifier
from .doc import Candidate
from .shapes import PLURAL_ACRONYM, SHORT_FORM_AFTER, STOP_NAMES, holds_digit, is_name_like, lower_same_length, word_runs

__all__ = ["split_names", "apposed_names", "bracketed_names", "copula_names", "remark_names", "listed_under_noun",
           "parallel_results", "noun_then_name", "called_names", "quoted_names", "valued_on", "the_name_noun", "directions",
           "dataset_shapes"]

_NAME: Final = r"[A-Za-z0-9][\w\-+.]*[\w+]"
# "the ContraPro test set", "on XSum's test split", "the VOC10 evaluation server"
_SPLIT_AFTER: Final = re.compile(
    r"(?:'s)?\s+(?:(?:official|standard|public|held-out|blind|hidden)\s+)?"
    r"(?:test|dev|validation|evaluation)\s+(?:sets?|splits?|servers?|partitions?)\b"
)
_NAME_BEFORE: Final = re.compile(rf"(?<![\w\-])(?P<the>the\s+)?(?P<name>{_NAME})\Z")
# Languages, domains and kinds before "test set" describe a set, they do not name one.
_NOT_SET_NAMES: Final = frozenset(
    "English German French Chinese Japanese Korean Spanish Arabic Russian Hindi Italian Portuguese "
    "Dutch Turkish Czech Romanian Finnish Vietnamese Thai Indonesian Multilingual Monolingual "
    "Original Clean Noisy Full Public Private Official Standard Final Same Whole Entire New Large Small "
    "Synthetic Real Test Training Validation Unseen Seen Hard Easy ID OOD IID".split()
)
# "300W-LP, a large synthetically expanded dataset,": the apposition says what the name is.
_APPOSED_NAME: Final = re.compile(rf"(?<![\w\-])(?P<name>{_NAME})\Z")
_APPOSED_TAIL: Final = re.compile(
    r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,5}?(?:datasets?|corpus|corpora|benchmarks?|treebanks?|repository|collection|database)\b"
)
# "a homogeneous news collection (Robust)": a lower-case resource phrase, then its name.
_LOWER_WORD_BEFORE: Final = re.compile(r"(?<![\w\-])[a-z][\w\-]*\s+\Z")
_BRACKETED_NAME: Final = re.compile(rf"(?P<name>{_NAME})\)")
_RES_NOUNS: Final = ("dataset", "corpus", "benchmark", "collection", "database", "treebank")
# "98.50% on AgeDB, 83.95% on XQLFQ, and 98.74% on CFP-FP"
# "from 1.06 to 0.99 on enwiki8": a change of value is one value, its run starts at "from".
_VALUE_BEFORE: Final = re.compile(r"(?<![\w.])(?:from\s+\d+(?:\.\d+)?\s?%?\s+to\s+)?\d+(?:\.\d+)?\s?%?\Z")
_ON_NAME: Final = re.compile(rf" on\s+(?:the\s+)?(?P<name>{_NAME})(?=\s*(?:,|;|\band\b|\.|\)|$))")
_PARALLEL_GAP: Final = re.compile(r"\s*(?:,|;)?\s*(?:and\s+|while\s+|with\s+)?(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}")
_DATA_ROLES: Final = (Role.DATASET, Role.INTRODUCED_DATASET)
# "enwiki8", "text8": in a run of results beside a known dataset, a lower-case word with a digit is a name.
_LOWER_WITH_DIGIT: Final = re.compile(r"[a-z]{2,}[a-z\-]*\d+[a-z\d]*")
_RESOURCE: Final = r"(?:dataset|benchmark|corpus|treebank|test\s?bed|suite)"
# "Babel Briefings is a novel dataset", "XYZ-Bench is a large-scale benchmark": one to four
# capitalised words (or one name) opening the sentence, then the copula.
_COPULA_NAME: Final = re.compile(r"(?:[.!?]\s|\n)(?P<name>[A-Z][\w\-+.]*(?:\s[A-Z][\w\-+.]*){0,3})\Z")
_COPULA_TAIL: Final = re.compile(rf"\s+(?:is|are)\s+(?:a|an)\s+(?P<adj>(?:[\w\-]+\s+){{0,4}}?){_RESOURCE}\b")
_NEW: Final = re.compile(r"\b(?:new|novel|first)\b")
# The verbs by which a paper introduces a resource of its own ("we collected", "we release", "we contribute").
_INTRO_VERBS: Final = r"(?:introduce|present|release|propose|construct|collect|build|built|create|curate|generate|develop|contribute)(?:s|d|ed)?"
# "we introduce a dataset for our task, EMU, with ...": the name after the remark ends in a comma or bracket.
_INTRODUCING_BEFORE: Final = re.compile(
    rf"(?<![\w\-]){_INTRO_VERBS}\s+(?:a|an)\s+"
    r"(?:[\w\-]+\s+){0,3}?\Z"
)
_REMARK_THEN_NAME: Final = re.compile(
    rf"s?\s+(?:for|of|on|in|with|from)\s+(?:[\w\-]+\s+){{0,4}}?[\w\-]+,\s+(?P<name>{_NAME})\s*[,(]"
)
_RESOURCE_WORDS: Final = ("dataset", "benchmark", "corpus")
# "instruction datasets, such as A, B, C": the noun before the cue says what is listed.
_LISTED_UNDER: Final = re.compile(r"\s*,?\s*(?:\(\s*)?(?:such as|including|e\.g\.,?|like|namely)\s+|:\s+(?=\S+,)")  # "datasets: A, B and C"
_PLURAL_NOUNS: Final = ("datasets", "benchmarks", "corpora")
# "the multi-modal dataset MOCAS to examine": a lower-case word, the noun, then the name and a boundary.
_NOUN_THEN: Final = (" dataset ", " benchmark ", " corpus ", " treebank ")
_WORD_BEFORE_NOUN: Final = re.compile(r"(?<![\w\-])(?P<w>[a-z][\w\-]*|Our)\Z")  # "Our dataset X consists of"
_NOUN_NAME: Final = re.compile(
    rf"(?P<name>{_NAME})(?=\s*(?:[,;:)]|\.(?!\w)|\Z)|\s+(?:\(|[a-z][a-z\-]*(?![\w\-])))"
    r"(?!\s+(?:datasets?|benchmarks?|corpus|corpora|treebanks?|tasks?|domains?|data|suites?"
    r"|models?|methods?|networks?|architectures?|frameworks?|systems?|approach(?:es)?|baselines?)\b)"
)
# "we benchmark X", "to benchmark X": the verb, not the noun.
_VERB_BEFORE: Final = frozenset("we to and also then can will would should could further first thoroughly systematically".split())
# "our collected benchmark X", "we construct a new dataset X", "we created a public dataset X": the own
# word within the noun phrase ("a new benchmark A, ... than the previous dataset B", "our A and the
# dataset B" and "the recently proposed dataset B" are not the paper's).
# ("Our evaluation on the benchmark B": a preposition or article ends the noun phrase.)
_NP_GAP: Final = r"(?:(?!(?:and|or|on|in|of|for|with|at|to|from|by|the|a|an)\b)[a-z][\w\-]*\s+){0,4}"
_OWN_BEFORE: Final = re.compile(
    rf"(?<![\w\-])(?:(?:[Oo]ur|new|newly|novel)\s+{_NP_GAP}"
    r"|[Ww]e\s+(?:also\s+|further\s+|then\s+|first\s+)?"
    rf"{_INTRO_VERBS}\s+"
    rf"(?:(?:a|an|the)\s+)?{_NP_GAP})\Z"
)
# "dataset CondEnsation (DANCE)": part of a long form.
_ACRONYM_AFTER: Final = re.compile(r"\s*\([A-Z][A-Za-z\-]*[A-Z]\)")
_LIST_ITEM: Final = re.compile(rf"(?P<name>{_NAME})(?P<sep>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?")


def _keys_in(text: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The ``keys`` (each a word between spaces: " dataset ") ``text`` may hold: a key's word is then
    one of the text's runs of word characters, which the catalogue matcher keeps (every key when
    they are not at hand). Most abstracts hold none of the keys, and a str.find for a key ending
    in a space tests nearly every character (an abstract's runs are a set read in one step)."""
    low = lower_same_length(text)
    runs = word_runs(low, cached_only=True) if low is not None else None
    return keys if runs is None else tuple(k for k in keys if k[1:-1] in runs)


def _shape_ok(name: str, plain_ok: bool) -> bool:
    if name in _NOT_SET_NAMES or name.lower() in STOP_NAMES:
        return False
    return is_name_like(name) or (plain_ok and is_name_like(name, allow_capitalized=True))


def split_names(text: str, tend: int) -> list[Candidate]:
    """Names with a test/dev/validation set or evaluation server of their own."""
    out = []
    for key in _keys_in(text, (" test ", " dev ", " validation ", " evaluation ")):
        i = text.find(key, tend)
        while i >= 0:
            end = i - 2 if text[i - 2:i] == "'s" else i
            # (a match ends at ``end``: the split is read there first, the window searched after it)
            m = _NAME_BEFORE.search(text, max(tend, end - 40), end) if _SPLIT_AFTER.match(text, end) else None
            if m and _shape_ok(m.group("name"), bool(m.group("the"))):
                out.append(Candidate(Role.DATASET, m.start("name"), m.end("name"), "datasets:split-of", 0.7))
            i = text.find(key, i + len(key) - 1)
    return out


def apposed_names(text: str, tend: int) -> list[Candidate]:
    """Names an apposition calls a dataset, corpus or benchmark."""
    out = []
    for key in (", a ", ", an ", ", the "):
        i = text.find(key, tend)
        while i >= 0:
            if _APPOSED_TAIL.match(text, i + 2):
                m = _APPOSED_NAME.search(text, max(tend, i - 40), i)
                # a plain capitalised word ("on Mimetics, a dataset with ...") after a lower-case
                # word, mid-sentence: not a sentence opener ("Finally, a new benchmark ...")
                plain = bool(m) and _LOWER_WORD_BEFORE.search(text, max(tend, m.start() - 30), m.start()) is not None  # type: ignore[union-attr]
                if m and _shape_ok(m.group("name"), plain):
                    out.append(Candidate(Role.DATASET, m.start("name"), m.end("name"), "datasets:apposed", 0.7))
            i = text.find(key, i + 2)
    return out


def bracketed_names(text: str, tend: int) -> list[Candidate]:
    """Names in brackets right after a lower-case resource phrase."""
    out = []
    i = text.find(" (", tend)  # one scan for the bracket, then the word before it
    while i >= 0:
        if text.endswith(_RES_NOUNS, max(tend, i - 10), i):
            noun_at = text.rfind(" ", tend, i) + 1
            m = _BRACKETED_NAME.match(text, i + 2)
            if (m and text[noun_at:i] in _RES_NOUNS and _LOWER_WORD_BEFORE.search(text, max(tend, noun_at - 30), noun_at)
                    and _shape_ok(m.group("name"), True)):
                out.append(Candidate(Role.DATASET, m.start("name"), m.end("name"), "datasets:bracketed", 0.7))
        i = text.find(" (", i + 2)
    return out


def parallel_results(text: str, tend: int, found: list[Candidate]) -> list[Candidate]:
    """Unclaimed names of a run of "NUMBER on X" results one of which is a known dataset."""
    hits: list[tuple[int, re.Match]] = []  # (where the value starts, the " on X" match)
    i = text.find(" on ", tend)
    while i >= 0:
        if text[i - 1].isdigit() or text[i - 1] == "%":  # a value right before: "98.5% on X", "31.2 on X"
            m = _ON_NAME.match(text, i)
            v = _VALUE_BEFORE.search(text, max(tend, i - 30), i) if m else None
            if v is not None:
                hits.append((v.start(), m))  # type: ignore[arg-type]
        i = text.find(" on ", i + 3)
    if len(hits) < 2:
        return []
    runs: list[list[re.Match]] = [[hits[0][1]]]
    for (_, prev), (vstart, m) in zip(hits, hits[1:]):
        gap = text[prev.end():vstart]
        if len(gap) < 40 and "." not in gap and _PARALLEL_GAP.fullmatch(gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    claimed = {(c.start, c.end): c.role for c in found}
    out = []
    for run in runs:
        spans = [(m.start("name"), m.end("name")) for m in run]
        roles = [next((r for (a, b), r in claimed.items() if a <= s and e <= b), None) for s, e in spans]
        if len(run) < 2 or not any(r in _DATA_ROLES for r in roles) or any(r is not None and r not in _DATA_ROLES for r in roles):
            continue
        for (s, e), r in zip(spans, roles):
            if r is None and (_shape_ok(text[s:e], False) or _LOWER_WITH_DIGIT.fullmatch(text, s, e)):
                out.append(Candidate(Role.DATASET, s, e, "datasets:parallel", 0.65))
    return out


def copula_names(text: str, tend: int) -> list[Candidate]:
    """Names a sentence opens with and says are a dataset or benchmark."""
    title = text[:tend]
    out = []
    for key in (" is a", " are a"):
        i = text.find(key, tend)
        while i >= 0:
            t = _COPULA_TAIL.match(text, i)
            n = _COPULA_NAME.search(text, max(tend, i - 60), i) if t else None
            if n is not None:
                c = _copula_candidate(n.group("name"), n.start("name"), t.group("adj"), title)  # type: ignore[union-attr]
                if c is not None:
                    out.append(c)
            i = text.find(key, i + 3)
    return out


def _copula_candidate(name: str, start: int, adj: str, title: str) -> Candidate | None:
    words = name.split()
    if words[0].lower() in STOP_NAMES or words[0] in _NOT_SET_NAMES:
        return None  # "This is a new dataset", "The benchmark is a ..."
    if len(words) == 1 and not is_name_like(name) and name not in title:
        return None  # a capitalised word opening a sentence is no name by itself
    own = bool(_NEW.search(adj)) or name in title
    role = Role.INTRODUCED_DATASET if own else Role.DATASET
    return Candidate(role, start, start + len(name), "datasets:copula", 0.75)


def remark_names(text: str, tend: int) -> list[Candidate]:
    """The name of a resource the paper introduces, written after a remark on what it is for."""
    out = []
    for noun in _RESOURCE_WORDS:
        i = text.find(noun, tend)
        while i >= 0:
            m = _REMARK_THEN_NAME.match(text, i + len(noun))
            if m and _INTRODUCING_BEFORE.search(text, max(tend, i - 60), i) and _shape_ok(m.group("name"), False):
                out.append(Candidate(Role.INTRODUCED_DATASET, m.start("name"), m.end("name"), "datasets:introduced-named", 0.8))
            i = text.find(noun, i + 1)
    return out


_CUT_NAME: Final = re.compile(r" [A-Z][\w\-]*\d")  # the name goes on: "Caltech-UCSD Birds-200-2011"
# After a colon's last item a capitalised word or a number goes on the name ("Georgia Tech ..."); a
# lower-case one ends the list ("datasets: A, B and C show that ...").
_NAME_GOES_ON: Final = re.compile(r" [A-Z0-9]")


def listed_under_noun(text: str, tend: int) -> list[Candidate]:
    """The items of a list a plural dataset noun leads ("datasets such as A, B and C"); confident
    enough (0.92) to outweigh a catalogue match of another type (0.9) for the same name."""
    out = []
    for noun in _PLURAL_NOUNS:
        i = text.find(noun, tend)
        while i >= 0:
            m = _LISTED_UNDER.match(text, i + len(noun))
            if m is not None:
                out.extend(_list_items(text, m.end(), colon=m.group().startswith(":")))
            i = text.find(noun, i + 1)
    return out


def _list_items(text: str, at: int, colon: bool = False) -> list[Candidate]:
    """The items from ``at``; after a colon ("three datasets: A, B and C", which also opens lists of
    parts and levels: "three datasets: Document, Paragraph, and Sentence level") only the name-shaped
    ones and not the first word of a longer name ("Georgia Tech Egocentric Activities")."""
    out = []
    for _ in range(8):
        it = _LIST_ITEM.match(text, at)
        if it is None or not _shape_ok(it.group("name"), True) or _CUT_NAME.match(text, it.end("name")):
            break  # ("Caltech-UCSD Birds-200-2011(CUB)": the item is a longer name, the catalogue's or none)
        if not colon or is_name_like(it.group("name")) and (it.group("sep") or not _NAME_GOES_ON.match(text, it.end("name"))):
            out.append(Candidate(Role.DATASET, it.start("name"), it.end("name"), "datasets:listed", 0.92))
        if not it.group("sep"):
            break
        at = it.end()
    return out


def noun_then_name(text: str, tend: int) -> list[Candidate]:
    """Names written right after a singular resource noun ("the video dataset MARS")."""
    out = []
    for key in _keys_in(text, _NOUN_THEN):
        i = text.find(key, tend)
        while i >= 0:
            j = i + len(key)
            # "dataset of ...": most nouns are followed by a word (no name starts so)
            if not (text[j:j + 1].islower() and not text[j + 1:j + 2].isupper()):
                out.extend(_name_after_noun(text, tend, i, j))
            i = text.find(key, j - 1)
    return out


def _name_after_noun(text: str, tend: int, i: int, j: int) -> list[Candidate]:
    """The name at ``j``, right after the resource noun written at ``text[i:j]``, when it is one."""
    w = _WORD_BEFORE_NOUN.search(text, max(tend, i - 30), i)
    m = _NOUN_NAME.match(text, j)
    if not (w and m and w.group("w") not in _VERB_BEFORE):
        return []
    name = m.group("name")
    if (not is_name_like(name) or name in _NOT_SET_NAMES or is_modifier(text, m.end("name"))
            or PLURAL_ACRONYM.fullmatch(name) or _ACRONYM_AFTER.match(text, m.end("name"))):
        return []
    own = _OWN_BEFORE.search(text, max(tend, i - 50), i + 1)
    role, conf = (Role.INTRODUCED_DATASET, 0.8) if own else (Role.DATASET, 0.7)
    return [Candidate(role, m.start("name"), m.end("name"), "datasets:noun-then-name", conf)]


_QUOTE_NOUNS: Final = (" dataset", " benchmark", " corpus", " corpora", " database", " data set", " treebank")
_CLOSING_QUOTES: Final = "\"'\u201d\u2019"
# A name in straight, TeX or curly quotes: capitalised words, short function words inside.
_QUOTED: Final = re.compile(
    r"(?:\"|``|\u201c|\u2018|')(?P<name>[A-Z0-9][\w\-+.]*(?: (?:of|in|the|for|on|and|[A-Z0-9][\w\-+.]*)){0,5})"
    r"(?:\"|''|\u201d|\u2019|')"
)
_QUOTED_GAP: Final = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


def quoted_names(text: str, tend: int) -> list[Candidate]:
    """Names in quotes right before a resource noun, one or a list of them."""
    out: list[Candidate] = []
    if not any(q in text for q in _CLOSING_QUOTES):
        return out  # each name is read from a closing quote right before the noun (three texts in four hold none)
    for noun in _QUOTE_NOUNS:
        i = text.find(noun, tend)
        while i >= 0:
            if text[i - 1:i] in _CLOSING_QUOTES and text[i - 1:i]:
                out.extend(_quoted_list(text, tend, i, noun))
            i = text.find(noun, i + 1)
    return out


def _quoted_list(text: str, tend: int, i: int, noun: str) -> list[Candidate]:
    lo = max(tend, i - 160)
    items = list(_QUOTED.finditer(text, lo, i))
    chain: list[re.Match[str]] = []
    end = i
    for m in reversed(items):
        gap = text[m.end():end]
        if not (gap == "" if not chain else _QUOTED_GAP.fullmatch(gap)):
            break
        chain.append(m)
        end = m.start()
    plural = text.startswith(("s", " sets"), i + len(noun)) or noun == " corpora"
    if not chain or (plural and len(chain) < 2):
        return []  # "existing 'Stereotype Detection' datasets": one quoted kind of data
    own = _OWN_BEFORE.search(text, max(tend, end - 50), end)
    role, conf = (Role.INTRODUCED_DATASET, 0.8) if own else (Role.DATASET, 0.75)
    return [Candidate(role, m.start("name"), m.end("name"), "datasets:quoted", conf)
            for m in reversed(chain) if _shape_ok(m.group("name"), True)]


# "92.1% accuracy on X", "0.45 dB on X", "by 7.1% on X": a value, at most three words, then " on".
_VALUE_THEN_ON: Final = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|dB|points?|pp)(?:\s+[a-z][\w\-@]*){0,3}\Z")
_VALUED_NAME: Final = re.compile(rf"(?:the\s+)?(?P<name>{_NAME})(?=\s*(?:[,;)]|\.(?!\w)|\s(?:and|while|with|respectively|dataset|benchmark)\b|\Z))")


def valued_on(text: str, tend: int, found: list[Candidate]) -> list[Candidate]:
    """Name-shaped words a value is reported on, which no other rule claims."""
    out = []
    i = text.find(" on ", tend)
    while i >= 0:
        v = _VALUE_THEN_ON.search(text, max(tend, i - 40), i)
        m = _VALUED_NAME.match(text, i + 4) if v else None
        if m is not None:
            s, e = m.start("name"), m.end("name")
            name = m.group("name")
            if (is_name_like(name) and name not in _NOT_SET_NAMES and name not in NOT_NAMES and not PLURAL_ACRONYM.fullmatch(name)
                    and not any(c.start < e and s < c.end for c in found)):
                out.append(Candidate(Role.DATASET, s, e, "datasets:valued-on", 0.65))
        i = text.find(" on ", i + 3)
    return out


# "the Feelsight dataset", "the publicly available FaceForensics dataset", "using VQA-X dataset": the
# lead word, at most one phrase that says which set (not what kind), the name, then the noun. A
# sentence's "The FNXL dataset ..." the dataset-noun cue reads as one item "The FNXL" and drops: here
# a name-shaped word only ("The Pile" is the catalogue's, its "Pile" no name of its own).
_NAME_NOUNS: Final = (" dataset", " database", " benchmark", " corpus", " treebank")
_THE_NAME_BEFORE: Final = re.compile(
    r"(?<![\w\-])(?P<lead>the|using|via|(?:(?<=[.!?]\s)|(?<=\n))The|(?:[Aa]|[Oo]ur)\s+(?:new|novel))\s+(?P<which>(?:(?:publicly|freely|openly)\s+available|recent"
    r"|recently\s+(?:released|proposed|introduced|published)|popular|public|standard|well-known|widely[- ]used"
    r"|challenging|large-scale|existing|original|famous|classic)\s+)?"
    rf"(?P<name>{_NAME})\s\Z"
)
_ADJECTIVE_SUFFIX: Final = re.compile(r"-(?:based|like|style|type|[a-z]+ed)\Z")  # "the Web-derived dataset": a kind


def _kind_of_data(name: str) -> bool:
    """A short acronym or a modality after "a new" says what kind of set, not which: "a new UAV
    benchmark", "a new IE dataset", "a new RGB-Thermal dataset", "a new NL-to-program benchmark"."""
    parts = name.split("-")
    return len(name) <= 3 or any(p in NOT_NAMES or p.islower() for p in parts) or name in NOT_NAMES


def the_name_noun(text: str, tend: int) -> list[Candidate]:
    """One name right before a singular resource noun, after "the", "using" or "via" (and a phrase
    saying which set): a plain capitalised word only after "the"."""
    out = []
    for key in _NAME_NOUNS:
        i = text.find(key, tend)
        while i >= 0:
            j = i + len(key)
            # singular ("dataset", not "datasets"), and not a long form ("the Actor-Action dataset (A2D)")
            if (j == len(text) or not text[j].isalnum()) and not SHORT_FORM_AFTER.match(text, j):
                m = _THE_NAME_BEFORE.search(text, max(tend, i - 60), i + 1)
                c = _the_name(text, tend, m) if m else None
                if c:
                    out.append(c)
            i = text.find(key, j)
    return out


def _the_name(text: str, tend: int, m: re.Match) -> Candidate | None:
    name = m.group("name")
    lead = m.group("lead")
    if (name in LANGUAGES or PLURAL_ACRONYM.fullmatch(name) or _ADJECTIVE_SUFFIX.search(name)
            or not _shape_ok(name, lead == "the")):
        return None
    if is_name_like(name) and lead == "the" and not m.group("which"):
        return None  # "the COCO dataset": the dataset-noun cue's (:mod:`kg.extract.cues`)
    if lead.endswith(("new", "novel")):  # "we curate a new ShapePrompts benchmark": the paper's own, named
        if m.group("which") or not is_name_like(name) or _kind_of_data(name):
            return None
        return Candidate(Role.INTRODUCED_DATASET, m.start("name"), m.end("name"), "datasets:the-name-noun", 0.8)
    own = _OWN_BEFORE.search(text, max(tend, m.start() - 50), m.start("name"))
    role, conf = (Role.INTRODUCED_DATASET, 0.75) if own else (Role.DATASET, 0.65)
    return Candidate(role, m.start("name"), m.end("name"), "datasets:the-name-noun", conf)


# "we collect a dataset of 100 million text images, named UTI-100M", "a new data mix called Dolmino Mix
# 1124": the name a resource phrase of the same clause is given. The resource noun must be the last
# kind noun before the verb (not "a model trained on our dataset, called X") and an article or our/new
# must lead it; one name-shaped word, or capitalised words with one name-shaped among them.
_CALLED: Final = (" named ", " called ", " dubbed ", " termed ")
_CALLED_NAME: Final = re.compile(
    rf"(?P<name>{_NAME}(?=\s*(?:[,;:)(]|\.(?!\w)|\Z)|\s[a-z]+\b(?![\w\-]*[A-Z]))"  # "named X, which", "called X to ..."
    rf"|{_NAME}(?:\s(?:[A-Z][\w\-+.]*|\d+))+(?=\s*(?:[,;:)(]|\.(?!\w)|\Z)))"  # "called Dolmino Mix 1124,"
)
_RESOURCE_BEFORE: Final = re.compile(
    r"(?<![\w\-])(?P<lead>[Aa]n?|[Oo]ur|[Nn]ew|[Nn]ovel)\s+(?:[\w\-]+,?\s+){0,3}?(?:dataset|corpus|benchmark|data\s+mix|database|treebank)"
    r"(?P<gap>(?:\s+(?:of|with|for|from|on|in|containing|covering|consisting)\s+[^.;:]{0,80}?)?),?\Z"
)
_NEW_WORD: Final = re.compile(r"\b(?:new|novel)\b")  # "a new dataset called X": "a" leads the match, "new" makes it own
_KIND_IN_GAP: Final = re.compile(r"\b(?:models?|methods?|networks?|frameworks?|approach|algorithms?|systems?|architectures?|tasks?|metrics?)\b")
_INTRO_VERB: Final = re.compile(rf"\b{_INTRO_VERBS}\s+\Z")


def called_names(text: str, tend: int) -> list[Candidate]:
    """The name given to a resource right after its noun phrase ("a dataset of ..., named X"); the
    paper's own confidently enough (0.92) to outweigh a naming rule that reads no kind noun (0.9)."""
    out = []
    for key in _keys_in(text, _CALLED):
        i = text.find(key, tend)
        while i >= 0:
            j = i + len(key)
            m = _CALLED_NAME.match(text, j)
            c = _called(text, tend, i, m) if m else None
            if c is not None:
                out.append(c)
            i = text.find(key, j)
    return out


def _called(text: str, tend: int, i: int, m: re.Match) -> Candidate | None:
    """The candidate for the name ``m`` given by the naming verb at ``i``, if a resource phrase leads it."""
    r = _RESOURCE_BEFORE.search(text, max(tend, i - 140), i)
    if r is None or _KIND_IN_GAP.search(r.group("gap")):
        return None
    words = m.group("name").split()
    # one name-shaped word among them, or words with a version number ("Dolmino Mix 1124")
    if not (any(is_name_like(w) for w in words) or len(words) > 1 and words[-1].isdigit()) or not _shape_ok(words[0], True):
        return None
    own = (r.group("lead").lower() not in ("a", "an") or _NEW_WORD.search(r.group())
           or _OWN_BEFORE.search(text, max(tend, r.start() - 50), r.start() + 1)
           or _INTRO_VERB.search(text, max(tend, r.start() - 40), r.start()))
    role, conf = (Role.INTRODUCED_DATASET, 0.92) if own else (Role.DATASET, 0.7)
    return Candidate(role, m.start("name"), m.end("name"), "datasets:called", conf)


_DIRECTION: Final = re.compile(rf"(?<![\w\-])(?P<a>{_NAME})\s?(?:\u2192|->)\s?(?P<b>{_NAME})(?![\w\-])")


def directions(text: str, catalogue: Catalogue | None) -> list[Candidate]:
    """Both sides of "A→B" or "A -> B" where one side is a catalogue dataset."""
    if catalogue is None or ("\u2192" not in text and "->" not in text):
        return []
    out = []
    for m in _DIRECTION.finditer(text):
        sides = [(m.group(k), m.start(k), catalogue.lookup(m.group(k))) for k in ("a", "b")]
        if not any(e is not None and e.type == "dataset" for _, _, e in sides):
            continue
        for name, start, entry in sides:
            if entry is not None and entry.type != "dataset":
                continue  # "DNN -> SFNN": a method's name
            if entry is None and (name in LANGUAGES or name in NATURAL_LANGUAGES or not _shape_ok(name, True)):
                continue
            out.append(Candidate(Role.DATASET, start, start + len(name), "datasets:direction", 0.75))
    return out


def dataset_shapes(text: str, tend: int, found: list[Candidate], catalogue: Catalogue | None = None) -> list[Candidate]:
    """Every rule of this module, in order; the resolver settles overlaps with other rules."""
    # The two value rules read a number's digits before " on" (_VALUE_BEFORE, _VALUE_THEN_ON): a
    # text without a digit (most abstracts) skips them.
    valued = holds_digit(text)
    return [*directions(text, catalogue), *split_names(text, tend), *called_names(text, tend), *apposed_names(text, tend), *bracketed_names(text, tend),
            *copula_names(text, tend), *remark_names(text, tend), *listed_under_noun(text, tend),
            *noun_then_name(text, tend), *quoted_names(text, tend), *(parallel_results(text, tend, found) if valued else ()),
            *(valued_on(text, tend, found) if valued else ()), *the_name_noun(text, tend), *challenge_names(text, tend)]

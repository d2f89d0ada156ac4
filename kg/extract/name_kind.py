"""What kind of thing the paper's own name is, read from every place the abstract writes it.

The rule that first claims an own name reads one spot ("we introduce SMedBERT, a medical PLM trained
on large-scale medical corpora" gave a dataset: "corpora" was the nearest kind noun). The abstract
usually says what the name is several times, and the words written right beside the name say it
plainly:

- the noun right after the name (and after its bracketed long form or short form): "the Epic Fail
  (EF) dataset", "our EF dataset", "DSD training", "the (FDDA) method" (a plural data noun there
  names a kind of data: "public EZ-XMC datasets"; a group names what it holds: "the (NORTH*) suite
  of neurogenesis strategies");
- the head of an apposition after it: "PRobELM (...), a benchmark designed to ...", "SMedBERT, a
  medical PLM trained on ...", "Oasis -- a one-stop system for ...";
- the head of the title after the name: "DGBench: An Open-Source, Reproducible Benchmark for ...";
- the noun a name stands in apposition to, when the name ends the phrase: "a misgendering
  interventions task and evaluation dataset, MisgenderMender.";
- what it does: "X outperforms", "X achieves" (a method);
- the noun a naming verb follows: "a pretraining corpus curation and assessment platform called
  Oasis", "a new MIL method called Causal ATTention Multiple Instance Learning (CATTMIL)"; where that
  word is no kind, the head of the of-phrase it ends: "a curated dataset of ~12K synthetic Blender
  objects called BlenderVault".

- what the definition is said to be: "(MaTL) as a special case of MTL" (read like an apposition),
  what the name is or serves as: "ILDC is a large corpus of 35k cases", "for Commonsense-T2I to serve
  as a high-quality evaluation benchmark" (not a problem noun there: "designing a variable-stiffness
  SEA is a challenging task" is said of the designing);
- the head of the bracketed long form right after the name: "ILDC (Indian Legal Documents Corpus)".

A problem or setting noun ("task", "problem", "scenario", "case") counts only where nothing else is
said: then the name is a task the paper defines, not its method.
:func:`own_kind` counts the method nouns and the dataset nouns so written; the resolver turns an own
name's role only when every vote is for the other kind (:mod:`kg.extract.resolve`).
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .shapes import DATASET_NOUNS, LM_FAMILY_ACRONYMS, NAMING_VERB, NAMING_VERBS, singular
from .words import word_set

__all__ = ["own_kind"]

# What a paper defines that is no system: a problem or setting ("we introduce Many Task Learning
# (MaTL) as a special case of MTL", "in an MaTL scenario"). Not a measure: a paper's own measure,
# "a new measure named the categorical nCor (CnCor)", is its proposed name; not "paradigm", which
# papers call their own systems ("we present ProQA, a unified QA paradigm that solves ...").
_PROBLEM: Final = frozenset("problem problems task setting scenario case".split())
_PROBLEM_VOTE: Final = 2  # a problem noun's vote (:func:`_kind`): neither a method's +1 nor a dataset's -1
# "X suite of ... strategies", "X family of models": the group is of what follows "of".
_GROUPS: Final = frozenset("suite family set collection series".split())
_DATA: Final = DATASET_NOUNS - _GROUPS  # a group noun ("suite", "collection") names what it holds, read apart
# Right after the name only a singular noun says what the name is: "four public EZ-XMC datasets" are
# datasets for a setting the name stands for.
_DATA_AFTER: Final = frozenset("dataset benchmark corpus database treebank".split())
# Methods (the own-name rules' kind nouns, :mod:`kg.extract.proposed_names`), and the systems and
# devices a paper builds ("a stereo hybrid event-frame (SHEF) camera").
_METHOD: Final = word_set("proposed", "method_nouns") | frozenset(
    "networks systems training platform camera sensor robot".split()
) | {a.upper() for a in LM_FAMILY_ACRONYMS}  # "SMedBERT, a medical PLM trained on ..." (upper case: :func:`_kind`)
# The bracketed long or short form written right after a name: "PRobELM (Plausibility ... Models)".
_BRACKET: Final = re.compile(r"\s*\([^()]{1,100}\)")
# "(MaTL) as a special case of MTL": what the definition is said to be (the head, as in an apposition)
# ... and what the abstract says it is or serves as: "ILDC is a large corpus of 35k cases", "for
# Commonsense-T2I to serve as a high-quality evaluation benchmark"
_AS_KIND: Final = re.compile(r"\)?\s+(?:(?:to\s+serve|serves|serving)\s+)?as\s+(?:a|an)\s+((?:[\w\-]+\s*){1,5})")
_IS_KIND: Final = re.compile(r"\s+(?:is|was)\s+(?:a|an)\s+((?:[\w\-]+\s*){1,5})")
_NOUN_AFTER: Final = re.compile(r"\)?\s+([\w\-]+)")
# "the Probabilistic Robust AutoEncoder (PRAE)": the long form's head, right before the bracketed name
# (not the last word of a long form whose head comes earlier, before a preposition: "Hybrid
# Optimization algorithm for NOn convex Regularized problems (HONOR)", "Assessment of Language Models")
_LONG_HEAD: Final = re.compile(r"(?<![\w\-])(?:for|of|with|on|in|to)\s+(?!(?:a|an|the)\s)(?:[\w\-]+\s+){0,4}[\w\-]+\s*\(\s*\Z|([A-Za-z][\w\-]*)\s*\(\s*\Z")
# "a clustering method, regularized deep embedding clustering (": the kind noun a long form is apposed
# to, when the long form's own head is no kind
# (after an article: "a clustering method,"; the words up to the bracket a long form's, no clause:
# not "such a system, we introduce ILDC (")
_KIND_COMMA_LONG: Final = re.compile(r"\b(?:a|an|our|the)\s+(?:[\w\-]+\s+){0,3}?([\w\-]+),\s+((?:[\w\-]+\s+){0,7}[\w\-]+)\s*\(\s*\Z")
# "the hard task (HT) meta-batch scheme": the bracketed name goes on as a modifier of a noun
_GOES_ON: Final = re.compile(r"\s*\)\s+(?!(?:over|across|under|between|into|through|against|within|without|among)\b)([a-z][\w\-]*)")
# ... also a compound ending in a method noun ("AutoEncoder", "ResNetwork"): read the head's end
_METHOD_END: Final = re.compile(r"(?:encoder|decoder|network|transformer|model|estimator|detector|generator)s?\Z", re.IGNORECASE)
# "the X training split", "X training data": a noun before a split or data word qualifies it and
# says nothing of the name (whose data the split is), unlike "DSD training helps"
_SPLIT_AFTER: Final = re.compile(r"\s+(?:sets?|splits?|data|subsets?|partitions?|portions?|examples|samples|instances)\b")
# "X, a medical PLM trained on": the article, then up to seven words ("CRUDSQL, a large-scale
# cross-domain single-table CRUD operations Chinese Text-to-SQL dataset"); the head is the word before
# the first that ends the noun phrase (a preposition, a participle, a clause word or a comma).
_APPOSITION: Final = re.compile(r"\)?\s*(?:,|\u2014|\u2013|--|:)\s*(?:a|an|the)\s+((?:[\w\-]+\s*){1,8})")
_NP_END: Final = frozenset(
    "for of on in with to from by that which who whose whom where when while and or as at via is are was were "
    "can will has have consisting containing comprising including featuring covering spanning".split()
)
# words no long form holds: pronouns, verbs of a clause, function words
_NOT_LONG_FORM: Final = _NP_END | frozenset("we our it this these they a an the be been".split())
# "X outperforms", "X achieves": what a name does says it is a method (what is evaluated "on" it
# does not: "evaluations on PouringNet" test a network).
_OUTPERFORMS: Final = re.compile(r"\s+(?:significantly\s+|consistently\s+|also\s+)?(?:outperforms|achieves|surpasses|improves)\b")
# (only a name that is the verb's subject: "fine-tuning on X improves accuracy" is said of the tuning)
_PREPOSITION_BEFORE: Final = re.compile(r"(?<![\w\-])(?:on|with|using|from|of|in|to|by|via|over|than)\s+(?:the\s+)?\Z", re.IGNORECASE)
_GROUP_OF: Final = re.compile(r"\s+of\s+((?:[\w\-]+\s*){1,4})")
# "DGBench: An Open-Source, Reproducible Benchmark for ...": the head of the title after the name,
# with or without an article ("BECEL: Benchmark for Consistency Evaluation ...": without one only a
# resource noun counts, a method noun may name a part of the system), not after a
# gerund ("GPT-Fathom: Benchmarking Large Language Models to ..." names an activity, "SynDARin:
# Synthesising Datasets for ..." a method making data); the title's last word, followed by no
# space, is read too ("X: A Large-Scale Benchmark")
_TITLE_HEAD: Final = re.compile(r"\s*:\s*(?:(?P<art>a|an|the)\s+|(?![\w\-]*ing\b))((?:[\w\-]+,?(?:\s+|\Z)){0,6})", re.IGNORECASE)
# "a task and evaluation dataset, MisgenderMender.": the noun, then the name ending the phrase (not the
# subject of a new clause: "On the WSJ'93 dataset, DSD improved ...").
_NOUN_COMMA_BEFORE: Final = re.compile(r"(?<![\w\-])([\w\-]+),\s+\Z")
_PHRASE_END: Final = re.compile(r"\s*(?:[.,;:)(]|\Z)")
# (the name right after the verb, or in brackets after the long form the verb names; not "an
# architecture called M2BNet that is trained on AIST-M2B")
# "a curated dataset of ~12K synthetic Blender objects": the noun an of-phrase heads, when the word
# before the naming verb is no kind (the phrase runs up to that word, through no comma or bracket)
_KIND_OF: Final = re.compile(r"(?<![\w\-])([A-Za-z]+)\s+of\s+[^,.;:()]{0,80}?\Z")
_NAMING_BEFORE: Final = re.compile(
    rf"(?<![\w\-])([\w\-]+)\s+{NAMING_VERB}\s+(?:as\s+)?(?:(?:[\w\-*+.]+\s+){{1,8}}\()?\Z"
)


def _head(words: str, title: bool = False) -> str:
    """The last word of the noun phrase ``words`` opens with ("medical PLM trained on" -> "PLM";
    "manually annotated dataset for" -> "dataset": a participle before a kind noun modifies it).
    In a ``title`` only a preposition or clause word ends it: its commas and participles stay
    inside the head phrase ("An Open-Source, Reproducible Benchmark for" -> "Benchmark")."""
    head = ""
    ws = words.split()
    for k, w in enumerate(ws):
        if w.lower() in _NP_END or (not title and head and w.endswith("ed") and not (k + 1 < len(ws) and _kind(ws[k + 1].rstrip(",")))):
            break  # a preposition or a participle ends the phrase
        # "A Human-Annotated Data Set for ...": the two words are the one noun
        head = "dataset" if head.lower() == "data" and w.rstrip(",").lower() in ("set", "sets") else w.rstrip(",")
        if w.endswith(",") and not title:
            break
    return head


def _kind(word: str, data: frozenset[str] = _DATA) -> int:
    """+1 a method noun, -1 a dataset noun (of ``data``), 2 a problem noun, 0 none."""
    w = word if word.isupper() else word.lower()
    return (1 if w in _METHOD else -1 if w in data else _PROBLEM_VOTE if w in _PROBLEM
            else 0)


def own_kind(text: str, tend: int, surface: str) -> Role | None:
    """PROPOSED when the words beside ``surface`` in the abstract call it a method (and never a
    dataset), INTRODUCED_DATASET when they call it a dataset (and never a method), TASK when they
    call it only a problem or setting, else None."""
    votes = set()
    if text.startswith(surface, 0, tend):
        t = _TITLE_HEAD.match(text, len(surface), tend)
        k = _kind(_head(t.group(2), title=True)) if t else 0
        if k == -1 or t and t.group("art"):
            votes.add(k)  # without an article only a resource noun: "X: Dual-Domain LSTM for ..." may describe a part
    i = text.find(surface, tend)
    while i >= 0:
        e = i + len(surface)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_")) and not (e < len(text) and (text[e].isalnum() or text[e] == "-")):
            at = e
            if i > tend and text[i - 1] == "(" and (h := _LONG_HEAD.search(text, max(tend, i - 60), i)) and h.group(1) \
                    and not ((g := _GOES_ON.match(text, e)) and g.group(1) not in _NP_END and not g.group(1).endswith("s")):
                k = 1 if _METHOD_END.search(h.group(1)) else _kind(h.group(1))
                if not k and (n := _KIND_COMMA_LONG.search(text, max(tend, i - 120), i)) \
                        and not any(w.lower() in _NOT_LONG_FORM for w in n.group(2).split()):
                    k = _kind(n.group(1))  # "a clustering method, regularized deep embedding clustering (RDEC)"
                votes.add(k)
            b = _BRACKET.match(text, at)
            if b:
                at = b.end()
                # "ILDC (Indian Legal Documents Corpus)": the long form's head says what the name is
                votes.add(_kind(_head(b.group().strip(" ()")), _DATA_AFTER))
            a = _IS_KIND.match(text, at)
            if a and (k := _kind(_head(a.group(1)))) != _PROBLEM_VOTE:
                votes.add(k)  # (not a problem: "designing a variable-stiffness SEA is a challenging task")
            m = _NOUN_AFTER.match(text, at)
            if m:
                of = _GROUP_OF.match(text, m.end()) if m.group(1).lower() in _GROUPS else None
                # "the (NORTH*) suite of neurogenesis strategies": what the group holds
                if of:
                    votes.add(_kind(singular(_head(of.group(1)))))
                elif not _SPLIT_AFTER.match(text, m.end()):
                    votes.add(_kind(m.group(1), _DATA_AFTER))
            a = _AS_KIND.match(text, at)
            if a:
                votes.add(_kind(_head(a.group(1))))
            a = _APPOSITION.match(text, at)
            if a:
                votes.add(_kind(_head(a.group(1))))
            lo = max(tend, i - 120)
            # (the backward search is tried only when its window writes a naming verb: most do not)
            if any(v in text[lo:i] for v in NAMING_VERBS) and (n := _NAMING_BEFORE.search(text, lo, i)):
                k = _kind(n.group(1))
                if not k and (o := _KIND_OF.search(text, lo, n.end(1))):
                    k = _kind(o.group(1))  # "a curated dataset of ~12K synthetic objects called X": the head of "KIND of"
                votes.add(k)
            if _OUTPERFORMS.match(text, e) and not _PREPOSITION_BEFORE.search(text, max(tend, i - 12), i):
                votes.add(1)
            lo = max(tend, i - 40)
            if _PHRASE_END.match(text, e) and "," in text[lo:i] and (n := _NOUN_COMMA_BEFORE.search(text, lo, i)):
                votes.add(_kind(n.group(1)))
        i = text.find(surface, e)
    votes.discard(0)
    if votes == {_PROBLEM_VOTE}:
        return Role.TASK
    votes.discard(_PROBLEM_VOTE)  # beside a method or dataset noun, a problem noun says nothing
    if votes == {1}:
        return Role.PROPOSED
    if votes == {-1}:
        return Role.INTRODUCED_DATASET
    return None

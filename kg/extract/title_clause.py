"""Title readings shared by the task rules: the words that end a task phrase, the title's
links, and the title's leading clause when no task noun marks its subject ("Identifying Causal
Changes Between ...", "ExplainIt!: A Tool for Computing Robust Attributions", "Detecting Harmful
Memes: A Survey"), the part a gerund leads ("Name: Learning X with Y"), the title's core noun
phrase when no rule finds a task (:func:`title_core`), and what the title says the paper does when
nothing else reads (:func:`title_activity`). Split from :mod:`kg.extract.tasks`, which imports
these; the title's "for Y" parts and the abstract's wording of a title task are in
:mod:`kg.extract.task_title`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..model import normalize_name
from .literals import joins
from .shapes import MEMO_TEXTS, STOP_NAMES, per_batch, TASK_HEADS, WEAK_HEADS
from .word_led import word_led
from .words import alternation, phrases, word_set

__all__ = [
    "BREAK", "FIELDS", "named_twice", "TITLE_LINK", "METHOD_LINKS", "TITLE_OF", "TITLE_AND_HEAD", "ACTION_HEAD", "norm_phrase_words",
    "padded_abstract", "title_clause", "title_core", "title_gerund_clause", "find_words", "TITLE_SETTING", "title_setting", "title_activity",
    "head_in_abstract", "CLAUSE_BAD", "CLAUSE_HEAD", "ACTION_SUFFIXES", "PLURAL_HEAD", "FOR_DOMAIN_HEADS", "SETTING_HEADS", "LY_NOUNS",
]

# Words that end a task phrase when walking left from the head noun.
BREAK: Final = (STOP_NAMES - word_set("tasks", "stop_names_not_breaks")) | (
    word_set("tasks", "break_words") - word_set("tasks", "break_words_not_breaks")
)

# Modifiers that may be part of a task's name ("novel slot detection", "safe learning"), and
# adjective endings ("stylized", "weakly", "conditional", "robust"): never verbs, links or nouns.
_NAME_MODIFIERS: Final = word_set("tasks", "name_modifiers")
_ADJECTIVE_ENDS: Final = ("ed", "ly", "al", "ive", "ic", "ous", "able", "ible")


def named_twice(text: str, low: str | None, ws: int, end: int, low_w: str) -> bool:
    """Whether a modifier that usually ends a task phrase ("Novel", "Robust") belongs to the name:
    the document writes the whole phrase, modifier included, a second time ("robust robot mapping")."""
    if not (low_w in _NAME_MODIFIERS or (low_w.endswith(_ADJECTIVE_ENDS) and low_w.replace("-", "").isalpha())):
        return False
    whole = low if low is not None and len(low) == len(text) else text.lower()  # titles pass only their own
    return whole.count(" ".join(text[ws:end].lower().split())) >= 2


# Fields, not tasks a paper addresses.
FIELDS: Final = frozenset(phrases("tasks", "fields"))


def norm_phrase_words(phrase: str) -> str:
    """Lower case, hyphens as spaces, single spaces; phrases (not whole abstracts) memoised."""
    if len(phrase) < 120:
        return _norm_phrase(phrase)
    words = phrase.lower().replace("-", " ").strip()
    # Most abstracts are single-spaced: no tab, line break or other space (all non-printable but
    # " ") and no double space left, so splitting and joining would give the same string back.
    return words if words.isprintable() and "  " not in words else " ".join(words.split())


def name_key(phrase: str) -> str:
    """The key a task phrase and another role's name are compared by (:mod:`kg.extract.title_span`,
    :mod:`kg.extract.task_more`, the names the resolver passes them): :func:`norm_phrase_words` of
    :func:`kg.model.normalize_name` (NFKC, every dash a hyphen, case folded), so "Vision–Language
    Navigation" and "vision-language navigation" meet. ASCII needs no more than :func:`norm_phrase_words`."""
    return norm_phrase_words(phrase if phrase.isascii() else normalize_name(phrase))


@per_batch
@lru_cache(maxsize=MEMO_TEXTS)
def padded_abstract(text: str, tend: int) -> str:
    """" " + the normalised abstract (``text`` after ``tend``) + " ": the task rules and the title
    span model both look phrases up in it; memoised for a batch of texts (each component runs over
    a batch of docs before the next component)."""
    return f" {norm_phrase_words(text[tend:])} "


@lru_cache(maxsize=65536)
def _norm_phrase(phrase: str) -> str:
    return " ".join(phrase.lower().replace("-", " ").split())


def find_words(low: str, start: int, words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the first place after ``start`` where lower-cased ``low`` writes
    ``words`` as a whole phrase, the words joined by spaces or hyphens ("cross-lingual
    transfer", "cross lingual transfer"). String scans, not a regex built per phrase: compiling
    one costs more than the search, and nearly every phrase is new."""
    first, n = words[0], len(low)
    i = low.find(first, start)
    while i >= 0:
        j = i + len(first)
        if i == 0 or not joins(low[i - 1]):
            for w in words[1:]:
                k = j
                while k < n and (low[k].isspace() or low[k] == "-"):
                    k += 1
                if k == j or not low.startswith(w, k):
                    break
                j = k + len(w)
            else:
                if j >= n or not joins(low[j]):
                    return i, j
        i = low.find(first, i + 1)
    return None


def head_in_abstract(word: str, padded: str) -> bool:
    """Whether the abstract (``padded``: normalised, space-padded) uses a word starting like
    ``word``'s stem: the abstract may use another form of the word ("detection"/"detecting")."""
    last = norm_phrase_words(word).removesuffix("s")
    return padded.find(f" {last[:max(4, len(last) - 3)]}") >= 0


# (led by the words' first letters, which the engine skips to: "\b(for|...)\b" tried its alternatives at
# every character, 2.3 -> 1.7 us a corpus title; the same matches: eq_links.py, 20,000 titles)
TITLE_LINK: Final = re.compile(r"(" + word_led("for towards? to in of on via with using by through from as".split()) + r")\b", re.IGNORECASE)
METHOD_LINKS: Final = word_set("tasks", "method_links")  # "Parsing as Span Prediction"


# The words a title's "of"/"from" part cannot contain: they link it to the next part.
_PART_LINKS: Final = r"(?:for|via|with|using|in|from|through|by|on|and|under|to|as|at|towards?|based)"
# " of Network Response", " of Indoor 3D LiDARs": one to four words up to a link, a colon or the end.
TITLE_OF: Final = re.compile(
    r" of ((?:(?!" + _PART_LINKS + r"\b)[\w\-]+ ?){1,4}?)"
    r"(?=\s*$|\s*[:;,?(]|\s+(?:for|via|with|using|in|from|through|by|on|under|to|as|at|towards?|based)\b)",
    re.IGNORECASE,
)
# "Active Learning under Label Shift", "Question Answering over Knowledge Graphs", "Policy Learning
# from Preference Queries": "from", "under" and "over" name what a task learns from, its condition
# or what it runs on, so they belong to the task ("in"/"on" most often name a domain: left out).
# Not a model ("from Large Language Models"), nor an article after the link ("over the Years").
TITLE_SETTING: Final = re.compile(
    r" (?:from|under|over) (?!(?:the|a|an|scratch)\b)((?:(?!" + _PART_LINKS + r"\b)[\w\-]+ ?){1,3}?)"
    r"(?=\s*$|\s*[:;,?(]|\s+(?:for|via|with|using|in|through|by|on|to|as|at|towards?|based)\s)",
    re.IGNORECASE,
)

# A model or a task word in the setting part: "from Large Language Models" names a method, and
# so does a model's short name ("from CNN").
_SETTING_NOT: Final = re.compile(r"(?i:\b(?:models?|networks?|llms?|transformers?|learning)\s*$)|^[A-Z0-9\-]+\s*$")


def title_setting(text: str, e: int, tend: int, padded: str) -> int | None:
    """End of the "from/under/over Y" part after the title's task phrase ending at ``e``, when
    the abstract writes Y too: "Active Learning under Label Shift" is the task, not its parent."""
    m = TITLE_SETTING.match(text, e, tend)
    if m is None or _SETTING_NOT.search(m.group(1)):
        return None
    if any(w.endswith("ly") and w not in LY_NOUNS for w in m.group(1).lower().split()):
        return None  # "from Automatically Generated Labels": a clause, not a setting
    if find_words(padded, 0, norm_phrase_words(m.group(1)).split()) is None:
        return None  # a setting the abstract never names is the title's detail
    return m.end(1)


ACTION_HEAD: Final = re.compile(r"(?:tion|sion|sis|ment|ing)$", re.IGNORECASE)
# "News Event Analysis and Forecasting", "Classification Localization and Segmentation": a second
# action noun after "and", ending the title's part or followed by a link, shares the first one's
# modifiers: the coordination is one task.
_TITLE_AND_END: Final = (
    r"(?=\s*$|\s*[:;,?(]|\s+(?:of|for|via|with|using|in|from|through|by|on|under|to|as|at|over|towards?)\b"
    r"|\s+(?:" + alternation("tasks", "kind_for_nouns") + r")s?\b)"
)
TITLE_AND_HEAD: Final = re.compile(r" and ([A-Za-z]+(?:tion|sion|ing|sis|ment))" + _TITLE_AND_END, re.IGNORECASE)


def _cut_pattern(pattern: str) -> re.Pattern:
    """``pattern``, each of whose alternatives opens with a space or one of ``:;,?!()[]``, compiled
    behind a lookahead for those characters: the search then passes over the other characters
    without trying each alternative at each (a title's cut search costs about half)."""
    return re.compile(r"(?=[\s:;,?!()\[\]])(?:" + pattern + ")", re.IGNORECASE)


# The title's own subject when no task noun marks it ("Contact Dynamics of Free-Flying Targets",
# "Quantifying Model Validity using Active Learning"): the clause before a method link.
# A clause also ends at punctuation or a dash between spaces.
_CLAUSE_PUNCT: Final = r"\s*[:;,?!()\[\]]|\s+[-\u2013\u2014]+\s"
_CLAUSE_CUT_ALTS: Final = r"\s+(?:" + alternation("tasks", "clause_cut_links") + r")\s|" + _CLAUSE_PUNCT
_CLAUSE_CUT: Final = _cut_pattern(_CLAUSE_CUT_ALTS)
# "from" cuts only when the clause with it fails: "Recovering Low-Rank Tensors from Rank-One
# Measurements", "Generating Images from Captions" name the source as part of the task.
_CLAUSE_CUT_FROM: Final = _cut_pattern(r"\s+from\s|" + _CLAUSE_CUT_ALTS)
# "in" cuts only when the clause with it fails: "Reducing Flipping Errors in Deep Neural Networks"
# names where the problem lies; "... in the Wild" fails (an article) and is cut.
_CLAUSE_CUT_NO_IN: Final = _cut_pattern(
    r"\s+(?:" + "|".join(w for w in phrases("tasks", "clause_cut_links") if w != "in") + r")\s|" + _CLAUSE_PUNCT
)
# (the "^" keeps the drop to the title's start: matched after a "Name:" prefix it never fires, on
# purpose: there it changed 8 corpus titles of 20,000, 6 for the worse, "Logistic Regression: The
# Importance of Being Improper" -> task "Importance of Being Improper", none for the better)
_CLAUSE_DROP: Final = re.compile(r"^(?:(?:towards?|on|revisiting|rethinking|the)\s+)+", re.IGNORECASE)
# Leading gerunds that say what the paper does to a task named after "for" ("Leveraging X for Y").
_CLAUSE_LEAD: Final = word_set("tasks", "clause_lead")
CLAUSE_BAD: Final = word_set("tasks", "clause_bad")


# The clause cuts in the order they are tried: the clause with its "in" part, then with its
# "from" part, then cut at "from" too.
_CLAUSE_CUTS: Final = (_CLAUSE_CUT_NO_IN, _CLAUSE_CUT, _CLAUSE_CUT_FROM)


def _first_cut(reading, text: str, tend: int, padded: str) -> tuple[int, int] | None:
    """``reading(text, tend, padded, cut)`` with the first of :data:`_CLAUSE_CUTS` that gives a clause."""
    for cut in _CLAUSE_CUTS:
        found = reading(text, tend, padded, cut)
        if found:
            return found
    return None


def title_clause(text: str, tend: int, padded: str) -> tuple[int, int] | None:
    """The title's leading noun phrase, for titles without a task noun (see :func:`_title_clause`),
    with its "in" or "from" part when that makes a clause."""
    return _first_cut(_title_clause, text, tend, padded)


def _title_clause(text: str, tend: int, padded: str, clause_cut: re.Pattern) -> tuple[int, int] | None:
    """The title's leading noun phrase, for titles without a task noun: after a "Name:" prefix,
    up to the first method or place link ("via", "using", "with", "in"); "Leveraging X for Y"
    gives Y. Two to seven words without a verb or article, led by a gerund ("Identifying ...")
    or headed by a nominalization ("Contact Dynamics", "Joint Evaluation of ..."); leading
    evaluative words ("Systematic", "Computationally efficient") go unless the abstract keeps them."""
    title = text[:tend]
    colon = title.find(":")
    parts = []
    if colon > 0:
        after = colon + 1
        while after < tend and title[after] == " ":
            after += 1
        kind = _KIND_FOR.match(title, after)
        if kind:  # "ExplainIt!: A Tool for Computing Robust Attributions": what the tool is for
            parts.append(kind.end())
        elif _SURVEY_PART.match(title, after):  # "Detecting Harmful Memes: A Survey": the topic leads
            parts.append(0)
        else:
            parts.append(after)  # the part before is most often the method's name
    else:
        parts.append(0)
    for a in parts:
        m = _CLAUSE_DROP.match(title, a)
        a = m.end() if m else a
        cut = clause_cut.search(title, a)
        b = cut.start() if cut else tend
        if colon > a and b > colon:
            b = colon
        words = title[a:b].split()
        if words and words[0].lower() in _CLAUSE_LEAD:
            f = next((i for i, w in enumerate(words) if w.lower() in ("for", "towards", "toward")), None)
            if f is None:
                continue
            at = title[a:b].find(f" {words[f]} ")
            if at < 0:  # the lead word ends the clause ("Towards for")
                continue
            a += at + len(words[f]) + 2
            words = title[a:b].split()
        low_in = [w.lower().strip(".") for w in words]
        at_in = low_in.index("in") if "in" in low_in else len(low_in)
        if any(w in CLAUSE_BAD for w in low_in[:at_in]) or any(w in _IN_PART_BAD for w in low_in[at_in:]):
            continue  # "in Deep Neural Networks": a model noun in the "in" part names the setting
        if at_in < len(low_in) and low_in[-1] in TASK_HEADS:
            continue  # "Incentivizing Exploration in Reinforcement Learning": the field, not the task
        if f" {norm_phrase_words(title[a:b])} " not in padded:  # "Systematic Generation of X" -> "generation of x"
            while words and (words[0].lower() in _EVALUATIVE or words[0].lower().endswith(("ly", "able", "ible"))):
                while a < b and title[a].isspace():
                    a += 1
                a += len(words[0])
                while a < b and title[a].isspace():
                    a += 1
                words = words[1:]
        if not 2 <= len(words) <= 7:
            continue
        low = [w.lower() for w in words]
        if (low[-1] in STOP_NAMES and "in" not in low) or low[-1] in ("for", "of", "and", "to", "or", "in"):
            continue
        link = next((i for i, w in enumerate(low) if w in _CLAUSE_LINKS), len(low))
        head = low[link - 1] if link else ""
        gerund = low[0].endswith("ing") and low[0] not in WEAK_HEADS and link != 0
        if not gerund and not CLAUSE_HEAD.search(head):
            continue
        if gerund and link < len(low) and low[link] == "for":
            # "Generating Counterfactuals for Explaining, ...": the gerund's object is the task.
            b = a + title[a:b].lower().find(" for ")
            words = words[:link]
        if not head_in_abstract(words[-1], padded) or norm_phrase_words(title[a:b]) in FIELDS:
            continue  # the abstract never speaks of the clause's head
        return a, b
    return None


# "A Tool for X", "An Interactive Library for X" after a title's colon: X is the task.
_KIND_FOR: Final = re.compile(
    r"(?:an?\s+)?(?:[A-Za-z\-]+\s+){0,2}?(?:" + alternation("tasks", "kind_for_nouns") + r")\s+for\s+", re.IGNORECASE
)
_SURVEY_PART: Final = re.compile(r"(?:an?\s+)?(?:[A-Za-z\-]+\s+)?(?:survey|review|overview|tutorial)\b", re.IGNORECASE)
# Leading words that praise rather than name ("Systematic", "Efficient"); "Joint", "Unified",
# "Conditional" name a kind of task and stay.
_EVALUATIVE: Final = BREAK - word_set("tasks", "not_evaluative") - word_set("tasks", "title_kind_adjectives")
_CLAUSE_LINKS: Final = word_set("tasks", "clause_links")
ACTION_SUFFIXES: Final = "tion|sion|ment|ing|sis|ance|ence|ity|ization|isation|ics"  # an action noun's ending
CLAUSE_HEAD: Final = re.compile(rf"(?:{ACTION_SUFFIXES})s?$")


# A gerund that opens a title's part ("TrueRMA: Learning Fast and Smooth Robot Trajectories with
# ...", "A ... Approximation for Analyzing the Dynamics of Panel Data") names what the paper does:
# the gerund and its object, up to a method or place link, are the task. Articles may sit inside.
_GERUND_AT: Final = re.compile(r"(?:^|:\s+|\s(?:for|towards?)\s+)([A-Za-z][a-z]{2,}ing)\s+(?!(?:to|for|from|of|and|or|with|by|on|in)\b)", re.IGNORECASE)
# "Learning to Dodge ...", "Leveraging X for Y": the verbs the title clause reads differently.
_GERUND_KEEP: Final = frozenset({"learning", "analyzing", "analysing"})
_GERUND_NOT: Final = _CLAUSE_LEAD - _GERUND_KEEP


def title_gerund_clause(text: str, tend: int, padded: str) -> tuple[int, int] | None:
    """The first title part led by a gerund, with its object (see :func:`_title_gerund_clause`),
    with its "in" or "from" part when that makes a clause."""
    return _first_cut(_title_gerund_clause, text, tend, padded)


def _title_gerund_clause(text: str, tend: int, padded: str, clause_cut: re.Pattern) -> tuple[int, int] | None:
    """The first title part led by a gerund, with its object: "Pretraining a Chinese-Centered Large
    Language Model". Three to seven words; the object's head must recur in the abstract."""
    title = text[:tend]
    for m in _GERUND_AT.finditer(title):
        a = m.start(1)
        low = m.group(1).lower()
        if low in _GERUND_NOT or (low in BREAK and low not in _GERUND_KEEP):
            continue  # "Leveraging X", "Achieving X": how the paper helps, not what it does
        cut = clause_cut.search(title, m.end(1))
        b = cut.start() if cut else tend
        words = title[a:b].split()
        if not 3 <= len(words) <= 7 or words[-1].lower() in ("a", "an", "the", "of", "and", "or", "to", "for"):
            continue
        if any(w.lower().strip(".") in _GERUND_BAD for w in words[1:]) or (
            words[-1].lower() in _GERUND_NOT_HEAD and low not in _MODEL_VERBS
        ):
            continue  # "Matching Adversarial Networks": the gerund qualifies a method's name
        if not head_in_abstract(words[-1], padded):
            continue  # the abstract never speaks of the object
        return a, b
    return None


_GERUND_NOT_HEAD: Final = frozenset({"networks", "models", "transformers"})  # a plural method noun
# ... unless the gerund is what one does to a model: "Learning Mixtures of Tree Graphical Models",
# "Training Neural Networks with ..." name the problem the paper solves.
_MODEL_VERBS: Final = frozenset({"learning", "training"})
# Words that make a title part a sentence or a claim, not a task ("What do X do", "X is all you need").
_GERUND_BAD: Final = CLAUSE_BAD - {"a", "an", "the", "model", "models", "network", "networks", "llm", "llms", "transformer", "transformers"}
# A title clause's "in" part may name a model ("in Deep Neural Networks"), not take an article.
_IN_PART_BAD: Final = _GERUND_BAD | {"a", "an", "the"}


# "for Exponential Families", "for Real-time Conversations": a plural head names the things a
# method serves, not a task ("Time-Series", "Robotics" are no plurals).
PLURAL_HEAD: Final = re.compile(r"^(?!.*(?:ews|ics|ss|us|is|ysis|series)$)[a-z][a-z\-]*s$")
# "for Relational Data", "for Natural Language": the input a method serves.
FOR_DOMAIN_HEADS: Final = word_set("tasks", "for_domain_heads")


# A title's core, read when no rule found a task (about one paper in six on unseen abstracts):
# "Fast Uniform Dispersion of a Crash-prone Swarm", "Equivalence in Argumentation Frameworks with
# a Claim-Centric View", "Scene Collaging: Analysis and Synthesis of Natural Images with ...".
# Such titles name their subject in a noun phrase without a task noun; the part a method link
# ("with", "via", "using") or a colon ends is the subject, the part a method noun leads ("A
# Bayesian nonparametric procedure for X") gives its "for" part.
_CORE_LEAD: Final = re.compile(r"(?:(?:on|towards?|revisiting|rethinking|the|a|an)\s+)+", re.IGNORECASE)
_CORE_CUT: Final = _cut_pattern(
    r"\s+(?:" + alternation("tasks", "core_cut_links") + r")\s|\s*[:;?!()\[\]]|\s+[-\u2013\u2014]+\s"
)
_CORE_METHOD_FOR: Final = re.compile(
    r"(?:[\w\-]+\s+){0,4}?(?:" + alternation("tasks", "core_method_nouns") + r")s?\s+for\s+", re.IGNORECASE
)
_CORE_BAD: Final = word_set("tasks", "core_bad")
_CORE_NOT_LAST: Final = word_set("tasks", "core_not_last")
# Things built, not problems studied ("Multi-Joint Gripper", "Leg for Underwater Robots").
_CORE_NOT_HEAD: Final = word_set("tasks", "core_not_head")
_CORE_GENRE: Final = word_set("tasks", "core_genre")
_CORE_KIND: Final = re.compile(r"(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:" + alternation("tasks", "core_method_nouns") + r")s?\b", re.IGNORECASE)
LY_NOUNS: Final = word_set("tasks", "ly_nouns")


def _core_part(title: str) -> tuple[int, int] | None:
    """The title's part that names its subject: after a short "Name:" prefix, else before the colon."""
    colon = title.find(":")
    if colon <= 0:
        return 0, len(title)
    after = colon + 1 + len(title[colon + 1 :]) - len(title[colon + 1 :].lstrip())
    genre = title[after:].lower().split()[-1:] in [[w] for w in _CORE_GENRE]  # "X: Initial Experiments"
    if len(title[:colon].split()) <= 3 and not genre and not re.match(r"(?:an?|the)\s", title[after:], re.IGNORECASE):
        return after, len(title)
    if _CORE_METHOD_FOR.match(title, after):  # "Syne Tune: A Library for X"
        return after, len(title)
    if _CORE_KIND.match(title, after):
        return None  # "Name: A Framework and IDE for X": the part before the colon is a name
    return 0, colon


def title_core(text: str, tend: int, padded: str) -> tuple[int, int] | None:
    """The title's core noun phrase (see above): two to eight words, no verb or pronoun, not a
    method's name ("... Model", "... Networks"), its last word's stem used by the abstract."""
    title = text[:tend]
    part = _core_part(title)
    if part is None:
        return None
    a, b = part
    lead = _CORE_LEAD.match(title, a)
    a = lead.end() if lead else a
    kind = _CORE_METHOD_FOR.match(title, a, b)
    if kind:
        a = kind.end()
    cut = _CORE_CUT.search(title, a, b)
    b = cut.start() if cut else b
    words = title[a:b].split()
    if "," in title[a:b] or not words or words[0].lower() in _GERUND_NOT:
        return None  # "Potts Model, Parametric Maxflow and ...": a list; "Making X Y": a clause
    while words and (words[0].lower() in _EVALUATIVE or words[0].lower().endswith("ly")):
        if words[0].lower().endswith("ing"):
            return None  # "Improving Word Embeddings": what the paper does to it, a clause
        a = title.index(words[0], a) + len(words[0])
        a += len(title[a:b]) - len(title[a:b].lstrip())
        words = words[1:]
    while words and words[-1].lower() in ("a", "an", "the", "of", "and", "or", "to", "for", "in", "on"):
        words = words[:-1]
        b = title.rindex(" ", a, b) if " " in title[a:b] else a
        b = a + len(title[a:b].rstrip())
    low = [w.lower() for w in words]
    if low and low[-1] in FOR_DOMAIN_HEADS:
        return None  # "Convolution Kernels for Natural Language": a method and its input
    if "for" in low[1:] and PLURAL_HEAD.match(low[low.index("for", 1) - 1]):
        return None  # "Modular Arms for Soft Robots": things made for a use, not a task
    # The head: the last word, or the one before the first link ("Design of a Robotic Gripper").
    head = low[next((i for i, w in enumerate(low) if w in ("of", "for", "in", "on") and i), len(low)) - 1] if low else ""
    if not 2 <= len(words) <= 8 or any(w in _CORE_BAD for w in low) or low[-1] in _CORE_NOT_LAST or head in _CORE_NOT_HEAD:
        return None
    if low[-1].endswith("ed") or any(w.endswith("ly") and w not in LY_NOUNS for w in low):
        return None  # "GANs Trained", "Compression Represents Intelligence Linearly": a clause
    if norm_phrase_words(title[a:b]) in FIELDS or not head_in_abstract(words[-1], padded):
        return None
    return a, b


# What a title says a method is for ("A Neural Autoregressive Approach to Collaborative
# Filtering", "... Spinal Robotic System for Agile and Accurate Behaviors").
_ACTIVITY_FOR: Final = re.compile(
    r"\b(?:approach|method|technique|framework|system|algorithm|dataset|benchmark|toolkit|library|tool|strategy|scheme)s?"
    r"\s+(?:to|for)\s+(?=[A-Za-z0-9])",
    re.IGNORECASE,
)
# A gerund that leads the title's part, or follows a link: "... for Probing Gender Stereotypes in ...".
_GERUND_WORD: Final = r"([A-Z][a-z]{2,}ing)\s+(?!(?:to|for|from|of|with|by|on|in|then)\b)"
_ACTIVITY_LEAD: Final = re.compile(r"(?:(?:on|towards?)\s+)?" + _GERUND_WORD, re.IGNORECASE)
_ACTIVITY_LINKED: Final = re.compile(r"\s(?:for|to|towards)\s+" + _GERUND_WORD)  # "Changes in Running": a noun
# The object ends at a method link, punctuation, or a link that opens a new noun phrase with an
# article ("... Friendliness for An Interactive Museum Robot"): the setting, not the task.
_ACTIVITY_CUT: Final = _cut_pattern(
    r"\s+(?:" + alternation("tasks", "core_cut_links") + r"|then|during|(?:subject|due)\s+to)\s|\s*[:;?!()\[\],]|\s+[-\u2013\u2014]+\s"
    r"|\s+(?:for|on|in|to|from|of|at)\s+(?:an?|the)\s"
)


def title_activity(text: str, tend: int, padded: str) -> tuple[int, int] | None:
    """What the title says the paper does, for a paper no other reading gives a task: the
    gerund clause that leads the title's part or follows a link ("Modeling and Controlling
    Friendliness for ...", "... for Learning the CNN Pooling Architecture"), else what a method
    noun is for ("An Approach to X"). Two to ten words up to a method link or punctuation; not
    a model's name (a plural method noun last) and the last word's stem used by the abstract."""
    part = _core_part(text[:tend])
    if part is None:
        return None
    a, b = part
    title = text[:b]
    m = _ACTIVITY_FOR.search(title, a)
    if m is not None and _VERB_OBJECT.match(title, m.end()):
        return None  # "An Algorithm to Solve the X Problem": a verb and its object, not a task's name
    if m is not None:
        s = m.end()
    else:
        lead = _ACTIVITY_LEAD.match(title, a)
        gerunds = ([lead] if lead and lead.group(1)[0].isupper() else []) + list(_ACTIVITY_LINKED.finditer(title, a))
        g = next((g for g in gerunds if not _gerund_not(g.group(1).lower())), None)
        if g is None:
            return None
        s = g.start(1)
    cut = _ACTIVITY_CUT.search(title, s)
    e = cut.start() if cut else b
    words = title[s:e].split()
    last, first = words[-1].lower(), words[0].lower()
    # "Learning the CNN Pooling Architecture": what one does to a model is a task; a model
    # named as the object of any other verb or method noun is the method ("... for Deep Networks").
    # Without a verb, the object must name a problem: not a thing built or an input ("A
    # Framework for Warehouse Robots", "... for Natural Language").
    not_last = _GERUND_NOT_HEAD | _CORE_NOT_LAST if first not in _MODEL_VERBS else frozenset()
    if m is not None:
        not_last = not_last | _CORE_NOT_HEAD | SETTING_HEADS | (FOR_DOMAIN_HEADS if not first.endswith("ing") else frozenset())
    if not 2 <= len(words) <= 10 or last in not_last or first in ("a", "an", "the"):
        return None  # "... for a Bio-Inspired Spine": a thing, not an activity
    if any(w.lower() in _GERUND_BAD for w in words) or not head_in_abstract(words[-1], padded):
        return None
    return s, e


def _gerund_not(low: str) -> bool:
    """"Leveraging X", "Achieving X", "Applying X": how the paper helps, not what it does."""
    return low in _GERUND_NOT or low == "applying" or (low in BREAK and low not in _GERUND_KEEP)


# A word then an article: a verb and its object ("to Solve the ...").
_VERB_OBJECT: Final = re.compile(r"[A-Za-z]+\s+(?:the|a|an)\s", re.IGNORECASE)
# Where a method works, not what it does ("A Mapping Method for Large-Scale Highway Environments").
SETTING_HEADS: Final = frozenset({"environment", "environments", "setting", "settings", "scenario", "scenarios", "conditions", "terrain", "terrains"})

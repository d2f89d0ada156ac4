"""The research tasks a paper addresses: lower-case noun phrases ending in a task noun
("head pose estimation", "kv cache compression"), at most three.

A phrase is the run of words before a task noun, back to the first function word,
punctuation or evaluative adjective ("novel", "efficient"); in the abstract a clause's gerund
("including", "performing") or a count ("279 classification tasks") ends it too, and in the title a
modifier coordinated before it stays ("Active and passive learning of ..."). Title phrases come
first (of those starting at one word, the longest: "Inference Optimization", not "Inference"); each
is shortened to its longest tail that the abstract also uses ("Generalized Talking Head Generation"
-> "talking head generation"), but not to a conjunct cut from its shared modifiers ("Detection and
Tracking") or to a link's object ("... of Styled Handwritten Word Images"). Abstract phrases follow
when the abstract repeats them or says it addresses them ("we focus on X", "the task of X", "X aims to").

Title links decide roles: "X via/with/using/as Y" makes Y the method; "X for Y" makes Y the
task, and X too when X ends in a strong task noun. "The task/problem of X" names a task even
without a task noun ("the task of clickbait spoiling"). A title that yields no task gives its
leading clause when a gerund leads it or a nominalization heads it ("Identifying Causal Changes
Between ...", "Joint Evaluation of Fairness and Relevance in ..."). A task phrase with a strong head
the abstract abbreviates early on ("sensor fault diagnosis (SFD)") counts as focal (a weak head
abbreviated, "multi-task learning (MTL)", most often names a technique used), and so does X in "we
study/consider the X problem". A title phrase the abstract
shortens by an inner word ("3D pose estimation" for "3D Human Pose Estimation") keeps the
title's wording, and the shorter form is no second task. Fields ("machine learning") and
capitalised names ("Light Detection and Ranging") are not tasks. Mentions keep the text's case;
the resolver gives them a lower-case canonical name.

A title task keeps its "of" object ("Structured Prediction of Network Response", "Volumetric
Capture of Humans"), and so does "the problem of <action> of <object>". The abstract's opening
subject, when the title names it, rewords the title task that holds it or that it holds ("Taxonomy
completion aims to ..." for "Efficient Taxonomy Completion"). "The goal/aim of X" is a focus cue;
a weak-headed phrase the abstract names three times counts. A paper left without a task takes its
title's weak-headed phrase ("Chinese Pretraining"). A title's "X Analysis and Forecasting" is one
task; a title without a task phrase or clause gives the part a gerund leads ("Name: Learning Fast
Robot Trajectories with ..."); the title's "for Y" part is a task in its own wording when Y's
singular head recurs in the abstract ("... for Legged Robot Robust Locomotion"), or, in a paper with at most one task after all other rules, when Y's
head is an action noun ("... for Fault Tolerance", "... with Applications to Causal Inference").
The title readings (links, leading clause,
"Name: A Tool for X", "X: A Survey") live in :mod:`kg.extract.title_clause`; the "for Y" parts and
the abstract's wording of a title task in :mod:`kg.extract.task_title`. After the resolver chose the
tasks, a learned score may move a title task's boundaries or add the title's best span to a paper
given none from the title (:mod:`kg.extract.title_span`), and a learned score adds the phrases
left in the doc's task pool where they are likely the paper's further tasks (:mod:`kg.extract.task_more`).
A paper no rule gives a task takes its title's core noun phrase ("Fast Uniform Dispersion of a
Swarm"; "Name: A Search Method for X" gives X; :func:`kg.extract.title_clause.title_core`), else
what the title says the paper does: a gerund clause leading the title or after for/in/to, or what a
method noun is for ("An Approach to Collaborative Filtering";
:func:`kg.extract.title_clause.title_activity`). That
a catalogue task keeps the modifiers the text writes before it in most of its mentions ("multi-view
photometric stereo", :func:`kg.extract.task_cues.widened_catalogue_tasks`) is a revision of
kg_catalogue's candidates, so kg_resolve makes it.
A title task keeps an adjective naming the kind of task ("Robust Sparse Estimation", "Automatic
Image Labeling"; ``title_kind_adjectives``) and its "from/under/over Y" part when the abstract names
Y ("Active Learning under Label Shift"); "Learning/Training <models>" leads a title task too
("Learning Mixtures of Tree Graphical Models"), and "the problem of <gerund> <object>" names a
focal one (:func:`kg.extract.task_purpose.problem_clauses`).
The abstract cues read after the focal phrases (the task of "previous X methods", of "experiments
on X", lists the text calls tasks, siblings of a chosen task, the title's conjunct beside its task:
"... Segmentation and Depth Ordering", and last of all a strong-headed phrase the closing sentence
names once in a list or after a preposition: "we also apply it to shadow removal") live in
:mod:`kg.extract.task_cues`;
"<X> aims to" subjects and purpose phrases ("a tool for explaining AI decisions") in :mod:`kg.extract.task_purpose`;
the phrase grammar (where a task phrase starts and ends, "the task of X", "we study the X problem")
in :mod:`kg.extract.task_spans`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .doc import Candidate, state, title_end
from .sentences import sentence_at, split_sentences
from .shapes import WEAK_HEADS, lower_same_length
from .title_clause import METHOD_LINKS as _METHOD_LINKS
from .title_clause import BREAK, FIELDS, TITLE_AND_HEAD
from .title_clause import TITLE_LINK as _TITLE_LINK
from .title_clause import TITLE_OF as _TITLE_OF
from .title_clause import norm_phrase_words as _norm
from .title_clause import padded_abstract
from .task_spans import _WE_OR_THIS, problem_phrases, task_of_phrases, task_phrases
from .task_purpose import aim_subjects, problem_clauses, purpose_phrases, purpose_rule
from .task_cues import closing_phrases, coordinated_tasks, evaluated_phrases, head_word as _head, prior_work_phrases, task_list_phrases
from .task_cues import title_coordinated, title_task_in_setting
from .title_clause import title_activity, title_clause, title_core, title_setting, title_gerund_clause
from .task_title import compound_end, is_subsequence, title_for_parts, title_for_phrase, title_task, title_weak_phrase
from .words import word_set

__all__ = ["MAX_TASKS", "find_tasks", "tasks_component"]

MAX_TASKS: Final = 3

# "we focus on X", "the task of X", and "we propose ... for X": the paper says X is its subject.
_FOCUS: Final = re.compile(
    r"\b(?:focus(?:es)? on|address(?:es)?|tackle[s]?|study|studies|task of|problem of|field of|the area of|for)"
    r"\s+(?:the\s+)?(?:task\s+of\s+|problem\s+of\s+)?\Z",
    re.IGNORECASE,
)
# The word every _FOCUS match ends in, before its closing spaces.
_FOCUS_LAST: Final = ("on", "address", "addresses", "tackle", "tackles", "study", "studies", "of", "for", "the")


def _may_focus(window: str) -> bool:
    """False only where :data:`_FOCUS` cannot match at the end of ``window``: an ASCII window (case
    is then plain ASCII case) not ending in one of its last words and a space. Tested first: the
    search tries every window position."""
    return not window.isascii() or window.rstrip().lower().endswith(_FOCUS_LAST)


_GOAL_OF: Final = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Tt]his) (?:goal|aim|objective) of\s+\Z")
# A task phrase the abstract abbreviates: "sensor fault diagnosis (SFD)" (a strong head only: see _focal_phrases).
_ABBREVIATED: Final = re.compile(r" \(([A-Z][A-Za-z]*[A-Z]s?|[A-Z]{2,}(?:-[A-Z]+)*)\)")
_PROPOSING: Final = re.compile(_WE_OR_THIS + r"\s+(?:propose|present|introduce)s?\b")


def _title_phrases(
    text: str, tend: int, padded: str, found: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Task phrases of the title, read by its prepositions.

    "X for Y": Y is the task and X the method, so X is dropped; "X via/with/using Z": Z is
    the method. Without a "for", every phrase not introduced by a method preposition counts.
    """
    if found is None:
        found = task_phrases(text, 0, tend, lower_same_length(text[:tend]))
    links = [(m.start(), m.group(1).lower()) for m in _TITLE_LINK.finditer(text, 0, tend)]
    colon = text.find(":", 0, tend)
    # "DDG-DA: Data Distribution Generation for ...": the words spell the system's name.
    initials = re.sub(r"[^a-z]", "", text[:colon].lower()) if 0 < colon < 40 else ""

    def spells_name(s: int, e: int) -> bool:
        letters = "".join(w[0] for w in re.findall(r"[A-Za-z]+", text[s:e])).lower()
        # "VQA: Visual Question Answering" names the task itself: only a longer name counts.
        return len(letters) >= 2 and initials.startswith(letters) and initials != letters

    def link_before(s: int) -> str | None:
        # Links count within the phrase's own part of a "Main title: subtitle" title
        # ("Cell Detection through Causal Feature Extraction: A Novel Method").
        prev = [w for at, w in links if at < s and (at > colon or s < colon)]
        return prev[-1] if prev else None

    fors = [at for at, w in links if w in ("for", "towards", "toward")]
    # "X for Y" drops X only when Y is itself a task phrase ("... Generation for Real-time
    # Conversations" keeps "Interactive Head Generation").
    has_for = any(s > at for at in fors for s, _ in found)
    out = []
    for s, e in found:
        link = link_before(s)
        if link in _METHOD_LINKS or (initials and spells_name(s, e)):
            continue
        if has_for and link not in ("for", "towards", "toward") and any(
            w in ("for", "towards", "toward") and at > e for at, w in links
        ) and _head(text[s:e]) in WEAK_HEADS:
            continue  # "Joint Caption Grounding ... for Open Vocabulary Segmentation": the method
        if _head(text[s:e]) in WEAK_HEADS and link not in ("for", "towards", "toward"):
            # "... via Contrastive Learning" is the method; but a phrase that leads the title is
            # its subject when the abstract uses it, or its last words ("Geometry Aware
            # Constrained Optimization Techniques" -> "constrained optimization").
            tail = _tail_in_abstract(text, s, e, padded) if link is None else None
            if tail is None or any(s2 <= s and e < e2 for s2, e2 in found):
                continue
            s = tail
        both = TITLE_AND_HEAD.match(text, e, tend)
        if both:  # "News Event Analysis and Forecasting": one task, the modifiers shared
            e = both.end(1)
        # "Structured Prediction of Network Response", "Volumetric Capture of Humans": the
        # object belongs to the task, whatever noun heads it.
        obj = _TITLE_OF.match(text, e, tend)
        out.append((s, obj.end(1) if obj else e))
    return out


def _tail_in_abstract(text: str, s: int, e: int, abstract: str) -> int | None:
    """Start of the longest tail of ``text[s:e]`` (two words or more) the abstract
    (:func:`padded_abstract`) also uses."""
    starts = [s] + [s + m.start() + 1 for m in re.finditer(r" ", text[s:e])]
    for a in starts:
        tail = _norm(text[a:e])
        if " " in tail and f" {tail} " in abstract:
            return a
    return None


class _Chosen:
    """The tasks picked so far: at most :data:`MAX_TASKS`, none inside another one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tasks: list[Candidate] = []
        self.seen: list[str] = []
        self.refused: list[Candidate] = []  # offered but not taken (full, or overlapping a task)

    @property
    def full(self) -> bool:
        return len(self.tasks) >= MAX_TASKS

    def take(self, c: Candidate, beside: Candidate | None = None) -> None:
        """Add ``c`` unless the slots are full or it holds or is held by a task taken before
        (``beside``, when taken, may be held: the title's task in a setting beside its bare form)."""
        key = _norm(self.text[c.start : c.end])
        part = _norm(self.text[beside.start : beside.end]) if beside is not None and beside in self.tasks else None
        if self.full or any((key in s or s in key) and s != part for s in self.seen):
            self.refused.append(c)
            return
        words = key.split()
        if any(s.endswith(words[-1]) and is_subsequence(words, s.split()) for s in self.seen):
            self.refused.append(c)
            return  # "3d pose estimation" after the title's "3d hand pose estimation"
        self.seen.append(key)
        self.tasks.append(c)

    def reword(self, c: Candidate) -> None:
        """Put ``c`` in the place of the first task it holds or is held by (none: nothing changes),
        unless that task names ``c`` as its object ("State Recognition of Bone Drilling", "Navigating
        Truss Structures") or adds a head to it ("Scene Flow Estimation"); ``c`` may add words to the
        task, but no link or "problem" ("Feature Matching Problem"). A task already taken stays."""
        key = _norm(self.text[c.start : c.end])
        if key in self.seen:
            return
        words = key.split()
        for i, s in enumerate(self.seen):
            if key in s:
                at = f" {s} ".find(f" {key} ")  # where the words start in ``s``
                if at < 0:
                    return  # inside a word ("robotics" in "neurorobotics")
                before, after = s[:at].split(), s[at + len(key) :].split()
                if any(w in _LINKS or w.endswith("ing") for w in before) or (after and after[0] not in _LINKS):
                    return
            elif s in key:
                if any(w in _LINKS for w in words) or words[-1] in ("problem", "problems", "task", "tasks"):
                    return
            else:
                continue
            self.seen[i], self.tasks[i] = key, c
            return


def find_tasks(
    text: str,
    tend: int | None = None,
    sents: list[tuple[int, int]] | None = None,
    title_spans: list[tuple[int, int]] | None = None,
    pool: list[Candidate] | None = None,
) -> list[Candidate]:
    """At most :data:`MAX_TASKS` task phrases: the title's, matched to the abstract's wording
    where the abstract uses it, then the abstract's focal ones. ``pool``, when given, is extended
    with the phrases not taken (:func:`_pool`), which :mod:`kg.extract.task_more` scores."""
    tend = title_end(text) if tend is None else tend
    sents = split_sentences(text) if sents is None else sents
    padded = padded_abstract(text, tend)
    chosen = _Chosen(text)
    low = lower_same_length(text)
    abstract = task_phrases(text, tend, len(text), low)
    named = task_of_phrases(text, tend) + problem_phrases(text, tend) + aim_subjects(text, tend) + problem_clauses(text, tend)
    abstract = sorted(set(abstract) | set(named))
    keys = [_norm(text[s:e]) for s, e in abstract]  # each phrase normalised once
    counts: Counter[str] = Counter(keys)
    first: dict[str, tuple[int, int]] = {}
    for key, span in zip(keys, abstract):
        first.setdefault(key, span)
    focal, abbreviated = _focal_phrases(text, tend, sents, abstract, named)

    spans = task_phrases(text, 0, tend, lower_same_length(text[:tend])) if title_spans is None else title_spans
    title_spans = _longest_from_each_start(spans)
    for s, e in _title_phrases(text, tend, padded, title_spans):
        e = compound_end(text, tend, e, padded)  # "... Translation Synchronization"
        c = title_task(text, tend, s, e, padded, counts, first, focal)
        setting = title_setting(text, e, tend, padded)
        if setting is not None and _norm(text[c.start : c.end]) == _norm(text[s:e]):
            c = Candidate(Role.TASK, s, setting, c.rule, c.confidence)  # "Active Learning under Label Shift"
        chosen.take(c)
        wider = title_task_in_setting(text, s, e, c)
        if wider is not None:
            chosen.take(wider, beside=c)

    if not chosen.tasks:
        # No task from the title: its leading clause is the subject, unless it holds a task
        # phrase the rules above set aside ("Graph Refinement for Coreference Resolution").
        clause = title_clause(text, tend, padded)
        if clause is not None and " for " in text[clause[0] : clause[1]].lower() and not _GERUND.match(text, clause[0]):
            # "Consistency Regularization for Adversarial Robustness": the clause holds the
            # method and its purpose; the purpose is the task when the title's "for" part is one.
            # ("Benchmarking Localization and Mapping for AR": a gerund's object is what it does.)
            clause = title_for_phrase(text, tend, padded) or clause
        if clause is not None and not any(clause[0] <= a and b <= clause[1] for a, b in title_spans):
            chosen.take(Candidate(Role.TASK, clause[0], clause[1], "tasks:title-clause", 0.6))
    if not chosen.tasks:
        # Nor a clause: a title part a gerund leads ("Name: Learning Fast Robot Trajectories with
        # ...") says what the paper does, before any abstract phrase does.
        gerund = title_gerund_clause(text, tend, padded)
        if gerund is not None:
            chosen.take(Candidate(Role.TASK, gerund[0], gerund[1], "tasks:title-gerund", 0.55))

    _reword_by_opening(chosen, text, tend)
    # Then the focal abstract phrases, and repeated ones.
    focal |= abbreviated
    ranked = sorted(focal | {k for k, n in counts.items() if n >= 2}, key=lambda k: (k not in focal, -counts[k], first[k][0], -first[k][1], k))
    for key in ranked:
        if _head(key) in WEAK_HEADS and key not in focal and counts[key] < 3:
            continue  # a weak head needs a focus cue, or three mentions ("speculative decoding")
        a, b = first[key]
        chosen.take(Candidate(Role.TASK, a, b, "tasks:abstract", 0.6))
    if not chosen.full:  # (the rules after it only offer more tasks, which a full list refuses)
        _take_cued_and_fallbacks(chosen, text, tend, sents, abstract, title_spans, padded, counts)
    if pool is not None:
        pool.extend(_pool(text, chosen, abstract, named, focal, title_spans))
    return chosen.tasks


def _pool(text: str, chosen: _Chosen, abstract: list[tuple[int, int]], named: list[tuple[int, int]],
          focal: set[str], title_spans: list[tuple[int, int]]) -> list[Candidate]:
    """The task phrases the rules did not take, each with the frame it came from as its rule
    ("pool:" and a rule that was refused, "named", "focal", "phrase" or "title")."""
    taken = {(c.start, c.end) for c in chosen.tasks}
    out = [c._replace(rule="pool:" + c.rule) for c in chosen.refused if (c.start, c.end) not in taken]
    named_set = set(named)
    for s, e in title_spans:
        if (s, e) not in taken:
            out.append(Candidate(Role.TASK, s, e, "pool:title", 0.0))
    for s, e in abstract:
        if (s, e) not in taken:
            frame = "named" if (s, e) in named_set else "focal" if _norm(text[s:e]) in focal else "phrase"
            out.append(Candidate(Role.TASK, s, e, "pool:" + frame, 0.0))
    return out


def _take_cued_and_fallbacks(
    chosen: _Chosen, text: str, tend: int, sents: list[tuple[int, int]], abstract: list[tuple[int, int]],
    title_spans: list[tuple[int, int]], padded: str, counts: Counter[str],
) -> None:
    """The tasks after the paper's own aim: those of the work it sets itself against ("previous X
    methods") and those it is evaluated on ("experiments on X"), both saying what field the paper
    works in; then lists, purposes, the title's "for" part, the fallbacks and the closing sentence."""
    own = len(chosen.tasks)  # the tasks read from the paper's own aim so far
    for a, b in prior_work_phrases(text, tend, abstract) + evaluated_phrases(text, tend, abstract):
        chosen.take(Candidate(Role.TASK, a, b, "tasks:abstract", 0.55))
    cued = len(chosen.tasks) - own
    for c in coordinated_tasks(text, chosen.tasks, set(abstract) | set(title_spans)) + title_coordinated(text, tend, chosen.tasks):
        chosen.take(c)
    for a, b in task_list_phrases(text, tend, abstract, 2 * MAX_TASKS):
        chosen.take(Candidate(Role.TASK, a, b, "tasks:task-list", 0.55))
    for a, b in purpose_phrases(text, tend):
        chosen.take(Candidate(Role.TASK, a, b, purpose_rule(text[a:b].lower().split()), 0.55))
    _take_for_part(chosen, text, tend, padded)
    _take_fallbacks(chosen, text, tend, sents, abstract, title_spans, padded, cued)
    if len(chosen.tasks) <= 1:
        _take_for_part(chosen, text, tend, padded, loose=True)
    _take_closing(chosen, text, tend, sents, abstract, counts)


def _longest_from_each_start(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` less each one another span extends from the same start: the phrase grammar ends a
    phrase at every task noun, so "Inference Optimization", "Representation Learning" and "Edge
    Detection Reconstruction" also give "Inference", "Representation", "Edge Detection"; a compound
    of task nouns is headed by its last one, and the title's task is the whole compound."""
    return [(s, e) for s, e in spans if not any(s2 == s and e2 > e for s2, e2 in spans)]


def _take_closing(
    chosen: _Chosen, text: str, tend: int, sents: list[tuple[int, int]], abstract: list[tuple[int, int]], counts: Counter[str]
) -> None:
    """Last of all, the phrases the closing sentence names once in a list or after a preposition
    (:func:`kg.extract.task_cues.closing_phrases`); "tasks:abstract": the resolver ranks them as the
    abstract's own phrases, not as catalogue fillers it drops when named once, late."""
    once = {k for k, n in counts.items() if n == 1}
    for a, b in closing_phrases(text, tend, sents, abstract, once):
        chosen.take(Candidate(Role.TASK, a, b, "tasks:abstract", 0.5))


def _take_for_part(chosen: _Chosen, text: str, tend: int, padded: str, loose: bool = False) -> None:
    """The title's "for Y" part, in the title's wording, after what the text itself stresses; once
    all other rules are read, in a paper read as naming one task or none, also when the abstract
    words Y otherwise (``loose``: "... for Collision-Free Goal Reaching"). The strict reading tries
    the first part only; the loose one each part until one is taken (a second would most often
    restate the first's setting)."""
    rule = "tasks:title-for-loose" if loose else "tasks:title-for"
    for a, b in title_for_parts(text, tend, padded, loose):
        n = len(chosen.tasks)
        chosen.take(Candidate(Role.TASK, a, b, rule, 0.6))
        if not loose or len(chosen.tasks) > n:
            return


def _take_fallbacks(
    chosen: _Chosen, text: str, tend: int, sents: list[tuple[int, int]], abstract: list[tuple[int, int]],
    title_spans: list[tuple[int, int]], padded: str, cued: int,
) -> None:
    """The last readings, for papers the paper's own aim gave no task (``cued``: the tasks
    read from the work it sets itself against or is evaluated on)."""
    if len(chosen.tasks) == cued:
        fallback = _lead_phrase(text, tend, sents, abstract)
        if fallback is not None:
            chosen.take(Candidate(Role.TASK, fallback[0], fallback[1], "tasks:lead", 0.55))
    if len(chosen.tasks) == cued:
        # Still none: the title's own task phrase with a weak head ("Chinese Pretraining",
        # "High-Level Planning"), unless a method link introduces it ("... via Contrastive Learning").
        weak = title_weak_phrase(text, tend, title_spans)
        if weak is not None:
            chosen.take(Candidate(Role.TASK, weak[0], compound_end(text, tend, weak[1], padded), "tasks:title", 0.6))
    if not chosen.tasks:
        # Nothing at all: the title's core names the subject ("Fast Uniform Dispersion of a Swarm").
        core = title_core(text, tend, padded)
        if core is not None:
            chosen.take(Candidate(Role.TASK, core[0], core[1], "tasks:title-core", 0.5))
    if not chosen.tasks:
        # Nor a core noun phrase: what the title says the paper does ("Improving Word Embeddings
        # through ...", "An Approach to Collaborative Filtering").
        act = title_activity(text, tend, padded)
        if act is not None:
            chosen.take(Candidate(Role.TASK, act[0], act[1], "tasks:title-activity", 0.5))


_GERUND: Final = re.compile(r"[A-Za-z]+ing\b")
_LEAD_NOT_FIRST: Final = word_set("tasks", "list_not_first") | word_set("tasks", "lead_not_first")
_VERB_BEFORE: Final = re.compile(r"\b(?:to|can|could|will|may|might|must|should|we|they|it)\s+\Z", re.IGNORECASE)


def _lead_phrase(
    text: str, tend: int, sents: list[tuple[int, int]], phrases: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """A paper names at least one task: when no rule found one, the first phrase with a strong
    task noun ("object detection", not "... learning") in the abstract's first two sentences, or
    in a sentence where the paper proposes something, whose task noun the title also uses
    ("Detecting ...", "... for Tracking")."""
    body = [x for x in sents if x[0] >= tend]
    lead_end = body[1][1] if len(body) > 1 else (body[0][1] if body else len(text))
    proposing: list[int] | None = None
    title = text[:tend].lower()
    for s, e in sorted(phrases):
        head = _head(text[s:e])
        if head in WEAK_HEADS or head[:5] not in title:
            continue  # the title speaks of other things: the phrase is most often context
        first = text[s:e].split()[0].lower()
        if text[s:e].istitle() or first in _LEAD_NOT_FIRST:
            continue
        if first.endswith("ing") or _VERB_BEFORE.search(text, max(tend, s - 8), s):
            continue  # "including classification", "to teach them classification": a clause, not a task
        if s < lead_end:
            return s, e
        if proposing is None:
            proposing = [m.start() for m in _PROPOSING.finditer(text, tend)]
        if _proposes_before(proposing, sentence_at(sents, s)[0], s):
            return s, e
    return None


def _focal_phrases(
    text: str, tend: int, sents: list[tuple[int, int]], abstract: list[tuple[int, int]], named: list[tuple[int, int]]
) -> tuple[set[str], set[str]]:
    """The abstract phrases the text presents as its subject (the opening words of the
    abstract, "we focus on X", "the task of X"), and those it abbreviates early on."""
    opening = next((x for x in sents if x[0] >= tend), (tend, tend))
    focal: set[str] = set()
    abbreviated: set[str] = set()  # ranked with the focal phrases, but not used to match the title
    proposing: list[int] | None = None  # found on first need: most abstracts never ask
    focal.update(_norm(text[s:e]) for s, e in named)
    lead_limit = _lead_limit(text, *opening)
    for s, e in abstract:
        if opening[0] <= s < opening[1] and (s < opening[0] + 12 or (s <= lead_limit and _opening_subject(text[opening[0] : s]))):
            focal.add(_norm(text[s:e]))
            continue
        ab = _ABBREVIATED.match(text, e) if s < opening[1] + 400 else None
        if ab and ab.group(1)[0] == text[s].upper() and not text[s:e].istitle() and _head(text[s:e]) not in WEAK_HEADS:
            # "Neural architecture search (NAS) aims to", early on; "Facial Motion Latent
            # Generation (FMLG)" is a module's name, "predictive control (MPC)" a cut phrase; a
            # weak head ("multi-task learning (MTL)") most often names a technique the paper uses.
            abbreviated.add(_norm(text[s:e]))
            continue
        m = _FOCUS.search(text, max(tend, s - 40), s) if _may_focus(text[max(tend, s - 40) : s]) else None
        if m is None:
            # "The goal of data selection is ...": the paper's aim (tried only after "of ").
            if text.startswith("of ", s - 3) and _GOAL_OF.search(text, max(tend, s - 30), s):
                focal.add(_norm(text[s:e]))
            continue
        cue = m.group().lower()
        if cue.startswith("for") and "task of" not in cue and "problem of" not in cue:
            # "for X" counts only in a sentence that proposes something before it.
            if proposing is None:
                proposing = [m.start() for m in _PROPOSING.finditer(text, tend)]
            if not _proposes_before(proposing, sentence_at(sents, s)[0], s):
                continue
        focal.add(_norm(text[s:e]))

    return focal, abbreviated


def _proposes_before(proposing: list[int], start: int, s: int) -> bool:
    """Does a proposing word (``proposing``: their sorted offsets) start in ``[start, s)``, in the
    sentence before the phrase at ``s``? By bisection: a long sentence holds many phrases."""
    i = bisect_left(proposing, start)
    return i < len(proposing) and proposing[i] < s


def _lead_limit(text: str, start: int, end: int) -> int:
    """Where the opening sentence's lead stops passing :func:`_opening_subject` for good: its first
    comma or its fourth word (a longer lead holds it too); read once, not once per phrase."""
    words = text[start:end].split(maxsplit=3)
    comma = text.find(",", start, end)
    return min(end - len(words[3]) if len(words) == 4 else end, comma if comma >= 0 else end)


def _opening_subject(lead: str) -> bool:
    """Do the abstract's first words lead up to its subject phrase ("Learning real-world X is
    ...", "Accurate and efficient X remains ...")? At most three words, no comma, no verb."""
    words = lead.split()
    return len(words) <= 3 and "," not in lead and all(w.lower() in _OPENING_LEAD for w in words)


_OPENING_LEAD: Final = word_set("tasks", "opening_lead")
_OPENING_SUBJECT: Final = re.compile(
    r"\s*(?:[Tt]he\s+)?([A-Za-z][\w\-']*(?:\s+[\w\-']+){0,4}?),?\s+("
    + "|".join(sorted(word_set("tasks", "opening_verbs"))) + r")\b"
)
_OPENING_NOT: Final = word_set("tasks", "core_not_last")
# The words that link a title task to its object or setting ("... of X", "... in X", "X and Y").
_LINKS: Final = frozenset({"of", "for", "in", "on", "to", "from", "with", "at", "by", "under", "and", "via", "using", "over", "across"})


def _reword_by_opening(chosen: _Chosen, text: str, tend: int) -> None:
    """"Taxonomy completion aims to ...", the title's "Efficient Taxonomy Completion": the abstract's
    opening subject, named in the title, words the title's task as the paper does."""
    opening = _opening_task(text, tend)
    if opening is not None:
        chosen.reword(Candidate(Role.TASK, opening[0], opening[1], "tasks:abstract", 0.6))


def _opening_task(text: str, tend: int) -> tuple[int, int] | None:
    """The noun phrase the abstract opens with as its first clause's subject ("Taxonomy completion
    aims to ...", "Point set registration is a long addressed problem"), two words or more, when the
    title names it too (its words, whole): what the paper is about, in the abstract's wording. A
    subject an abbreviation follows is left alone: the resolver may read it as a method's name."""
    m = _OPENING_SUBJECT.match(text, tend)
    if m is None:
        return None
    a, b = m.span(1)
    key = _norm(text[a:b])
    words = key.split()
    # One word ("Reasoning is ...") most often names a field or a quality; "X and Y" two subjects;
    # "Large language models are ..." a kind of model.
    if len(words) < 2 or "and" in words or "or" in words or words[-1] in _OPENING_NOT:
        return None
    if words[0] in BREAK or words[-1] in BREAK or key in FIELDS:
        return None
    if f" {key} " not in f" {_norm(text[:tend])} ":
        return None
    return a, b


@Language.factory(
    "kg_tasks", requires=["doc._.kg_sents"], assigns=["doc._.kg_candidates", "doc._.kg_title_tasks"]
)
def tasks_component(nlp: Language, name: str):
    """Appends task candidates and sets the title's task phrases (the resolver lets a catalogue
    task inside one of them go: "Motion Generation" in "Autoregressive Motion Generation")."""

    def component(doc: Doc) -> Doc:
        st = state(doc)
        low = lower_same_length(st.text)  # cut, not made anew: that dropped the text's kept lower case
        title_low = low[: st.title_end] if low is not None else lower_same_length(st.text[: st.title_end])
        st.title_tasks = task_phrases(st.text, 0, st.title_end, title_low)
        st.task_pool = []
        st.candidates.extend(find_tasks(st.text, st.title_end, st.sents, st.title_tasks, st.task_pool))
        return doc

    return component

"""The last component: candidates -> one role per name -> mentions with evidence.

Every revision of one component's candidates in the light of another's happens here, in
this order (:func:`revise`, then :func:`resolve`):

- A metric without a value gets the number written next to it (:func:`kg.extract.metrics.attach_values`).
- A dataset or method span grows over the year, version, split or language pair written after
  it ("PASCAL VOC 2007", "WMT'14 English-German"; :func:`kg.extract.qualifiers.extend_qualifiers`).
- A task another component found (the catalogue) inside a longer task phrase of the title
  goes ("Motion Generation" in "Autoregressive Motion Generation": the phrase is the task).
- A catalogue acronym the abstract defines with an unrelated long form ("the free-flying target
  (FFT)") is not the catalogue's entry: its catalogue matches go (:mod:`kg.extract.redefined`).
- A name (normalized) takes the role of its strongest candidate, except that the paper's
  own names win: a proposed method beats "method", an introduced dataset beats "dataset" --
  but a name the catalogue knows stays someone else's unless the paper names or defines it
  as its own (title prefix, "we propose X", "called X") or introduces it ("We present X, a new
  ...", "a new model layer, X,": :mod:`kg.extract.proposed_roles`, read once per abstract from
  every mention; a cue reading it as someone else's, "compared with X", vetoes). Context alone
  ("our ResNet-50 encoder", "the proposed X") is not enough. A variant of a name the paper ends
  up owning is own too, even where the catalogue knows it ("Zephyr-7B" in the paper presenting
  Zephyr, "RAIS-SGD" of an acronym-presented RAIS, "OLMo 2-Instruct", "designated as Fast SPAD
  DCNN"); so is a
  known name with a modifier that the title leads with and the abstract presents ("Asymmetric DQN
  for ...": :mod:`kg.extract.own_modified`), and an own bracketed acronym the abstract writes again with
  its system head is the headed name ("the Forced Attention (FAt) Transformer ... FAt Transformers
  are applied": :mod:`kg.extract.own_headed`). Whether an
  own name is a method or a dataset is read from the words written beside it wherever it stands
  ("the Epic Fail (EF) dataset", "SMedBERT, a medical PLM", "a platform called Oasis";
  :mod:`kg.extract.name_kind`), when they all say the same. An introduced dataset's variants are
  introduced too ("Hummer-F" of Hummer) and the set it extends is a dataset ("TMMLU" of TMMLU+).
- A name a cue says is evaluated on ("results on X") is a dataset even where the catalogue
  calls it a metric (a benchmark named after its score), unless a value is reported for it; one
  the catalogue calls a method is a dataset where the set noun follows it ("the Alpaca dataset",
  "on MultiWOZ and SGD datasets"), unless the abstract also writes it with a method noun.
- Acronyms the paper defines for tasks ("head pose estimation (HPE)") are dropped from
  every name role; so are names equal to a chosen task -- but a task with the words of a name the
  paper claims by its title prefix, a naming or a presenting verb goes instead.
- A paper left with no own name gets at most one from a fallback with relaxed gates
  (:mod:`kg.extract.proposed_fallback`: "we propose diffusion steering via RL (DSRL)", "a novel
  method, named clipped Advantage Learning", "Texture Mixer: A Network for ..."); a task with its
  words goes.
- Overlapping candidates keep the longer, then the more confident span. A paper left with no
  dataset takes the sets it writes as "the NAME dataset" with a looser idea of a name
  (:mod:`kg.extract.dataset_fallback`).
- A task phrase that names a known method ("Expectation maximization (EM)") is dropped; a
  task's canonical name is its lower-case form.
- A catalogue task the abstract names as a setting ("an important role in autonomous driving",
  "applications such as X and Y") fills no task slot (:func:`kg.extract.task_cues.application_context`);
  one it lists as a task or evaluates on ("ranking, recommendation and annotation tasks") has the
  evidence of a list (:func:`kg.extract.task_cues.in_task_list`). The task component's list and
  task-noun purpose phrases rank with its abstract phrases, not with the fillers.
- Of the chosen tasks, one the title rules gave yields to the best-scored span of its title clause
  when a learned score puts that span well above it, and a paper given no title task takes the
  title's best span when it scores high enough (:mod:`kg.extract.title_span`); a span that another
  role names is not taken, and the task it replaces still keeps its phrase from the names.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence, Set as AbstractSet
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Mention, Role
from .catalogue_data import Catalogue, pipeline_catalogue
from .catalogue_match import VARIANT, word_bounds
from .dataset_fallback import fallback_sets
from .dataset_own import own_set_spellings, presented_sets
from .doc import Candidate, state, title_end
from .metrics import attach_values
from .name_kind import own_kind
from .own_modified import modified_known
from .own_headed import headed_own_acronyms
from .qualifiers import extend_qualifiers
from .proposed_fallback import NEW_THING, fallback_proposed
from .proposed_roles import OTHERS_RULES, introduced_known
from .redefined import CATALOGUE_RULES, inside_defined_names, redefined_acronyms
from .sentences import sentence_at, split_sentences
from .shapes import STOP_NAMES, lower_same_length, norm
from .span_index import SpanIndex
from .task_cues import widened_catalogue_tasks
from .task_select import select_tasks
from .tasks import MAX_TASKS
from .long_forms import find_definitions
from .steps import BatchComponent, run_steps
from .title_clause import name_key
from .title_span import SPAN_RULE as TITLE_SPAN_RULE, revise_title_tasks
from .task_more import more_tasks
from .task_reject import reject_tasks
from .proposed_kind import prior_demoted
from .task_quality import without_quality_leads

__all__ = ["revise", "resolve", "to_mentions", "resolve_component", "MIN_CONFIDENCE"]

MIN_CONFIDENCE: Final = 0.5
_NAME_ROLES: Final = (Role.PROPOSED, Role.INTRODUCED_DATASET, Role.DATASET, Role.METHOD, Role.METRIC)
_OWN: Final = {Role.PROPOSED, Role.INTRODUCED_DATASET}
# Own claims read from the words around a name, not from a definition or a naming: "our X encoder",
# "the proposed X", "a new framework, X". Evidence enough for a new name, not for a known one.
_CONTEXT_OWN: Final = {"context:kind-noun", "proposed:the-proposed", "proposed:apposition", "proposed:passive",
                "proposed:bracketed", "proposed:parts", "acronyms:own-part", "proposed:title-lead",
                "proposed:our", "proposed:title-presented", "proposed:verb-bracketed",
                "proposed:kind-framed"}
# The own-name claims that outrank a task reading of the same words (:func:`_tasks_not_names`).
_OUTRANKS_TASK: Final = {"proposed:title-prefix", "proposed:naming", "proposed:verb", "proposed:title-vouched", "proposed:title-phrase"}
_DATA_ROLES: Final = (Role.DATASET, Role.INTRODUCED_DATASET)
_DATA_USE: Final = {"context:evaluated-on", "context:dataset-noun", "context:after-noun", "metrics:measured-on"}
# Cues that write a name as a set ("the Alpaca dataset", "EMNIST and VGG-Face datasets"): stronger
# than "results on X", which a model is evaluated on too.
_DATA_NOUN: Final = {"context:dataset-noun", "datasets:the-name-noun"}
# ... when the set noun follows the name or the list it ends ("the Blender dataset", "on MultiWoz and
# SGD datasets"); "benchmark" also names workloads ("LeNet-5 and VGG-19 benchmarks" of a systems paper).
_SET_AFTER: Final = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+(?:and|&|or)\s+)[A-Z0-9][\w\-+.&]*){0,4}\s+(?:datasets?|data[- ]sets?|corpus|corpora)\b")
_MODEL_AFTER: Final = re.compile(r"\s+(?:models?|networks?|architectures?|backbones?|baselines?|methods?|LLMs?|encoders?|detectors?)\b")

_BRACKET: Final = re.compile(r"\s*\(\s*")
_BRACKETED: Final = re.compile(r"\s*\(\s*([^()\s,;]+)\s*\)")


def own_variants(text: str, own: list[Candidate]) -> list[Candidate]:
    """"Medusa-1", "Orthus-base", "DiTaiListener-Gen", "PAOA+": versions of a name the paper proposes;
    "Stochastic-LoBCoD": a capitalised word joined before it names a variant too."""
    out = []
    for c in own:
        name = text[c.start : c.end]
        if " " in name:
            out += _spaced_variants(text, name)
            continue
        if f"-{name}" in text:  # most names have no prefixed variant: skip the scan
            for m in re.finditer(rf"(?<![\w\-])[A-Z][a-z]+-{re.escape(name)}(?![\w\-])", text):
                out.append(Candidate(Role.PROPOSED, m.start(), m.end(), "proposed:variant", 0.8))
        i = text.find(name + "-")
        while i >= 0:
            end = i + len(name)
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "-"):
                _, we = word_bounds(text, i, end)
                if VARIANT.match(text[end:we]):
                    out.append(Candidate(Role.PROPOSED, i, we, "proposed:variant", 0.8))
            i = text.find(name + "-", end)
        if name + "+" in text or name + "*" in text:
            # "to form the PAOA+", "PCR*": a marked version of the paper's own name
            for m in re.finditer(rf"(?<![\w\-*]){re.escape(name)}(?:\+{{1,2}}|\*)(?![\w\-+*])", text):
                out.append(Candidate(Role.PROPOSED, m.start(), m.end(), "proposed:variant", 0.8))
    return out


# "designated as Fast SPAD DCNN", "a supervised version, namely Supervised Generative Paragraph Vector":
# a capitalised modifier before a name of several words, where a naming word gives the whole.
_PREFIX_WORDS: Final = ("as", "namely", "called", "named", "dubbed", "termed")
_NAMED_PREFIX: Final = r"(?:(?<![\w\-])(?:" + "|".join(_PREFIX_WORDS) + r") (?P<pre>[A-Z][a-z]+) )?"


def _spaced_variants(text: str, name: str) -> list[Candidate]:
    """Variants of an own name of several words: a named modifier before it ("designated as Fast
    SPAD DCNN") or a variant suffix after it ("OLMo 2-Instruct")."""
    if f"{name}-" not in text and not _prefixed(text, name):
        return []  # (each match the scan would keep has a suffix or a named prefix)
    out = []
    # (the name starts a word: "SubFast Net-2" is no variant of "Fast Net")
    for m in re.finditer(rf"{_NAMED_PREFIX}(?<![\w\-])(?P<name>{re.escape(name)})(?P<suf>-[\w.]*\w)?(?![\w\-])", text):
        pre, suf = m.group("pre"), m.group("suf")
        if pre and (pre.lower() in STOP_NAMES or pre.endswith("ing")):
            continue  # "called The ...", "named Using ..."
        if suf and not VARIANT.match(suf):
            continue
        if pre or suf:
            out.append(Candidate(Role.PROPOSED, m.start("pre") if pre else m.start("name"), m.end(), "proposed:variant", 0.8))
    return out


def _prefixed(text: str, name: str) -> bool:
    """Does a naming word and a capitalised word stand right before some occurrence of ``name``
    ("as Fast " before "SPAD DCNN")? A literal test the prefix of :func:`_spaced_variants`'s
    pattern passes: that pattern is compiled per name, which cost more than the rest of the rule."""
    i = text.find(name, 2)
    while i >= 0:
        k = i - 1  # the space before the name, then back over the capitalised word's lower case
        if text[k] == " ":
            while k > 0 and "a" <= text[k - 1] <= "z":
                k -= 1
            if k < i - 1 and k >= 2 and "A" <= text[k - 1] <= "Z" and text[k - 2] == " " and text.endswith(_PREFIX_WORDS, 0, k - 2):
                return True
        i = text.find(name, i + 1)
    return False


def _own_variant_roles(text: str, own: list[Candidate], names: list[Candidate], urls: list[Candidate], known: set[str],
                       role_of: dict[str, Role]) -> list[Candidate]:
    """Sets the role of the variants of the paper's own names (``own``) in ``role_of``; returns the
    variants no other candidate names. A variant the catalogue knows ("Zephyr-7B" in the paper
    presenting Zephyr) is the paper's own too, unless a cue reads it as someone else's."""
    variants = own_variants(text, own)
    if not variants:
        return []  # most abstracts: no set of cue-read names to make
    others = {norm(text[c.start : c.end]) for c in names if c.rule in OTHERS_RULES}
    added = []
    for c in variants:
        key = norm(text[c.start : c.end])
        if any(u.start <= c.start and c.end <= u.end for u in urls):
            continue  # ".../status/DoT-F17C": a variant inside a link is part of the link
        if key not in role_of:
            role_of[key] = Role.PROPOSED
            added.append(c)
        elif role_of[key] is Role.METHOD and key in known and key not in others:
            role_of[key] = Role.PROPOSED
    return added


_STEM: Final = re.compile(r"(?P<stem>[A-Za-z][\w\-.]*?[A-Za-z])(?:\+{1,2}|-?v?\d+(?:\.\d+)?|-[A-Z][A-Za-z]?)\Z")


def _introduced_family(text: str, intro: list[Candidate], urls: list[Candidate], known: set[str],
                       role_of: dict[str, Role]) -> list[Candidate]:
    """An introduced dataset's family is data too: its variants are the paper's own ("Hummer and its
    fine-grained variant, Hummer-F"; returned when no other candidate names them), and the set it
    extends ("TMMLU+ ... than its predecessor, Taiwan Massive Multitask Language Understanding
    (TMMLU)") is a dataset where a rule read the stem as a method the catalogue does not know."""
    if not intro:
        return []
    added = []
    for c in own_variants(text, intro):
        key = norm(text[c.start : c.end])
        if key not in role_of and not any(u.start <= c.start and c.end <= u.end for u in urls):
            role_of[key] = Role.INTRODUCED_DATASET
            added.append(c._replace(role=Role.INTRODUCED_DATASET, rule="datasets:own-variant"))
    for c in intro:
        m = _STEM.match(text, c.start, c.end)
        stem = norm(m.group("stem")) if m else None
        if stem and role_of.get(stem) is Role.METHOD and stem not in known:
            role_of[stem] = Role.DATASET
    return added


def _own_kinds(text: str, tend: int, own: dict[str, Candidate], best: dict[str, Candidate], role_of: dict[str, Role]) -> None:
    """Turns an own name (``role_of``, and ``own`` where it holds the name) to the kind the words
    beside it call it wherever it is written ("the Epic Fail (EF) dataset", "DSD training",
    :func:`kg.extract.name_kind.own_kind`): they outweigh the one spot the claiming rule read (a
    weaker own claim, "(FDDA) method", the same way)."""
    for key, role in role_of.items():
        if role in _OWN:
            c = own.get(key) or best[key]
            kind = own_kind(text, tend, text[c.start : c.end])
            # (a problem noun turns a method, not a dataset: "X, a new task and dataset")
            if kind is not None and kind is not role and not (kind is Role.TASK and role is not Role.PROPOSED):
                role_of[key] = kind
                if key in own:
                    own[key] = own[key]._replace(role=kind)


def _known_methods_as_data(text: str, names: list[Candidate], known: set[str], role_of: dict[str, Role]) -> None:
    """A name the catalogue knows as a method that the abstract writes as a set ("the Alpaca
    dataset", "on Omniglot, EMNIST and VGG-Face datasets") is a dataset wherever it stands, unless
    the abstract also writes it with a method noun ("the Alpaca model"): both senses are common
    (Alpaca, VGG-Face, Blender) and the set noun is the paper's own word for it."""
    as_data = {norm(text[c.start : c.end]) for c in names
               if c.role is Role.DATASET and c.rule in _DATA_NOUN and _SET_AFTER.match(text, c.end)}
    if not as_data & known:
        return
    as_model = {norm(text[c.start : c.end]) for c in names if c.role is Role.METHOD and _MODEL_AFTER.match(text, c.end)}
    for key in as_data & known - as_model:
        if role_of.get(key) is Role.METHOD:
            role_of[key] = Role.DATASET


def _tasks_not_names(text: str, tasks: list[Candidate], names: list[Candidate]) -> list[Candidate]:
    """The task candidates that do not name a method the text claims."""
    if not tasks:
        return []
    # "Expectation maximization (EM)", "Empirical Risk Minimization": a task-shaped phrase that
    # names a method the catalogue knows is the method.
    method_keys = {norm(text[c.start : c.end]) for c in names if c.role is Role.METHOD}
    method_starts = {c.start for c in names if c.role is Role.METHOD or (c.role is Role.PROPOSED and c.confidence >= 0.75)}
    method_keys |= {norm(c.canonical) for c in names if c.role is Role.METHOD and c.canonical}
    # "RL-based Rapid onLine Adaptive Control (RL2AC)": the long form of a name the paper
    # proposes names its method, wherever the name is claimed ("uncertainty estimation (UE)",
    # a task others' methods share an acronym with, stays a task).
    name_keys = {norm(text[c.start : c.end]) for c in names if c.role is Role.PROPOSED and c.confidence >= 0.75}
    # "We present a method, partial likelihood Thompson sampling, that ...": a phrase the paper names
    # its own method with is that method, though the title reads it as a task (so is a title phrase
    # the abstract presents right after "we propose": "We propose echo sketch privacy").
    # A naming verb alone may name a step or a phenomenon ("..., which we call proposal decimation"):
    # it outranks the task only after a new thing ("a new strategy which we call dynamic regrasping").
    method_keys |= {norm(text[c.start : c.end]) for c in names
                    if c.role is Role.PROPOSED and text[c.start].islower() and (c.rule in ("proposed:lower-apposed", "proposed:title-reused") or (
                        c.rule == "proposed:lower-named" and NEW_THING.search(text, max(0, c.start - 80), c.start)))}
    # "Incremental Sequence Learning" (title) over "We introduce Incremental Sequence Learning, a simple
    # approach": a name the paper presents or names as its own (title prefix, naming verb, presenting
    # verb) is not the task the title phrase was read as; the role is decided once, from the claim.
    method_keys |= {norm(text[c.start : c.end]) for c in names if c.role is Role.PROPOSED and c.rule in _OUTRANKS_TASK}
    return [
        c for c in tasks
        if norm(text[c.start : c.end]) not in method_keys
        and not ((m := _BRACKET.match(text, c.end)) and m.end() in method_starts)
        and not ((m := _BRACKETED.match(text, c.end)) and norm(m.group(1)) in name_keys)
    ]


# "Our proposed method, Causal Feature Alignment (": the apposition names the paper's own method.
_OUR_METHOD_APPOSED: Final = re.compile(
    r"\b[Oo]ur\s+(?:proposed\s+|new\s+|novel\s+)?(?:method|approach|framework|model|algorithm|technique),\s+[^,.;()]{0,80}\(\s*\Z"
)


_METHOD_NAMED: Final = re.compile(r"\b(?:method|algorithm|technique|approach|model|network)s?,?\s+(?:called|named|termed|dubbed)\b[^.;()]*\(\s*\Z")


def _own_despite_task(text: str, tend: int, c: Candidate) -> bool:
    """A name the paper gives its own method with a naming verb ("a new selection algorithm,
    referred to as iterative projection and matching (IPM)") or its title ("MURRE: ..." over "the
    multi-hop table retrieval with removal (MURRE)") stays its own even when the long form is
    task-shaped: the naming is the strongest evidence of the name's role. So is a presenting claim
    where the words beside the name call it a method ("We propose Manipulation via Visual Object
    Location Estimation (m-VOLE), an approach that ...": :func:`own_kind`)."""
    if c.role is Role.METHOD and c.rule == "proposed:naming":
        # "with a clustering method called deep embedding clustering (DEC)": named a method, someone else's
        # (not "the existing formulation called the Dubins Traveling Salesman Problem (DTSP)")
        return _METHOD_NAMED.search(text, max(tend, c.start - 100), c.start) is not None
    if c.role is not Role.PROPOSED:
        return False
    if c.rule in ("proposed:naming", "proposed:title-prefix"):
        return True
    if c.rule == "proposed:apposition" and _OUR_METHOD_APPOSED.search(text, max(tend, c.start - 120), c.start):
        return True  # "Our proposed method, Causal Feature Alignment (CFA), utilizes ...": named as the paper's method
    return c.confidence >= 0.8 and c.rule not in _CONTEXT_OWN and own_kind(text, tend, text[c.start : c.end]) is Role.PROPOSED


def resolve(
    text: str, found: list[Candidate], task_acronyms: AbstractSet[str] = frozenset(), catalogue: Catalogue | None = None,
    tend: int | None = None, sents: list[tuple[int, int]] | None = None, pool: Sequence[Candidate] = (),
) -> list[Candidate]:
    """Pick one role per name and drop contradicted or overlapping candidates; with the
    ``catalogue`` the matches of an acronym the text defines as something else go
    (:func:`kg.extract.redefined.redefined_acronyms`). ``tend``: where the title ends (read from
    the text when not given); ``sents``: the sentence spans (split when not given); ``pool``: the
    task phrases the task rules did not take (:func:`kg.extract.task_more.more_tasks` scores them)."""
    return run_steps([resolve_steps(text, found, task_acronyms, catalogue, tend, sents, pool)])[0]


def resolve_steps(
    text: str, found: list[Candidate], task_acronyms: AbstractSet[str] = frozenset(), catalogue: Catalogue | None = None,
    tend: int | None = None, sents: list[tuple[int, int]] | None = None, pool: Sequence[Candidate] = (),
) -> Generator[None, None, list[Candidate]]:
    """:func:`resolve` as a generator pausing before each trained model and after the last (the
    steps :func:`kg.extract.steps.run_steps` runs over a batch); it returns the resolved candidates."""
    tend = title_end(text) if tend is None else tend
    redefined = redefined_acronyms(text, found, catalogue) | inside_defined_names(text, found)
    found = [c for c in found if c.confidence >= MIN_CONFIDENCE and c.end > c.start
             and not (c.rule in CATALOGUE_RULES and (c.start, c.end) in redefined)]
    # "Asymmetric DQN for ...": the paper's variant of DQN. Made here, not by a component, as it reads
    # the catalogue matches that survive the filter above (no redefined acronym, no weak match).
    found = headed_own_acronyms(text, tend, found + modified_known(text, tend, found))  # and "(FAt) Transformer": own_headed
    tasks = [c for c in found if c.role is Role.TASK]
    urls = [c for c in found if c.role in (Role.CODE_URL, Role.OTHER_URL)]
    names = [c for c in found if c.role in _NAME_ROLES]

    tasks, task_keys = yield from _chosen_tasks(text, tend, tasks, names, pool)
    names = [
        c for c in names
        if ((key := norm(text[c.start : c.end])) not in task_acronyms or _own_despite_task(text, tend, c))
        and key not in task_keys
        and not (urls and any(u.start <= c.start and c.end <= u.end for u in urls))
    ]

    known = {norm(text[c.start : c.end]) for c in names if c.rule.startswith("catalogue") and c.role not in _OWN}
    variant_only = _variant_only(text, names)
    names += presented_sets(text, tend, names, known)  # "we construct two datasets named HHI and CoChair": own
    # "a new metric called X": the paper's own metric, which the gold lists under metrics.
    named = {norm(text[c.start : c.end]) for c in names if c.rule == "metrics:named"}
    best: dict[str, Candidate] = {}
    own: dict[str, Candidate] = {}
    used_as_data: set[str] = set()
    for c in names:
        key = norm(text[c.start : c.end])
        if (c.role in _OWN and c.confidence >= 0.8 and not (c.rule in _CONTEXT_OWN and key in known and key not in variant_only)
                and key not in named):
            # A weak own claim does not override the catalogue; nor does an own claim read from the
            # context alone ("our ResNet-50 encoder") when the catalogue knows the name.
            # Equal claims as method and as dataset: the method (papers name methods more often).
            if key not in own or (c.confidence, c.role is Role.PROPOSED) > (own[key].confidence, own[key].role is Role.PROPOSED):
                own[key] = c
        if c.role is Role.DATASET and c.rule in _DATA_USE:
            used_as_data.add(key)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    # A name the catalogue knows that the abstract introduces ("We present ARA*, an anytime ...")
    # is the paper's own: the introduction outranks the catalogue (kg.extract.proposed_roles).
    for key, c in introduced_known(text, tend, names, known - own.keys() - named, catalogue).items():
        own[key] = c
    for key, c in own.items():
        # A title-prefix name the abstract evaluates on ("Experiments on Paper2Video show") is data.
        if c.role is Role.PROPOSED and c.rule == "proposed:title-prefix" and key in used_as_data:
            own[key] = c._replace(role=Role.INTRODUCED_DATASET)
    role_of = {k: (own[k].role if k in own else Role.METRIC if k in named else c.role) for k, c in best.items()}
    _own_kinds(text, tend, own, best, role_of)
    valued = {norm(text[c.start : c.end]) for c in names if c.role is Role.METRIC and c.value}
    for key in used_as_data - valued - own.keys():
        if role_of.get(key) is Role.METRIC:
            role_of[key] = Role.DATASET  # "results on MMBench and EvalCrafter": evaluated on, not reported
    _known_methods_as_data(text, names, known - own.keys(), role_of)
    own_set_spellings(text, names, role_of)  # "NYT-H" of an introduced "NYTH"
    # variants of every name the paper ends up owning ("RAIS-SGD" of an acronym-presented RAIS)
    names += _own_variant_roles(text, [own.get(k, best[k]) for k, r in list(role_of.items()) if r is Role.PROPOSED], names, urls, known, role_of)
    names += _introduced_family(text, [own[k] for k in own if own[k].role is Role.INTRODUCED_DATASET], urls, known, role_of)

    # Overlapping spans: the longer one stands (then the more confident); same span, one record.
    names.sort(key=lambda c: (-(c.end - c.start), -c.confidence, c.start))
    kept: list[Candidate] = []
    taken = SpanIndex()  # (the kept spans: a text of thousands of names reads a window of them per name, not all)
    for c in names:
        start, end = c.start, c.end
        if not taken.overlapping(start, end):  # (else it overlaps a kept span)
            role = role_of[norm(text[start:end])]
            kept.append(c if c.role is role else c._replace(role=role))
            taken.add((start, end))
    kept, tasks = _settled(text, tend, sents, kept, tasks, urls, known, task_acronyms, task_keys)
    out = prior_demoted(text, tend, kept) + tasks + urls
    out.sort(key=lambda c: (c.start, c.end, c.role))  # (a Role is its value, a str: no enum lookup)
    return out


def _variant_only(text: str, names: list[Candidate]) -> set[str]:
    """Variants of a known name that the catalogue does not hold itself ("GBDT-SPARSE" of GBDT,
    "Blind RRT"): no known name to an own claim read from context ("the proposed GBDT-SPARSE
    achieves", "a new algorithm, Blind RRT,")."""
    variants = {norm(text[c.start : c.end]) for c in names if c.rule == "catalogue:variant"}
    return variants - {norm(text[c.start : c.end]) for c in names if c.rule.startswith("catalogue") and c.rule != "catalogue:variant"}


def _chosen_tasks(text: str, tend: int, tasks: list[Candidate], names: list[Candidate],
                  pool: Sequence[Candidate] = ()) -> Generator[None, None, tuple[list[Candidate], set[str]]]:
    """The tasks chosen (:func:`select_tasks`, then the model's title span, then the scored further
    tasks of the candidates not chosen and the ``pool``) and the words of every task chosen before or
    after the models: a model's span is never a name another role holds (a task would take the
    name's place), and a rule's task it replaces still keeps its phrase from the names ("Domain
    Generalization"). A generator (a step of :func:`resolve_steps` ends before each model)."""
    offered = _tasks_not_names(text, tasks, names)
    tasks = select_tasks(text, offered)
    task_keys = {norm(text[c.start : c.end]) for c in tasks}
    name_keys = {name_key(text[c.start : c.end]) for c in names}  # (the models' key: title_clause.name_key)
    yield  # (a step ends before each model: kg.extract.steps.run_steps)
    tasks = revise_title_tasks(text, tend, tasks, name_keys)
    yield
    if len(tasks) < MAX_TASKS:
        tasks = more_tasks(text, tend, tasks, [c for c in offered if c not in tasks] + list(pool), name_keys)
    yield
    return tasks, task_keys | {norm(text[c.start : c.end]) for c in tasks}


def _settled(text: str, tend: int, sents: list[tuple[int, int]] | None, kept: list[Candidate], tasks: list[Candidate],
             urls: list[Candidate], known: set[str], task_acronyms: AbstractSet[str], task_keys: set[str]) -> tuple[list[Candidate], list[Candidate]]:
    """``kept`` and ``tasks`` once each paper has what it can: the fallback's own name where no rule
    found one (:func:`_with_fallback`), no title span spelling an own acronym's long form, and the
    fallback's dataset where no rule found one (:func:`kg.extract.dataset_fallback.fallback_sets`); the
    chosen tasks a learned score puts well below the gold's (:func:`kg.extract.task_reject.reject_tasks`)
    are dropped ("pick and place" after "operations, such as")."""
    if not any(c.role in _OWN for c in kept):
        kept, tasks = _with_fallback(text, tend, sents, kept, tasks, known, set(task_acronyms), task_keys)
    tasks = _spans_not_own_long_forms(text, tend, kept, without_quality_leads(text, tasks))
    if not any(c.role in _DATA_ROLES for c in kept):
        kept = kept + fallback_sets(text, tend, kept + tasks + urls, task_acronyms)
    return kept, reject_tasks(text, tend, tasks)  # (a learned veto over the chosen tasks: kg.extract.task_reject)


def _spans_not_own_long_forms(text: str, tend: int, kept: list[Candidate], tasks: list[Candidate]) -> list[Candidate]:
    """``tasks`` less those that spell the long form of an own acronym: the model's title spans
    ("Gradient Trace Estimation: ..." over "this paper proposes Gradient Trace Estimation (GTE)") and
    the title's phrases ("Foolproof Cooperative Learning" over "We introduce Foolproof Cooperative
    Learning (FCL), an algorithm that ..."): the words name the paper's method, as
    :func:`_tasks_not_names` decides for the abstract's. A task is read by the name it is given
    ("adversarial training" from "Data-Adaptive Adversarial Training" stays). A long form any
    definition calls a problem, a task or a kind of thing stays a task (:data:`_FIELD_DEFINED`), and a
    title's own definition removes only the model's span ("Multi Robot Route Planning (MRRP): ..."
    may name the task the paper's method is named after)."""
    owns = {norm(text[c.start : c.end]) for c in kept if c.role in _OWN}
    if not owns or not tasks:
        return tasks
    longs: set[str] = set()
    titled: set[str] = set()
    fields: set[str] = set()
    for d in find_definitions(text):
        key = norm(text[d.long_start : d.long_end])
        if _FIELD_DEFINED.match(text, d.short_end):
            fields.add(key)
        elif norm(text[d.short_start : d.short_end]) in owns:
            (longs if d.short_start > tend else titled).add(key)
    longs -= fields
    titled -= fields
    if not longs and not titled:
        return tasks
    return [t for t in tasks if (key := norm(t.canonical or text[t.start : t.end])) not in longs
            and not (t.rule == TITLE_SPAN_RULE and key in titled)]


# After a definition's acronym, what makes its long form a field, not the paper's name: the text
# calls it a problem or task ("human language modeling (HuLM), a hierarchical extension to the
# language modeling problem"; "the Projective Structure from Motion (PSfM) problem"), a plural kind
# ("fault detection and isolation (FDI) methods"), or names the paper's own one apart ("a novel
# Collective Robotic Construction (CRC) system named RECCraft").
_FIELD_DEFINED: Final = re.compile(
    r"\s*\)?(?:[^.;()]{0,80}?\b(?:problem|task)s?\b|\s*(?:methods|approaches|algorithms|techniques|systems|models)\b"
    r"|\s*\w+\s+(?:named|called|dubbed|termed)\b)"
)


def _with_fallback(text: str, tend: int, sents: list[tuple[int, int]] | None, kept: list[Candidate], tasks: list[Candidate],
                   known: set[str], task_acronyms: set[str], task_keys: set[str]) -> tuple[list[Candidate], list[Candidate]]:
    """``kept`` and ``tasks`` with the own name :func:`fallback_proposed` reads in a paper that has
    none: every candidate with its words takes the proposed role, and a task naming them (or the
    long form of the acronym found) goes."""
    c = fallback_proposed(text, tend, split_sentences(text) if sents is None else sents, known | task_acronyms, task_keys, task_acronyms - known)
    if c is None:
        return kept, tasks
    key = norm(text[c.start : c.end])
    kept = [k if norm(text[k.start : k.end]) != key else k._replace(role=Role.PROPOSED)
            for k in kept if not (k.start < c.end and c.start < k.end)]
    kept.append(c)
    long_end = text.rfind("(", 0, c.start)  # the long form of an acronym ends at its bracket
    tasks = [t for t in tasks if norm(text[t.start : t.end]) != key and not (t.start < c.end and c.start < t.end)
             and not (c.rule == "proposed:fallback-acronym" and t.end <= long_end and text[t.end : long_end].strip() == "")]
    return kept, tasks


def to_mentions(text: str, tend: int, sents: list[tuple[int, int]], found: list[Candidate]) -> list[Mention]:
    """Mentions with field-relative offsets and the sentence."""
    out = []
    sentence_of: dict[tuple[int, int], str] = {}  # most sentences hold several mentions
    for c in found:
        span = sentence_at(sents, c.start)
        sentence = sentence_of.get(span)
        if sentence is None:
            sentence = sentence_of[span] = text[span[0] : span[1]].strip()
        if c.start < tend:
            field, start, end = "title", c.start, c.end
        else:
            offset = tend + 2
            field, start, end = "abstract", c.start - offset, c.end - offset
        surface = text[c.start : c.end]
        canonical = c.canonical
        if c.role is Role.TASK and canonical is None and surface != surface.lower():
            # Tasks are lower-case noun phrases (the guidelines); the text keeps the evidence's case.
            canonical = " ".join(surface.lower().split())
        out.append(Mention(c.role, surface, field, start, end, sentence, c.rule, _confidence(c.confidence), canonical, c.value))
    return out


_ROUNDED: dict[float, float] = {}


def _confidence(raw: float) -> float:
    """A candidate's confidence as a mention holds it: within [0, 1], to three places (the rules
    use a few dozen values, so each is worked out once)."""
    got = _ROUNDED.get(raw)
    if got is None:
        got = round(min(1.0, max(0.0, raw)), 3)
        if len(_ROUNDED) < 4096:
            _ROUNDED[raw] = got
    return got


def revise(text: str, tend: int, found: list[Candidate], title_tasks: list[tuple[int, int]]) -> list[Candidate]:
    """Metric candidates with their values, without the tasks of other components (the
    catalogue's) that lie inside one of the title's task phrases (``title_tasks``)."""
    return [
        c for c in extend_qualifiers(text, attach_values(text, found))
        if not (c.role is Role.TASK and c.start < tend and not c.rule.startswith("tasks:")
                and any(s <= c.start and c.end <= e for s, e in title_tasks))
    ]


@Language.factory(
    "kg_resolve",
    requires=["doc._.kg_sents", "doc._.kg_candidates", "doc._.kg_task_acronyms", "doc._.kg_title_tasks"],
    assigns=["doc._.kg_mentions"],
)
def resolve_component(nlp: Language, name: str):
    """Revises and resolves the candidates into mentions (the candidates themselves stay as found)."""
    # The pipeline's catalogue (validated and cached when kg_catalogue was built): its entries'
    # long forms tell an acronym's catalogue sense from the one the abstract defines.
    catalogue = pipeline_catalogue(nlp)

    def steps(doc: Doc):
        st = state(doc)
        candidates = st.candidates
        low = lower_same_length(st.text)
        if low is not None:  # a catalogue task takes the modifiers the text keeps writing before it
            candidates = widened_catalogue_tasks(st.text, candidates, low)
        found = revise(st.text, st.title_end, candidates, st.title_tasks)
        return resolve_steps(st.text, found, st.task_acronyms, catalogue, st.title_end, st.sents, st.task_pool)

    def batch(docs: list[Doc]) -> list[Doc]:
        for doc, kept in zip(docs, run_steps([steps(doc) for doc in docs])):
            st = state(doc)
            st.mentions = to_mentions(st.text, st.title_end, st.sents, kept)  # type: ignore[arg-type]
        return docs

    return BatchComponent(batch)


"""The paper's own method where no rule found one: a fallback read once per paper.

The own-name rules of :mod:`kg.extract.proposed` each need a name-shaped span in a strong frame;
about one paper in six that has a proposed method in the gold gets none from them (read sets, v55).
Where the resolver kept no own name for a paper (:func:`kg.extract.resolve.resolve`), the gates that
stopped the closest rule are relaxed here, and one name at most is taken, the first that fits of:

- ``fallback-acronym``: an acronym the paper defines for the object of its own proposal verb,
  whatever the case of its long form ("we propose *diffusion steering via reinforcement learning*
  (DSRL):", "we present an exploring/exploiting tree (EET) planner", also after the kind noun of the
  object, "we present the method of ... (STG-NCDE)", "a framework for ... (DRIFT)": the acronym stands as its
  phrase's head or before a method noun, not before another noun, "(UAV) carrying"), or for the
  subject of a passive one ("a high-capacity linear gravity compensator (LGC), which ..., is
  developed"; not "was recently proposed"). Not a measure ("the local calibration error (LCE)"), not
  an acronym the catalogue knows or the text defines for a task, nor one after a preposition or a
  verb ("a new paradigm ... using Vector Symbolic Architectures (VSA)", "a new approach to the
  problem of ... (POMDP)"): those are things the paper works with. A task-shaped long form or a
  chosen task passes where an apposition calls the name a method ("this paper proposes Discriminative Optimization (DO), a
  method that ...": the proposal frame outranks the title's task reading), or where the acronym is the
  verb's direct object and stands alone or is coined ("we propose the adaptive class preserving
  representation for classification (ACPRC)", "the Clipped Second Moment Tracking (ClipSMT)
  algorithm"; not "a novel Multi-Task Learning (MTL) method"). The verbs are the proposal verbs, "we
  describe", and one after "and" (then, thus) in a sentence led by "we" ("We constrain ... and propose the ...
  (GPOO) algorithm"; "we propose and analyze the ..."); a title-case long form the letter scan cuts
  short is read from the object's first word ("Inter-modal Alignment on Intra-modal Self-attentions
  (IAIS)"); a kind noun may end in a colon, "called:" or "which we named the" before it (a naming
  verb there counts as the direct object), or stand straight before the acronym no long form spells
  ("we present an asynchronous method (AsyPFL)"). Not where the words between the
  verb and the long form, or an apposition after the acronym, name a task, problem or measure ("a new
  CL problem formulation, ...", "(MRP) as an intermediate task", "(AAA), which is a summary measure");
- ``fallback-named``: the words after a naming verb in a sentence where the paper presents a new
  thing, whatever their case or head ("a novel method, named clipped Advantage Learning (clipped
  AL)", "a new architecture, that we call a perceptual discriminator", "which we dub Shape-Guided
  Diffusion": the strong naming rule wants a name-shaped span and no task head); not a problem,
  measure or bias ("termed the pebble motion problem"), not another's name ("often called Ridge
  regression", "our previous study developed ... called X"), not a name cut before its end ("named
  Partial Identification with Proxy of ...");
- ``fallback-our``: a coined name in apposition to the paper's own kind of thing ("Our approach for
  intent-aware planning, iPLAN, allows ...", "our improved version, IAEC,");
- ``fallback-title-prefix``: two or three capitalised plain words before a title's colon and
  "A/An ... <system noun>" ("Texture Mixer: A Network for ...", "Tag Map: A Text-Based Map for
  ...": the strong title rule needs a name-shaped word);
- ``fallback-title-coined``: a coined name leading the title before a colon or "for/with/via"
  ("DeepFlux for Skeletons in the Wild", "Multi-Content GAN for ...", "Re-Sign: Re-Aligned ...":
  the title rules want the abstract to present it). Before a colon, a word with an inner capital
  and lower case, letters and digits, or capitalised parts joined by a hyphen that make no English
  compound ("Large-Scale"); before a link, where hyphened compounds mostly name topics ("Sim-to-Real
  for"), a CamelCase last word or a compound before a model family ("... GAN"). Not a bare acronym
  ("SLAM via ..."), a known thing's kind ("Conditional StyleGAN for" over "the StyleGAN
  architecture"), a name the catalogue knows, nor one the title or abstract calls a task, problem,
  metric or data ("n-MeRCI: A new Metric ...", "the X problem", "on the X dataset");
- ``fallback-title-only``: a system the title alone names, before its colon or ending it after
  "with / using / via", over an abstract that presents its system unnamed ("Deep Photo Enhancer:
  ..." over "This paper proposes an unpaired learning method"): :mod:`kg.extract.proposed_title_only`;
- ``fallback-cued-modified``: modifiers and a known name right after an own naming cue ("a solution
  called weighted permission Shapley value", "we introduce the model-free ProMPs"; not "the proposed X"):
  :mod:`kg.extract.proposed_cued_modified`.

The name found takes the proposed role for every candidate with the same words, and a task with
them (or with the acronym's long form) goes.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

import re

from ..model import Role
from .doc import Candidate
from .literals import word_spans
from .long_forms import long_form_start
from .proposed_names import _METHOD_NOUNS, _PROPOSAL_VERB
from .proposed_cued_modified import cued_modified_known
from .proposed_title_only import TOPIC_OPENERS as _TOPIC_OPENERS, title_only_system
from .sentences import sentence_at
from .shapes import (
    FIELD_ACRONYMS, LM_FAMILY_ACRONYMS, NAMING_VERBS, STOP_NAMES, SYSTEM_NOUNS, TASK_HEADS, is_name_like, norm, with_plurals,
)

__all__ = ["NEW_THING", "fallback_proposed"]

_FAMILIES: Final = with_plurals(LM_FAMILY_ACRONYMS) | FIELD_ACRONYMS
# "(cGPRT)", "(STG-NCDE)": a bracketed acronym (two capitals or more, checked apart).
_BRACKETED_ACRONYM: Final = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-]*)\s*\)")
# The verbs a passive proposal ends in (a text without any of them has no match, and most have
# none: a literal test first).
_PASSIVE_VERBS: Final = ("proposed", "presented", "introduced", "developed")
# ("was recently proposed", "widely developed": someone else's)
# ("\b(?:is|are|was|were)" and "\b[Oo]ur" below led by their first letters, which the engine skips
# to in C: a pattern led by "\b" is tried at every character, at about twice the cost)
_PASSIVE_PROPOSAL: Final = re.compile(r"[iaw](?<!\w[iaw])(?:(?<=i)s|(?<=a)re|(?<=w)(?:as|ere))\s+(?:(?!recently|previously|originally|widely|commonly)\w+ly\s+)?"
                               r"(?:" + "|".join(_PASSIVE_VERBS) + r")\b")
_PLURAL: Final = re.compile(r".*[A-Z]s$")
# The acronym stands as the head of its phrase: a clause boundary or a link word follows it, not a
# noun it qualifies ("(UAV) carrying", "(SDP) relaxation", "(LTL)-based").
_STANDS: Final = re.compile(r"\s*[,.;:]|\s+(?:which|that|to|for|and|as|in|with|on|by|can|achieves|outperforms)\b"
                     r"|\s+(?:" + "|".join(sorted(_METHOD_NOUNS - {"device", "interface", "system", "representation"})) + r")\b")
# Between the verb and the long form: an article and at most three modifiers ("we propose a novel
# Kinematic and Visual Relation Attention (KV-Relation-ATT)"), no preposition, link or verb.
_OBJECT_GAP: Final = re.compile(
    r"(?:\s+and\s+[a-z]+(?=\s+(?:an?|the)\s))?"  # "we propose and analyze the ..."
    r"\s*(?:(?:an?|the)\s+)?(?:(?!(?:of|for|to|from|with|using|by|that|which|as|and|or|on|upon|in|into|via|between|based|such)\b)"
    r"[\w\-]+\s+){0,3}[*\"\u201c]?"
)
# "we present the method of spatio-temporal ... (STG-NCDE)", "proposing a framework for distributional
# regression using ... (DRIFT)", "We propose a novel type of approximation, Spectral relaxation to ...
# (SQP)": the kind noun of the object, then the long form (after "of", "for" or a comma).
_KIND_GAP: Final = re.compile(
    r"\s*(?:an?|the)\s+(?:novel\s+|new\s+)?(?:[\w\-]+,?\s+){0,4}?(?:" + "|".join(sorted(_METHOD_NOUNS)) + r"|type|kind|class)"
    r"(?:\s+of|\s+for|\s*[,:]|,?\s+(?:(?:which|that)\s+we\s+)?(?:called|named|dubbed|termed|call|name|dub|term):?(?:\s+(?:an?|the))?)\s+"
)
# "we present an asynchronous method (AsyPFL)": the acronym straight after the object's kind noun,
# where no long form spells it.
_KIND_THEN_ACRONYM: Final = re.compile(
    r"\s*(?:an?|the)\s+(?:novel\s+|new\s+)?(?:[\w\-]+\s+){0,3}?(?:" + "|".join(sorted(_METHOD_NOUNS)) + r")\s*"
)
# "we describe a novel ... model (BRAMP)", "We constrain ... and propose the ... (GPOO) algorithm": the
# presenting verbs the strong rules leave out ("describe" also reports others' work there), and a
# proposal verb after "and" in a sentence whose subject is "we" (checked apart).
_MORE_VERBS: Final = re.compile(r"[Wwa](?<!\w[Wwa])(?:(?<=[Ww])e\s+(?:\w+ly\s+|also\s+|here\s+)?describe"
                         r"|(?<=a)nd\s+(?:then\s+|also\s+|further\s+|thus\s+|hence\s+|therefore\s+)?(?:propose|present|introduce|develop|design|devise|describe))s?\b")
_WE: Final = re.compile(r"\b[Ww]e\b")
# The direct object's modifiers name no task or data the paper sets ("we introduce the new task ...").
_ALONE: Final = re.compile(r"\s*[,.;:]|\s+(?:which|that|to|for|as|in|with|on|by|can|achieves|outperforms)\b")
_NAMING_GAP: Final = re.compile(r"\b(?:called|named|dubbed|termed|we (?:call|name|dub|term))\b")
_CAPITAL: Final = re.compile(r"(?<![\w\-])[A-Z]")
_LINK_WORDS: Final = frozenset({"of", "on", "for", "and", "with", "in", "to", "the", "via", "by", "from"})
_NOT_METHOD_GAP: Final = re.compile(r"\b(?:task|problem|setting|benchmark|challenge|dataset|corpus|metric|measure|score)s?\b")
# A passive proposal's subject opens the sentence ("In this paper, a ... (ACR) ... is proposed").
_LEAD: Final = re.compile(r"\s*(?:(?:In this|In the present|Here)(?: paper| work| study| article)?,?\s*)?")
# ", a metric that", ", a new benchmark": an apposition that calls the name no method.
_NOT_METHOD: Final = re.compile(
    r"(?:\s*,\s*(?:which\s+is\s+)?|\s+as\s+)(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:metric|measure|score|benchmark|dataset|corpus|problem|task|setting)s?\b"
)
_METHOD_APPOSED: Final = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:" + "|".join(sorted(_METHOD_NOUNS)) + r")\b")
# "called X", "which we dub X", "that we call a X": one to four words up to a clause boundary.
_NAME_WORD: Final = r"[A-Za-z][\w\-]*[A-Za-z0-9]"
# ("(?<![\w\-])(?:called|named|dubbed|termed|coined|we ...)" led by the words' first letters, the
# lookbehind after them: the scan skips in C to those letters, where a pattern led by a lookbehind is
# tried at every character)
_NAMED: Final = re.compile(
    r"[cndtw](?<![\w\-][cndtw])(?:(?<=c)(?:alled|oined)|(?<=n)amed|(?<=d)ubbed|(?<=t)ermed|(?<=w)e (?:call|dub|name|term)(?: it| them)?)\s+(?:an?\s+|the\s+)?[\"\u201c*]?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}?)[\"\u201d*]?"
    r"(?=\s*[,.;:(]|\s+(?:that|which|to|for|with|in|on|is|and|as|by|based)\b)"
)
# (a literal each :data:`_NAMED` match holds: a text without any has none)
_NAMING_WORDS: Final = NAMING_VERBS + ("we call", "we dub", "we name", "we term")
# "novel", "new", "our": the sentence presents something new (the resolver reads it too)
NEW_THING: Final = re.compile(r"\b(?:[Nn]ovel|[Nn]ew|[Oo]ur)\b")
# "a phenomenon we call ...", "a problem called ...": the paper names no method.
_NOT_METHOD_BEFORE: Final = re.compile(
    r"\b(?:so-called|so called|problem|task|phenomenon|setting|effect|property|issue|metric|measure|score|dataset|benchmark"
    r"|corpus)s?\W*\s*(?:,\s*)?(?:which\s+|that\s+)?(?:we\s+)?\Z"
)
_NOT_METHOD_HEADS: Final = frozenset({"problem", "problems", "task", "tasks", "domain", "setting", "phenomenon", "effect", "bias",
                               "metric", "measure", "score", "error", "property", "convexity"})
# "often called Ridge regression", "our previous study developed ... called X": someone else's name.
_PREVIOUS: Final = re.compile(r"\b(?:[Pp]revious|[Pp]rior|[Ee]arlier|[Oo]riginal)\b|\b(?:often|commonly|usually|sometimes|also)\s+\Z")
# "named Partial Identification with Proxy of ...", "called the X Matching based Video ... Network": the
# name runs on past the link word; "which we call X (ACR) problem", "dual rotating infrared (DRIr)
# sensor": the name has a head after its acronym.
_RUNS_ON: Final = re.compile(
    r"\s+(?:with|of|for|based|on)\s+\w|\s+based\b"
    r"|\s*\([^()]{1,30}\)\s+(?!(?:to|that|which|for|and|is|are|was|with|in|on|as|by|can|has)\b)[a-z]+(?<!ing)\b"
)
_KIND_ALT: Final = "|".join(sorted(_METHOD_NOUNS))
# (led by the literal "ur", which the engine finds in C, where "[Oo]" stopped it at every "o"; a match
# so starts one character after its "Our": read from one past the title's end, see _our_apposed)
_OUR_APPOSED: Final = re.compile(
    rf"ur(?<=[Oo]ur)(?<!\w[Oo]ur)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_KIND_ALT}|version|variant)(?:\s+(?:for|of|to|on|in)\s+[^,.;()]{{1,50}}?)?,\s+"
    r"(?P<name>[A-Za-z][\w\-+]*[\w+]),"
)
# "Texture Mixer: A Network for ...": two or three capitalised plain words, a colon, "A/An", up to
# four words, and a head noun: a system noun, or the name's own last word ("Tag Map: A ... Map").
_TITLE_PREFIX: Final = re.compile(
    r"\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s*:\s+An?\s+(?:[\w\-]+\s+){0,4}?(?P<head>[A-Za-z]+)"
    r"(?=\s+(?:for|of|to|with|that|based|via|in|on)\b|\s*\Z)"
)
_PREFIX_HEADS: Final = SYSTEM_NOUNS | {"tool", "toolkit", "library", "agent", "platform", "language", "engine"}


def fallback_proposed(text: str, tend: int, sents: list[tuple[int, int]], others: set[str],
                      task_keys: set[str], task_acronyms: AbstractSet[str] = frozenset()) -> Candidate | None:
    """The paper's own method read with relaxed gates (see the module doc), or None. ``others``: the
    names (normalized) that are not the paper's (the catalogue's, the task acronyms); ``task_keys``:
    the tasks chosen, which a proposal frame calling the name a method outranks, as the direct object
    of a proposal verb outranks ``task_acronyms`` (the acronyms of ``others`` defined for a task)."""
    return (_proposal_acronym(text, tend, sents, others - task_acronyms, task_keys | task_acronyms) or _named(text, tend, sents, others)
            or _our_apposed(text, tend, others) or _title_prefix(text, tend)
            or _title_coined(text, tend, others | task_keys) or title_only_system(text, tend, others | task_keys)
            or cued_modified_known(text, tend, others, sents))


def _proposal_acronym(text: str, tend: int, sents: list[tuple[int, int]], others: set[str],
                      task_keys: set[str]) -> Candidate | None:
    """The first acronym defined for the object of a proposal verb or the subject of a passive one."""
    if text.find("(", tend) < 0:
        return None  # (no bracket, no acronym defined: most abstracts)
    for m in sorted([*_PROPOSAL_VERB.finditer(text, tend), *_MORE_VERBS.finditer(text, tend)], key=lambda m: m.start()):
        s0, s1 = sentence_at(sents, m.start())
        if text[m.start()] == "a" and not _WE.search(text, s0, m.start()):
            continue  # "... and propose": only where "we" leads the sentence
        for a in _BRACKETED_ACRONYM.finditer(text, m.end(), s1):
            if (c := _acronym(text, a, m.end(), others, task_keys)) is not None:
                return c
    for m in _PASSIVE_PROPOSAL.finditer(text, tend) if any(map(text.__contains__, _PASSIVE_VERBS)) else ():
        s0 = max(sentence_at(sents, m.start())[0], tend)
        lead = _LEAD.match(text, s0)
        if lead and (bracketed := _BRACKETED_ACRONYM.search(text, lead.end(), m.start())):
            if (c := _acronym(text, bracketed, lead.end(), others, task_keys, passive=True)) is not None:
                return c
    return None


def _acronym(text: str, a: re.Match, lo: int, others: set[str], task_keys: set[str], passive: bool = False) -> Candidate | None:
    """The acronym in bracket ``a`` when its long form starts the phrase at ``lo`` (see the module doc)."""
    short = a.group(1)
    if (sum(ch.isupper() for ch in short) < 2 or short.lower() in _FAMILIES or norm(short) in others
            or _PLURAL.match(short)):
        return None  # "(MAVs)", "(KGs)": a kind of thing, not one method
    if not _STANDS.match(text, a.end()) or _NOT_METHOD.match(text, a.end()):
        return None
    start = long_form_start(short, text, a.start())
    if (start is None or start < lo) and _KIND_THEN_ACRONYM.fullmatch(text, lo, a.start()) and not _NOT_METHOD_GAP.search(text, lo, a.start()):
        return Candidate(Role.PROPOSED, a.start(1), a.end(1), "proposed:fallback-acronym", 0.8)
    if start is not None and start > lo and not (_OBJECT_GAP.fullmatch(text, lo, start) or _KIND_GAP.fullmatch(text, lo, start)):
        start = _object_start(short, text, lo, start, a.start())
    if start is None or start < lo or not ((direct := _OBJECT_GAP.fullmatch(text, lo, start)) or _KIND_GAP.fullmatch(text, lo, start)):
        return None
    if _NOT_METHOD_GAP.search(text, lo, start):
        return None  # "we propose a new CL problem formulation dubbed ... (CMR)": no method
    long_key = norm(text[start : a.start()])
    if long_key in others or long_key.split()[-1] in _NOT_METHOD_HEADS:
        return None  # "the local calibration error (LCE)": a measure
    # "we propose the adaptive class preserving representation for classification (ACPRC)": the name
    # the verb's direct object defines is the paper's, whatever its words look like.
    # Before a method noun, only a coined acronym, four characters with lower case ("(ClipSMT)
    # algorithm"; not "a novel Multi-Task Learning (MTL) method", "a modified differential Structure
    # from Motion (SfM) algorithm": the field's short form qualifies the method).
    coined = len(short) >= 4 and not short.isupper()
    # ("a novel DEC model, which we named the deep embedded ... learning (DECCRL)": a naming verb is
    # as strong)
    direct = direct or _NAMING_GAP.search(text, lo, start)
    if not (_METHOD_APPOSED.match(text, a.end()) or direct and not passive and (_ALONE.match(text, a.end()) or coined)) and (
            long_key in task_keys or norm(short) in task_keys or long_key.split()[-1].rstrip("s") in TASK_HEADS):
        return None  # "a new approach for head pose estimation (HPE)": a task the paper works on
    return Candidate(Role.PROPOSED, a.start(1), a.end(1), "proposed:fallback-acronym", 0.8)


def _object_start(short: str, text: str, lo: int, start: int, end: int) -> int | None:
    """The first word after the verb's article and modifiers from which the initials of the words
    (hyphened parts apart) spell ``short`` in order: "Inter-modal Alignment on Intra-modal
    Self-attentions (IAIS)", where the letter scan stops at "Intra-modal Self-attentions"."""
    letters = [ch for ch in short.lower() if ch.isalpha()]
    for cap in _CAPITAL.finditer(text, lo, start):
        at = cap.start()
        if cap.group().lower() != letters[0] or not _OBJECT_GAP.fullmatch(text, lo, at):
            continue
        words = text[at:end].split()
        # a title-case name: every word capitalised but the link words ("on", "of", "for")
        if len(words) > 2 * len(letters) or any(not w[0].isupper() and w not in _LINK_WORDS for w in words):
            return None
        initials = iter(p[0].lower() for p in re.split(r"[\s\-]+", text[at:end].strip()) if p)
        if all(ch in initials for ch in letters):
            return at
        return None
    return None


def _named(text: str, tend: int, sents: list[tuple[int, int]], others: set[str]) -> Candidate | None:
    """The first phrase a naming verb gives a new thing the paper presents."""
    if not any(w in text for w in _NAMING_WORDS):
        return None
    for m in _NAMED.finditer(text, tend):
        s0 = max(sentence_at(sents, m.start())[0], tend)
        before = text[s0 : m.start()]
        if not (_PROPOSAL_VERB.search(before) or NEW_THING.search(before)) or _NOT_METHOD_BEFORE.search(before):
            continue
        phrase = m.group("name")
        words = phrase.lower().split()
        if (norm(phrase) in others or words[0] in STOP_NAMES or words[-1] in STOP_NAMES
                or (len(words) == 1 and phrase.islower()) or text.startswith("named entit", m.start())
                or words[-1] in _NOT_METHOD_HEADS or text.startswith("(cid", m.end("name")) or _PREVIOUS.search(before)
                or _RUNS_ON.match(text, m.end("name"))):
            continue  # "called mainstream", "named entity recognition", "termed the pebble motion problem"
        return Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:fallback-named", 0.8)
    return None


def _our_apposed(text: str, tend: int, others: set[str]) -> Candidate | None:
    """"Our approach for intent-aware planning, iPLAN, allows ...", "our improved version, IAEC,": a
    coined name in apposition to the paper's own kind of thing."""
    if "our" not in text and "Our" not in text:
        return None
    for m in _OUR_APPOSED.finditer(text, tend + 1):  # ("Our" from ``tend``: its "ur" from one past it)
        name = m.group("name")
        if is_name_like(name) and norm(name) not in others and name.lower() not in _FAMILIES:
            return Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:fallback-our", 0.8)
    return None


def _title_prefix(text: str, tend: int) -> Candidate | None:
    """"Texture Mixer: A Network for ...": the words before the colon."""
    m = _TITLE_PREFIX.match(text, 0, tend)
    if not m:
        return None
    words = m.group("name").lower().split()
    head = m.group("head").lower()
    if (any(w in STOP_NAMES or w in _TOPIC_OPENERS for w in words) or words[-1].rstrip("s") in TASK_HEADS
            or words[0].endswith("ing")):
        return None
    if head.rstrip("s") not in _PREFIX_HEADS and head != words[-1]:
        return None
    return Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:fallback-title-prefix", 0.8)


_TITLE_WORD: Final = r"[A-Za-z0-9][\w\-+]*[\w+]"
# "DeepFlux for ...", "Multi-Content GAN for ...", "Re-Sign: ...": one or two words before a colon or a link.
_COINED_TITLE: Final = re.compile(rf"\s*(?P<name>{_TITLE_WORD}(?:\s+{_TITLE_WORD})?)(?P<sep>\s*:\s+|\s+(?:for|with|via)\s+)\S")
_CAPS_COMPOUND: Final = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
# The parts of title-case English compounds ("Large-Scale", "Self-Supervised", "Zero-Shot", "Multi-Agent").
_ENGLISH_PART: Final = re.compile(
    r"(?:ed|ing|ive|ble|ful|less|ous|wise|like|ness|ity|ation|ision|age|ance|ence)$"
    r"|^(?:scale|level|based|aware|free|shot|time|world|end|order|stage|step|view|modal|domain|task|agent|source|grained"
    r"|term|class|label|object|image|resolution|dimensional|variate|lingual|language|hop|layer|head"
    r"|rank|round|party|sample|state|point|fidelity|quality|speed|way|tuning|training)$"
)
_CAMEL: Final = re.compile(r"[a-z][A-Z]")
_FAMILY_END: Final = re.compile(r"(?:GAN|Net|Nets|Former|LSTM|RNN|CNN|VAE|DETR)$")
_NOT_METHOD_TITLE: Final = re.compile(r"\b(?:metric|measure|benchmark|dataset|corpus|task|challenge)s?\b", re.IGNORECASE)
_NEW_NON_METHOD: Final = re.compile(r"\b(?:new|novel)\s+(?:[\w\-]+\s+){0,2}(?:metric|measure|benchmark|dataset|corpus|task|problem)s?\b",
                             re.IGNORECASE)
# A plain capitalised modifier ("Online", "Conditional", "Adaptive", "Interpolated").
_ADJECTIVE: Final = re.compile(r"[A-Z][a-z]+(?:ed|al|ive|ine)")
# "on the X dataset", "the X problem": the name is data or a problem the paper works on.
_AS_DATA: Final = re.compile(r"\s+(?:dataset|data set|benchmark|corpus|database|challenge|problem|task|setting)s?\b", re.IGNORECASE)


def _title_coined(text: str, tend: int, others: set[str]) -> Candidate | None:
    """"DeepFlux for Skeletons in the Wild": a coined name leading the title (see the module doc)."""
    m = _COINED_TITLE.match(text, 0, tend)
    if not m or not any(c.islower() for c in text[:tend]):
        return None  # (a title in capitals shows no name by its shape)
    name = m.group("name")
    words = name.split()
    last = words[-1]
    if any(w.lower() in STOP_NAMES or w.lower() in _TOPIC_OPENERS or not w[0].isupper() and not is_name_like(w) for w in words):
        return None
    if len(words) == 2 and (not words[0][0].isupper() or words[0].endswith("ing")
                            or _ADJECTIVE.fullmatch(words[0]) and _bare_in(text, tend, words)):
        return None  # "Introducing X:"; "Conditional StyleGAN for" over "the recently introduced StyleGAN": a known thing's kind
    # Before a colon, a coined word among them ("Re-Sign:", "X3D:"); before a link, where hyphened
    # title-case compounds mostly name topics ("Sim-to-Real for", "Depth Self-Supervision for"), a
    # CamelCase word ("DeepFlux for", "Double-Prong ConvLSTM for") or a compound before a model
    # family ("Multi-Content GAN for").
    if ":" in m.group("sep"):
        if not any(_coined_word(w) for w in words) or not (is_name_like(last) or _coined_word(last)):
            return None
    elif not (_CAMEL.search(last) or len(words) == 2 and _CAPS_COMPOUND.fullmatch(words[0]) and _FAMILY_END.search(last)):
        return None
    if _PLURAL.match(last) or last.lower() in _FAMILIES:
        return None
    if _NOT_METHOD_TITLE.search(text, m.end("sep"), tend) or _NEW_NON_METHOD.search(text, tend):
        return None  # "n-MeRCI: A new Metric to ...", "we propose a new task ... TVShowGuess"
    if any(p.isupper() and len(p) > 2 and f"({p})" in text for p in re.split(r"[\s\-]", name)):
        return None  # "s-SBIR" over "Sketch-based image retrieval (SBIR)": a variant of a task
    if norm(name) in others or any(_AS_DATA.match(text, u.end()) for u in re.finditer(re.escape(name), text)):
        return None
    return Candidate(Role.PROPOSED, m.start("name"), m.end("name"), "proposed:fallback-title-coined", 0.8)


def _bare_in(text: str, tend: int, words: list[str]) -> bool:
    """Does the abstract write the name's last word without its first ("StyleGAN" under "Conditional StyleGAN")?"""
    abstract, first = text[tend:], words[0].lower()
    return any(abstract[max(0, a - len(first) - 1) : a].strip().lower() != first for a, _ in word_spans(abstract, words[1]))


def _coined_word(w: str) -> bool:
    """An inner capital with lower case ("DeepFlux", "U-Net"), letters and digits ("X3D"), or
    capitalised parts joined by a hyphen that make no English compound ("Re-Sign", not "Large-Scale")."""
    if is_name_like(w) and (not w.isupper() or any(c.isdigit() for c in w)):
        return True
    return _CAPS_COMPOUND.fullmatch(w) is not None and not any(_ENGLISH_PART.search(p.lower()) for p in w.split("-")[1:])

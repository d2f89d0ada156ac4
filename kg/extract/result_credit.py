"""Who a result credits: the named method the sentence makes its subject, the paper's own method
when the sentence speaks of it ("we", "our model") or reports its own numbers, or nobody (others'
work, a baseline's value); the baseline a comparison names; the paper's own method's name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..model import Mention, Role, normalize_name
from .literals import word_then
from .result_metrics import Named
from .result_names import head_written_before, own_name_from, own_name_then, title_head, unmentioned_own_name
from .result_patterns import (
    BACKBONE_BEFORE, BASELINE_VALUE, CHAINED_BY_GAP, COMPARED, COMPARED_LIST, COORD_GAP, FROM_TO, HOSTED_BEFORE,
    NOT_NAMES, OTHERS_WORK, OUR, PASSIVE, PREVIOUS_BEST, WRITTEN_SUBJECT, IT_SCORES, TASK_NAMED_BEFORE, COMPARED_NAME_PAREN, BEYOND_BEFORE, SCORING_BEFORE, COMPONENT_BEFORE, COMPONENT_AFTER, HUMAN_SUBJECT, HUMAN_AFTER, HUMAN_BEFORE, OUR_VARIANT_BEFORE, PART_AFTER,
    CHANGED_OBJECT_VERB, CHANGED_OBJECT_GAP, CHANGE_ITEM_BEFORE, COMPONENT_LONG_FORM,
    OTHER_SUBJECT, GENERIC_METRIC, NOT_SYSTEM_NAME, PHYSICAL_UNIT, SET_IN_PAREN, OWN_WRITTEN, SET_NOUN_BEFORE, INDEFINITE_SUBJECT,
    OWN_NAME_SUBJECT, COORDINATED_VERB_TAIL, PREP_OBJECT_BEFORE, PARTICIPLE_AFTER, PART_NOUN_AFTER,
)

__all__ = ["in_order", "method_for", "proposed_name", "change_start", "compared_name", "changed_object"]


def change_start(text: str, s: int, v: re.Match) -> int | None:
    """Where "from" stands when ``v`` ends a "from A to B" change, else None."""
    m = FROM_TO.search(text, max(s, v.start() - 40), v.start())
    return m.start() if m else None


_DECIMAL: Final = re.compile(r"\d\.\d|\bfrom\b|\bto\s+\$?\d")
_CHANGE_END: Final = re.compile(r"\bto\s*\$?\s*\d[\d.,]*")


def changed_object(text: str, s: int, start: int, methods: list[Named]) -> tuple[Named | None, bool]:
    """The named system a "from A to B" change starting at ``start`` is of, and whether the change is
    an item of a list of changes: the first method after the previous change of the sentence that a
    change verb takes as its object ("improves RetinaNet with ResNet-50 from 36.2% to 39.0%", "increasing
    X's success rate from 20% to 93%") or that heads a later item ("..., SOLO based on ResNet-50 from
    33.1 to 36.2"), with only its configuration between it and "from"."""
    prev = None
    for prev in _CHANGE_END.finditer(text, s, start):
        pass
    lo = prev.end() if prev else s
    for m in methods:
        if not (lo <= m.start and m.end <= start):
            continue
        gap = text[m.end : start]
        if not CHANGED_OBJECT_GAP.match(gap) or _DECIMAL.search(gap):
            continue
        before = text[max(lo, m.start - 60) : m.start]
        if CHANGED_OBJECT_VERB.search(before):
            return m, False
        if prev is not None and CHANGE_ITEM_BEFORE.search(text, max(lo, m.start - 8), m.start):
            return m, True
    return None, False


def _compared(text: str, s: int, methods: list[Named]) -> set[int]:
    """Starts of the methods a sentence compares against: after "than", "over", "outperforms",
    "improves", "the accuracy of", also in a list they head ("over linear methods, such as A and
    B", "outperforms A and B")."""
    out: set[int] = set()
    prev = None
    for m in methods:
        before = text[max(s, m.start - 80) : m.start]
        if before.endswith("-"):
            before = re.sub(r"[\w.]+-$", "", before)  # "the performance of R101-Mask R-CNN": a prefix is part of the name
        chained = prev is not None and prev.start in out and (COORD_GAP.match(text[prev.end : m.start])
                                                              or CHAINED_BY_GAP.match(text[prev.end : m.start]))
        if COMPARED.search(before[-60:]) or COMPARED_LIST.search(before) or chained or HOSTED_BEFORE.search(before):
            out.add(m.start)
        prev = m
    return out


# between a named system and a value its relative clause states: ", which reaches an SI-SNRi of", " that achieves"
_RELATIVE_SCORE_GAP: Final = re.compile(r"\s*,?\s*(?:which|that|who)\s+(?:only\s+|also\s+)?(?:reach|achiev|obtain|scor|gets?\b|attain|yield)\w*\b[^.;,\d()]{0,40}$", re.I)


# "outperformed all entries (91.4% accuracy compared to 87.2% for the winner)": the parenthesis compares
# the subject's score with theirs, the first value is the subject's
_OURS_IN_PAREN: Final = re.compile(r"[^()]{0,30}?\b(?:compared (?:to|with)|vs\.?|versus|against)\s+[^()]{0,20}?\d", re.I)
_ITS_BASELINE: Final = re.compile(r"\b(?:than|over)\s+its\s+(?:own\s+)?(?:baseline|vanilla)\b", re.I)


# before a named system whose measure a change is of: "the average accuracy of YOLOv4", "for VGG-16", "of both DeiT-S and"
_OWNER_OF_BEFORE: Final = re.compile(r"\b(?:of|for)\s+(?:the\s+|both\s+|all\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# between a compared system and the margin over it: "outperforms A by", "OpenVLA (7B parameters), by"
_BY_GAP: Final = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*by\s+\$?")
# "X-Ray's success rate of ": a named system's own score
_POSSESSIVE_GAP: Final = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:of|is|was|at|reaches|reached)\s*\$?\s*")
# ", whereas policies trained ...": a clause about another system after the paper's own ("while reaching", "while it" go on about it)
_OTHER_CLAUSE: Final = re.compile(r"[,;]\s*(?:whereas|while)\s+(?!(?:we|our|ours|it|its|this|they|also|still|maintaining|\w+ing)\b)(?:the\s+|an?\s+)?[A-Za-z][\w-]*", re.I)


# between a value and the system it is "for" ("13% for PCA", "0.87 accuracy for the LSTM"), and that gap ending
# right before a name (the name is a value's, not a subject)
_FOR_GAP: Final = r"\s*(?:\\?%\s*)?(?:[\w-]+\s+)?(?:for|by)\s+(?:the\s+)?"
_FOR_NAME_GAP: Final = re.compile(_FOR_GAP)
_VALUE_FOR_BEFORE: Final = re.compile(r"\d" + _FOR_GAP + "$")


def _listed_aside(text: str, s: int, m: Named, end: int) -> bool:
    """Whether ``m`` is an item of a list of systems in parentheses that close before ``end`` (the value):
    "a comparative analysis among three approaches (Neural Networks, Support Vector Machines and Locally
    Weighted Projection Regression) reveals ..." names what is compared, not what scores."""
    opened = text.rfind("(", s, m.start)
    if opened < 0 or ")" in text[opened : m.start]:
        return False
    closed = text.find(")", m.end, end)
    return closed >= 0 and "(" not in text[m.end : closed] and re.search(r",|\band\b", text[opened:closed]) is not None


def _for_next(text: str, s: int, v: re.Match, subject: Named, nxt: Named) -> bool:
    """Whether the value is "for" the name right after it while the name before is the previous value's "for"
    ("the equal error rate is 7% for SVM and 13% for PCA")."""
    return _FOR_NAME_GAP.fullmatch(text, v.end(), nxt.start) is not None \
        and _VALUE_FOR_BEFORE.search(text, max(s, subject.start - 40), subject.start) is not None


def _clause_end(text: str, start: int) -> int:
    """Where the sentence of a value ends (the next full stop and space), for a look ahead."""
    end = text.find(". ", start)
    return len(text) if end < 0 else end


# "the 6.67% error obtained by the best GoogLeNet architecture": a score a named system reached, said after the value
_OBTAINED_BY_AFTER: Final = re.compile(r"\s*(?:\\?%|points?)?\s*(?:[A-Za-z][\w-]*\s+){0,3}?(?:obtained|achieved|reported|attained|reached)\s+by\s+"
                                r"(?:the\s+|an?\s+)?(?:(?:best|previous|prior|strongest|original|standard)\s+)?")


# the agreement of people annotating or rating, up to its value (no other number between): no system scores it
_AGREEMENT: Final = re.compile(r"\b(?:(?:inter|intra)[- ]?(?:annotator|rater|coder|observer)s?|annotators?|raters?|annotations?)\b[^.;\d]{0,40}?\bagreements?\b(?:[^.;\d]|\b[ie]\.[eg]\.){0,60}$"
                        r"|\bagreements?\s+(?:between|among)\s+(?:the\s+|two\s+|three\s+)?(?:human\s+)?(?:annotators|raters|coders|experts|observers)\b(?:[^.;\d]|\b[ie]\.[eg]\.){0,60}$", re.I)


def _scored_outside(text: str, s: int, v: re.Match, methods: list[Named]):
    """The credit of an absolute value the words right around it give someone other than the clause's
    subject (people, a possessive, a name after "obtained by", a baseline's value, a compared name in parentheses), else None."""
    lo = max(s, v.start() - 120)  # (every reading of _AGREEMENT holds the word: a search costs 4 us, the "in" test 0.2)
    if "agreement" in text[lo : v.start()].lower() and _AGREEMENT.search(text, lo, v.start()):
        return None, False, None, "unnamed-other"  # "a high inter-annotator agreement, i.e. Fleiss' kappa of 0.72": the data's, no system's
    best = PREVIOUS_BEST.search(text, max(s, v.start() - 50), v.start())
    if best is not None and SCORING_BEFORE.search(text, max(s, best.start() - 40), best.start()):
        best = None  # "FV-VAE achieves to-date the best published accuracy of 94.2%": its own score
    after_people = HUMAN_AFTER.match(text, v.end())
    if after_people is not None:  # "compared with 90.8 in humans", "(84.7% human accuracy)"
        return after_people.group("name") or after_people.group("who"), False, None, "people"
    people = HUMAN_BEFORE.search(text[max(s, v.start() - 50) : v.start()])
    if people is not None:  # "in comparison to the human accuracy of 88.9%": people are the system scored
        return people.group("who"), False, None, "people"
    by = _OBTAINED_BY_AFTER.match(text, v.end())
    system = next((m for m in methods if m.start == by.end()), None) if by is not None else None
    if system is not None:  # "the 6.67% error obtained by the best GoogLeNet architecture"
        return system.name, system.role is Role.PROPOSED, None, "obtained-by"
    owner = next((m for m in reversed(methods) if m.end <= v.start()), None)
    if owner is not None and _POSSESSIVE_GAP.fullmatch(text, owner.end, v.start()):
        return owner.name, owner.role is Role.PROPOSED, None, "possessive"  # "in comparison to X-Ray's success rate of 84%"
    name = compared_name(text, s, v)
    # "compared to Tucker decomposition (67.4%)": a proper name heading the value is the system scored, though the
    # comparison cue is close ("than random (11%)", "compared to the baseline (" stay nobody's)
    if not _proper(name) and (BASELINE_VALUE.search(text, max(s, v.start() - 45), v.start()) or best is not None):
        return None, False, None, "baseline-value"  # "much better than random (11%)", "short of the 87% of ..."
    if name is not None:
        return name, False, None, "compared-paren"  # "outperforms A (77.9%) and human recognition (53.3%)"
    return None


def _proper(name: str | None) -> bool:
    """A name written as one (a capital or a digit): "Tucker decomposition", "DETR", not "the baseline"."""
    return name is not None and re.search(r"[A-Z\d]", name) is not None


def compared_name(text: str, s: int, v: re.Match, proper: bool = False) -> str | None:
    """The compared system whose score ``v`` is, written in parentheses after its name ("outperforms A (77.9%)",
    "compared to Tucker decomposition (67.4%), Trained Rank Pruning (70.6%)"), else None; ``proper``: only a
    name written as one."""
    paren = COMPARED_NAME_PAREN.search(text, s, v.start())
    if paren is None:
        return None
    name = paren.group("name")
    if PHYSICAL_UNIT.fullmatch(name) or name.split()[0].lower() in NOT_NAMES or GENERIC_METRIC.search(name) or NOT_SYSTEM_NAME.search(name) \
            or SET_IN_PAREN.match(text, v.end()) or _OURS_IN_PAREN.match(text, v.end()) \
            or re.search(r"(?<!compared\s)\b(?:in|on|at|for|of|with|by|from|to)\s+(?:the\s+)?$", text[max(s, paren.start("name") - 19) : paren.start("name")]):
        return None  # ("pre-training on Imagenet1K (97.6%)": a set, a setting)
    # ("..., Trained Rank Pruning (70.6%), and universally slimmable networks (71.4%)": a list of systems a proper name heads)
    listed = re.search(r"\b[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s*\(\s*\$?\d[^()]{0,20}\)\s*,", text[paren.start() : paren.start("name")])
    return name if _proper(name) or not proper or listed else None


def _subject(text: str, s: int, v: re.Match, before: list[Named], compared: set[int], baseline: str | None) -> tuple[Named | None, str | None]:
    """The named system heading a value's clause (the last named before it that is not compared against, not a
    backbone or part, not an item listed in parentheses), and the baseline: the first compared name passed on the way."""
    for m in reversed(before):
        if m.role is not Role.PROPOSED and _listed_aside(text, s, m, v.start()):
            continue  # "among three approaches (Neural Networks, SVMs and LWPR) reveals ... 90%": an item, no subject
        if m.role is not Role.PROPOSED and PREP_OBJECT_BEFORE.search(text, max(s, m.start - 40), m.start) \
                and PARTICIPLE_AFTER.match(text, m.end, v.start()):
            continue  # "in kNN classification--for example, achieving 1.3%": the participle is the clause subject's
        if m.start not in compared and m.role is not Role.PROPOSED and (BACKBONE_BEFORE.search(text, max(s, m.start - 40), m.start)
                                                                         or PART_AFTER.match(text, m.end)):
            # "RetinaNet with ResNet50 achieves", "BERT-based performance": no subject ("ResNet-50 with
            # DropBlock achieves": the paper's own method applied to an architecture is)
            continue
        if m.start not in compared:
            return m, baseline
        if baseline is None:
            baseline = m.name
    return None, baseline


def _named_credit(subject: Named, kind: str, proposed_name: str | None, baseline: str | None, own_default: bool) -> tuple:
    """The credit of a value whose clause a named system heads: the system's, but a gain in a paper with a name of its own
    is its method's, over (or applied to) the system named ("SimCLR with DCL ... outperforming its SimCLR baseline by
    6.4%", "the ResNet-50 equipped with Bi-volution achieves a boost (+2.8%)"); a variant of the own name keeps its gain."""
    if kind == "improvement" and own_default and subject.role is not Role.PROPOSED and proposed_name \
            and _stem_of(proposed_name) != _stem_of(subject.name):
        return proposed_name, True, subject.name, "gain-of-own"
    return subject.name, subject.role is Role.PROPOSED, baseline, "named"


def method_for(text, s, v, methods, proposed_name, kind, own_default=True):
    """(method, is the paper's own, baseline, rule) for a value."""
    proposed_name = own_name_then(proposed_name, text, _clause_end(text, v.end()))
    if kind == "absolute" and (named := _scored_outside(text, s, v, methods)) is not None:
        return named
    compared = _compared(text, s, methods)
    before = [m for m in methods if m.end <= v.start()]
    if kind == "absolute" and before and _RELATIVE_SCORE_GAP.match(text[before[-1].end : v.start()]):
        # "outperforming the state-of-the-art SepFormer which reaches an SI-SNRi of 22.3 dB": the relative clause scores its head
        return before[-1].name, before[-1].role is Role.PROPOSED, None, "relative-clause"
    after = [m for m in methods if m.start >= v.end()]
    baseline = next((m.name for m in after if m.start in compared), None)
    compared_after = baseline is not None  # "achieves 18.1%, a relative improvement of 4% over the baseline CNN"
    if compared_after and before and before[-1].start in compared and _BY_GAP.fullmatch(text, before[-1].end, v.start()):
        baseline = before[-1].name  # "improves the mAP of YOLOv2 by 3.8% and mAP of YOLOv3 by 2.2%": each value its own baseline
    subject, baseline = _subject(text, s, v, before, compared, baseline)
    if kind == "absolute" and subject is not None and after and _for_next(text, s, v, subject, after[0]):
        return after[0].name, after[0].role is Role.PROPOSED, None, "by"  # "7% for SVM and 13% for PCA"
    our = _own_cue(text, s, v.start())
    people = HUMAN_SUBJECT.search(text[s : v.start()]) or HUMAN_AFTER.match(text, v.end())
    if people is not None and kind == "absolute" and (subject is None or HUMAN_AFTER.match(text, v.end())
                                                      or s + people.start() > subject.end) \
            and not (our and people.re is HUMAN_SUBJECT and our.start() > s + people.end("name")):
        return people.group("name") or people.group("who"), False, None, "people"  # "experts ... reach 65%": people are the system scored
    if subject is not None and kind == "improvement" and PASSIVE.search(text, subject.end, v.start()):
        # "BarNet can be accelerated ... with an increase in accuracy of 0.4%": what is improved is the baseline
        return (proposed_name or "(proposed)"), True, subject.name, "passive"
    if subject is not None and kind == "improvement" and subject.role is not Role.PROPOSED \
            and _OWNER_OF_BEFORE.search(text, max(s, subject.start - 30), subject.start) \
            and not OUR_VARIANT_BEFORE.search(text, max(s, subject.start - 40), subject.start):
        # "the average accuracy of YOLOv4 improves by 9.19%", "for VGG-16": the named system is what gains, the gain is the paper's
        return (proposed_name or "(proposed)"), True, subject.name, "owner-of"
    if subject is not None and subject.role is not Role.PROPOSED and _ITS_BASELINE.search(text, v.end(), _clause_end(text, v.end())):
        # "RetinaNet with ResNet50 achieves 40.4% mAP, which is 3.5% higher than its baseline": the named detector
        # trained with the paper's method; the detector itself is the baseline
        return (proposed_name or "(proposed)"), True, subject.name, "its-baseline"
    if subject is not None and subject.role is not Role.PROPOSED and OUR_VARIANT_BEFORE.search(text, max(s, subject.start - 40), subject.start):
        # "our 2-bit MobileNet-v2 offers 64.71%": a named architecture the paper's method was applied to
        return (proposed_name or "(proposed)"), True, baseline, "our-variant"
    other = _other_subject(text, s, v.start()) if kind == "absolute" else None
    if other is None and kind == "absolute" and (unnamed := _baseline_subject(text, s, v.start())) is not None \
            and (subject is None or subject.start < unnamed) and not (our and our.start() > unnamed):
        # "the best performing baseline is a one-vs-all classifier that ... achieves 9%": a baseline no name gives
        return None, False, baseline, "unnamed-other"
    if other is not None and (subject is None or subject.start < other[0]) and not (our and our.start() > other[0]):
        return other[1], False, baseline, "other-subject" if other[1] else "unnamed-other"  # "..., whereas simple fine-tuning achieved 73.4%"
    written = _written_subject(text, s, v.start())
    if subject is not None and not (our and our.start() > subject.end) \
            and not (written is not None and written.start("name") >= subject.end and subject.role is not Role.PROPOSED):
        return _named_credit(subject, kind, proposed_name, baseline, own_default)
    # ("Leveraging GPT-4-Turbo, ..., NüshuRescue achieved 48.69%": a name no recogniser found heads the value's clause)
    if written is not None and not (our and our.start() > written.end()):
        name = written.group("name")
        own = proposed_name is not None and normalize_name(name) == normalize_name(proposed_name)
        return name, own, baseline, "subject"
    if kind == "absolute" and subject is None and (unnamed := _indefinite_subject(text, s, v.start())) is not None \
            and not (our and our.start() > unnamed) and not (proposed_name and proposed_name in text[s:unnamed]):
        # "For comparison, a phrase-based SMT system achieves 33.3": nobody's named method ("With FooRL, a 7B
        # model can obtain 94.0": the paper's own, named before the subject, is what scores)
        return None, False, baseline, "unnamed-other"
    if kind == "absolute" and our is not None and (other_clause := _OTHER_CLAUSE.search(text, our.end(), v.start())) is not None \
            and not OUR.search(text, other_clause.end(), v.start()):
        # "our policy achieves 77.5% ..., whereas policies trained without it fail, with a success rate of only 2.5%"
        return None, False, baseline, "unnamed-other"
    if our or kind == "improvement":
        return (proposed_name or _own_written(text, s, v.start()) or "(proposed)"), True, baseline, "ours"
    if subject is None and after and baseline is None and _VALUE_BY_GAP.fullmatch(text, v.end(), after[0].start) \
            and change_start(text, s, v) is None:
        # "7% for SVM": the name right after the value ("from 73.8% to 82.3% for ResNet-50": the paper's method applied to it)
        return after[0].name, after[0].role is Role.PROPOSED, None, "by"
    if subject is None and baseline is not None and kind == "absolute" and own_default and change_start(text, s, v) is not None:
        # "it reduces the error rate of the CNN from 16.8% to 12.4%": the end is the paper's method's
        return proposed_name, True, baseline, "change-end"
    # ("on the KITTI dataset [2]": a citation of the set is no one else's system)
    others = [m for m in OTHERS_WORK.finditer(text, s, v.start()) if not BEYOND_BEFORE.search(text, max(s, m.start() - 30), m.start())
              and not (m.group(0).startswith("[") and SET_NOUN_BEFORE.search(text, max(s, m.start() - 20), m.start()))]
    if subject is None and (baseline is None or compared_after) and own_default and not others:
        # an abstract reports its own method's numbers unless it credits someone else's
        return proposed_name, True, None, "default-own"
    return None, False, baseline, "unattributed"


# between a value and the system it is of, named right after it: "7% for SVM", "0.82 F1 by the CRF"
_VALUE_BY_GAP: Final = re.compile(r"\s*(?:\\?%\s*)?(?:by|for)\s+(?:the\s+)?")


# after a list of systems, up to the values it pairs with: " achieve accuracies of ", " obtain "
_LIST_SCORES_GAP: Final = re.compile(r"\s+(?:(?:also|only|respectively)\s+)?(?:achiev|obtain|reach|attain|scor|get|yield|demonstrat|show|record)\w*\b[^.;:()\d]{0,50}$", re.I)


def in_order(text: str, s: int, v: re.Match, members: list[re.Match], methods: list[Named], respectively: bool, credit: tuple) -> tuple:
    """``credit`` (from :func:`method_for`), unless a "respectively" list of values pairs in order with the coordinated
    systems heading it: "ChatGPT and GPT-4 achieve 52% and 57%, respectively" credits each its own, not both the last."""
    if not respectively or len(members) < 2 or v not in members or not credit[3].endswith("named"):
        return credit
    before = [m for m in methods if s <= m.start and m.end <= members[0].start()][-len(members):]
    if len(before) != len(members) or not _LIST_SCORES_GAP.match(text[before[-1].end : members[0].start()]) \
            or not all(COORD_GAP.match(text[a.end : b.start]) for a, b in zip(before, before[1:])):
        return credit
    mine = before[members.index(v)]
    return (mine.name, mine.role is Role.PROPOSED, *credit[2:])


def _other_subject(text: str, s: int, end: int) -> tuple[int, str | None] | None:
    """Where the value's clause names someone else's system as its subject (:data:`OTHER_SUBJECT`)
    and the system as written ("simple fine-tuning", "transformer-based models"), else None."""
    last = None
    for last in OTHER_SUBJECT.finditer(text[s:end]):
        pass
    if last is None or re.search(r"[;:]", text[s + last.end() : end]):
        return None
    if not last.group("subj"):
        many, before = last.group("many").strip(), text[s : s + last.start("many")].rstrip()
        # "Different decoupling approaches ... achieving", "While some models show 70%": systems described as a kind
        # (no capital or digit but a clause's first letter) name none, the value is an unnamed baseline's; "Markov
        # Random Field classifiers" names a family
        written = many[1:] if not before or before[-1] in ".;:" else many
        return s + last.start("many"), many if re.search(r"[A-Z\d]", written) else None
    name = last.group("subj").strip()
    # "whereas prior methods report 71%": others' work, no system's name
    return s + last.start("subj"), None if re.match(r"(?:prior|previous|existing|earlier|past|related|current|other)\b", name, re.I) else name


# the subject of a clause that is others' unnamed system: "the best performing baseline", "while the best competitor
# reaches", "the state-of-the-art physical attack method ... only achieves"
_BASELINE_SUBJECT: Final = re.compile(r"(?:^\s*|[.,;:]\s+|\b(?:while|whereas|but)\s+)(?:the|a)\s+(?:(?:[\w-]+\s+){0,3}?(?:baseline|competitor)s?\b|"
                               r"(?:previous|prior|existing|state[- ]of[- ]the[- ]art|competing|strongest|best[- ]performing)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:method|model|system|approach|algorithm)s?\b)", re.I)


# what may not stand between an unnamed subject and the value: another clause or another percentage
_BASELINE_SUBJECT_STOP: Final = re.compile(r"[;:]|\d\s*\\?%")
_INDEFINITE_SUBJECT_STOP: Final = re.compile(r"[;:]|\d\s*%")


def _last_subject(pattern: re.Pattern, stop: re.Pattern, text: str, s: int, end: int) -> int | None:
    """Where the last ``pattern`` match in ``text[s:end]`` ends, when ``stop`` is not found between it
    and ``end``, else None. (On a slice: with a start offset, "^" would match only at the text's start.)"""
    last = None
    for last in pattern.finditer(text[s:end]):
        pass
    if last is None or stop.search(text[s + last.end() : end]):
        return None
    return s + last.end()


def _baseline_subject(text: str, s: int, end: int) -> int | None:
    """Where the value's clause opens with others' unnamed system as its subject (:data:`_BASELINE_SUBJECT`), else None."""
    return _last_subject(_BASELINE_SUBJECT, _BASELINE_SUBJECT_STOP, text, s, end)


def _indefinite_subject(text: str, s: int, end: int) -> int | None:
    """Where the value's clause ends an unnamed system of others as its subject ("a phrase-based SMT
    system achieves"; :data:`INDEFINITE_SUBJECT`), else None."""
    return _last_subject(INDEFINITE_SUBJECT, _INDEFINITE_SUBJECT_STOP, text, s, end)


def _own_written(text: str, s: int, end: int) -> str | None:
    """The name the value's sentence writes for the paper's own method when no recogniser found one: "our
    method EAFormer outperforms ...", "our framework, called FooNet, ...", "our CGPS boosts ..." (a name with a second
    capital or a digit)."""
    # the last of either (on a tie the "our method EAFormer" reading, listed first)
    last = max((*OWN_WRITTEN.finditer(text, s, end), *OWN_NAME_SUBJECT.finditer(text, s, end)), key=re.Match.start, default=None)
    return last.group("name") if last is not None else None


def _own_cue(text: str, s: int, end: int) -> re.Match | None:
    """The last "we"/"our model" in the value's clause (not before a colon or semicolon)."""
    last = None
    for m in OUR.finditer(text, s, end):
        last = m
    if last is not None and re.search(r"[:;]", text[last.end() : end]):
        return None
    return last


# after a margin over one compared system, the next one's: "(up to 37.7%), and Random Forests by "
_CHAINED_MARGIN_TAIL: Final = re.compile(r"\)?(?:\s*\([^()]{1,30}\))?\s*,?\s*(?:and\s+)?(?:the\s+)?[A-Z][\w@.-]*(?:\s+[\w@.-]+){0,2}\s+by\s+")


def _written_subject(text: str, s: int, end: int) -> re.Match | None:
    """A name no component recognised, as the subject of a scoring verb: "ScaleNet-P4 achieves",
    "the Evolved Transformer establishes", "RCO reaches". Capitalised sentence openers are no names."""
    found = None
    for m in WRITTEN_SUBJECT.finditer(text, s, end):
        name = m.group("name")
        if name.split()[0].lower() in NOT_NAMES or not re.search(r"[A-Z].*[A-Z]|\d|^[A-Z][a-z]+ [A-Z]", name):
            continue
        found = m
    if found is not None and re.search(r"[;:]|\d\s*%", text[found.end() : end]):
        # "the Evolved Transformer establishes ...; at smaller sizes, it outperforms X by 0.7 BLEU":
        # "it" heading the value's clause is the subject named before
        clause = re.split(r"[;:]", text[found.end() : end])[-1]
        # "SVM+PCA achieves 84% accuracy with 0.5 s of contact and 98% accuracy with 1.5 s": a value
        # coordinated with the one before keeps its subject
        tail = clause.rsplit("%", 1)[-1]
        coordinated = clause == text[found.end() : end] and (
            re.fullmatch(r"(?:\s*\([^()]{1,20}\))?[^,;:()%]*\band\s+", tail)  # ("6.67% (BLEU) and")
            # "ViSA achieves an mAP@50 of 27.8% on OVIS40 and achieves a recall@30 of": a second verb of the same subject
            or COORDINATED_VERB_TAIL.fullmatch(tail)
            or _CHAINED_MARGIN_TAIL.fullmatch(tail))  # "outperforms A by 10.2% (up to 37.7%), and B by"
        if not coordinated and (not (it := IT_SCORES.search(clause)) or re.search(r"\d\s*%", clause[: it.start()])):
            return None
    return found


def proposed_name(mentions: Sequence[Mention], abstract: str = "", title: str = "") -> str | None:
    """The paper's own method as it names it: its first proposed mention, the title's first, by the
    acronym the abstract defines for it ("the Focused Anchors loss (FAL)" -> FAL); else a quoted name
    the abstract gives it ('We refer to this architecture as "coupled ensembles"'), else the name a
    "Name: what it does" title gives the paper's approach. A name the abstract alone defines comes as an
    :class:`~kg.extract.result_names.OwnName`: values stated before its definition are not credited to it."""
    own = [m for m in mentions if m.role is Role.PROPOSED]
    if not own:
        return unmentioned_own_name(mentions, abstract, title)
    # "we study a task called Learning from Label Proportions (LLP)": the task studied is not the method
    own = [m for m in own if m.field != "title" or not _task_named(abstract, m)]
    if not own:
        return None  # the title names the task the paper studies: its results are "(proposed)"
    named = [m for m in own if m.field == "title" or not _task_named(abstract, m)] or own
    whole = [m for m in named if m.field == "title" or not (_component(abstract, m) or _task_acronym(abstract, m))]
    if not whole:
        return None  # the paper names only parts of its system: its results are "(proposed)"
    first = min(whole, key=lambda m: (m.field != "title", m.start))
    if first.field == "abstract" and (head := head_written_before(mentions, abstract, title, first.start)):
        return head
    if _coordinated_part(first, own, title if first.field == "title" else abstract):
        # "two deep networks, namely SP-Net and M-Net": the parts, not the system, are named (a "VCC-INFUSE: ..."
        # title names the whole)
        return title_head(mentions, title)
    name = first.canonical or first.text
    acronym = re.search(rf"{re.escape(name)}\s*\((?P<acr>{_OWN_ACRONYM})\)", abstract, re.I) \
        if (" " in name or "-" in name) and _maybe_bracketed(abstract, name) else None
    # (an acronym holds a capital, whatever its first letter: "(sMLP)" is one, "Fast Bar Net (fast)" defines none)
    if (acronym and acronym.group("acr").lower() != name.lower() and acronym.group("acr")[0].lower() == name[0].lower()
            and not acronym.group("acr").islower()):
        acr = _singular_written(abstract, re.sub(r"-\s+", "-", acronym.group("acr")))  # "(Multipar- T)": "Multipar-T"
        return own_name_from(acr, abstract) if first.field == "abstract" else acr
    name = _singular_written(abstract, _initials_used(abstract, name, first.end if first.field == "abstract" else 0) or name)
    # ("FooNet: ..." titles name the paper's method from the start; a name the abstract defines, from where it does)
    return own_name_from(name, abstract) if first.field == "abstract" and not any(m.field == "title" for m in own) else name


# "SGANs", "TOG-CRFs": an own name written in the plural, a capital before the "s" (wider than
# shapes.PLURAL_ACRONYM, all capitals, which tells a family's plural: own names hold hyphens and lower case)
_PLURAL_ACRONYM: Final = re.compile(r"[A-Z][\w-]*[A-Z]s")


def _singular_written(abstract: str, name: str) -> str:
    """The singular of a plural acronym the paper names its method by, when the abstract writes it too:
    "We propose structured generative adversarial networks (SGANs) ... SGAN assumes ...": the system's
    name is "SGAN" (the plural names its instances), so its scores are credited to that."""
    if _PLURAL_ACRONYM.fullmatch(name) and re.search(rf"(?<![\w-]){re.escape(name[:-1])}(?![\w-])", abstract):
        return name[:-1]
    return name


# the acronym defined for an own long name: "(FAL)", "(Multipar- T)" (a dash broken at the line), "(ED$^2$)" (a power in TeX)
_OWN_ACRONYM: Final = r"[A-Z][A-Za-z0-9-]{1,15}(?:-\s[A-Z0-9][A-Za-z0-9]{0,5}|\$\^\{?\w{1,3}\}?\$)?"


def _task_named(abstract: str, m: Mention) -> bool:
    """Whether the own name ``m`` is what the abstract calls a task it studies: "we study a task called Learning from
    Label Proportions (LLP)"; a title's name ("RIO: ...") by the abstract's definition of it ("we introduce the task
    of 3D object instance re-localization (RIO)")."""
    if m.field != "title":
        return TASK_NAMED_BEFORE.search(abstract, max(0, m.start - 80), m.start) is not None
    at = abstract.find(f"({m.text})")
    return at >= 0 and TASK_NAMED_BEFORE.search(abstract, max(0, at - 80), at + 1) is not None


def _initials_used(abstract: str, name: str, after: int) -> str | None:
    """ "we propose Recurrent Highway Networks ... RHNs outperform all previous results": the initials of a
    long name of three or more capitalised words, written after it as a word, are the name the sentences use; not
    initials the abstract defines for another long form ("compared with Residual Highway Networks (RHN)")."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    initials = "".join(w[0] for w in words)
    short = re.search(rf"\b{initials}s?\b", abstract[after:])
    if short is None:
        return None
    other = any(_long_before(abstract[: d.start()], len(words)) not in (name.lower(), "")
                for d in re.finditer(rf"\({initials}s?\)", abstract))
    return None if other else short.group(0)


# between two names written as one list: "A and B", "A (RM) and B (PFI)", "A, B"; between two acronyms
# defined in one list: "Rank Mimicking (RM) and Prediction-guided Feature Imitation (PFI)"
_PART_LIST_GAP: Final = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)|\s*\)\s*,?\s*and\s+[^(),;.]{1,60}\(\s*")


def _stem_of(name: str) -> str:
    """The first three letters or digits of a name: "SP-Net" and "SPNet-L" share "spn"."""
    return re.sub(r"[^a-z0-9]", "", name.lower())[:3]


def _stem(m: Mention) -> str:
    """The stem (:func:`_stem_of`) of a mention's name."""
    return _stem_of(m.canonical or m.text)


def _coordinated_part(m: Mention, own: Sequence[Mention], text: str) -> bool:
    """Whether the own name ``m`` is written in one list with another own name of another stem ("SP-Net and
    M-Net", "Rank Mimicking and Prediction-Guided Feature Imitation"): the paper names its parts (variants of
    one name, "FooNet and FooNet-L", are no parts)."""
    stem = _stem(m)
    for o in own:
        if o.field != m.field or o.start == m.start or _stem(o) == stem:
            continue
        a, b = (m, o) if m.end <= o.start else (o, m)
        if b.start - a.end <= 80 and _PART_LIST_GAP.fullmatch(text, a.end, b.start):
            return True
    return False


def _maybe_bracketed(abstract: str, name: str) -> bool:
    """Whether ``abstract`` may write ``name`` (in any case) before a bracket: False only when
    both are ASCII (where lower case is what ``re.I`` compares) and no occurrence is, so most
    papers compile no pattern for their name."""
    if not (abstract.isascii() and name.isascii()):
        return True
    low, key = abstract.lower(), name.lower()
    i = low.find(key)
    while i >= 0:
        j = i + len(key)
        while j < len(low) and low[j].isspace():
            j += 1
        if low.startswith("(", j):
            return True
        i = low.find(key, i + 1)
    return False


def _long_before(text: str, n: int) -> str:
    """The ``n`` capitalised words ``text`` ends with, lower-cased ("" when it does not end so)."""
    words = re.split(r"[\s~]+", text.rstrip(" ~"))[-n:]
    return " ".join(words).lower() if len(words) == n and all(w[:1].isupper() for w in words) else ""


_SYSTEM_NOUN_AFTER: Final = re.compile(r"\s+(?:system|model|framework|pipeline)s?\b")


def _system_after(abstract: str, bracketed: str) -> bool:
    """Does a system noun follow some occurrence of ``bracketed`` ("(S2ST) system")?"""
    i = abstract.find(bracketed)
    while i >= 0:
        if _SYSTEM_NOUN_AFTER.match(abstract, i + len(bracketed)):
            return True
        i = abstract.find(bracketed, i + 1)
    return False


# the head noun of a system's long form: "a neural tensor network (NTN) model" names a method, not a task
_METHOD_HEAD: Final = r"(?:network|net|machine|transformer|encoder|decoder|autoencoder|filter|classifier|regressor|forest|tree)s?\b"


def _task_acronym(abstract: str, m: Mention) -> bool:
    """Whether an own name is the acronym of a lower-case task heading a system noun ("a textless speech-to-speech
    translation (S2ST) system"; not "a neural tensor network (NTN) model", a method's long form), never the subject
    of a verb later ("DOC does not need ..." names a method) and never called the paper's ("the proposed LBD system", "our LBD system" name it)."""
    if not _system_after(abstract, f"({m.text})"):
        return False  # (a literal test first: the patterns below are compiled per name)
    name = re.escape(m.text)
    return re.search(rf"(?<![\w-])(?!{_METHOD_HEAD}\s*\()[a-z][a-z-]*\s*\({name}\){_SYSTEM_NOUN_AFTER.pattern}", abstract) is not None \
        and re.search(rf"(?<![\w-]){name}\s+(?:\w+ly\s+)?(?:is|was|does|did|can|has|also|not|achieves|outperforms|obtains|improves|"
                      rf"yields|reaches|surpasses)\b", abstract) is None \
        and re.search(rf"\b(?:proposed|[Oo]ur)\s+{name}(?![\w-])", abstract) is None


def _component(abstract: str, m: Mention) -> bool:
    """Whether an own name is written as a part of the system ("the core of the system is ... (PN)",
    "a ... (DAT) mechanism"), at its first definition."""
    first = abstract.find(m.text)
    at = first if first >= 0 else m.start
    if COMPONENT_BEFORE.search(abstract, max(0, at - 100), at) or COMPONENT_AFTER.match(abstract, at + len(m.text)):
        return True
    # "a Flow Alignment Module (FAM)": an acronym whose long form a part's noun heads
    if "(" in abstract[max(0, at - 2) : at] and COMPONENT_LONG_FORM.search(abstract, max(0, at - 40), at) is not None:
        return True
    # "a residual squeeze-and-excitation network (RSEN) is introduced ... Following the RSEN block, a ... module":
    # an acronym the abstract later writes as a block or module of what it builds
    return m.text.isupper() and word_then(abstract, m.text, PART_NOUN_AFTER)

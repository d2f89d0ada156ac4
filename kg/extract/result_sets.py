"""Which dataset a reported value is measured on: the set written right after it ("84.1% on
ImageNet"), the one set its sentence is about, the name before a parenthesised value ("on PTB
(96.01 F1)"), or the sets of a list paired in order or "respectively" (one value written before a
list of sets is on none of them: :func:`over_sets`); and how sure a value's set is
(:func:`set_confidence`). Used by :mod:`kg.extract.results`; each function is a pure function of
the text and the named sets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..model import Role, normalize_name
from .result_metrics import Named
from .result_patterns import DIGIT, SIGNED_ASIDE
from .result_set_patterns import (
    DATASET_LIST_AFTER, HARDWARE_AFTER, METRIC_NOUN_AFTER, NAMED_HEAD_PAREN, NAMED_SET, OTHER_SET_NOUN, OWN_PAIRED_LIST,
    OWN_SET, OWN_SET_WORD, PAIRED_LIST_BEFORE, PAIRS_THEN_SET_GAP, SETTING_NUMBER, SET_AFTER, SET_IN_LIST_AFTER,
    SET_IN_LIST_BEFORE, SET_NAME_MORE, SET_NOUN_AFTER, SET_THEN_ITEM_GAP, UNKNOWN_SET_AFTER, VALUE_ON_BEFORE,
    VALUE_PAIRS_THEN_SET_GAP, YEARS_AFTER, ON_SET_BEFORE,
)

__all__ = ["group_datasets", "dataset_for", "one_set", "attaches", "names_other_set", "one_identity", "fullest", "set_and_confidence", "over_sets",
           "unknown_named_sets", "written_after_values", "with_written", "own_set_phrases", "elliptical_editions"]

_Named = Named


def group_datasets(text: str, members: list[re.Match], datasets: list[_Named], respectively: bool,
                    borrowed: bool = False, following: int | None = None, other_set: bool = False,
                    sentence_end: int | None = None, metrics: Sequence[_Named] = ()) -> list[_Named | None]:
    """The dataset of each value; ``borrowed`` datasets come from the previous sentence and are
    used only when the attribution is unambiguous (one dataset, or a list named respectively)."""
    if respectively and len(members) > 1:
        if borrowed and len(datasets) == len(members) and OWN_PAIRED_LIST.match(text, members[-1].end(), sentence_end or len(text)):
            return [None] * len(members)  # "95.4% and 93% on household and adversarial objects, respectively": not the sets before
        after = [d for d in datasets if d.start >= members[-1].end()]
        if _pair_on_one_set(text, members, datasets, after, following):
            # "gains of 8.8% and 11.6% on MATH500, 10.0% and 20.0% on AMC23, and 3.3% and 6.7% on AIME24, respectively":
            # each list of values is on the one set written right after it (the lists pair with something else)
            return after[:1] * len(members)  # type: ignore[return-value]
        for cands in (after[: len(members)], datasets):
            if len(cands) == len(members):
                return list(cands)
        if not after and not borrowed and not other_set and one_identity(datasets):
            return [fullest(datasets)] * len(members)  # "on A, ... 56.4% and 62.2% with 18 and 34 layers, respectively"
        if len(after) == 1 and len(members) == 2 and YEARS_AFTER.match(text, after[0].end):
            return after * 2  # type: ignore[return-value]  # "78.9% and 76.3% mAP on PASCAL VOC 2007 and 2012 respectively": one set, two years
        paired = PAIRED_LIST_BEFORE.search(text, members[-1].end(), len(text) if sentence_end is None else sentence_end)
        if paired and not borrowed and one_identity(datasets) \
                and not any(paired.start() <= d.start < paired.end() for d in datasets):
            # "72.41% and 72.31% top-1 accuracy on CIFAR100 for CNNs and RNNs, respectively": the list
            # pairs with something else; the sentence's one set is every value's
            return [fullest(datasets)] * len(members)
        if paired and borrowed and len(datasets) == 1 and re.match(r"(?i)(?:with|using)\b", paired.group()):
            # "Experiments are on ImageNet VID. Our RDN achieves 81.8% and 83.2% mAP with ResNet-101 and ResNeXt-101,
            # respectively": a list of backbones or settings pairs with the values; the one set before is every value's
            return datasets * len(members)  # type: ignore[return-value]
        if not borrowed and not other_set and _sole_set(text, datasets, members):
            # "48.1% and 55.7% on PASCAL-5i for 1-shot and 5-shot settings respectively", "the mIoU of 65.0 and 67.4,
            # respectively, on PASCAL VOC 2012": the list pairs with settings or backbones; the one set is every value's
            return [fullest(datasets)] * len(members)
        return [None] * len(members)  # "2.0 and 1.3 on the Amazon and Yelp datasets" with one recognised
    if len(members) > 1 and not borrowed:
        # "a 13.1% and 9% gain on A and B": in order when the counts agree, else no guess; a set
        # after the next value is that value's ("81.9% mAP and 83.3% mIoU on A, and 37.1% mAP ... on B")
        after = [d for d in datasets if d.start >= members[-1].end()]
        if len(after) == len(members) and (following is None or after[-1].start < following):
            return list(after)
        if len(after) == 1 and re.match(r"^\s*%?[^.;%]{0,50}?\b(?:on|in)\b", text[members[-1].end() : after[0].start]) \
                and not DATASET_LIST_AFTER.match(text, after[0].end):
            return after * len(members)  # type: ignore[return-value]  # "73.8% and 75.3% top-1 accuracy on ImageNet": one set for the list
        if after:
            return [None] * len(members)
    if borrowed:
        one = fullest(datasets) if one_identity(datasets) else None
        return [None if one is None or UNKNOWN_SET_AFTER.match(text, v.end()) else one for v in members]
    return [dataset_for(text, v, datasets, other_set, metrics) for v in members]


_ON_SET_GAP: Final = re.compile(r"\s*(?:\\?%\s*)?(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?")
_COMMA_AND: Final = re.compile(r"\s*,\s*(?:and\s+)?")  # between a set and the next list of values: ", and "


def _pair_on_one_set(text: str, members: list[re.Match], datasets: list[_Named], after: list[_Named], following: int | None) -> bool:
    """Whether a respectively-list of values is one of several lists each followed by its one set ("8.8% and 11.6% on
    A, 10.0% and 20.0% on B, and 3.3% and 6.7% on C, respectively"): the set written right after it ("on A"), with
    the next list (or, for the last list, the set before it) right after that set."""
    if not after or not _ON_SET_GAP.fullmatch(text, members[-1].end(), after[0].start):
        return False
    if len(after) > 1:
        return following is not None and after[0].end <= following < after[1].start \
            and _COMMA_AND.fullmatch(text, after[0].end, following) is not None
    prior = [d for d in datasets if d.end <= members[0].start()]
    return bool(prior) and _COMMA_AND.fullmatch(text, prior[-1].end, members[0].start()) is not None \
        and _ON_SET_GAP.search(text, max(0, prior[-1].start - 12), prior[-1].start) is not None


_SET_THEN_METRIC: Final = re.compile(r"\s*(?:\\?%|points?)?\s+")
_LONG_FORM_OF: Final = re.compile(r"[A-Za-z][\w-]*(?:\s+[\w-]+){0,4}\s*\(\s*")
_ON_NAME: Final = re.compile(r"\b(?:on|in)\s+(?:the\s+)?[A-Z][\w-]*")


def _sole_set(text: str, datasets: list[_Named], members: list[re.Match]) -> bool:
    """Whether a respectively-list's sentence names one set, in its clause, written alone (no member of a
    list of sets, which the values would pair with: "on the Amazon and Yelp datasets" with Yelp unknown)."""
    if not one_identity(datasets):
        return False
    lo, hi = min(members[0].start(), *(d.start for d in datasets)), max(members[-1].end(), *(d.end for d in datasets))
    between = text[members[-1].end() : datasets[0].start] if datasets[0].start >= members[-1].end() else text[datasets[-1].end : members[0].start()]
    if _ON_NAME.search(between):
        return False  # "by 4.0 and 1.9 points ... on Ref-Youtube-VOS, respectively, and +2.0 mAP on A2D": an unknown set is nearer
    return ";" not in text[lo:hi] and not any(SET_IN_LIST_AFTER.match(text, d.end) or SET_IN_LIST_BEFORE.search(text, max(0, d.start - 8), d.start)
                                              for d in datasets)


def one_identity(named: list[_Named]) -> bool:
    """Whether names are one thing: the same resolved name, or the resolved name and an edition of
    it ("ImageNet" and "ILSVRC 2012"); two editions ("VOC2007", "VOC2012") are two sets."""
    keys = {n.same for n in named}
    if len(keys) <= 1:
        return bool(keys)
    longest = max(keys, key=len)
    return all(k == longest or longest.startswith(k + " ") for k in keys)


def fullest(named: list[_Named]) -> _Named:
    """The first of the names with the fullest identity ("ILSVRC 2012" over "ImageNet")."""
    return max(named, key=lambda n: len(n.same))


def one_set(datasets: list[_Named], text: str) -> _Named | None:
    """The one set a sentence names, also when written twice, in full and shortened ("the DVS
    Gesture dataset ... the DVS dataset"): the longest, if every other is its leading words as written."""
    if not datasets:
        return None
    if one_identity(datasets):
        return fullest(datasets)
    written = {normalize_name(text[d.start : d.end]) for d in datasets}
    full = max(datasets, key=lambda d: d.end - d.start)
    key = normalize_name(text[full.start : full.end])
    return full if all(n == key or key.startswith(n + " ") for n in written) else None


def names_other_set(text: str, s: int, e: int, named: list[_Named]) -> bool:
    """Whether the sentence measures on a set no mention covers ("on the multi-view RGB-D dataset"):
    then it is not about the one set it names."""
    sets = [n for n in named if n.role in (Role.DATASET, Role.INTRODUCED_DATASET) and s <= n.start < e]
    return any(not any(u.start() <= n.start < u.end() or _apposed(text, u.end(), n.start) for n in sets)
               for u in OTHER_SET_NOUN.finditer(text, s, e))


def _apposed(text: str, end: int, start: int) -> bool:
    """Whether a named set right after a set noun phrase names it ("a newly collected DVS dataset
    (DvsGesture)", "a new corpus of 5,000 posts—the Webis Corpus 2022"): no score and no "on",
    "in" or "and" between them."""
    gap = text[end:start]
    return 0 <= len(gap) <= 100 and not re.search(r"\d+(?:\.\d+)?\s*%|\d\.\d|\b(?:on|in|and)\b", gap)


def _taken(text: str, start: int) -> bool:
    """Whether a value written just before a set attaches to it ("84.1% top-1 accuracy on A"): then
    the set is that value's, not a later one's."""
    window = text[max(0, start - 60) : start]
    last = None
    for last in re.finditer(r"(?<![\w.@/^_-])\d+(?:\.\d+)?\s*(?:\\?%)?(?![\w-])", window):
        pass
    return last is not None and attaches(window[last.end() :])


# the rest of a parenthesis a value stands in, then the set it is measured on: "...) on the "
_PAREN_THEN_SET: Final = re.compile(r"[^()]{0,40}\)\s*(?:on|in)\s+(?:the\s+)?")
# a parenthesis opened after a common lower-case word ("results (", "performance ("), up to the value
_PAREN_AFTER_WORD: Final = re.compile(r"(?<![\w-])[a-z]+\s*\([^()]*$")


def attaches(gap: str) -> bool:
    """Whether a dataset after a value is where it was measured: "on"/"in"/"for" within a few words,
    no other number between ("top-1" is no number)."""
    # "for bag size 128 on CIFAR100": a setting's number is no other value; "against rotations in
    # [-10, 10] on ImageNet": a bracketed condition is no other value either
    if re.match(r"[^()]*\)", gap) or re.match(r"\s*%?\s*,?\s*(?:and|while|whereas|but)\s+(?:[\w-]+\s+){0,2}?(?:on|in|for)\b", gap):
        return False  # "on PTB (96.01 F1) and ... on CTB7", "89.1% and in ShapeNet segmentation, ...": another clause's set
    if re.search(r",\s*(?:and\s+|while\s+|whereas\s+|but\s+)?(?:on|in)\s", gap):
        return False  # "95.9% accuracy in CVD detection, and on the PPG-BP dataset, ...": a new clause's set
    # ("62.1% (+1.9%) on ACE05": a signed aside in parentheses is the value's change, no other value)
    bare = SETTING_NUMBER.sub("", re.sub(r"\s*\[[^\[\]]*\]", "", SIGNED_ASIDE.sub("", gap)))
    # "23.9% test error when transferring to ImageNet": the set a model is transferred to is measured on
    return len(bare) <= 45 and re.match(r"^[^.;,]*?\b(?:on|in|for|of|at|(?:transferr?(?:ing|ed)?|generaliz(?:ing|ed|es))\s+to)\b", bare) is not None \
        and not re.search(r"(?<![\w@.-])\d", bare)


def set_confidence(text: str, v: re.Match, dataset: _Named | None, unset: bool, sets_named: bool, metrics: list[_Named]) -> float:
    """How sure the attribution of a value is. A value left without a set in a sentence that names
    sets ("a mAP of 82.7% on VOC07, 80.4% on VOC12 and 34.4% on COCO" with only COCO known), or
    followed by a name no mention covers ("60.9% F1 on held-out COCO dataset"), lost its set: below
    :data:`kg.leaderboard.RANK_CONFIDENCE`, kept as evidence, never ranked. A description written after it ("on an
    internal human-annotated dataset", "on two Go datasets") names no set: none is right. ``unset``:
    the value has no set on purpose (a speed, an average across sets)."""
    if dataset is not None:
        return 0.8
    if unset:
        return 0.6
    after = SET_AFTER.match(text, v.end())
    metric = next((m for m in metrics if after is not None and after.group("name") and m.start <= after.start("name") < m.end), None)
    if metric is None and after is not None and after.group("name"):
        # "by 13.8% in Average Displacement Error (ADE)": the name opens the long form of a metric acronym
        metric = next((m for m in metrics if 0 < m.start - after.start("name") <= 50
                       and _LONG_FORM_OF.fullmatch(text, after.start("name"), m.start)), None)
    if metric is not None:
        after = SET_AFTER.match(text, metric.end)  # "60.9% in F1 score on held-out COCO dataset": the set after the metric
    if after is not None:
        name = after.group("name")
        # "for IoCs", "for the task": a name after "for" is a set only with a version or a set noun
        lost = name is not None and not any(m.start <= after.start("name") < m.end for m in metrics) \
            and (after.group("prep") != "for" or DIGIT.search(name) is not None or SET_NOUN_AFTER.match(text, after.end()) is not None)
        return 0.3 if lost else 0.6
    return 0.3 if sets_named else 0.6


def set_and_confidence(text: str, v: re.Match, dataset: _Named | None, unset: bool, sets_named: bool, metrics: list[_Named],
                       datasets: list[_Named], values: list[re.Match], alone: bool) -> tuple[_Named | None, float]:
    """The set of a value and :func:`set_confidence`; a value ``alone`` (no list, no "respectively") that lost its set
    takes the sentence's one set ("by 1.1% on AP, ..., compared to Mask-RCNN, on LVIS"; :func:`_lone_value_set`). A list's
    members are left as they are: on fresh abstracts their metrics were as often wrong ("+3.2% and +2.0% in MR and AP")."""
    conf = set_confidence(text, v, dataset, unset, sets_named, metrics)
    if conf < 0.5 and alone and _lone_value_set(text, v, datasets, metrics, values):  # below 0.5: the set was lost
        return fullest(datasets), 0.6
    return dataset, conf


def _lone_value_set(text: str, v: re.Match, datasets: list[_Named], metrics: list[_Named], values: list[re.Match]) -> bool:
    """Whether a value :func:`set_confidence` found without its set may take the sentence's one set: named before
    ``v`` or after it with no other value between ("by 2% in F1 on a NER task and by 4.3% on GLUE": GLUE is the
    4.3's), with no name other than a metric right after ``v`` ("by 1.1% on AP"; another name is its own set)."""
    if not datasets or not one_identity(datasets):
        return False
    first = min(d.start for d in datasets)
    if first > v.start() and any(v.end() <= w.start() < first for w in values):
        return False
    after = SET_AFTER.match(text, v.end())
    metric = next((m for m in metrics if after is not None and after.group("name") and m.start <= after.start("name") < m.end), None)
    if metric is not None:
        after = SET_AFTER.match(text, metric.end)  # "60.9% in F1 score on held-out Foo-2 data": the name after the metric
    return after is None or after.group("name") is None


_NAME_MORE: Final = re.compile(r"(?:\s+(?:[A-Z]{2,}[\w-]*|(?:19|20)\d\d)\b){1,2}(?![\w-])")


def _own_unknown_set(text: str, v: re.Match, datasets: list[_Named], metrics: Sequence[_Named]) -> _Named | None:
    """The name no mention covers written right after a value that follows the sentence's one set, which an
    earlier value takes ("error reduction of 9.9% on CATiB and 6.1% on UD", "80.1 f-score for the MSRA-TD500,
    67.1 f-score for the ICDAR2017-RCTW"): that name, not the earlier value's set, is where it was measured."""
    after = SET_AFTER.match(text, v.end())
    if after is None or after.group("name") is None or not all(d.end <= v.start() for d in datasets) or not _taken(text, datasets[-1].start):
        return None
    name, end = after.group("name"), after.end("name")
    if name.endswith("-") or _a_metric(after.start("name"), end, metrics):
        return None  # "on Im- ageNet": a word broken at a line end, no name ("by 2.5 on BLEU4": a metric, no set)
    more = _NAME_MORE.match(text, end)  # "on Invalsi ITA", "on Foo 2016": an acronym or an edition goes on the name
    if more:
        name, end = name + more.group(), more.end()
    if DIGIT.search(name) is None and len(re.findall(r"[A-Z]", name)) < 2 and SET_NOUN_AFTER.match(text, end) is None:
        return None  # "on the Chinese college entrance exam", "for Italian": a set's name has a version, capitals or a set noun
    if after.group("prep") == "for" and DIGIT.search(name) is None and SET_NOUN_AFTER.match(text, end) is None:
        return None  # "for IoCs": a name after "for" is a set only with a version or a set noun
    return _Named(after.start("name"), end, name, Role.DATASET)


def dataset_for(text: str, v: re.Match, datasets: list[_Named], other_set: bool = False, metrics: Sequence[_Named] = ()) -> _Named | None:
    if not datasets:
        return None
    unknown = UNKNOWN_SET_AFTER.match(text, v.end())
    if unknown and not any(unknown.start() <= d.start < unknown.end() + 3 for d in datasets):
        # "75.2% mAP on our own classroom dataset", "75% F1 on Re-OIE2016" (no mention); "84.9% accuracy on FMD and
        # 86.3% accuracy on UIUC material database": the set written after the value, when the one before is another's
        return _own_unknown_set(text, v, datasets, metrics)
    # "S3DIS (+10.1 mAP)", "on PTB (95.92 F1) and on CTB (...)": the name right before the parenthesis
    head = re.search(r"(\S)\s*\(\s*[+$]*\s*$", text[max(0, v.start() - 8) : v.start()])
    if head:
        end = v.start() - 8 + head.end(1) if v.start() >= 8 else head.end(1)
        named_head = next((d for d in datasets if d.end == end), None)
        if named_head is not None:
            return named_head
    after = [d for d in datasets if d.start >= v.end() and attaches(text[v.end() : d.start])]
    if after:
        return after[0]
    # "86.5% ImageNet-1K top-1 accuracy": a set written right after the value (only a unit between) is the
    # value's (its metric, read past the set by result_metric_of.SET_METRIC_GAP, is not checked here)
    touching = next((d for d in datasets if d.start >= v.end() and _SET_THEN_METRIC.fullmatch(text, v.end(), d.start)), None)
    if touching is not None:
        return touching
    closed = _PAREN_THEN_SET.match(text, v.end())
    if closed is not None and _PAREN_AFTER_WORD.search(text, max(0, v.start() - 60), v.start()) \
            and (named_after := next((d for d in datasets if d.start == closed.end()), None)) is not None:
        # "competitive results (IS=8.81, FID=9.91) on the CIFAR-10 dataset": values in a parenthesis after a
        # common word are on the set the parenthesis is followed by ("on PTB (96.01 F1)" is PTB's)
        return named_after
    if head and not re.search(r"(?<![\w-])(?!(?:benchmarks|datasets|sets|tasks|corpora|domains)\b)[a-z]+\s*\(\s*[+$]*\s*$",
                              text[max(0, v.start() - 30) : v.start()]):
        return None  # "on PTB (95.92 F1)" with PTB unknown; "testing in seen kitchen (74.9%)" names no set
    one = None if other_set else one_set(datasets, text)  # "... on the multi-view RGB-D dataset and 52.3% on SUN RGB-D"
    if one is not None and (own := _own_unknown_set(text, v, datasets, metrics)) is not None:
        return own  # "9.9% on CATiB and 6.1% on UD" with UD unknown: CATiB is the earlier value's, UD this one's
    if _other_name_after(text, v, datasets, metrics):
        return None  # the value is on a set-like name no mention covers, not on the sentence's other set
    if one is not None:
        return one  # a sentence about one dataset is unambiguous
    # "On ImageNet, it reaches 80.1% top-1 (and on COCO ...)": the last "on X" before the value,
    # when no other dataset stands between them
    before = [d for d in datasets if d.end <= v.start()]
    if before and (later := _own_clause_set(text, v, before[-1], datasets)) is not None:
        return later
    if before and re.search(r"\b(?:[Oo]n|[Ii]n|[Ff]or)\s+(?:the\s+)?$", text[max(0, before[-1].start - 8) : before[-1].start]) \
            and not re.search(r"\b(?:on|in|for)\s+(?:the\s+)?[A-Z]|;", text[before[-1].end : v.start()]) and not DATASET_LIST_AFTER.match(text, before[-1].end) \
            and not SET_THEN_ITEM_GAP.match(text[before[-1].end : v.start()]) \
            and not _taken(text, before[-1].start):
        # "on A, and 37.1% ... on B": a new item; "84.1% top-1 on A, 49.2% AP on B": A has its own value
        return before[-1]
    paired = next((d for d in datasets if d.start >= v.end()), None)
    if paired is not None and (PAIRS_THEN_SET_GAP.match(text[v.end() : paired.start]) or VALUE_PAIRS_THEN_SET_GAP.match(text[v.end() : paired.start])):
        # "a DSC of 83.4% and an HD95 of 3.83 on the X dataset", "81.9% mAP and 83.3% mIoU on A, and ...": the pairs share the set
        return paired
    return None


# "on the AQUA-RAT test set and boosts accuracy from 85.19% to 87.59% ... on the ScienceQA test set": a coordinated
# clause with its own scoring verb starts between the set before and the value
_NEW_CLAUSE_GAP: Final = re.compile(r"\band\s+(?:\w+ly\s+)?(?:boost|improv|achiev|reach|obtain|attain|rais|increas|reduc|lower|yield|"
                                    r"outperform|surpass|push|lift)\w*\b", re.I)
_VALUE_OR_BREAK: Final = re.compile(r"\d+(?:\.\d+)?\s*(?:\\?%|points?\b)|\b\d+\.\d+|;|\bwhile\b|\bwhereas\b|,\s*and\b|\brespectively\b", re.I)


def _own_clause_set(text: str, v: re.Match, before: _Named, datasets: list[_Named]) -> _Named | None:
    """The set named "on X" after the value, when the value's clause began after the set before it ("Our model
    improves over CoT on the AQUA-RAT test set and boosts accuracy from 85.19% to 87.59% using T5 over Multimodal-CoT
    on the ScienceQA test set": ScienceQA's), with no other value or clause between the value and that set."""
    if not _NEW_CLAUSE_GAP.search(text, before.end, v.start()):
        return None
    later = next((d for d in datasets if d.start >= v.end()), None)
    if later is None or not ON_SET_BEFORE.search(text[max(0, later.start - 8) : later.start]):
        return None
    return None if _VALUE_OR_BREAK.search(text, v.end(), later.start) else later


# a value, a few words, then "on" and a name: "6.1% on UD", "7.3% improvement on Drone-Action"
_NAME_AFTER: Final = re.compile(r"\s*(?:\\?%|\$)?\s*(?:(?!and\s|or\s)[\w@-]+\s+){0,3}?on\s+(?:the\s+)?(?P<name>[A-Z][\w.@-]*[\w])(?P<paren>\s*\([^()]{1,20}\))?")


def _other_name_after(text: str, v: re.Match, datasets: list[_Named], metrics: Sequence[_Named]) -> bool:
    """Whether the value is written before a set-like name (a digit or two capitals) that no named set covers or
    shares a word with ("on UD", not "on the UCI Letters" with "UCI" named, not "on the Something-Something-v2
    (SSv2) dataset" with "SSv2" named): the value is on that set, not on another the sentence names."""
    after = _NAME_AFTER.match(text, v.end())
    if after is None or HARDWARE_AFTER.match(text, after.end("name")) or METRIC_NOUN_AFTER.match(text, after.end("name")) \
            or not re.search(r"\d|[A-Z].*[A-Z]", after.group("name")) or _a_metric(after.start("name"), after.end("name"), metrics):
        # ("by 6.5% on HOTA metric", "by 2.5 on BLEU4": a measure)
        return False
    first = re.split(r"[\s-]", after.group("name"))[0].lower()
    return not any(d.start < after.end() and after.start("name") < d.end or text[d.start : d.end].lower().startswith(first)
                   for d in datasets)


_ACRONYM_AFTER: Final = re.compile(r"\s*\(\s*([A-Z][\w-]{0,11})\s*\)")


def not_task_acronyms(text: str, named: list[_Named], mentions: Sequence, field: str) -> list[_Named]:
    """``named`` without the sets that are the acronym the text defines for a task it names ("a novel task of
    detecting emotional reasoning (ER) ... 3.56% accuracy on the ER detection task": ER is the task, no set)."""
    sets = {text[n.start : n.end] for n in named if n.role is Role.DATASET}
    if not sets:
        return named
    # (only an acronym a set is written as matters: the set-noun test below is compiled per acronym)
    acronyms = {a.group(1) for m in mentions if m.role is Role.TASK and m.field == field
                and (a := _ACRONYM_AFTER.match(text, m.end)) is not None and a.group(1) in sets}
    # ("Legal Event Detection (LED) ... existing LED datasets": an acronym the text also writes before a set noun names sets too)
    acronyms = {a for a in acronyms if not re.search(rf"(?<![\w-]){re.escape(a)}\s+(?:datasets?|data sets?|corpus|corpora|benchmarks?)\b", text)}
    return [n for n in named if n.role is not Role.DATASET or text[n.start : n.end] not in acronyms] if acronyms else named


def _a_metric(start: int, end: int, metrics: Sequence[_Named]) -> bool:
    """Whether a metric mention overlaps text[start:end] ("on BLEU4": a measure the value is in, no set)."""
    return any(m.start < end and start < m.end for m in metrics)


def unknown_named_sets(text: str, s: int, e: int, named: list[_Named]) -> list[_Named]:
    """The names the sentence measures "on"/"in"/"for" that no mention covers ("on WMT'14
    English-German", "for GTA-to-Cityscapes", "in Foo Challenge 2016")."""
    out = []
    for m in [*NAMED_SET.finditer(text, s, e), *NAMED_HEAD_PAREN.finditer(text, s, e)]:  # "and Union14M-Benchmark (61.6%"
        if not any(n.start < m.end("name") and m.start("name") < n.end for n in named) \
                and not (HARDWARE_AFTER.match(text, m.end("name")) or METRIC_NOUN_AFTER.match(text, m.end("name"))):
            end = m.end("name")
            more = SET_NAME_MORE.match(text, end)  # "WMT’15" + " English-Czech"
            if more and not any(end <= n.start < more.end() for n in named):
                end = more.end()
            out.append(_Named(m.start("name"), end, text[m.start("name") : end].rstrip(".’'"), Role.DATASET))
    return out


_ON_GAP: Final = re.compile(r"\s+on\s+(?:the\s+)?")


def written_after_values(text: str, s: int, e: int, named: list[_Named]) -> list[_Named]:
    """ "88.0% on MapillarySLS" in a sentence naming known sets too: the names no mention covers
    written right after a value ("on"), which are those values' sets."""
    if " on " not in text[s:e]:
        return []
    return [u for u in unknown_named_sets(text, s, e, named) if VALUE_ON_BEFORE.search(text, max(s, u.start - 30), u.start)]


def with_written(text: str, members: list[re.Match], dataset_of: list[_Named | None], written: list[_Named]) -> list[_Named | None]:
    """Each value's set, a value left without one taking the name written right after it ("88.0% on MapillarySLS")."""
    if not written:
        return dataset_of
    return [d or next((u for u in written if _ON_GAP.fullmatch(text, v.end(), u.start)), None) for d, v in zip(dataset_of, members)]


_EDITION_OF: Final = re.compile(r"(?P<head>.*?[A-Za-z][\s_-]?)(?:19|20)\d\d")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_EDITION_JOIN: Final = re.compile(r"\s*(?:and|&|/|,)\s*")  # "VOC 2007 and 2012", "CUB-2010/2011"


def elliptical_editions(text: str, named: list[_Named]) -> list[_Named]:
    """The sets, a bare edition year written after an edition of a set taking that set's name ("on VOC 2007 and
    2012 benchmarks": "VOC 2012", "the CUB-2010 and 2011 bird datasets": "CUB-2011"); a year alone names no set."""
    if not any(n.role is Role.DATASET and _YEAR.fullmatch(n.name) for n in named):
        return named
    out: list[_Named] = []
    prev: _Named | None = None
    for n in named:
        if n.role is Role.DATASET and _YEAR.fullmatch(n.name):
            head = _EDITION_OF.fullmatch(prev.name) if prev is not None else None
            if prev is None or head is None or not _EDITION_JOIN.fullmatch(text, prev.end, n.start):
                continue  # (a year no set heads is no set)
            key = _EDITION_OF.fullmatch(prev.key) if prev.key else None
            n = n._replace(name=head.group("head") + n.name, key=key.group("head") + n.name if key else None)
        if n.role in (Role.DATASET, Role.INTRODUCED_DATASET):
            prev = n
        out.append(n)
    return out


def own_set_phrases(text: str, named: list[_Named]) -> list[_Named]:
    """ "FINO-Net achieves 98.60% detection accuracy on our novel dataset" in a paper that introduces
    one set (FAILURE): the phrase names that set, as a mention of it would."""
    intro = [n for n in named if n.role is Role.INTRODUCED_DATASET]
    if not intro or not one_identity(intro) or not OWN_SET_WORD.search(text):
        return []
    own = fullest(intro)
    return [_Named(m.start(), m.end(), own.name, Role.DATASET, own.key) for m in OWN_SET.finditer(text)
            if not any(n.start < m.end() and m.start() < n.end for n in named)]


# what joins two sets of one list: "A and B", "A, B", "the A and the B datasets"
_SET_JOIN_GAP: Final = re.compile(r"\s*(?:data\s?sets?|benchmarks?)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|as\s+well\s+as\s+)(?:the\s+|on\s+(?:the\s+)?)?")
# what ends such a list: a set noun, the clause's end, or the comparison the value is of ("on A and B over X");
# not a verb ("on A, and B is left for future work": B heads a clause of its own)
_SET_LIST_END: Final = re.compile(r"(?:\s+(?:data\s?sets?|benchmarks?|corpora|test\s+sets?))?\s*(?:[.,;:)]|$|(?:over|compared|than|against|respectively)\b)")


def over_sets(text: str, v: re.Match, datasets: list[_Named]) -> bool:
    """Whether one value is written before two or more sets joined as a list ("a 60% lower error on Cambridge Landmarks
    and 7-scenes datasets"): a value over them all, of no one set (the gold conventions leave it without a set)."""
    # (a key of None beside a str would stop a plain tuple sort: two readings of one span)
    after = sorted((d for d in datasets if d.start >= v.end()), key=lambda d: (*d[:4], d.key or ""))
    if len(after) < 2 or not attaches(text[v.end() : after[0].start]) or one_identity(after[:2]):
        return False
    last = 0
    while last + 1 < len(after) and _SET_JOIN_GAP.fullmatch(text, after[last].end, after[last + 1].start) \
            and not re.match(r"\d*\.\d|\d+\s*%", text[after[last + 1].start : after[last + 1].end]):  # ("2.2ROUGE-L": a value, no set)
        last += 1
    return last > 0 and _SET_LIST_END.match(text, after[last].end) is not None

"""Qualifiers that belong to a name: the year, version, split or language pair written after it.

"PASCAL VOC 2007", "MS MARCO 2.1", "WMT'14 English-German", "COCO test-dev", "FlowNet 2.0":
a dataset's year or version, its split and its translation direction name a distinct resource
(results on "KITTI 2015" are not results on "KITTI 2012"), so the span grows to take them and
drops the catalogue's canonical name, which names the family. Rules found the bare name; this
revision runs in the resolver (:func:`kg.extract.resolve.revise`) before roles are decided.

- datasets: a year ("VOT 2018") or two ("PASCAL VOC 2007/2012") and the numbered task or track of
  that year's evaluation ("SemEval 2010 Task 8"), an apostrophe year ("WMT'16", "WMT’15"), a dotted version
  ("SFEW 2.0"), a spaced "v2" ("LVIS v1", "COCO-Text V2"), a short number that ends the phrase or the text ("WMT 16,", a title's "for WMT 16"); then a split with a hyphen or
  digits ("test-dev", "test-clean", "val2017"); then a language pair ("English-German", "En-De",
  "English→Russian", "Zh->En"), after a bare name only of language names or codes ("WMT
  German-English", not "StarCraftII Multi-Agent");
- methods: a dotted version or "v2" / "V2" ("FlowNet 2.0", "YOLO v3", "MobileNet V2"), then a size in billions of
  parameters ("Llama 2 70B") and a model tier ("GPT-4 Turbo", "Claude-3 Opus");
- metrics: the dimension written before the name ("3D IoU", "BEV mAP", "2D AP"): "3D IoU" is a
  measure of its own, not the "IoU" of 2D boxes.

A year written after such a year names the same dataset of that year: "PASCAL VOC 2007 and 2012",
"BraTS 2019, 2020": the second year becomes a mention of its own, "2012" as written, whose
canonical name is the first one's with the year swapped ("PASCAL VOC 2012"), so the graph has both.

A number followed by a counted noun ("COCO 80 classes") is no qualifier, nor is a score
("Hallo 20.93": a version has one digit before and after its dot). Nor is the year of an event
("COCO 2016 challenge", "MS COCO 2015 segmentation competition", "WMT 2016 shared news
translation task"): it dates a competition held on the dataset, not a version of it.

A name a context rule found right after a "/" or "&" glued to a word ("CNN/DailyMail",
"xFlickr&CO", "DAVIS17-Val/Test") is the end of one name written with the glue, so the span grows
back over the glued word; not when that word is a dataset found on its own ("HMDB51/UCF101",
"LaSOT/TNL2K": two names), a plain word or a dimension ("Odometry/SLAM", "3D/4D LPS"), or one of
two short acronyms ("RGB/IR"), nor inside a URL.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .cue_lists import NATURAL_LANGUAGES
from .doc import Candidate

__all__ = ["extend_qualifiers", "year_siblings"]

_DATA_VERSION: Final = re.compile(
    r"(?:\s?['\u2019](?:\d\d)|\s(?:19|20)\d\d|[\s\-]v?\d\.\d|\s[vV]\d{1,2}(?![\w\-])|\s\d{1,2}(?=[,.;:)]|\s*$|\n|\s+(?:and|or|test|dev|val)\b))(?![\w.\-]?\d)"
)
# A year followed, within three lower-case words, by the event it dates.
_EVENT_AFTER_YEAR: Final = re.compile(
    r"\s+(?:[a-z][\w\-]*\s+){0,3}?(?:challenges?|competitions?|contests?|workshops?|shared\s+(?:[a-z]+\s+){0,3}?tasks?)(?![\w\-])"
)
_SECOND_YEAR: Final = re.compile(r"/(?:19|20)?\d\d(?![\w\-/]|\.\d)")
_TASK_NUMBER: Final = re.compile(r"\s(?:[Tt]ask|Track|[Ss]ubtask)\s?\d{1,2}[a-cA-C]?(?![\w\-]|\.\d)")
_ENDS_IN_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d\Z")
_SPLIT: Final = re.compile(r"\s(?:test|dev|val|train)(?:-[a-z]+|\d{4})(?![\w\-])")
_LANG: Final = r"[A-Z][a-z]+"  # a language or its code: "German", "De"
_LANG_WORD: Final = re.compile(_LANG)
# a language pair from its separator on ("->English"), and whole (" Chinese->English")
_PAIR_REST: Final = re.compile(rf"\s?(?:->|[-\u2013\u2014\u2192>])\s?{_LANG}(?![\w\-])")
_PAIR: Final = re.compile(rf"\s{_LANG}" + _PAIR_REST.pattern)
_LANGUAGE_CODES: Final = frozenset("En De Fr Zh Ro Cs Ru Ja Es It Ko Ar Tr Fi Et Vi Lv Kk Gu Lt Hi Pt Nl Ne Si Km Ps".split())
# ", 2012", " and 2012", " & 2012" after a name ending in a year; not "2012/13" nor "2012.5".
_YEAR_SIBLING: Final = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?P<year>(?:19|20)\d\d)(?![\w\-/]|\.\d)")
_METHOD_VERSION: Final = re.compile(r"\s(?:[vV]\d+(?:\.\d+)?|\d\.\d)(?![\w.\-]?\d|\s?%)")
# "GPT-4 Turbo", "Claude-3 Opus", "Llama 2 70B", "Qwen2.5-72B Instruct": the size in parameters
# and the tier of a model family name one checkpoint, not the family.
_METHOD_SIZE: Final = re.compile(r"[\s\-]\d+(?:\.\d+)?B(?![\w\-.]|\s+(?:parameters|params|tokens))")
_METHOD_TIER: Final = re.compile(r"[\s\-](?:Opus|Sonnet|Haiku|Turbo|Pro|Ultra|Flash|Nano|Mini|Instruct|Chat)(?![\w\-])")
_METRIC_DIM_BEFORE: Final = re.compile(r"(?<![\w\-])(?:2D|3D|BEV)[\- ]\Z")
# The word glued before a name by "/" or "&", led by a space, bracket or the text's start (not a URL's path).
_GLUED_BEFORE: Final = re.compile(r"(?:(?<=[\s(\[])|\A)[A-Za-z0-9][\w\-+]*[A-Za-z0-9+][/&]\Z")
# A plain word or a dimension glued before a name is no part of it ("Odometry/SLAM", "3D/4D LPS").
_PLAIN_GLUED: Final = re.compile(r"(?:[A-Z][a-z]+|\d[A-Z])[/&]\Z")
_SHORT_CAPS: Final = re.compile(r"[A-Z]{1,3}[/&]\Z")
_DATA_ROLES: Final = (Role.DATASET, Role.INTRODUCED_DATASET)
_METHOD_ROLES: Final = (Role.METHOD, Role.PROPOSED)


def _languages(m: re.Match) -> bool:
    """Both sides of the pair ``m`` are natural languages or their two-letter codes."""
    return all(w in NATURAL_LANGUAGES or w in _LANGUAGE_CODES for w in _LANG_WORD.findall(m.group()))


def _extended_end(text: str, c: Candidate) -> int:
    end = c.end
    if c.role in _DATA_ROLES:
        versioned = end > c.start and text[end - 1].isdigit()
        m = _DATA_VERSION.match(text, end)
        if m and m.group().strip()[:2] in ("19", "20") and _EVENT_AFTER_YEAR.match(text, m.end()):
            return end  # "COCO 2016 challenge": the year of an event held on the dataset
        if m:
            end, versioned = m.end(), True
        if _ENDS_IN_YEAR.search(text, max(c.start, end - 4), end):
            m = _SECOND_YEAR.match(text, end)
            end = m.end() if m else end  # "PASCAL VOC 2007/2012": both years
            m = _TASK_NUMBER.match(text, end)
            end = m.end() if m else end  # "SemEval 2010 Task 8": one task of the year's evaluation
        m = _SPLIT.match(text, end)
        if m:
            end = m.end()
        m = _PAIR.match(text, end)
        if m and not versioned and not _languages(m):
            m = None  # after a bare name only languages make a pair ("WMT German-English"; not "Multi-Agent")
        if m is None and text[end - 1:end].isalpha():
            # "NIST Chinese->English": a rule took the name up to the first language
            m = _PAIR_REST.match(text, end)
            if m and not (text[c.start:end].split()[-1] in NATURAL_LANGUAGES and _languages(m)):
                m = None
        if m:
            end = m.end()
    elif c.role in _METHOD_ROLES:
        for pattern in (_METHOD_VERSION, _METHOD_SIZE, _METHOD_TIER):
            m = pattern.match(text, end)
            if m:
                end = m.end()
    return end


def year_siblings(text: str, c: Candidate) -> list[Candidate]:
    """The same dataset of the other years written after ``c``'s year ("PASCAL VOC 2007 and 2012"):
    one candidate per year, spanning the year, named by ``c``'s name with the year swapped."""
    y = _ENDS_IN_YEAR.search(text, max(c.start, c.end - 4), c.end)
    if y is None or y.start() <= c.start:
        return []
    family = text[c.start : y.start()]  # with its separator: "PASCAL VOC ", "DAVIS-"
    years, at = [], c.end
    for _ in range(4):
        m = _YEAR_SIBLING.match(text, at)
        if m is None:
            break
        years.append(m.span("year"))
        at = m.end()
    if not years or _EVENT_AFTER_YEAR.match(text, at):
        return []  # "ILSVRC 2015 and 2016 challenges": years of events
    return [Candidate(c.role, s, e, "datasets:year-sibling", c.confidence, canonical=family + text[s:e])
            for s, e in years]


def _glued_start(text: str, c: Candidate, data_spans: set[tuple[int, int]]) -> int:
    """Where ``c`` starts once grown back over a word glued to it by "/" or "&" ("CNN/DailyMail")."""
    if c.start < 3 or text[c.start - 1] not in "/&" or c.rule.startswith("catalogue"):
        return c.start
    m = _GLUED_BEFORE.search(text, max(0, c.start - 40), c.start)
    if m is None or not any(ch.isupper() for ch in m.group()) or _PLAIN_GLUED.match(m.group()):
        return c.start
    if _SHORT_CAPS.match(m.group()) and _SHORT_CAPS.match(text[c.start : c.end] + "/"):
        return c.start  # "RGB/IR", "EEG/LFP": two short acronyms, modalities more often than one name
    if any(e == c.start - 1 and s <= m.start() for s, e in data_spans):
        return c.start  # "HMDB51/UCF101", "PASCAL VOC/SBD": a dataset ends at the glue, two written together
    return m.start()


def extend_qualifiers(text: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates, dataset and method spans grown over the qualifiers written after them,
    metric spans over the dimension written before them; a dataset's sibling years
    (:func:`year_siblings`) are added after them."""
    out = []
    siblings: list[Candidate] = []
    # names found on their own: the catalogue's, or a list's items ("aPascal/aYahoo"); read only
    # at a glue, which most texts (85% of corpus abstracts) do not hold
    data_spans = set() if "/" not in text and "&" not in text else {
        (c.start, c.end) for c in found if c.role in _DATA_ROLES and c.rule.startswith(("catalogue", "lists:"))}
    for c in found:
        if c.role is Role.METRIC:
            m = _METRIC_DIM_BEFORE.search(text, max(0, c.start - 4), c.start) if c.start >= 3 else None
            out.append(c._replace(start=m.start(), canonical=None) if m else c)
            continue
        end = _extended_end(text, c) if c.role in _DATA_ROLES or c.role in _METHOD_ROLES else c.end
        c = c._replace(end=end, canonical=None) if end != c.end else c
        start = _glued_start(text, c, data_spans) if c.role in _DATA_ROLES else c.start
        c = c._replace(start=start, canonical=None) if start != c.start else c
        out.append(c)
        if c.role in _DATA_ROLES:
            siblings.extend(year_siblings(text, c))
    return out + siblings

"""What keeps apart results that one dataset or metric node merges but that no leaderboard may rank
together: the dataset's edition (PASCAL VOC 2007 and 2012, ICDAR 2013 and 2015 are other test
sets under one name), the setting the paper works in (COCO multi-label classification mAP is no
detection mAP), and the metric's cut-off (pass@1 and pass@10 under one ``pass@k``).

Each is read from what the result's sentence (and, for the setting, the paper's title) writes,
never guessed: a result whose sentence writes no edition keeps the edition "" (its own table).
"""

from __future__ import annotations

import re
from functools import lru_cache

import networkx as nx

from .editions import edition_key
from .graph.ids import catalogue_editions, catalogue_own_numbers
from .model import EntityType

__all__ = ["variants", "edition_of", "setting_of", "cutoff_of", "SETTINGS", "SENTENCE_SETTINGS", "UNRANKED_SETTINGS", "unranked"]

# "VOC2007", "PASCAL VOC 2012", "IC13", "ICDAR-2015", "MOT17": a name ending in its edition
_EDITION = re.compile(r"^(?P<stem>.*?[A-Za-z])[\s_'’-]*(?P<ed>\d{2,4})$")
#: Settings that make a separate leaderboard track on the same dataset and metric, with the words
#: that state them (in the result's sentence or the paper's title).
SETTINGS = (
    ("multi-label", re.compile(r"\bmulti-?label\b", re.I)),
    # ("Webly Supervised Semantic Segmentation": labels from web search, no pixel labels either)
    ("weakly supervised", re.compile(r"\b(?:weakly|webly)[- ]supervised\b", re.I)),
    ("semi-supervised", re.compile(r"\bsemi-?supervised\b", re.I)),
    ("zero-shot", re.compile(r"\bzero-?shot\b", re.I)),
    ("few-shot", re.compile(r"\bfew-?shot\b|\b(?:one|\d+)-shot\b", re.I)),
    # a character-level language model's perplexity (or bits per character) is no word-level one
    ("character-level", re.compile(r"\bchar(?:acter)?[- ]level\b|\bcharacter (?:language|LM)\b", re.I)),
    # learning without any labels ("our unsupervised pre-trained AlexNet reaches 54.4% mAP on VOC
    # 2007", "Unsupervised Neural Machine Translation"); "self-supervised" is not one: such papers
    # mostly report fine-tuned scores, rivals of the supervised ones
    ("unsupervised", re.compile(r"\bunsupervised\b", re.I)),
    # trained on a source domain, scored on a target one ("81.8% on HMDB --> UCF" of "Temporal Attentive
    # Alignment for Large-Scale Video Domain Adaptation", "Domain Adaptive Person Search": 34.7% mAP on PRW)
    ("domain adaptation", re.compile(r"\bdomain[- ]adapt(?:ation|ive)\b", re.I)),
    # a student distilled or a model quantized without the training data ("Data-Free Learning of Student
    # Networks": 92.22% on CIFAR-10 "without any training data") is no rival of a model trained on it
    ("data-free", re.compile(r"\bdata-?free\b|\bwithout (?:any )?training data\b", re.I)),
    # a user's clicks or scribbles guide the model ("ScribbleBox: Interactive Annotation Framework for Video
    # Object Segmentation" reaches 88.92% J&F on DAVIS 2017 with 9.14 clicks per track)
    ("interactive", re.compile(r"\binteractive(?:ly)?\b", re.I)),
)
#: Settings whose results no table ranks: accuracies under attack compare only under one threat model (attack,
#: budget, norm), which an abstract seldom writes ("55.7% under 10-iteration PGD", "bringing CIFAR10 models down to
#: 3%", a defended model's clean "92% ... without any attack" in the same sentence).
UNRANKED_SETTINGS = frozenset({"under attack"})
#: Settings read from the result's sentence only, since the paper's title speaks of all its
#: numbers: a self-supervised paper's fine-tuned scores, a robustness paper's clean accuracies.
#: "72.1% on the ImageNet linear evaluation protocol" scores frozen features; "55.7% under
#: 10-iteration PGD white-box attacks", "a certified top-1 accuracy of 49%" are accuracies under
#: attack: neither is a rival of a clean, fine-tuned accuracy.
SENTENCE_SETTINGS = (
    # "with 1% of ImageNet-1K labels, we achieve 75.1%", "using only 4,000 labeled images": a fraction of the labels
    ("semi-supervised", re.compile(r"\b(?:with|using)\s+(?:only\s+)?(?:\d[\d,.]*\s*%\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?labels|"
                                   r"\d[\d,]*\s+(?:labels|label(?:l)?ed\s+(?:images|samples|examples)))\b", re.I)),
    # "for the privacy budget of (epsilon, delta)=(3, 1e-5), our model obtains 98.57%": a private model's accuracy
    ("differentially private", re.compile(r"\bprivacy budgets?\b|\bdifferential(?:ly)? priva", re.I)),
    # "with a linear SVM on ModelNet40" probes features; "in linear SVMs for classification" is a method
    ("linear probe", re.compile(r"\blinear (?:evaluation|probe|probing)\b|\b(?:for|with) (?:a )?linear SVMs?\b", re.I)),
    # a mask AP is no box AP: "achieves 29.8 mAP on MS COCO" of "a model for real-time instance segmentation"
    # (COCO's "mAP" names both); not when the sentence also speaks of detection or of another task's score
    ("instance segmentation", re.compile(r"^(?!.*\b(?:detect\w*|classif\w*|semantic)\b).*\binstance[- ]segmentation\b",
                                         re.I | re.S)),
    ("under attack", re.compile(
        r"\battack(?:s|ed|ing)?\b|\bcertified\b|\bcertifiably\b|\bPGD\b|\b(?:white|black)-box\b|\brobust accuracy\b"
        r"|\badversarial (?:perturbations?|examples?|inputs?|noise)\b", re.I)),
)
_CUTOFF = re.compile(r"^(?P<stem>[A-Za-z][\w-]*?)\s*@\s*(?:\d+|k|K)$")


def _year(ed: str) -> str:
    """ "2007" and "07" are one edition (:func:`kg.editions.edition_key` of a yearly family); "400"
    (Kinetics-400), which names a set, stays as written."""
    return edition_key(ed, yearly=True) or ed


@lru_cache(maxsize=4096)
def _own_editions(own: tuple[str, ...]) -> frozenset[str]:
    """The editions the numbers ``own`` stand for: they name the node's set itself."""
    return frozenset(_year(n) for n in own)


@lru_cache(maxsize=4096)
def _editions(names: tuple[str, ...], own: tuple[str, ...] = ()) -> re.Pattern | None:
    """A pattern finding a written edition of a dataset known under ``names``, when its names
    carry two editions or more (one edition, "COCO 2017", splits nothing), not counting the
    numbers ``own`` that name the node's set itself ("200" and "2011" of CUB-200-2011)."""
    stems, eds = set(), set()
    for n in names:
        m = _EDITION.match(n.strip())
        if m:
            stems.add(m.group("stem").strip())
            eds.add(_year(m.group("ed")))
    # editions apart from the node's own set: two, or one beside the own one ("ILSVRC2010" under ImageNet, whose
    # "ILSVRC-2012" is the set itself); a number that names a set ("Atari 2600") is none
    other = {e for e in eds - _own_editions(own) if edition_key(e, yearly=True)}
    if not other or len(eds) < 2:
        return None
    stems |= {n for n in names if not _EDITION.match(n.strip())}
    alt = "|".join(sorted((re.escape(x) for x in stems if len(x) >= 2), key=len, reverse=True))
    # (not a count closing a name: "ImageNet-21K" is another set, no edition "2021" of ImageNet)
    return re.compile(rf"(?<![\w-])(?:{alt})[\s_'’-]*(?P<ed>\d{{2,4}})(?![^\W_])", re.I)


def _value_at(sentence: str, written: str) -> int:
    m = re.search(rf"(?<![\d.]){re.escape(written)}(?![\d])", sentence)
    return m.start() if m else -1


def edition_of(sentence: str, written: str, names: tuple[str, ...], own: tuple[str, ...] = ()) -> str:
    """The edition of the set a value is on: the first written after the value, before the next
    number ("81.3% on VOC 2007, 80.7% on VOC 2012"), else the last written before it ("On VOC2012,
    we reach 79.1%"); "" when the sentence writes none, or writes a number of ``own``, which names
    the node's set itself ("OTB2015" of OTB-100)."""
    ed = _edition_of(sentence, written, names, own)
    return "" if ed in _own_editions(own) else ed


def _edition_of(sentence: str, written: str, names: tuple[str, ...], own: tuple[str, ...]) -> str:
    pattern = _editions(names, own)
    at = _value_at(sentence, written)
    if pattern is None or at < 0:
        return ""
    found = list(pattern.finditer(sentence))
    after = [m for m in found if m.start() > at]
    nxt = re.search(r"(?<![\w.])\d+(?:\.\d+)?\s*%|(?<![\w.])\d+\.\d+", sentence[at + len(written):])
    limit = at + len(written) + (nxt.start() if nxt else len(sentence))
    if after and after[0].start() < limit:
        return _year(after[0].group("ed"))
    before = [m for m in found if m.end() <= at]
    return _year(before[-1].group("ed")) if before else ""


def setting_of(sentence: str, title: str) -> str:
    """The first of :data:`UNRANKED_SETTINGS` the sentence states ("our semi-supervised model keeps
    61.3% under PGD attack": an accuracy under attack, whatever else the sentence says), else the first
    of :data:`SETTINGS` the sentence or the title states, else the first of :data:`SENTENCE_SETTINGS`
    the sentence states, "" for none."""
    unranked_ = next((name for name, cue in SENTENCE_SETTINGS if name in UNRANKED_SETTINGS and cue.search(sentence)), "")
    found = unranked_ or next((name for name, cue in SETTINGS if cue.search(sentence) or cue.search(title)), "")
    # (the unranked cues were searched above and found nothing)
    return found or next((name for name, cue in SENTENCE_SETTINGS if name not in UNRANKED_SETTINGS and cue.search(sentence)), "")


def cutoff_of(sentence: str, written: str, metric: str, aliases: tuple[str, ...]) -> str:
    """ "pass@10" for a value of a ``pass@k`` metric the sentence writes as pass@10 (the written
    cut-off nearest the value); "" for a metric whose names carry no @k."""
    stems = {m.group("stem") for n in (metric, *aliases) if (m := _CUTOFF.match(n))}
    at = _value_at(sentence, written)
    if not stems or at < 0:
        return ""
    alt = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
    found = list(re.finditer(rf"(?<![\w-])(?:{alt})\s*@\s*(?P<k>\d+|[kK])\b", sentence, re.I))
    if not found:
        return ""
    near = min(found, key=lambda m: abs(m.start() - at) if m.start() > at else abs(at - m.end()) + 10)
    return f"{min(stems, key=len).lower()}@{near.group('k')}"


def variants(g: nx.MultiDiGraph, res: dict, title: str) -> tuple[str, str]:
    """(edition and setting, metric cut-off) of one result of the graph, for its table's key."""
    sentence, written = res["evidence"].get("sentence") or "", str(res["value"])
    ds, metric = g.nodes[res["dataset"]], g.nodes[res["metric"]]
    label = ds.get("label") or ""
    # a family node ("PASCAL VOC") holds the spellings papers wrote of it, not its editions' (nodes
    # of their own): the catalogue's name them, for a result on "VOC 2012---achieving" (no match)
    names = (label, *(ds.get("aliases") or ()), *catalogue_editions(EntityType.DATASET, label))
    own = catalogue_own_numbers(EntityType.DATASET, label)
    parts = [p for p in (edition_of(sentence, written, names, own), setting_of(sentence, title)) if p]
    return " ".join(parts), cutoff_of(sentence, written, metric.get("label") or "", tuple(metric.get("aliases") or ()))


def unranked(edition: str) -> bool:
    """Whether a table key's edition-and-setting (:func:`variants`) ends in one of :data:`UNRANKED_SETTINGS`."""
    return any(edition == u or edition.endswith(" " + u) for u in UNRANKED_SETTINGS)

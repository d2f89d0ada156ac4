"""Which numbers a sentence writes are scores: :func:`is_score` leaves out years, names and versions,
ranges, hedged values ("up to", "over": :func:`not_score_before`), thresholds, targets, shares of another
score and the start of a change; :func:`not_its_score` a value its metric does not score (a degradation, a
capture rate); :func:`is_improvement` tells a relative claim (a gain, a margin, a drop) from an absolute
score, :func:`is_degradation` a change for the worse (evidence, no gain to list), :func:`names_own_change` a change
whose own words give its direction. Used by :mod:`kg.extract.results`;
pure functions of the text and the value's match."""

from __future__ import annotations

import re

from .folded import Folded
from .result_credit import change_start
from .result_lists import unit_of
from .result_metrics import Named, higher_is_better, metric_name
from .result_patterns import CHANGE_START_AFTER, CHANGE_START_BEFORE, GENERIC_METRIC, OTHER_QUANTITY_AFTER, PHYSICAL_UNIT
from .result_score_patterns import (
    AT_OPERATING_POINT_BEFORE, BETTER_HIGHER_BEFORE, BETTER_LOWER_BEFORE, BOUND_BEFORE, CAPTURED_AFTER, CAPTURED_BEFORE,
    COMMA_LESS_LIST_AFTER, COUNT_TO_REACH_BEFORE, DEGRADATION_BEFORE, GAP_CHANGE_BEFORE, HEDGED_LIST_BEFORE,
    HEDGED_METRIC_BEFORE, HEDGE_AFTER, IMPROVEMENT_AFTER, IMPROVEMENT_BEFORE, KEEP_BEFORE, KEPT_SHARE_AFTER,
    LETTER_BEFORE, LOST_RANGE_AFTER, LOST_RANGE_BEFORE, MARGIN_AFTER_COMPARED, MIXED_CASE_NAME_BEFORE, MULTIPLE_OF_SCORE_AFTER, NOT_SCORE_BEFORE,
    OPERATING_POINT_AFTER, PAREN_ACRONYM_AFTER, RANGE_AFTER, RANGE_END, RANGING_BEFORE, REFERENCE_BEFORE, SHARE_AFTER,
    SUBSET_AFTER, TARGET_AFTER, THRESHOLD, WORSENED_BEFORE, WORSE_HIGHER_AFTER, WORSE_LOWER_AFTER, YEAR,
)
from .result_metric_patterns import SPEED

__all__ = ["is_score", "not_score_before", "not_its_score", "is_improvement", "is_degradation", "names_own_change", "parse_number"]

# Searched through their case-sensitive twins on the lower-cased window (:class:`~.folded.Folded`):
# 1.4 -> 1.1, 1.4 -> 1.0 and 1.8 -> 1.2 us a call.
_REFERENCE_BEFORE, _HEDGED_LIST_BEFORE, _IMPROVEMENT_AFTER = map(Folded, (REFERENCE_BEFORE, HEDGED_LIST_BEFORE, IMPROVEMENT_AFTER))


def parse_number(text: str) -> float | None:
    """ "84.1" -> 84.1, "1,234.5" -> 1234.5; None if not a number."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def is_score(text: str, s: int, v: re.Match) -> bool:
    """Whether the value ``v`` (a ``VALUE`` match in the sentence starting at ``s``) is written as a score."""
    num = v.group("num")
    written = text[max(s, v.start() - 40) : v.start()]
    after = text[v.end() : v.end() + 40]
    if (YEAR.match(num) and not v.group("unit")) or (not v.group("unit") and num.isdigit() and (
            LETTER_BEFORE.search(written) or MIXED_CASE_NAME_BEFORE.search(written))):
        return False  # "in 2019", "the L 2 error", "on iPhone 8"
    before = re.sub(r"[{}$+]", "", written)  # "more than {20.45\% and ...}", "$+4.3$"
    if CHANGE_START_BEFORE.search(written) and CHANGE_START_AFTER.match(text, v.end()):
        return False  # "from $13.03$ to $9.01$", "from 71.0% F1 to 75.9%": the start of a change is the baseline's (added by results._change_starts)
    if _REFERENCE_BEFORE.search(before) or not_score_before(before) or _HEDGED_LIST_BEFORE.search(before) \
            or HEDGED_METRIC_BEFORE.search(before):
        return False
    if not v.group("unit") and re.match(r"(?!(?:fps|FPS|Hz|AP|mAP|mIoU|BLEU|PSNR)\b)[A-Za-z]|\.\d|/\d|\^|\s*[-+*/^]\s*[A-Za-z\\(]", after):
        return False  # "3D", "802.15.4", "1-eps": a name, a version or an expression
    if ("at" in before and AT_OPERATING_POINT_BEFORE.search(before)) or (
            "from" in written and GAP_CHANGE_BEFORE.search(text, max(s, v.start() - 100), v.start())):
        return False  # "at a false positive rate of 5%"; "the drop from 1.5 mAP to 0.3 mAP": no score
    if THRESHOLD.search(before) and (OPERATING_POINT_AFTER.match(after) or PHYSICAL_UNIT.match(unit_of(v))):
        return False  # "AP at 0.5 IoU", "rotation accuracy at 30 degrees", "69% recall at 90% precision": a threshold
    if TARGET_AFTER.match(after):
        return False  # "meets a 5 mm accuracy specification": a target, not a result
    if SUBSET_AFTER.match(after) or (v.group("unit") and (SHARE_AFTER.match(text, v.start("unit")) or (
            KEEP_BEFORE.search(before) and KEPT_SHARE_AFTER.match(text, v.start("unit"))))):
        return False  # "100% success in 7/8 tasks"; "maintain 95% accuracy of BERT": a share of another score
    if BOUND_BEFORE.search(_clause_before(text, s, v.start())):
        return False  # "the upper bound ... is calculated at 19.26 BLEU": no method's score
    if v.start() > 1 and text[v.start() - 1] in "+-" and text[v.start() - 2] in "Ee" and text[v.start() - 3 : v.start() - 2].isdigit():
        return False  # "2.95E+00%": the exponent of a number in scientific notation
    if v.start() > 0 and text[v.start() - 1] in "-–/^_@" and not text.endswith("%/", 0, v.start()):  # "ResNet-50", "1/2", "x^2", "pass@16"
        return False  # ("top-1/top-5 error of 24.1%/7.1%": a list)
    if not v.group("unit") and len(num) == 1 and after[:1] == ")" and not re.search(r"\(\s*$", before) and re.search(r"(?:^|[:;,]|\band)\s*$", before):
        return False  # "two sources of error: 1) client drift error ..., and 2) ...": an enumeration's marker
    if (v.start() > 1 and text[v.start() - 1] == ":" and text[v.start() - 2].isdigit()) or (after[:1] == ":" and after[1:2].isdigit()):
        return False  # "1:5", "10:30", "84:3%" (a comma typed as a colon): a ratio, a time or a broken number
    if re.search(r"[*×]\s*$|\d\s*x\s*$", before):  # "512 * 768", "256x256"
        return False
    if (LOST_RANGE_BEFORE.search(before) or LOST_RANGE_AFTER.match(after)) \
            and not ("," not in text and COMMA_LESS_LIST_AFTER.match(text, v.end())):
        # "0.51 1.82": a range whose dash the source lost (in an abstract that lost its commas, "13.36% 9.96% and
        # 1.01%" is a list)
        return False
    if RANGE_AFTER.match(after) or OTHER_QUANTITY_AFTER.match(after) or HEDGE_AFTER.match(after):
        return False
    if RANGE_END.search(before):
        # "from 16.8% to 12.4%": the end is the score reached, unless the change is hedged
        # ("as much as from ..."); "10% to 30%" and "4-5%" are ranges
        start = change_start(text, s, v)
        if start is None or _hedged(text[max(s, start - 40) : start]) or RANGING_BEFORE.search(text[max(s, start - 20) : start]):
            return False
    if unit_of(v) == "x" and not MULTIPLE_OF_SCORE_AFTER.match(text, v.end()):
        return False  # speed-ups and ratios ("3x faster", "a 4x larger model"); "3.8x higher than" is a gain in a score
    return True


def not_score_before(before: str) -> bool:
    """Whether the words before a value hedge it ("up to", "over") or make it a level to reach ("clicks to achieve")."""
    return _hedged(before) or (" to " in before and COUNT_TO_REACH_BEFORE.search(before) is not None)


# Searched through their case-sensitive twins on the lower-cased window (:class:`~.folded.Folded`):
# not_score_before 7.2 -> 2.9 us a call, IMPROVEMENT_BEFORE 5.2 -> 2.5 us on the corpus's windows.
_NOT_SCORE_BEFORE, _IMPROVEMENT_BEFORE = Folded(NOT_SCORE_BEFORE), Folded(IMPROVEMENT_BEFORE)


def _hedged(before: str) -> bool:
    """Whether "up to", "over", "more than" ... stand right before the value (``NOT_SCORE_BEFORE``)."""
    return _NOT_SCORE_BEFORE.search(before) is not None


def _improvement_before(before: str) -> bool:
    """Whether "improves ... by", "a gain of" ... stand right before the value (``IMPROVEMENT_BEFORE``)."""
    return _IMPROVEMENT_BEFORE.search(before) is not None


def _clause_before(text: str, s: int, end: int) -> str:
    """The words before a value back to the previous value, clause mark or the sentence's start."""
    before = text[max(s, end - 80) : end]
    cut = max((m.end() for m in re.finditer(r"[;:]|\d\s*%?(?=\s)|,\s+(?:while|whereas|and|but)\b", before)), default=0)
    return before[cut:]


def _multiple_of_other(text: str, v: re.Match, metric: Named) -> bool:
    """Whether a multiple's comparative heads a noun other than ``metric`` ("a 2.8x higher success rate ... and a 4.5x
    higher return on human effort": the second measures the return); "3.8x higher than prior methods" and "2.54 times
    that of SGR" compare the score named before."""
    m = MULTIPLE_OF_SCORE_AFTER.match(text, v.end())
    if m is None or m.group().strip().startswith("that") or re.match(r"\s*(?:than\b|[,.;)]|$)", text[m.end() :]):
        return False
    return not m.end() <= metric.start <= m.end() + 2


def not_its_score(text: str, s: int, v: re.Match, last: re.Match, metric: Named, named: list[Named]) -> bool:
    """A value its metric does not score: a generic metric word before a value whose own measure
    follows in parentheses ("an error of 0.038 and 0.037 (EPE3D)"), or a change for the worse
    ("reduce the accuracy of the victim from 93.6% to 9.6%": what an attack or a cut does to
    another model, a degradation, not a score reached); the rate data is recorded at ("4D scans captured at 60 fps",
    "(240 FPS) cameras"), no method's speed."""
    if SPEED.match(metric.name) and _capture_rate(text, s, v):
        return True
    if unit_of(v) == "x" and _multiple_of_other(text, v, metric):
        return True
    acr = PAREN_ACRONYM_AFTER.match(text, last.end())
    if acr and GENERIC_METRIC.fullmatch(metric.name) and not any(n.start < acr.end("acr") and acr.start("acr") < n.end for n in named):
        return True
    start = change_start(text, s, v)
    if start is None:
        return False
    first = re.match(r"from\s+(?:(?:the\s+)?(?:previous|prior|original|baseline)\s+)?\$?(\d[\d.,]*)", text[start : v.start()])
    hib = higher_is_better(metric_name(metric.name))
    a, b = parse_number(first.group(1)) if first else None, parse_number(v.group("num"))
    return hib is not None and a is not None and b is not None and (b < a if hib else b > a)


def _capture_rate(text: str, s: int, v: re.Match) -> bool:
    """Whether a frame rate is one data is recorded at, not a method's speed."""
    return bool(CAPTURED_BEFORE.search(text, max(s, v.start() - 50), v.start()) or CAPTURED_AFTER.match(text, v.end()))


def is_improvement(text: str, s: int, v: re.Match) -> bool:
    """A relative claim: a gain, a reduction, a margin, or a degradation (none of them ranks)."""
    before = text[max(s, v.start() - 60) : v.start()].replace("$", "")  # "improving by $0.20$"
    after = text[v.end() : v.end() + 50].replace("$", "")  # "a 4.8 absolute overall accuracy improvement", "$2.2\\%$ AP improvement"
    stop = after.find(". ")
    after = after if stop < 0 else after[:stop]  # "an AUC of 0.89%. This improvement ...": the next sentence says nothing of it
    return bool(_improvement_before(before) or _IMPROVEMENT_AFTER.match(after) or DEGRADATION_BEFORE.search(before)
                or MARGIN_AFTER_COMPARED.search(before))


def is_degradation(text: str, s: int, v: re.Match, metric: Named) -> bool:
    """Whether the change ``v`` of ``metric`` is for the worse: "a 0.9% top-1 accuracy drop", "sacrificing 0.4%
    accuracy", "2.4 points lower than the supervised case" (a higher-is-better score), "increases FID by 2", "a 0.4
    WER increase" (lower-is-better). The results gold keeps these doubtful; they are no gain to list."""
    hib = _direction(metric)
    if hib is None:
        return False
    before = text[max(s, v.start() - 60) : v.start()].replace("$", "")
    after = text[v.end() : v.end() + 60].replace("$", "")
    if hib:
        return bool(DEGRADATION_BEFORE.search(before) or WORSE_HIGHER_AFTER.match(after))
    return bool(WORSENED_BEFORE.search(before) or WORSE_LOWER_AFTER.match(after))


def names_own_change(text: str, s: int, v: re.Match, metric: Named) -> bool:
    """Whether the change ``v`` of ``metric`` says its own direction, other than for the worse when
    :func:`is_degradation` is false: a word after it ("a 1.5 BLEU gain", "2.1% over X") or a verb for the better
    before it ("gains 1.5", "reduces WER by 0.4"). Such a value does not go on the list of a loss beside it."""
    after = text[v.end() : v.end() + 50].replace("$", "")
    if _IMPROVEMENT_AFTER.match(after):
        return True
    hib = _direction(metric)
    before = text[max(s, v.start() - 50) : v.start()].replace("$", "")
    return hib is not None and (BETTER_HIGHER_BEFORE if hib else BETTER_LOWER_BEFORE).search(before) is not None


def _direction(metric: Named) -> bool | None:
    """Is ``metric`` higher-is-better (None: unknown), by its name or the metric its name holds?"""
    hib = higher_is_better(metric.name)
    return higher_is_better(metric_name(metric.name)) if hib is None else hib

"""Metric names of results: which words in a sentence name a metric (:func:`metric_spans`), one
name for wordings of one measure (:func:`metric_name`), and what the data file
``data/metric_direction.json`` says of it (direction, percent scale)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from ..model import Role, normalize_name
from .folded import Folded
from .result_patterns import GENERIC_HEAD, GENERIC_METRIC
from .result_metric_patterns import (
    ACCURACY_WORD, ACRONYM_SCORE_BEFORE, AVERAGING_BEFORE, BARE_TOP_K, COMPARED_SYSTEM_BEFORE, ERROR_WORD, MEAN_BEFORE,
    MODIFIED_HEAD, NAMED_HEAD_AFTER, NOT_ERROR_RATE, SETTING_NAME,
)
from .words import load

__all__ = ["Named", "metric_spans", "metric_name", "percent_scale", "higher_is_better"]

# GENERIC_METRIC searched through its case-sensitive twin on the lower-cased sentence (loose: its
# "(?-i:[a-z]{3,}tion)" reads lower-cased words too; each place is checked by the pattern): 43 -> 24
# us a sentence with a head word (:class:`~.folded.Folded`).
_GENERIC_METRIC: Final = Folded(GENERIC_METRIC, loose=True)
# GENERIC_HEAD's words as one IGNORECASE alternation of lower-case words, read on an ASCII sentence
# through its case-sensitive twin: each alternative led by its own letter, which the engine tests in
# C, where GENERIC_HEAD enters its case-insensitive tail at every a, e, r, f, p, s and k (45 -> 14 us a
# text on 150-character windows of the corpus). Other text reads GENERIC_HEAD.
_HEAD_WORDS: Final = Folded(re.compile(r"accura|au(?:c|roc|pr)|error|r(?:ate|ecall)|f(?:1|0\.5|2[- ]?measure|-?measure|[- ]score)|p(?:recision|earson|erplexit)|s(?:core|pearman|pecificit|ensitivit|uccess)|kendall", re.I))


class Named(NamedTuple):
    """A name the recognisers (or a generic metric word) mark in a sentence."""

    start: int
    end: int
    name: str
    role: Role
    key: str | None = None  # the resolved (catalogue) name, when ``name`` is kept as written

    @property
    def same(self) -> str:
        """What identifies the named thing: "VOC2007" and "PASCAL VOC 2007" are one set."""
        return normalize_name(self.key or self.name)


def metric_spans(text: str, s: int, e: int, named: list[Named]) -> list[Named]:
    """Metric names in the sentence: mentioned metrics, plus generic metric words not inside one."""
    # "outperforms MAE by 0.2%", "outperforming MAE-CLIP by +0.8": a name compared against is a system, even one
    # that spells a metric ("MAE" is also the mean absolute error)
    out = [_widened(text, n) for n in named if n.role is Role.METRIC and s <= n.start < e
           and not COMPARED_SYSTEM_BEFORE.search(text, max(s, n.start - 30), n.start)]
    sentence = text[s:e]  # (for the literal tests that gate each rule)
    if "op" in sentence:
        out.extend(_bare_top_k(text, s, e, out))
    if "=" in sentence:
        out.extend(_assigned(text, s, e, out))
    if "^" in sentence or "_" in sentence:
        out.extend(_scripted(text, s, e, out))
    if "score" in sentence or "correlation" in sentence:
        out.extend(_modified_heads(text, s, e, out))
    if "more " in sentence:
        out.extend(Named(m.start("word"), m.end("word"), _MORE_ADJECTIVE[m.group("adj")], Role.METRIC) for m in _MORE_ADJECTIVE_AT.finditer(text, s, e))
    if not (_HEAD_WORDS if text.isascii() else GENERIC_HEAD).search(text, s, e):
        return sorted(out)  # the full pattern tries its qualifiers at every position: look for a head word first
    for m in _GENERIC_METRIC.finditer(text, s, e):
        if not any(n.start <= m.start() < n.end or m.start() <= n.start < m.end() for n in out):
            word = m.group(0)
            if word.lower() == "score":
                head = ACRONYM_SCORE_BEFORE.search(text, max(s, m.start() - 12), m.start())
                if head is not None and not any(n.start <= head.start() < n.end for n in out):
                    out.append(Named(head.start(), m.end(), text[head.start() : m.end()], Role.METRIC))  # "FEVER score"
                continue  # "score" alone names no metric
            start, other = m.start(), None
            bare = re.fullmatch(r"(?:(?:mean|average)\s+)?errors?|(?P<rate>error rates?)", word, re.I)
            if bare:
                head_at = m.end() - len(word) if bare.group("rate") else m.end() - len(word.split()[-1])
                other = NOT_ERROR_RATE.search(text, max(0, head_at - 40), head_at)
                if other and bare.group("rate") and re.fullmatch(r"(?:mean|average)\s+", other.group(0), re.I):
                    other = None  # "mean error rate" is the error rate
                if other:  # "mean absolute error", "localization error rate": a measure of its own
                    top = re.search(r"(?<![\w-])top-?[15]\s+$", text[max(0, other.start() - 7) : other.start()], re.I)
                    start = other.start() - (len(top.group(0)) if top else 0)  # "Top-1 localization error"
                    word = text[start : m.end()]
                    out = [n for n in out if not start <= n.start < m.end()]
            word = re.sub(r"(rate|score|error)s$", r"\1", word, flags=re.I)  # "error rates" -> "error rate"
            # averaging words, splits and "classification" do not change what is measured: they go,
            # so "overall classification accuracy" ranks with "accuracy", "top-5 validation error" with "top-5 error"
            if other is None:
                # ("mean average precision" keeps its words: average precision is AP, not precision)
                word = re.sub(r"(?<![\w-])(?:overall|average|mean|test|validation|classification|verification)\s+(?=\S)(?!(?:average\s+)?precision)",
                              "", word, flags=re.I)
            out.append(Named(start, m.end(), word, Role.METRIC))
    return sorted(out)


def _widened(text: str, n: Named) -> Named:
    """A mentioned metric with the words around it that belong to its name: "mean" when the data
    file names the pair ("Mean IOU" is mIoU), a generic head after it ("mIoU accuracy")."""
    start, end, name = n.start, n.end, n.name
    window = max(0, start - 6)
    mean = MEAN_BEFORE.search(text[window:start])
    if mean and metric_name(f"mean {name}") != f"mean {name}":
        start = window + mean.start()
        name = text[start:end]
    averaging = AVERAGING_BEFORE.search(text, max(0, start - 20), start)
    if averaging:  # "macro-averaged F1" is another measure than "F1"
        start = averaging.start()
        name = text[start:end]
    head = NAMED_HEAD_AFTER.match(text, end)
    if head:
        end = head.end()
    script = re.match(r"[\^_](?:\{[\w.:]{1,8}\}|[A-Za-z]{1,8}\b)", text[end : end + 11])
    if script:  # "AP^hard", "AP^{box}": a variant of the measure, not the measure
        end += script.end()
        name = text[start:end]
    return n if (start, end) == (n.start, n.end) else Named(start, end, name, n.role)


# "mIoU=46.81%", "(IS=8.81, FID=9.91)", "F1-Score= 91.5%": a metric's name set equal to its value, which the
# tokenizer leaves inside one token (no recogniser sees it); "IoU=0.8", "k=5", "n=120" are settings, not scores
_ASSIGNED: Final = re.compile(r"(?<![\w$\\^_{-])(?P<name>[A-Za-z][\w@.-]{0,14}(?:\s?-\s?[A-Za-z]+)?)\s*=\s*\$?[+-]?\.?\d")


def _assigned(text: str, s: int, e: int, found: list[Named]) -> list[Named]:
    """Metric names written as "NAME=value" that the data file gives a direction, not inside a name found."""
    out = []
    for m in _ASSIGNED.finditer(text, s, e):
        name = m.group("name")
        if any(n.start <= m.start() <= n.end + 1 for n in found) or SETTING_NAME.fullmatch(name) or higher_is_better(name) is None:
            continue  # ("macro F1 score=77.30": the head of a metric found is no metric of its own)
        out.append(Named(m.start(), m.end("name"), name, Role.METRIC))
    return out


# "a mean AP^r of 63.6%", "AP_{50} of 41.2": a metric acronym with a script, which the tokenizer keeps in one token
# with its script (no recogniser sees it); the script names the variant ("^r": region, "_{50}": at IoU 0.5)
_SCRIPTED: Final = re.compile(r"(?<![\w$\\^_{-])(?P<name>[A-Za-z][A-Za-z0-9]{0,5}[\^_](?:\{[\w.:]{1,8}\}|[A-Za-z0-9]{1,8}\b))")


def _scripted(text: str, s: int, e: int, found: list[Named]) -> list[Named]:
    """Metric names written with a script ("AP^r", "AP_{50}") whose head the data file gives a direction, not
    inside a name found ("x_i", "R^2" are no scores: no direction, or a setting)."""
    out = []
    for m in _SCRIPTED.finditer(text, s, e):
        head = re.split(r"[\^_]", m.group("name"))[0]
        if any(n.start <= m.start() < n.end for n in found) or SETTING_NAME.fullmatch(head) or higher_is_better(head) is None:
            continue
        out.append(Named(m.start(), m.end("name"), m.group("name"), Role.METRIC))
    return out


# "25.8% more successful than a single-arm baseline", "8% more accurate": a percentage gain in the measure the
# adjective names (a ratio, "3 times more accurate", is a speed-up-like factor and stays unread)
_MORE_ADJECTIVE: Final = {"accurate": "accuracy", "successful": "success rate"}
_MORE_ADJECTIVE_AT: Final = re.compile(rf"(?<=\d)\s*(?:\\?%|percent)\s+(?P<word>more\s+(?P<adj>{'|'.join(_MORE_ADJECTIVE)}))\b")


def _modified_heads(text: str, s: int, e: int, found: list[Named]) -> list[Named]:
    """ "an average factuality score of 0.915", "a rank correlation of 0.64": a measure no catalogue names,
    read from its modifiers where a value is stated of it, not inside a name found."""
    return [Named(m.start("name"), m.end("name"), m.group("name"), Role.METRIC) for m in MODIFIED_HEAD.finditer(text, s, e)
            if not any(n.start < m.end("name") and m.start("name") < n.end for n in found)]


def _bare_top_k(text: str, s: int, e: int, found: list[Named]) -> list[Named]:
    """ "82.7% top-1 and 96.2% top-5": top-k accuracy, or top-k error in a sentence about errors
    only; a sentence speaking of both leaves a bare top-k unnamed."""
    error, accuracy = ERROR_WORD.search(text, s, e), ACCURACY_WORD.search(text, s, e)
    if error and accuracy:
        return []
    head = "error" if error else "accuracy"
    return [Named(m.start(), m.end(), f"top-{m.group(1)} {head}", Role.METRIC) for m in BARE_TOP_K.finditer(text, s, e)
            if not any(n.start <= m.start() < n.end for n in found)]


@lru_cache(maxsize=1)
def _directions() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load("metric_direction")

    def words(names: list[str]) -> re.Pattern:
        alt = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
        return re.compile(rf"(?<![\w@])(?:{alt})(?![\w@])")  # grouped: the guards hold for every name

    return words(data["lower"]), words(data["higher"]), words(data["percent"])


@lru_cache(maxsize=4096)
def metric_name(metric: str) -> str:
    """One name for wordings of one measure ("error", "test error" -> "error rate"; data file's "same")."""
    key = re.sub(r"[-_/]+", " ", metric.lower()).strip()
    same = load("metric_direction")["same"].get(key)
    if same is not None:
        return same
    single = _singular(metric)
    return metric_name(single) if single != metric else metric


def _singular(metric: str) -> str:
    """ "execution accuracies" -> "execution accuracy", "word-level perplexities" -> "word-level perplexity",
    "mIoUs" -> "mIoU": a plural of a metric the data file knows (and only then: "Hits" stays)."""
    if metric.lower().endswith(("accuracies", "perplexities")):
        return metric[:-3] + "y"
    if re.search(r"[^sS][sS]$", metric) and higher_is_better(metric) is None and higher_is_better(metric[:-1]) is not None:
        return metric[:-1]
    return metric


@lru_cache(maxsize=4096)
def percent_scale(metric: str) -> bool:
    """Is ``metric`` reported on a 0-100 percentage scale (``data/metric_direction.json``)? The
    entry must end the name: "top-1 accuracy" is, "accuracy drop" is not."""
    name = re.sub(r"[-_/]+", " ", metric.lower()).strip()
    if NOT_ERROR_RATE.search(name[: -len("error")] if name.endswith("error") else ""):
        return False  # "mean absolute error" is in the data's unit, not in percent
    return any(m.end() == len(name) for m in _directions()[2].finditer(name))


@lru_cache(maxsize=4096)
def higher_is_better(metric: str) -> bool | None:
    """Whether larger values of ``metric`` are better (``data/metric_direction.json``); None if unknown.
    The entry ending last (the head of the phrase), then the longest, decides: "top-1 error" is
    lower-is-better, "top-1 accuracy" higher, "attack success rate" higher (an absolute rate is the attack's own
    score; defences report reductions, which do not rank)."""
    name = re.sub(r"[-_/]+", " ", metric.lower()).strip()
    lower, higher, _ = _directions()
    lo = max(((m.end(), len(m.group(0))) for m in lower.finditer(name)), default=None)
    hi = max(((m.end(), len(m.group(0))) for m in higher.finditer(name)), default=None)
    if lo and hi:
        return None if lo == hi else hi > lo
    return False if lo else True if hi else None



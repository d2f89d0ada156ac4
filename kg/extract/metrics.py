"""Reported metric values: "an FID of 52.3", "6.8% mAP", "PSNR: 31.2 dB", "25 FPS", "32.67 mm MPJPE".

Metric names come from the catalogue (already among the candidates) or, for names it does
not know, from the shape "ACRONYM of NUMBER" ("a VHD of 0.41"), "top-k error/accuracy" or a qualified
measure phrase next to a figure ("a 93% grasp success rate": :func:`measure_phrases`). A
catalogue metric written with a threshold after "@" or a dimension glued before it ("PCK@150",
"Hits@20", "3D-PCK") is a metric of that name (:func:`qualified_metrics`): the catalogue's
word-bounded match does not see a name inside such a word. A catalogue benchmark's own score with a
value ("a GLUE score of 83.0") is the metric "GLUE score" (:func:`benchmark_scores`). Acronyms reported with a value beside a
metric reported the same way are metrics too ("3.8 F1 / 5.2 EM": :func:`valued_siblings`). A value attaches to the
metric it is written next to (:func:`attach_values`, which the resolver applies to every
metric candidate); the dataset it was reported on is filled in by the resolver too.

Two readings of other components are undone here: a metric acronym the acronym rules defined
that no sentence evaluates with (:func:`unmeasured_acronyms`), a catalogue metric extended
into another name ("AP-NPQL", "FAD-Net": :func:`renamed_metric_variants`), and a metric whose every
mention qualifies an objective or a part of a method ("AUC maximization", "MSE loss":
:func:`objective_metrics`), and a frame rate every mention of which is a camera's or a recording's
("a camera of 350 fps": :func:`capture_rates`).
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .catalogue_data import Catalogue, load_catalogue
from .cue_lists import NATURAL_LANGUAGES, NOT_NAMES
from .dataset_shapes import dataset_shapes
from .doc import Candidate, state
from .sentences import sentence_at
from .span_index import SpanIndex
from .shapes import STOP_NAMES, holds_digit, is_acronym, is_name_like
from .words import alternation, phrases, word_set

__all__ = ["NUMBER", "find_metric_values", "measure_phrases", "qualified_metrics", "named_metrics", "datasets_measured_on", "attach_values",
           "unmeasured_acronyms", "renamed_metric_variants", "objective_metrics", "capture_rates", "valued_siblings", "benchmark_scores", "metrics_component"]

NUMBER: Final = r"[-+]?\d+(?:[.,]\d+)?(?:\s?(?:%|mm|cm|dB|ms|s|x|×|fps|FPS|M|B|K|GB|MB|points?|pts))?"
_NUM_RE: Final = re.compile(rf"^\s*(?:of|=|:|at|is|reaches|achieves|to)?\s*(?:only\s+|about\s+|~\s*|up to\s+)?({NUMBER})(?!\w|\.\d)")
_NUM_BEFORE: Final = re.compile(rf"({NUMBER})\s*(?:lower\s+|higher\s+|better\s+|improvements?\s+in\s+|gains?\s+in\s+)?$")
# "an FID of 52.3": found from the "of NUMBER" (a cheap scan), then the name before it.
# The value must end the phrase: "an SSE of 4 large models" counts models, it reports no SSE.
_VALUE_TAIL: Final = (
    r"\s+(?P<value>\d+(?:\.\d+)?\s?(?:%|mm|dB)?)(?!\w|\.\d)(?=\s*(?:[,.;:)\]/]|$|\s(?:"
    + alternation("metrics", "after_value")
    + r")\b))"
)
# Two patterns, each led by its literal, which the regex engine finds with a fast scan (an
# alternation "of|=" made it try every position).
_VALUE_OF: Final = re.compile("of" + _VALUE_TAIL)
_VALUE_EQ: Final = re.compile("=" + _VALUE_TAIL)
_NAME_BEFORE: Final = re.compile(r"(?<![\w\-])(?P<name>[A-Za-z][\w\-@]*[A-Za-z0-9@])\s+(?P<score>score\s+)?\Z")
# "by 15.4 UUAS points", "+3.0 DVPQ points", "7.4 LAS points on average": an acronym whose values are
# counted in points is a score (not "2048 LiDAR points": a count needs a decimal or a lead of a gain).
_POINTS: Final = re.compile(r"(?<![\w.])(?P<value>\d+(?:\.\d+)?)\s+(?P<name>[A-Za-z][\w\-@]*[A-Za-z0-9@])\s+points\b")
_GAIN_LEAD: Final = re.compile(r"(?:\bby|\+|\bgains?\s+of|\bimprovements?\s+of)\s*(?:an?\s+average\s+of\s+|up\s+to\s+|about\s+|over\s+|more\s+than\s+|~\s*)?\Z")
# "30fps", "25 FPS": a rate written as a unit after the number.
_FPS: Final = re.compile(r"(?P<value>\d+(?:\.\d+)?)\s?(?P<name>fps|FPS)\b")
_RATE_LEAD: Final = re.compile(r"\b(?:at|to|of|reach(?:es|ing)?|achiev(?:es|ing)?|over|exceeding|above)\s+(?:up to\s+|about\s+|~\s*)?\Z")
# "(+6.1% in FD on VICO)", "FID on RealTalk", "a 2.3% mAP boost on VOC07": the dataset a metric
# was measured on.
_ON_DATASET: Final = re.compile(
    r"\s+(?:(?:metric|score|scores|boost|gain|gains|improvement|improvements|points?|drop|reduction)\s+)?on\s+(?:the\s+)?"
    r"(?P<name>[A-Z0-9][\w\-+.]*[\w+])(?![\w\-])(?!\s+[a-z]+(?:s|ing)\b)")
_NOT_METRICS: Final = word_set("metrics", "not_metrics")
_SPEED: Final = re.compile(r"(?i:fps|frames per second|latency|throughput|speed|runtime|run time)")
# "PCK@150", "Hits@20", "3D-PCK@0.5", "AP@0.5:0.95": a name, then a threshold or rank after "@".
_AT_THRESHOLD: Final = re.compile(
    r"(?<![\w\-@])(?:(?:2D|3D|BEV)[\- ]?)?(?P<core>[A-Za-z][\w\-]*?)@(?:\d+(?:\.\d+)?(?::\d*\.?\d+)?%?|[kKnN])(?![\w@]|\.\d)"
)
# "3D-PCK", "BEV-AP": a dimension glued to the name by a hyphen.
_DIM_GLUED: Final = re.compile(r"(?<![\w\-])(?:2D|3D|BEV)-(?P<core>[A-Za-z][\w\-]*[\w])(?![\w\-@])")
# Led by the literal "op", which the regex engine finds with a fast scan; the "t"/"T" before it and
# the word boundary before that are checked in Python (a lookbehind first made it try every position).
# "top-5 error", "top-1 validation accuracy", "Top5-Error" (a bare "top-1" after a percentage was
# tried: two check-set false hits, session 21).
_TOP_K: Final = re.compile(r"op[- ]?\d+[- ](?:(?:test|validation|val|single-crop)\s)?(?:[Ee]rror|[Aa]ccuracy)(?: rates?)?(?![\w\-])")


def find_metric_values(text: str, tend: int = 0) -> list[Candidate]:
    """Metric names that the catalogue may not know, recognised by "NAME of NUMBER"."""
    out = []  # type: ignore[var-annotated]
    if not holds_digit(text):
        return out  # every reading holds a value's digits ("of 52.3", "= 0.8", "top-5", "30 fps"): most texts have none
    values = list(_VALUE_OF.finditer(text, tend))
    if "=" in text:
        values = sorted([*values, *_VALUE_EQ.finditer(text, tend)], key=lambda v: v.start())
    for v in values:
        if v.start() > 0 and text[v.start() - 1].isalnum():
            continue
        m = _NAME_BEFORE.search(text, max(tend, v.start() - 40), v.start())
        if m is None:
            continue
        name = m.group("name")
        if is_acronym(name) and is_name_like(name) and name not in _NOT_METRICS:
            # "an MME-P score of 1265.8": the word "score" settles that the name is a metric.
            conf = 0.92 if m.group("score") else 0.7
            out.append(Candidate(Role.METRIC, m.start("name"), m.end("name"), "metrics:value-of", conf,
                                 value=v.group("value").strip()))
    if "op-" in text or "op " in text or "op1" in text or "op5" in text:  # "top-5", "top 1", "Top1"
        for m in _TOP_K.finditer(text, tend + 1):  # "top-5 error", "top-1 accuracy": a metric by its shape
            s = m.start() - 1
            if text[s] in "tT" and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "_-")):
                out.append(Candidate(Role.METRIC, s, m.end(), "metrics:top-k", 0.8))
    for m in _POINTS.finditer(text, tend) if "points" in text else ():  # (any white space before "points": a line break too)
        name = m.group("name")
        if is_acronym(name) and is_name_like(name) and name not in _NOT_METRICS \
                and ("." in m.group("value") or _GAIN_LEAD.search(text, max(tend, m.start() - 30), m.start())):
            out.append(Candidate(Role.METRIC, m.start("name"), m.end("name"), "metrics:points", 0.7, value=m.group("value")))
    for m in _FPS.finditer(text, tend) if "fps" in text or "FPS" in text else ():  # the scan costs more than both tests
        if not _RATE_LEAD.search(text, max(tend, m.start() - 30), m.start()):
            continue  # "on 30FPS videos" describes the input, "runs at 30 FPS" reports a speed
        out.append(Candidate(Role.METRIC, m.start("name"), m.end("name"), "metrics:unit", 0.85, value=m.group("value")))
    return out


def _forms(name: str, key: str) -> list[tuple[str, bool]]:
    """The phrases of list ``key`` of ``data/<name>.json``, each with whether it takes a plural "s" (written
    "error rate(s)" there)."""
    return [(h[:-3], True) if h.endswith("(s)") else (h, False) for h in phrases(name, key)]


def _heads(name: str, key: str) -> tuple[str, tuple[str, ...]]:
    """The regex of list ``key`` (:func:`_forms`) and the head words ``measure_phrases`` looks for first: one
    list is the source of both."""
    forms = _forms(name, key)
    regex = "|".join(re.escape(h) + ("s?" if plural else "") for h, plural in forms)
    return regex, tuple(dict.fromkeys(h.split()[-1] for h, _ in forms))


# "81.7% success rate", "a 27% reduction in trajectory L2 error", "the average rotation error by 41%",
# "error rates of 3.4%", "a $38.4\%$ higher episodic reward", "a normalized score of 0.92": a
# qualified measure phrase (a measure head with its lower-case qualifiers) written next to a reported
# figure names a metric the catalogue need not list. Bare "accuracy", "error", "success rate",
# "score", "reward", "return" or "correlation" names none (the gold guidelines count named
# metrics; "success rate" with a figure was tried and cost the check sets two false hits, session
# 20); "error rate", "detection rate", "grasp success rate" and "episodic reward" do.
_MEASURE_HEAD, _HEAD_WORDS = _heads("metrics", "measure_heads")  # _HEAD_WORDS: "accuracy", "rate", "error", "score", ...
_QUALIFIER: Final = r"(?:[a-z][a-z\-]*(?:['\u2019]s)?|[A-Z]\d|[Tt]op[\- ]?\d+|RMS)"  # "RMS tracking error": root mean square
_PHRASE: Final = rf"(?P<name>(?:{_QUALIFIER}\s){{0,3}}(?P<head>{_MEASURE_HEAD}))(?![\w\-])"
_FIGURE_BEFORE: Final = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?\s?\\?%\$?\s+(?:(?:relative|absolute)\s+)?"
    r"(?:(?:reduction|decrease|improvement|increase|gain|drop|boost)s?\s+in\s+(?:the\s+)?)?" + _PHRASE)
_FIGURE_AFTER: Final = re.compile(
    r"(?<![\w\-])(?:the|an?|its|our|their)\s+" + _PHRASE
    + r"\s+(?:of|by|is|was|to)\s+(?:only\s+|about\s+|over\s+|up\s+to\s+|nearly\s+)?\d")
_BARE_HEADS: Final = _heads("metrics", "bare_heads")[0]  # "error rates of 3.4%": named without a qualifier (its head words are measure heads' too)
_BARE_AFTER: Final = re.compile(rf"(?<![\w\-])(?P<name>(?P<head>{_BARE_HEADS}))\s+(?:of|by)\s+(?:only\s+|about\s+)?\d")
_NOT_QUALIFIERS: Final = word_set("metrics", "not_qualifiers")
# "improves model error rates": a qualifier is a singular noun or adjective, not a verb in -s
_VERB_LIKE: Final = re.compile(r"(?<![su'\u2019])s$")
_AVERAGED: Final = frozenset(("mean", "average"))
# the measure heads that, bare, name no metric (unnamed_heads of data/metrics.json, "(s)" for an optional
# plural): "accuracy", "success rate", "positive rate" (named by "false"/"true"), "alarm rate"
_UNNAMED: Final = frozenset(f for h, plural in _forms("metrics", "unnamed_heads") for f in ((h, h + "s") if plural else (h,)))
_DIGIT: Final = re.compile(r"\d")


def _measure_candidate(m: re.Match) -> Candidate | None:
    """The metric a measure-phrase match names: its head with the qualifiers next to it."""
    words = m.group("name").split()
    keep = len(words) - len(m.group("head").split())
    while keep > 0 and words[keep - 1].lower() not in _NOT_QUALIFIERS and not _VERB_LIKE.search(words[keep - 1]):
        keep -= 1  # the qualifiers next to the head, up to a function word, a verb or a generic one
    if keep > 0 and len(words) - keep >= 2 and words[keep - 1].lower() in _AVERAGED \
            and " ".join(words[keep:]).lower() not in _UNNAMED:
        keep -= 1  # "a mean joint error of 28.9mm": the mean of a qualified measure is its name's part
    name = " ".join(words[keep:])
    if name.lower() in _UNNAMED:
        return None
    return Candidate(Role.METRIC, m.end("name") - len(name), m.end("name"), "metrics:measure-phrase", 0.75)


def measure_phrases(text: str, tend: int) -> list[Candidate]:
    """Qualified measure phrases next to a figure: "81.7% success rate", "the average rotation
    error by 41%", "error rates of 3.4%", "a normalized score of 0.92" (tried only around a head
    word ``str.find`` sees)."""
    if not holds_digit(text):
        return []  # every pattern holds a digit (most texts have none)
    found: dict[tuple[int, int], Candidate] = {}
    for word in _HEAD_WORDS:
        i = text.find(word, tend)
        while i >= 0:  # the patterns are tried in a window around each head word (a scan in C finds them)
            lo, hi = max(tend, i - 90), min(len(text), i + 50)
            # not "generate", "accurate"; every pattern holds a digit, so a window without one is skipped
            if (i == 0 or not text[i - 1].isalpha()) and _DIGIT.search(text, lo, hi):
                for pattern in (_FIGURE_BEFORE, _FIGURE_AFTER, _BARE_AFTER):
                    for m in pattern.finditer(text, lo, hi):
                        if not m.start("head") <= i < m.end("head"):
                            continue  # read from its own head word's window: another's may end mid-phrase ("word error" of "word error rates")
                        c = _measure_candidate(m)
                        if c is not None:
                            found[(c.start, c.end)] = c
            i = text.find(word, i + len(word))
    out = list(found.values())
    longest = {c.end: c for c in sorted(out, key=lambda c: c.start, reverse=True)}  # "error rate" of "localization error rate"
    return sorted(longest.values(), key=lambda c: c.start)

# "a new automatic evaluation metric called OxfordEval", "three novel metrics: A and B", "a new
# measure, X,": the noun before the name says it is a metric (the paper's own, which the gold
# lists under metrics like any other).
_METRIC_NOUN: Final = r"(?:metrics?|measures?|scores?)"
_NAMED_METRIC: Final = re.compile(
    rf"{_METRIC_NOUN}(?:,?\s+(?:(?:is\s+|are\s+)?(?:called|named|dubbed|termed|coined|denoted(?:\s+as)?|referred\s+to\s+as)\s+)|"
    r"\s*[,:(]\s*(?=\S+(?:\)|,|\s+(?:and|which|that|to|for)\b)|[A-Z][a-z][\w\-]*(?: [A-Z][\w\-]*){1,3}\s*[,(]))(?:the\s+)?"
)
_NEW_METRIC_LEAD: Final = re.compile(r"\b(?:new|novel|proposed)\s+(?:[\w\-]+\s+){0,3}?\Z")
# "we introduce reasoning graph accuracy, which quantifies ...": a lower-case name whose head
# noun is a measure's, introduced by the paper and said to measure something.
# the verbs of "NAME, which measures ...", found with str.startswith first
_MEASURING: Final = ("measures", "quantifies", "evaluates", "assesses", "captures", "reflects", "estimates", "scores")
_INTRODUCED_HEAD: Final = r"(?:accuracy|score|error|rate|distance|similarity|sensitivity|divergence|index|ratio|precision|recall|fidelity|consistency)"
_INTRODUCED_MEASURE: Final = re.compile(
    r"(?:introduce|propose|define|present|design)\s+(?:an?\s+(?:new|novel)\s+[a-z]+\s*[\u2013\u2014:\-]\s*)?"
    rf"(?P<name>[a-z][a-z\-]+(?:\s[a-z][a-z\-]+){{0,3}}\s{_INTRODUCED_HEAD}),?\s+(?:which|that)\s+"
    rf"(?:{'|'.join(_MEASURING)})\b"
)
# "we propose the expected searching time (EST) as a metric to evaluate ...", "the Jaccard IoU (JIoU),
# as a new evaluation metric": a bracketed name said right after it to be a metric (a "measure of"
# something may be a quantity the method computes; "metric learning" and "metric space" are no metrics).
_AS_METRIC: Final = re.compile(
    r"\)\s*,?\s+as\s+(?:an?|the)\s+(?:(?:new|novel|evaluation|performance|quantitative|primary|unified)\s+){0,2}"
    r"(?:metrics?(?![\w\-]|\s+(?:learning|space)\b)|measures?\s+(?:to|for)\s+(?:evaluat|assess|compar|quantif))")
_BRACKETED_NAME: Final = re.compile(r"\((?P<name>[A-Za-z][\w\-+@]*[\w+@])\Z")
_METRIC_KEYS: Final = ("metric", "measure", "score")
_NAMING: Final = re.compile(r"called|named|dubbed|termed|coined|denoted|referred")
_MODEL_MEASURE: Final = re.compile(r"\b(?:similarity|dissimilarity|distance|divergence|uncertainty|complexity|importance|centrality)\s+\Z")
_NAME_WORD: Final = re.compile(r"[A-Za-z][\w\-+@]*[\w+@]")
_NOT_NAME_START: Final = frozenset("a an the this that these our its their".split())
_TITLED_NAME: Final = re.compile(r"[A-Z][a-z][\w\-]*(?: [A-Z][\w\-]*){1,3}(?=\s*[,(]|\s+(?:to|that|which|for)\b)")


def named_metrics(text: str, tend: int) -> list[Candidate]:
    """Metric names a sentence introduces as metrics: "a new metric called X", "novel metrics:
    X and Y", "we introduce X accuracy, which quantifies ..." (the list rule adds X's siblings).

    Patterns are tried only where ``str.find`` (a scan in C) sees their first word: a regex scan of
    every abstract cost more than the rest of the component."""
    out: list[Candidate] = []
    for key in _METRIC_KEYS:
        i = text.find(key, tend)
        while i >= 0:
            m = _NAMED_METRIC.match(text, i) if not text[i - 1].isalnum() else None
            if m is not None:
                c = _named_after(text, tend, i, m)
                if c is not None:
                    out.append(c)
            i = text.find(key, i + 5)
    j = text.find(" which ", tend)
    while j >= 0:
        if text.startswith(_MEASURING, j + 7):
            # the sentence's "we introduce NAME, which measures": tried from its verb
            for m in _INTRODUCED_MEASURE.finditer(text, max(tend, j - 120), j + 40):
                if text[m.start() - 3 : m.start()].lower() == "we " and m.group("name").split()[0] not in _NOT_NAME_START:
                    out.append(Candidate(Role.METRIC, m.start("name"), m.end("name"), "metrics:named", 0.8))
        j = text.find(" which ", j + 6)
    out.extend(_said_as_metric(text, tend))
    return sorted(out, key=lambda c: c.start)


def _said_as_metric(text: str, tend: int) -> list[Candidate]:
    """Bracketed names said right after to be a metric: "the expected searching time (EST) as a
    metric to evaluate robot motion plans" (the paper's own metric, not its method)."""
    out = []
    # (led by ")": a fast scan; the gate is a substring every match holds, "as" may stand between line breaks)
    for m in _AS_METRIC.finditer(text, tend) if ")" in text else ():
        b = _BRACKETED_NAME.search(text, max(tend, m.start() - 30), m.start())
        if b and is_name_like(b.group("name")) and b.group("name") not in _NOT_METRICS:
            out.append(Candidate(Role.METRIC, b.start("name"), b.end("name"), "metrics:named", 0.85))
    return out


def _named_after(text: str, tend: int, i: int, m: re.Match) -> Candidate | None:
    """The metric a naming after the metric noun at ``i`` introduces, if the words before allow it."""
    new = _NEW_METRIC_LEAD.search(text, max(tend, i - 60), i)
    if not new and (m.group().startswith("score") or not _NAMING.search(m.group())):
        return None  # "the score (F1)", "metrics: A and B": a list of known metrics names nothing new
    if _MODEL_MEASURE.search(text, max(tend, i - 16), i):
        return None  # "a novel similarity measure, SimX,": a model of similarity, not an evaluation metric
    w = _NAME_WORD.match(text, m.end())
    if w and is_name_like(w.group()) and w.group() not in _NOT_METRICS:
        return Candidate(Role.METRIC, w.start(), w.end(), "metrics:named", 0.85)
    t = _TITLED_NAME.match(text, m.end())
    if t and t.group().split()[0].lower() not in STOP_NAMES:
        # "a novel statistical metric, Alignment Dimension Conflict, to quantify ...": Title Case words
        return Candidate(Role.METRIC, t.start(), t.end(), "metrics:named", 0.8)
    return None


def benchmark_scores(text: str, found: list[Candidate], catalogue: Catalogue) -> list[Candidate]:
    """``found`` with "DATASET score of N" read as the metric "DATASET score" ("a GLUE score of 83.0",
    "a FEVER score of 75.9%"): the benchmark's own score, while the benchmark stays a dataset."""
    out = []
    for c in found:
        if c.rule == "metrics:value-of" and text.startswith(" score", c.end):
            entry = catalogue.lookup(text[c.start : c.end])
            if entry is not None and entry.type == "dataset":
                c = c._replace(end=c.end + len(" score"))
        out.append(c)
    return out


def _catalogue_metric(catalogue: Catalogue, core: str) -> bool:
    for form in (core, core + "@k", core + "@K"):
        entry = catalogue.lookup(form)
        if entry is not None:
            return entry.type == "metric" and not entry.ambiguous
    return False


def qualified_metrics(text: str, tend: int, catalogue: Catalogue) -> list[Candidate]:
    """Catalogue metrics with a threshold after "@" or a dimension glued before them, whole."""
    out = []
    scans = (_AT_THRESHOLD if "@" in text else None,
             _DIM_GLUED if "3D-" in text or "2D-" in text or "BEV-" in text else None)
    for pattern in filter(None, scans):
        for m in pattern.finditer(text, tend):
            if _catalogue_metric(catalogue, m.group("core")):
                out.append(Candidate(Role.METRIC, m.start(), m.end(), "metrics:qualified", 0.85))
    return out


def datasets_measured_on(text: str, found: list[Candidate]) -> list[Candidate]:
    """Datasets named right after a metric: "FID on RealTalk", "FD metric on VICO"."""
    out = []
    for c in found:
        if c.role is not Role.METRIC:
            continue
        if _SPEED.fullmatch(text[c.start:c.end]):
            continue  # "8 FPS on CPU", "35 fps on the NVIDIA Jetson": a speed is measured on hardware
        m = _ON_DATASET.match(text, c.end)
        if m and is_name_like(m.group("name"), allow_capitalized=True) and m.group("name") not in NOT_NAMES \
                and m.group("name") not in NATURAL_LANGUAGES:  # "F1 on the English test set": a part of a set
            out.append(Candidate(Role.DATASET, m.start("name"), m.end("name"), "metrics:measured-on", 0.7))
    return out


# What says a defined measure is what results are reported in: an evaluation word in its sentence,
# or a figure written next to it ("the Success Rate (SR) has achieved an average increase of 11 points").
_EVALUATION_WORDS: Final = re.compile(r"\b(?:evaluat\w*|metrics?|in terms of|measured (?:by|with|in)|benchmark\w*|assess\w*)\b",
                               re.IGNORECASE)


def unmeasured_acronyms(text: str, found: list[Candidate], sents: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Spans of metric acronyms the acronym rules defined ("signal-to-noise ratio (SNR)", "the shape
    distance (SD)") that no sentence using them evaluates with: no evaluation word, no figure
    within 45 characters before or 60 after a mention. A quantity the method controls or computes
    ("the control of the false discovery rate (FDR)", "contrastive divergence (CD)") is no
    evaluation metric (issue 11, class 6)."""
    out = set()
    for c in found:
        if c.rule != "acronyms:metric":
            continue
        short = text[c.start : c.end]
        measured = False
        at = text.find(short)
        while at >= 0 and not measured:
            end = at + len(short)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                lo, hi = sentence_at(sents, at)
                measured = bool(_EVALUATION_WORDS.search(text, lo, hi) or _DIGIT.search(text, max(lo, at - 45), min(hi, end + 60)))
            at = text.find(short, end)
        if not measured:
            out.add((c.start, c.end))
    return out


# What may follow a metric's name in one word and leave it that metric: a version, size or
# cut-off ("BLEU-4", "COMET-22", "mAP-50"), one letter ("ROUGE-L", "SPICE-U", "CIDEr-D") or the
# word "measure"/"score" ("F1-Measure"); not another name ("AP-NPQL", "TIFA-GCL", "COMET-III") nor
# a kind noun ("FAD-Net", "AP-Loss", "AUC-Bandit").
_METRIC_SUFFIX: Final = re.compile(r"[-.](?:[A-Za-z]|[A-Za-z]?\d[\w.:]*|[Mm]easure|[Ss]core)$")


def renamed_metric_variants(text: str, found: list[Candidate]) -> set[tuple[int, int]]:
    """Spans of catalogue metric matches extended by a suffix that makes them another name (issue
    11, class 5: a name built on a metric's acronym is not the metric)."""
    out = set()
    for c in found:
        if c.rule == "catalogue:variant" and c.role is Role.METRIC:
            word = text[c.start : c.end]
            cut = min((i for i in (word.find("-"), word.find(".")) if i > 0), default=-1)
            if cut > 0 and not _METRIC_SUFFIX.match(word, cut):
                out.add((c.start, c.end))
    return out


# "AUC maximization", "an MSE loss", "Stochastic Rank-1 Bandits", "RPE mechanism", "the Elo rating
# system", "an IoU prediction branch", "a ROUGE-based reward": a metric's name qualifying what a
# method optimises, bounds or is built of names no evaluation metric of the paper (issue 11, metrics
# precision). Tried and dropped: "bounds on / minimizing the MSE" (a read-set privacy paper's metric).
_OBJECTIVE_NOUN: Final = re.compile(
    r"\)?[ \-](?:loss|losses|maximi[sz]ation|minimi[sz]ation|optimi[sz]ation|objectives?|bounds?|regret|regression|"
    r"surrogates?|penalty|regulari[sz](?:ation|er)|criterion|mechanisms?|techniques?|masks?|masking|modules?|heads?|"
    r"branch|system|estimators?|bandits?|keys?|nmf|kernels?|constraints?|predictions?|predictors?|computation|calculation)(?![\w\-])"
    r"|-(?:based|guided|aware|driven)(?![\w\-])", re.IGNORECASE)


def objective_metrics(text: str, found: list[Candidate]) -> set[str]:
    """Metric names every mention of which qualifies an objective or a part of a method ("AUC
    maximization", "MSE loss"), not a reported measure."""
    uses: dict[str, bool] = {}
    for c in found:
        if c.role is Role.METRIC:
            name = text[c.start : c.end]
            uses[name] = uses.get(name, True) and _OBJECTIVE_NOUN.match(text, c.end) is not None
    return {name for name, objective in uses.items() if objective}


# "capturing images at 1000 frames per second", "the camera input (100 fps)", "recorded at 60 fps",
# "projected with higher fps than possible with a camera": a frame rate of the capture, not a speed the
# method is measured at ("runs at 30 fps with a single camera" is one: a verb of running stands before).
_FRAME_RATE: Final = re.compile(r"(?i:fps|frames?[ \-]per[ \-]seconds?|frame rates?)")
_CAPTURE: Final = re.compile(r"\b(?:cameras?|captur(?:e|es|ed|ing)|record(?:ed|ing)|projected|projectors?|shutter)\b", re.IGNORECASE)
_RUN: Final = re.compile(r"\b(?:runs?|running|operat\w*|process\w*|comput\w*|inference|speed|throughput|track\w*|detect\w*|"
                  r"estimat\w*|real[- ]time|achiev\w*|implement\w*)\b", re.IGNORECASE)


def capture_rates(text: str, found: list[Candidate], sents: list[tuple[int, int]]) -> set[str]:
    """Frame-rate names every mention of which gives the rate of a camera, a recording or a
    projection ("a camera of 350 fps"), with no verb of running in the 50 characters before it."""
    uses: dict[str, bool] = {}
    for c in found:
        name = text[c.start : c.end]
        if c.role is not Role.METRIC or not _FRAME_RATE.fullmatch(name):
            continue
        lo, hi = sentence_at(sents, c.start)
        before = max(lo, c.start - 50)
        capture = bool(_CAPTURE.search(text, before, c.start) or _CAPTURE.search(text, c.end, min(hi, c.end + 40)))
        uses[name] = uses.get(name, True) and capture and not _RUN.search(text, before, c.start)
    return {name for name, capture in uses.items() if capture}


# "3.8 F1 / 5.2 EM", "95.7% UAS and 94.1% LAS", "71.2 AP, 89.0 AP50 and 77.1 APx": values reported
# side by side, each before its name; once one name is a metric, so are its siblings.
_VALUED: Final = r"(?P<value>(?<![\w.])\d+(?:\.\d+)?\s?%?\s+)"
_SIBLING_NEXT: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)" + _VALUED + r"(?P<name>[A-Za-z][\w\-@]*[\w@])(?![\w\-@]|\.\d)")
_SIBLING_PREV: Final = re.compile(_VALUED + r"(?P<name>[A-Za-z][\w\-@]*[\w@])\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)\Z")
_VALUE_BEFORE: Final = re.compile(_VALUED + r"\Z")


def valued_siblings(text: str, found: list[Candidate]) -> list[Candidate]:
    """Acronyms reported with a value beside a metric reported the same way ("3.8 F1 / 5.2 EM")."""
    taken = {(c.start, c.end) for c in found}
    spans = SpanIndex((c.start, c.end) for c in found)  # ("3.8 F1 / 5.2 QQA / ..." x 2,500: a window per sibling, not all names)
    # (each metric with where its value starts: a sibling's is where its match put it, however long)
    todo = [(c, v.start()) for c in found if c.role is Role.METRIC and (v := _VALUE_BEFORE.search(text, max(0, c.start - 12), c.start))]
    out: list[Candidate] = []
    while todo:
        c, value_at = todo.pop()
        after = _SIBLING_NEXT.match(text, c.end)
        before = _SIBLING_PREV.search(text, max(0, c.start - 40), value_at)
        for m in filter(None, (after, before)):
            name = m.group("name")
            if (m.start("name"), m.end("name")) in taken or not is_acronym(name) or name in _NOT_METRICS or len(name) > 10:
                continue
            if spans.overlapping(m.start("name"), m.end("name")):
                continue  # a name another rule gave a role ("COCO"), or part of one
            sib = Candidate(Role.METRIC, m.start("name"), m.end("name"), "metrics:valued-sibling", 0.7)
            taken.add((sib.start, sib.end))
            out.append(sib)
            todo.append((sib, m.start("value")))
    return out


def attach_values(text: str, found: list[Candidate]) -> list[Candidate]:
    """Metric candidates with the value written right after or right before them."""
    out = []
    for c in found:
        if c.role is not Role.METRIC or c.value:
            out.append(c)
            continue
        after = _NUM_RE.match(text[c.end : c.end + 40])
        before = _NUM_BEFORE.search(text[max(0, c.start - 30) : c.start])
        value = after.group(1) if after else before.group(1) if before else None
        out.append(c._replace(value=value.strip()) if value else c)
    return out


@Language.factory("kg_metrics", requires=["doc._.kg_candidates"], assigns=["doc._.kg_candidates"])
def metrics_component(nlp: Language, name: str):
    """Appends metric names found by their values, the datasets named after a metric and the
    dataset names the grammar around them settles (:mod:`kg.extract.dataset_shapes`). Values
    of metrics other components found are attached by ``kg_resolve`` (:func:`attach_values`)."""
    # The pipeline's catalogue (validated and cached when kg_catalogue was built).
    path = nlp.get_pipe_config("kg_catalogue").get("path") if "kg_catalogue" in nlp.pipe_names else None
    catalogue = load_catalogue(path)

    def component(doc: Doc) -> Doc:
        st = state(doc)
        found = st.candidates
        found.extend(benchmark_scores(st.text, find_metric_values(st.text, st.title_end), catalogue))
        found.extend(qualified_metrics(st.text, st.title_end, catalogue))
        found.extend(named_metrics(st.text, st.title_end))
        unmeasured = unmeasured_acronyms(st.text, found, st.sents or [])
        if unmeasured:
            found[:] = [c for c in found if not (c.rule == "acronyms:metric" and (c.start, c.end) in unmeasured)]
        renamed = renamed_metric_variants(st.text, found)
        if renamed:
            found[:] = [c for c in found if not (c.rule == "catalogue:variant" and (c.start, c.end) in renamed)]
        if objectives := objective_metrics(st.text, found) | capture_rates(st.text, found, st.sents or []):
            found[:] = [c for c in found if c.role is not Role.METRIC or st.text[c.start : c.end] not in objectives]
        found.extend(valued_siblings(st.text, found))
        found.extend(datasets_measured_on(st.text, found))
        found.extend(dataset_shapes(st.text, st.title_end, found, catalogue))
        # after the dataset rules: a set named after a descriptive measure phrase ("a 3% gain in
        # rotation error on X") is not settled by it as a named metric settles it
        if phrases := measure_phrases(st.text, st.title_end):
            named = [(c.start, c.end) for c in found if c.role is Role.METRIC]
            # "root mean square error": a metric another rule named keeps its whole name
            found.extend(c for c in phrases if not any(s < c.end and c.start < e for s, e in named))
        return doc

    return component

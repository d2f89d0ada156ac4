"""Reported metric values: "an FID of 52.3", "6.8% mAP", "PSNR: 31.2 dB", "25 FPS", "32.67 mm MPJPE".

Metric names come from the catalogue (already among the candidates) or, for names it does
not know, from the shape "ACRONYM of NUMBER" ("a VHD of 0.41"). A value attaches to the
metric it is written next to; the dataset it was reported on is filled in by the resolver.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .base import Candidate, candidates, is_acronym, title_end, doc_text

__all__ = ["NUMBER", "find_metric_values", "attach_values", "metrics_component"]

NUMBER = r"[-+]?\d+(?:[.,]\d+)?(?:\s?(?:%|mm|cm|dB|ms|s|x|×|fps|FPS|M|B|K|GB|MB|points?|pts))?"
_NUM_RE = re.compile(rf"^\s*(?:of|=|:|at|is|reaches|achieves|to|by)?\s*(?:only\s+|about\s+|~\s*|up to\s+)?({NUMBER})(?![\w.])")
_NUM_BEFORE = re.compile(rf"({NUMBER})\s*(?:lower\s+|higher\s+|better\s+|improvements?\s+in\s+|gains?\s+in\s+)?$")
# "an FID of 52.3": found from the "of NUMBER" (a cheap scan), then the name before it.
_VALUE_OF = re.compile(r"(?:of|=)\s+(?P<value>\d+(?:\.\d+)?\s?(?:%|mm|dB)?)(?![\w.])")
_NAME_BEFORE = re.compile(r"(?<![\w\-])(?P<name>[A-Za-z][\w\-@]*[A-Za-z0-9@])\s+(?:score\s+)?\Z")
_NOT_METRICS = frozenset("GPU GPUs CPU TPU API FLOP LLM LLMs VLM AI ML NLP CV RL".split())


def find_metric_values(text: str, tend: int = 0) -> list[Candidate]:
    """Metric names that the catalogue may not know, recognised by "NAME of NUMBER"."""
    out = []
    for v in _VALUE_OF.finditer(text, tend):
        if v.start() > 0 and text[v.start() - 1].isalnum():
            continue
        m = _NAME_BEFORE.search(text, max(tend, v.start() - 40), v.start())
        if m is None:
            continue
        name = m.group("name")
        if is_acronym(name) and name not in _NOT_METRICS:
            out.append(Candidate(Role.METRIC, m.start("name"), m.end("name"), "metrics:value-of", 0.7,
                                 value=v.group("value").strip()))
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


@Language.factory("kg_metrics", assigns=["doc._.kg_candidates"])
def metrics_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        found = candidates(doc)
        found.extend(find_metric_values(doc_text(doc), title_end(doc)))
        found[:] = attach_values(doc_text(doc), found)
        return doc

    return component

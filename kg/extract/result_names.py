"""Names as a result writes them: sets and editions as written ("VOC2007", identified as "PASCAL VOC 2007"),
methods as the sentence writes them, and whole when a recogniser found only part of a longer name the same
text uses; the paper's own name with the place its abstract first writes it."""

from __future__ import annotations

import re

from collections.abc import Sequence

from ..model import Mention, Role
from .result_metrics import Named

__all__ = ["OwnName", "own_name_from", "own_name_then", "variant_written", "widened", "written_names"]


def widened(text: str, named: list[Named]) -> list[Named]:
    """Method names written inside a longer method name the same text uses elsewhere, as that name: "R-CNN"
    of "Grid R-CNN" (the paper's own), of "R101-Mask R-CNN" (the recogniser found "Mask R-CNN" earlier)."""
    systems = {text[n.start : n.end]: n for n in named if n.role in (Role.METHOD, Role.PROPOSED)}
    if len(systems) < 2:
        return named
    out = []
    for n in named:
        if n.role in (Role.METHOD, Role.PROPOSED):
            short = text[n.start : n.end]
            for written, long_ in systems.items():
                at = written.find(short) if len(written) > len(short) else -1
                if at >= 0 and n.start - at >= 0 and text.startswith(written, n.start - at) \
                        and not (n.start - at > 0 and text[n.start - at - 1].isalnum()):
                    n = long_._replace(start=n.start - at, end=n.start - at + len(written))
                    break
        out.append(n)
    return out


def variant_written(text: str, canonical: str) -> bool:
    """Whether a method's written name says more than its canonical one: a variant ("MobileNetV2" for
    MobileNet) or another form ("Markov Random Field" for MRF); not a change of case or a plural."""
    t, c = text.lower(), canonical.lower()
    return t != c and t != c + "s" and t.rstrip("s") != c


def written_names(mentions: Sequence[Mention], field: str) -> list[Named]:
    """The metrics, sets and methods of one field as a result names them, sorted by place."""
    out = []
    for m in mentions:
        if m.field == field and m.role in (Role.METRIC, Role.DATASET, Role.INTRODUCED_DATASET, Role.METHOD, Role.PROPOSED):
            # a metric keeps its written form ("ROC-AUC", "AEPE"; the graph resolves aliases), the
            # qualifiers of its canonical name could say something else ("EPE" for "AEPE")
            name = m.text if m.role is Role.METRIC and m.text else (m.canonical or m.text)
            # a set as written ("VOC2007", "DOTA-v1.5", "Nr3D": the catalogue's name may drop the edition
            # or split the value was measured on; the graph still places it on the resolved node), a
            # method's edition too ("ResNet-18", not "ResNet")
            if m.canonical and m.text and (m.role in (Role.DATASET, Role.INTRODUCED_DATASET)
                                           or (m.role is not Role.METRIC and _edition_lost(m.text, m.canonical))):
                name = m.text
            elif m.role in (Role.METHOD, Role.PROPOSED) and m.canonical and m.text and variant_written(m.text, m.canonical):
                name = m.text  # "MobileNetV2", "Markov Random Field": the system as written (the graph still links its node)
            if m.role is Role.METRIC and m.canonical and name.lower() == m.canonical.lower() + "s":
                name = m.canonical  # "mIoUs" -> "mIoU"
            out.append(Named(m.start, m.end, name, m.role, _identity(m, name)))
    return sorted(out)


# "VOC2007", "ICDAR 2015", "Kinetics-400": a name ending in its edition (a year or version number)
_WRITTEN_EDITION = re.compile(r"[A-Za-z][\s_'’-]*(\d{2,4})$")


def _edition_lost(text: str, canonical: str) -> bool:
    """Whether a written name ends in an edition (year or version number) its canonical name drops."""
    if not text or not text[-1].isdigit():
        return False  # the common case, without a regex
    ed = _WRITTEN_EDITION.search(text)
    return ed is not None and not canonical.rstrip().endswith(ed.group(1)) and canonical.lower() != text.lower()


def _identity(m: Mention, name: str) -> str | None:
    """The resolved name that identifies a name kept as written, with the edition it carries
    ("VOC2007" -> "PASCAL VOC 2007"); None when the name is the resolved one."""
    if not m.canonical or name == m.canonical:
        return None
    ed = _WRITTEN_EDITION.search(name) if _edition_lost(name, m.canonical) else None
    return f"{m.canonical} {ed.group(1)}" if ed else m.canonical


class OwnName(str):
    """The paper's own name as its abstract alone defines it, with where that abstract first writes it (``since``)."""

    since: int = 0
    abstract: str = ""

    def __reduce__(self):
        return (str, (str(self),))  # a result sent between processes carries the name only, not the abstract


# "We call this scheme RbCC", "we term the resulting system Foo": a name given to what was described before
_NAMING = re.compile(r"\b(?:call|term|name|dub|coin|refer\s+to|denote)(?:s|ed|ing)?\b", re.I)
# "we propose a generalization of scaling called g-SC": a later proposal that names what it proposes
_PROPOSING = re.compile(r"\b[Ww]e\s+(?:\w+ly\s+|also\s+|further\s+|then\s+)?(?:propose|present|introduce|develop|devise|design)[sd]?\b")


def own_name_from(name: str, abstract: str) -> OwnName:
    """``name`` as an :class:`OwnName` that knows where ``abstract`` first writes it (from the start when that
    sentence names what was described before, "We call this construction scheme Foo", not when it proposes
    the thing it names, "we propose a generalization of scaling called Foo")."""
    own = OwnName(name)
    # (the name as a word: "SC" is not first written inside "SCAN")
    written = re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", abstract) if name else None
    at = written.start() if written else max(0, abstract.find(name))
    opened = abstract.rfind(". ", 0, at) + 1
    named = _NAMING.search(abstract, opened, at) is not None and _PROPOSING.search(abstract, opened, at) is None
    own.since, own.abstract = (0 if named else at), abstract
    return own


def own_name_then(name: str | None, text: str, end: int) -> str | None:
    """The own name for a value whose sentence ends at ``end`` of ``text``: None when ``text`` is the abstract that
    writes the name only after it ("this algorithm obtains 0.989 ... To embed general metric spaces, we propose
    h-MDS": a later contribution is named, not what scored), else the name as a plain string."""
    if name is None:
        return None
    if isinstance(name, OwnName) and name.since > end and name.abstract == text:
        return None
    return str(name)

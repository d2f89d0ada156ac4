"""Method names as a result credits them: written as the sentence writes them, and whole when a recogniser
found only part of a longer name the same text uses."""

from __future__ import annotations

from ..model import Role
from .result_metrics import Named

__all__ = ["variant_written", "widened"]


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

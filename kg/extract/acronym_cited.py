"""A citation right after a defined acronym: the definition names someone else's published work."""

from __future__ import annotations

import re

from .long_forms import Definition

__all__ = ["cited_after"]

# "Vision Transformer (ViT) (Dosovitskiy et al. 2021)", "Echo State Networks (ESN) [4]": an author-year
# bracket or a numbered reference (square brackets only: "(3)" may number a list item or an equation).
_CITED_AFTER = re.compile(
    r"\)\s*(?:\((?:[A-Z][\w\-'\u00C0-\u024F]+(?:\s+et\s+al\.?)?(?:,?\s+(?:and|&)\s+[A-Z][\w\-'\u00C0-\u024F]+)?,?\s+(?:19|20)\d\d[a-z]?"
    r"(?:\s*;\s*[^()]{1,60})?)\)"
    r"|\[\d{1,3}(?:\s*[,\-\u2013]\s*\d{1,3})*\])"
)


def cited_after(text: str, d: Definition) -> bool:
    """Is the acronym followed by a reference ("(ViT) (Dosovitskiy et al. 2021)", "(ESN) [4]")?"""
    return _CITED_AFTER.match(text, d.short_end) is not None

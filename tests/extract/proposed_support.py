"""What find_proposed reads from a made-up title and abstract, for the proposed tests."""

from __future__ import annotations

from kg.extract.doc import layout
from kg.extract.proposed import find_proposed
from kg.model import Role


def found(title: str, abstract: str) -> dict[str, Role]:
    """Each name find_proposed emits, with its role."""
    text = layout(title, abstract)
    return {text[c.start : c.end]: c.role for c in find_proposed(text, len(title))}

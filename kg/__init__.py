"""kg: knowledge graphs of methods, datasets, tasks and metrics from research-paper listings.

>>> import kg
>>> g = kg.build(["seeds/"])            # doctest: +SKIP
>>> g.dataset("HDTF").papers            # doctest: +SKIP
"""

from ._version import __version__
from .api import EntityNode, KnowledgeGraph, PaperNode, load
from .errors import KgError
from .model import EntityType, Extraction, Mention, Paper, Relation, Role
from .pipeline import Settings, build

__all__ = [
    "__version__",
    "build",
    "load",
    "Settings",
    "KnowledgeGraph",
    "PaperNode",
    "EntityNode",
    "Paper",
    "Mention",
    "Extraction",
    "Relation",
    "EntityType",
    "Role",
    "KgError",
]

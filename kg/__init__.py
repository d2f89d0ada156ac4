"""kg: knowledge graphs of methods, datasets, tasks and metrics from research-paper listings.

>>> import kg
>>> g = kg.build(["seeds/"])            # doctest: +SKIP
>>> g.dataset("HDTF").papers            # doctest: +SKIP
"""

__version__ = "0.1.0"

from .api import EntityNode, KnowledgeGraph, PaperNode, load  # noqa: E402
from .errors import KgError  # noqa: E402
from .model import Entity, EntityType, Extraction, Mention, Paper, Relation, Role  # noqa: E402
from .pipeline import Settings, build  # noqa: E402

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
    "Entity",
    "Relation",
    "EntityType",
    "Role",
    "KgError",
]

"""kg: knowledge graphs of methods, datasets, tasks and metrics from research-paper listings.

>>> import kg
>>> g = kg.build(["seeds/"])            # doctest: +SKIP
>>> g.dataset("HDTF").papers            # doctest: +SKIP
"""

from ._version import __version__

# The names below are imported on first use (PEP 562), so that `kg query`, which needs none of
# them, does not pay for networkx and the pipeline at every cold start.
_LAZY = {
    "EntityNode": "api",
    "KnowledgeGraph": "api",
    "PaperNode": "api",
    "load": "api",
    "KgError": "errors",
    "EntityType": "model",
    "Extraction": "model",
    "Mention": "model",
    "Paper": "model",
    "Relation": "model",
    "Role": "model",
    "Settings": "pipeline",
    "build": "pipeline",
}

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


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

"""Graph stage: extractions -> networkx graph, with identity resolution (see ``docs/graph-model.md``)."""

from .build import COMPARISON_RULE_WORDS, build_graph
from .ids import entity_id, paper_id, scoped_entity_id, url_id

__all__ = ["build_graph", "COMPARISON_RULE_WORDS", "entity_id", "paper_id", "scoped_entity_id", "url_id"]

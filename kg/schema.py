"""What the graph holds: the kinds of node and of relation, one row each, with everything the
stages need to know about them.

::

    Role (what a mention says)  ──RELATION_OF_ROLE──►  RelationKind (an edge of the graph)
      proposed ............................................ proposes        -> method
      introduced_datasets ................................. introduces      -> dataset
      datasets / methods / tasks / metrics ................ uses_dataset, mentions_method, ...
      code_urls / other_urls .............................. has_code, has_webpage
      (derived: a method mention in a comparison) ......... compares_with   -> method
      (paper metadata) .................................... affiliated_with -> organization

- extraction labels each mention with a :class:`Role` (``Role.entity_type`` is the node kind it
  names; ``MENTION_ROLE`` is the role a plain catalogue match of an entity type gets);
- the graph stage turns a mention into the edge ``RELATION_OF_ROLE[role]``;
- the RDF writer writes ``RelationKind.predicate`` for an edge and ``NODE_CLASSES[kind]`` for a node;
- the API maps an edge back to the role of its evidence with ``ROLE_OF_RELATION``.

Every IRI here comes from the strict namespaces of :mod:`kg.vocab`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .vocab import KG, SCHEMA, iris

__all__ = [
    "EntityType",
    "Role",
    "ROLE_KEYS",
    "RelationKind",
    "RELATIONS",
    "RELATION_OF_ROLE",
    "ROLE_OF_RELATION",
    "NODE_CLASSES",
    "MENTION_ROLE",
    "INTRODUCING_ROLES",
    "PROPOSES",
    "INTRODUCES",
    "USES_DATASET",
    "MENTIONS_METHOD",
    "COMPARES_WITH",
    "ADDRESSES_TASK",
    "REPORTS_METRIC",
    "HAS_CODE",
    "HAS_WEBPAGE",
    "AFFILIATED_WITH",
]


class EntityType(str, Enum):
    """Kinds of node in the graph besides papers."""

    METHOD = "method"
    DATASET = "dataset"
    TASK = "task"
    METRIC = "metric"
    REPOSITORY = "repository"
    WEBPAGE = "webpage"
    ORGANIZATION = "organization"


class Role(str, Enum):
    """What a mention says about its paper; the values are the keys of the gold guidelines."""

    PROPOSED = "proposed"
    INTRODUCED_DATASET = "introduced_datasets"
    DATASET = "datasets"
    METHOD = "methods"
    TASK = "tasks"
    METRIC = "metrics"
    CODE_URL = "code_urls"
    OTHER_URL = "other_urls"

    @property
    def entity_type(self) -> EntityType:
        """The kind of node a mention in this role names."""
        return _ROLE_TYPES[self]


_ROLE_TYPES = {
    Role.PROPOSED: EntityType.METHOD,
    Role.METHOD: EntityType.METHOD,
    Role.INTRODUCED_DATASET: EntityType.DATASET,
    Role.DATASET: EntityType.DATASET,
    Role.TASK: EntityType.TASK,
    Role.METRIC: EntityType.METRIC,
    Role.CODE_URL: EntityType.REPOSITORY,
    Role.OTHER_URL: EntityType.WEBPAGE,
}

#: The list keys of ``kg extract --format jsonl`` and of the gold files, in order.
ROLE_KEYS: tuple[str, ...] = tuple(r.value for r in Role)

#: Roles that make a node of the paper's own (scoped to it): what a paper proposes or introduces,
#: with the role another paper's mention of the same name has.
INTRODUCING_ROLES: dict[Role, Role] = {Role.PROPOSED: Role.METHOD, Role.INTRODUCED_DATASET: Role.DATASET}

#: The role of a plain (not proposed, not introduced) mention of a catalogue entry of each type.
MENTION_ROLE: dict[EntityType, Role] = {
    EntityType.DATASET: Role.DATASET,
    EntityType.METHOD: Role.METHOD,
    EntityType.METRIC: Role.METRIC,
    EntityType.TASK: Role.TASK,
}


@dataclass(frozen=True)
class RelationKind:
    """One kind of edge: from a paper to a node of ``object_kind``.

    ``role`` is the role of the mentions that are its evidence (None: it comes from the paper's
    metadata); ``derived`` edges are added beside the role's own edge by a rule of the graph stage.
    """

    name: str
    predicate: str
    object_kind: EntityType
    role: Role | None
    derived: bool = False
    description: str = ""

    def __str__(self) -> str:
        return self.name


_K = iris(KG)
_S = iris(SCHEMA)

PROPOSES = RelationKind("proposes", _K.proposes, EntityType.METHOD, Role.PROPOSED, description="a method the paper introduces")
INTRODUCES = RelationKind("introduces", _K.introducesDataset, EntityType.DATASET, Role.INTRODUCED_DATASET, description="a dataset the paper introduces")
USES_DATASET = RelationKind("uses_dataset", _K.usesDataset, EntityType.DATASET, Role.DATASET, description="a dataset the paper uses or names")
MENTIONS_METHOD = RelationKind("mentions_method", _K.mentionsMethod, EntityType.METHOD, Role.METHOD, description="another method the paper names")
COMPARES_WITH = RelationKind(
    "compares_with", _K.comparesWith, EntityType.METHOD, Role.METHOD, derived=True,
    description="a method named in a comparison (outperforms, compared with, baselines)",
)
ADDRESSES_TASK = RelationKind("addresses_task", _K.addressesTask, EntityType.TASK, Role.TASK, description="a research task the paper addresses")
REPORTS_METRIC = RelationKind("reports_metric", _K.reportsMetric, EntityType.METRIC, Role.METRIC, description="a metric the paper reports")
HAS_CODE = RelationKind("has_code", _K.hasCode, EntityType.REPOSITORY, Role.CODE_URL, description="a code repository link")
HAS_WEBPAGE = RelationKind("has_webpage", _K.hasWebpage, EntityType.WEBPAGE, Role.OTHER_URL, description="a project or demo page link")
AFFILIATED_WITH = RelationKind("affiliated_with", _K.affiliatedWith, EntityType.ORGANIZATION, None, description="the organisation the listing names")

#: Every relation by name, in the order the docs list them.
RELATIONS: dict[str, RelationKind] = {
    r.name: r
    for r in (PROPOSES, INTRODUCES, USES_DATASET, MENTIONS_METHOD, COMPARES_WITH, ADDRESSES_TASK,
              REPORTS_METRIC, HAS_CODE, HAS_WEBPAGE, AFFILIATED_WITH)
}
#: The edge a mention of each role becomes.
RELATION_OF_ROLE: dict[Role, RelationKind] = {r.role: r for r in RELATIONS.values() if r.role is not None and not r.derived}
#: The role of the evidence of each edge (metadata edges have none).
ROLE_OF_RELATION: dict[str, Role] = {r.name: r.role for r in RELATIONS.values() if r.role is not None}

#: The RDF classes of each kind of node ("paper" and every EntityType value).
NODE_CLASSES: dict[str, tuple[str, ...]] = {
    "paper": (_S.ScholarlyArticle,),
    EntityType.METHOD.value: (_K.Method,),
    EntityType.DATASET.value: (_S.Dataset,),
    EntityType.TASK.value: (_K.Task,),
    EntityType.METRIC.value: (_K.Metric,),
    EntityType.REPOSITORY.value: (_S.SoftwareSourceCode,),
    EntityType.WEBPAGE.value: (_K.Webpage,),
    EntityType.ORGANIZATION.value: (_S.Organization,),
}

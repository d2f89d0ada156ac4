"""The RDF vocabulary of kg, as strict namespaces: a misspelt term raises instead of minting an IRI.

kg's own terms live under ``https://w3id.org/kg/vocab#``; resources under ``https://w3id.org/kg/id/``.
Established vocabularies are reused where they fit (schema.org, Dublin Core terms, SKOS, PROV-O);
``docs/vocabulary.md`` lists every term with its meaning.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

# The prefixes bound in every graph kg writes and available to every query; kept as plain strings
# in kg.prefixes (the query path does not import rdflib), and the namespaces below are made from them.
from .prefixes import PREFIXES

__all__ = ["KG", "SCHEMA", "LPWC", "LPWCP", "FABIO", "OWL", "ID", "DCTERMS", "PROV", "RDF", "RDFS", "SKOS", "XSD", "PREFIXES", "IRIs", "iris"]

#: Base of every resource IRI kg mints (papers, entities).
ID = Namespace(PREFIXES["kgid"])


class KG(DefinedNamespace):
    """kg's own classes and properties."""

    _NS = Namespace(PREFIXES["kg"])
    _fail = True

    # classes
    Method: URIRef  # a named method, model, framework or system
    Task: URIRef  # a research task ("talking head generation")
    Metric: URIRef  # a named evaluation metric
    Webpage: URIRef  # a project or demo page
    MetricResult: URIRef  # a metric value a paper reports
    Mention: URIRef  # the evidence of a fact: a span of a paper's title or abstract
    Rule: URIRef  # an extraction rule at one confidence level, shared by the records it found

    # paper -> entity relations
    proposes: URIRef
    introducesDataset: URIRef
    usesDataset: URIRef
    mentionsMethod: URIRef
    comparesWith: URIRef
    addressesTask: URIRef
    reportsMetric: URIRef
    hasCode: URIRef
    hasWebpage: URIRef
    affiliatedWith: URIRef
    hasResult: URIRef

    # entity attributes
    introducedBy: URIRef
    mentionCount: URIRef  # number of distinct papers linked to an entity
    nameKey: URIRef  # a lower-cased name or alias: case-insensitive lookup by index, not by scan

    # paper attributes
    dateText: URIRef  # the date exactly as the listing wrote it ("Jul 16" has no year)
    year: URIRef
    upvotes: URIRef
    authorCount: URIRef
    arxivId: URIRef
    source: URIRef  # "file#record" the paper was read from

    # metric results
    metric: URIRef
    value: URIRef
    onDataset: URIRef  # the dataset a metric result was measured on
    numericValue: URIRef  # the value as an xsd:decimal, for ranking
    unit: URIRef  # "%", "dB", ... or absent
    resultKind: URIRef  # "absolute" (a score that ranks) or "improvement" (a gain over a baseline)
    forMethod: URIRef  # the method credited with the result
    ownMethod: URIRef  # true when the method is the reporting paper's own
    baseline: URIRef  # the method an improvement is measured against
    higherIsBetter: URIRef  # on a metric: whether larger values are better

    # provenance of a fact
    span: URIRef  # "abstract#char=108,112;sentence=90,160": the field and the character ranges in it
    sentence: URIRef
    rule: URIRef
    confidence: URIRef
    surface: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms kg uses."""

    _NS = Namespace(PREFIXES["schema"])
    _fail = True

    ScholarlyArticle: URIRef
    Dataset: URIRef
    SoftwareSourceCode: URIRef
    DefinedTerm: URIRef
    Organization: URIRef
    WebPage: URIRef
    codeRepository: URIRef
    url: URIRef
    name: URIRef
    sourceOrganization: URIRef
    keywords: URIRef
    sameAs: URIRef
    identifier: URIRef
    softwareVersion: URIRef


class LPWC(DefinedNamespace):
    """Linked Papers With Code classes (linkedpaperswithcode.com), aligned with kg's by equivalence."""

    _NS = Namespace(PREFIXES["lpwc"])
    _fail = True

    paper: URIRef
    method: URIRef
    model: URIRef
    dataset: URIRef
    task: URIRef
    repository: URIRef
    evaluationresult: URIRef


class LPWCP(DefinedNamespace):
    """Linked Papers With Code properties, aligned with kg's by equivalence."""

    _NS = Namespace(PREFIXES["lpwcp"])
    _fail = True

    hasMethod: URIRef
    usesDataset: URIRef
    hasTask: URIRef
    hasRepository: URIRef
    introducedBy: URIRef
    numberPapers: URIRef
    metricValue: URIRef


class FABIO(DefinedNamespace):
    """The FaBiO term LPWC uses for arXiv identifiers."""

    _NS = Namespace(PREFIXES["fabio"])
    _fail = True

    hasArXivID: URIRef


class OWL(DefinedNamespace):
    """The OWL terms of the alignment statements."""

    _NS = Namespace(PREFIXES["owl"])
    _fail = True

    equivalentClass: URIRef
    equivalentProperty: URIRef


class IRIs:
    """The terms of one strict namespace as plain ``str`` IRIs, for writers that format text.

    ``iris(KG).proposes == str(KG.proposes)``, without rdflib's per-access ``URIRef`` cost;
    a misspelt term raises ``AttributeError`` just as the namespace does, so an IRI is still
    spelt only in this module.
    """

    __slots__ = ("_ns", "_terms")

    def __init__(self, ns: type[DefinedNamespace]) -> None:
        names = set(getattr(ns, "__annotations__", {})) | set(getattr(ns, "_extras", ()))
        object.__setattr__(self, "_ns", ns)
        object.__setattr__(self, "_terms", {n: str(ns[n]) for n in names})

    def __getattr__(self, name: str) -> str:
        try:
            return self._terms[name]
        except KeyError:
            raise AttributeError(f"{self._ns._NS} has no term {name!r} in kg.vocab") from None

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("IRIs are read-only")


_IRIS: dict[type, IRIs] = {}


def iris(ns: type[DefinedNamespace]) -> IRIs:
    """The (shared) :class:`IRIs` view of ``ns``."""
    view = _IRIS.get(ns)
    if view is None:
        view = _IRIS[ns] = IRIs(ns)
    return view

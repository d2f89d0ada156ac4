"""kg's SPARQL prefixes as plain strings: the one place they are spelt.

:mod:`kg.vocab` makes its rdflib namespaces from them and re-exports :data:`PREFIXES`; the query
path imports this module alone, since importing rdflib costs a cold ``kg query`` about a tenth of
a second.
"""

from __future__ import annotations

__all__ = ["PREFIXES"]

_ID = "https://w3id.org/kg/id/"

PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/kg/vocab#",
    "kgid": _ID,
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "lpwc": "https://linkedpaperswithcode.com/class/",
    "lpwcp": "https://linkedpaperswithcode.com/property/",
    "fabio": "http://purl.org/spar/fabio/",
    "owl": "http://www.w3.org/2002/07/owl#",
}
for _kind in ("paper", "method", "dataset", "task", "metric", "repository", "webpage", "organization", "evidence", "result", "activity"):
    PREFIXES[_kind] = _ID + _kind + "/"

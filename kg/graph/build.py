"""Extractions -> one networkx MultiDiGraph: one node per paper and per distinct entity.

Identity resolution:
- datasets, metrics, tasks and methods named by several papers meet in one node, keyed by their
  catalogue name or their ``ids.identity_key`` (case, hyphens, a space before a number, an
  acronym's plural, a dataset's "dataset" suffix folded; a spelling of a catalogue form is that
  catalogue entry, "CIFAR100" -> CIFAR-100);
- a method (or dataset) a paper proposes gets a node scoped to that paper, so two papers'
  "HACK" stay two methods; another paper naming it links to that node when exactly one paper
  in the graph proposes that name (and is not ``OLDER_BY`` years newer than the mentioning paper),
  and to the shared node otherwise. A well-known (catalogue)
  name goes to its introducer only when that paper's title opens with it ("ScanNet: ..."): otherwise
  other papers' "KITTI" or "MRF" is the catalogue's, not one paper's misreading or name clash.

The node and edge attributes are the contract documented in ``docs/graph-model.md``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import networkx as nx

from ..memory import paused_gc
from ..model import EntityType, Extraction, Mention, Paper, Result, Role, normalize_name, short_hash
from ..schema import AFFILIATED_WITH, COMPARES_WITH, INTRODUCING_ROLES, RELATION_OF_ROLE
from ..vocab import ID
from .ids import absolute_url, entity_id, identity_key, known_full_name, known_name, node_name, org_id, paper_id, paper_scope, scoped, url_id, url_key

__all__ = ["build_graph", "COMPARISON_RULE_WORDS"]

#: A paper this many years older than the one introducing a name does not mention that paper's
#: thing (2, not 1: a preprint is often listed a year before its venue).
OLDER_BY = 2

#: A method mention whose rule name contains one of these also yields a ``compares_with`` edge.
COMPARISON_RULE_WORDS = ("compar", "outperform", "baseline", "versus", "surpass")

_ID = str(ID)  # == str(ID[x]) without rdflib's per-call URIRef construction
_URL_KINDS = (EntityType.REPOSITORY, EntityType.WEBPAGE)


def _name(m: Mention) -> str:
    return m.canonical or m.text


class _Ids:
    """Memoised id minting for one build: names and URLs repeat across many papers."""

    def __init__(self, resolution: Resolution) -> None:
        self.introducers = resolution.introducers
        self.titled = resolution.titled
        self.years = resolution.years
        self.scopes = resolution.scopes  # paper id -> its paper_scope, for every introducing paper
        self.norm: dict[tuple[EntityType, str], str] = {}
        self.entity: dict[tuple[EntityType, str], str] = {}
        self.shared: dict[tuple[EntityType, str], tuple[str, str | None]] = {}
        self.urls: dict[tuple[EntityType, str], str] = {}

    def normalize(self, kind: EntityType, name: str) -> str:
        """``ids.identity_key``: names with one key are one node."""
        key = self.norm.get((kind, name))
        if key is None:
            key = self.norm[(kind, name)] = identity_key(kind, name)
        return key

    def entity_id(self, kind: EntityType, name: str) -> str:
        node = self.entity.get((kind, name))
        if node is None:
            node = self.entity[(kind, name)] = entity_id(kind, node_name(kind, name))
        return node

    def scoped(self, kind: EntityType, name: str, pid: str) -> str:
        """``ids.scoped_entity_id`` of the paper ``pid`` (one that introduces a name)."""
        return scoped(self.entity_id(kind, name), self.scopes[pid])

    def resolve(self, kind: EntityType, name: str, year: int | None = None) -> tuple[str, str | None]:
        """Node and introducing paper of a name mentioned without being introduced, by a paper of
        ``year``: a paper years older than the one introducing the name means something else by it."""
        hit = self._resolve(kind, name)
        owner = hit[1]
        if owner is not None and year is not None:
            owner_year = self.years.get(owner)
            if owner_year is not None and year <= owner_year - OLDER_BY:
                return self.entity_id(kind, name), None
        return hit

    def _resolve(self, kind: EntityType, name: str) -> tuple[str, str | None]:
        hit = self.shared.get((kind, name))
        if hit is None:
            key = self.normalize(kind, name)
            owners = self.introducers.get((kind, key), ())
            if type(owners) is str or len(owners) == 1:
                owner = owners if type(owners) is str else next(iter(owners))
                # a well-known name one paper "introduces" (a misreading, or a clash: "MRF" for
                # misinfo reaction frames) is that paper's only when its title opens with it
                if known_name(kind, name) is None or (kind, key, owner) in self.titled:
                    hit = (self.scoped(kind, name, owner), owner)
                else:
                    hit = (self.entity_id(kind, name), None)
            else:
                hit = (self.entity_id(kind, name), None)
            self.shared[(kind, name)] = hit
        return hit


def unique_paper_ids(papers: list[Paper], seen: set[str] | None = None) -> list[str]:
    """Node ids of the papers, distinct for distinct records.

    Readers merge records of the same paper, but some distinct papers share an id: short or
    front-matter titles ("Preface") that readers deliberately do not merge on. The first keeps
    the plain id; a later one gets its abstract's (else its source's) hash appended, so nothing
    is folded away silently and ids stay stable when input is appended. ``seen``: the ids of
    earlier papers (a streamed build's earlier chunks), updated.
    """
    seen = set() if seen is None else seen
    out = []
    for p in papers:
        pid = paper_id(p)
        if pid in seen:
            pid = f"{pid}-{short_hash(p.abstract or str(p.source), 8)}"
            while pid in seen:  # identical title and abstract: the source tells them apart
                pid = f"{pid}-{short_hash(str(p.source), 6)}"
        seen.add(pid)
        out.append(pid)
    return out


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """Build the graph; deterministic for a given input order."""
    with paused_gc():
        return _build(list(extractions))


class Resolution:
    """Who introduces which name, over the whole corpus (or a streamed build's chunks, one by one), and the scope of each introducing paper.

    A name introduced by one paper (the usual case) keeps that paper id as a plain ``str``
    instead of a one-element set: this table is what a streamed build holds for every paper.
    ``titled``: (kind, key, paper) of the well-known (catalogue) names a paper introduces and
    opens its title with, or with their full name ("ScanNet: Richly-annotated 3D
    Reconstructions ..."); only those keep other papers' mentions.
    """

    def __init__(self) -> None:
        self.introducers: dict[tuple, str | set[str]] = {}
        self.scopes: dict[str, str] = {}
        self.titled: set[tuple[EntityType, str, str]] = set()
        self.years: dict[str, int | None] = {}  # introducing paper -> its year

    def add(self, pids: Sequence[str], extractions: Sequence[Extraction]) -> None:
        intro = self.introducers
        for pid, ex in zip(pids, extractions):
            for m in ex.mentions:
                if m.role not in INTRODUCING_ROLES:
                    continue
                kind = m.role.entity_type
                key = (kind, identity_key(kind, _name(m)))
                known = known_name(kind, _name(m))
                if known is not None and _title_leads(ex.paper.title, (known, known_full_name(kind, known) or known)):
                    self.titled.add((*key, pid))
                have = intro.get(key)
                if have is None:
                    intro[key] = pid
                elif type(have) is str:
                    if have != pid:
                        intro[key] = {have, pid}
                else:
                    have.add(pid)
                if pid not in self.scopes:
                    self.scopes[pid] = paper_scope(ex.paper)
                    self.years[pid] = ex.paper.year


def _title_leads(title: str, names: Iterable[str]) -> bool:
    """The title opens with one of the names, after an optional "The" ("ScanNet: Richly-annotated
    ...", "The Cityscapes Dataset for ...", "Densely Connected Convolutional Networks")."""
    t = normalize_name(title).removeprefix("the ")
    # not a later version's title ("FlowNet 2.0: ...", "SiamRPN++: ...")
    return any(re.match(rf"{re.escape(normalize_name(n))}s?(?![\w+])(?!\s*v?\d)", t) for n in names)


class _Collected:
    """Nodes and edges gathered in plain dicts (insertion order = graph order) and handed to
    networkx once: per-call add_node/add_edge and g.nodes[...] lookups dominated the stage."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.surfaces: dict[str, Counter] = defaultdict(Counter)
        self.edges: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
        self.values: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.result_papers: dict[str, set[str]] = defaultdict(set)  # metric node -> papers reporting a result


def _build(extractions: list[Extraction]) -> nx.MultiDiGraph:
    pids = unique_paper_ids([e.paper for e in extractions])

    resolution = Resolution()
    resolution.add(pids, extractions)
    ids = _Ids(resolution)

    c = _Collected()
    for pid, ex in zip(pids, extractions):
        _add_paper(c, ids, pid, ex)
    _set_aliases_and_counts(c)
    return _graph_of(c.nodes, _edge_list(c))


def _graph_of(nodes: dict[str, dict], edges: list[tuple[str, str, str, dict]]) -> nx.MultiDiGraph:
    """The MultiDiGraph ``add_nodes_from(nodes.items())`` then ``add_edges_from(edges)`` make, its
    adjacency dicts filled here: those calls copied every attribute dict and took a Python step
    per call of add_edge (about a sixth of the graph stage on the 87K corpus). The attribute
    dicts are the graph's own (made by this module for it); (u, v, key) are distinct."""
    g = nx.MultiDiGraph()
    node, succ, pred = g._node, g._succ, g._pred  # networkx's documented adjacency structure
    for n, d in nodes.items():
        node[n] = d
        succ[n] = {}
        pred[n] = {}
    for u, v, key, attrs in edges:
        for n in (u, v):
            if n not in node:  # as add_edges_from would: a node without attributes
                node[n], succ[n], pred[n] = {}, {}, {}
        keyed = succ[u].get(v)
        if keyed is None:
            keyed = succ[u][v] = pred[v][u] = {}
        keyed[key] = attrs
    return g


def _add_paper(c: _Collected, ids: _Ids, pid: str, ex: Extraction) -> None:
    """The paper's node, its mentions' nodes and its edges."""
    paper = ex.paper
    nodes = c.nodes
    if pid not in nodes:  # the same paper twice in one build (readers dedup; be safe)
        nodes[pid] = _paper_attrs(pid, paper)
    paper_mentions = []
    placed: list[tuple[Mention, str]] = []  # kept only for a paper with results
    for m in ex.mentions:
        node = _node_for(nodes, ids, m, pid, paper.year)
        if ex.results:
            placed.append((m, node))
        role = m.role
        c.surfaces[node][m.canonical if m.edition_year else m.text] += 1  # "2012" of "PASCAL VOC 2007 and 2012": "PASCAL VOC 2012"
        rel = RELATION_OF_ROLE[role].name
        c.edges[(pid, rel, node)].append(m)
        if m.value:
            c.values[(pid, rel, node)].append(m.value)
        if role is Role.METHOD and any(w in m.rule for w in COMPARISON_RULE_WORDS):
            c.edges[(pid, COMPARES_WITH.name, node)].append(m)
        if m.field in ("title", "abstract"):
            paper_mentions.append({"field": m.field, "start": m.start, "end": m.end, "role": role.value, "text": m.text, "entity": node})
    nodes[pid]["mentions"] = paper_mentions
    if ex.results:
        named: dict[tuple[EntityType, str], str] = {}  # this paper's names -> their nodes
        for m, node in placed:
            kind = m.role.entity_type
            named.setdefault((kind, ids.normalize(kind, _name(m))), node)
            named.setdefault((kind, ids.normalize(kind, m.text)), node)  # results name what was written
        nodes[pid]["results"] = [_result_attrs(c, ids, pid, r, named, paper.year) for r in ex.results]
    if paper.organization:
        oid = org_id(paper.organization)
        if oid not in nodes:
            nodes[oid] = {"kind": EntityType.ORGANIZATION.value, "label": paper.organization, "iri": _ID + oid}
        c.edges[(pid, AFFILIATED_WITH.name, oid)] = []


def _result_attrs(c: _Collected, ids: _Ids, pid: str, r: Result, named: dict[tuple[EntityType, str], str], year: int | None) -> dict:
    """A result as JSON-ready attributes, its metric, dataset, method and baseline as node ids."""

    def node(kind: EntityType, name: str | None) -> str | None:
        if not name:
            return None
        hit = named.get((kind, ids.normalize(kind, name)))
        if hit is None:
            hit, introduced_by = ids.resolve(kind, name, year)
            data = c.nodes.setdefault(hit, {"kind": kind.value, "label": known_name(kind, name) or name, "iri": _ID + hit})
            if introduced_by:
                data["introduced_by"] = introduced_by
        return hit

    metric = node(EntityType.METRIC, r.canonical or r.metric)
    if r.higher_is_better is not None:
        c.nodes[metric].setdefault("higher_is_better", r.higher_is_better)
    if r.percent_scale:
        c.nodes[metric]["percent_scale"] = True
    c.result_papers[metric].add(pid)
    return {
        "metric": metric,
        "dataset": node(EntityType.DATASET, r.dataset),
        "method": node(EntityType.METHOD, r.method),
        "proposed": r.proposed,
        "baseline": node(EntityType.METHOD, r.baseline),
        "value": r.value,
        "number": r.number,
        "unit": r.unit,
        "kind": r.kind,
        "evidence": {
            "field": r.field, "start": r.start, "end": r.end, "sentence": r.sentence, "rule": r.rule,
            "confidence": round(float(r.confidence), 4), "text": r.value,
        },
    }


def _edge_list(c: _Collected) -> list[tuple[str, str, str, dict]]:
    """(paper, node, relation, attributes) of every edge, with its evidence records."""
    out = []
    for key, ms in c.edges.items():
        src, rel, dst = key
        evidence = [
            {
                "field": m.field, "start": m.start, "end": m.end, "sentence": m.sentence, "rule": m.rule,
                "confidence": round(float(m.confidence), 4), "text": m.text,
            }
            for m in ms
        ]
        vals = c.values.get(key)
        attrs = {
            "relation": rel,
            "evidence": evidence,
            "confidence": max((e["confidence"] for e in evidence), default=1.0),
            "value": vals[0] if vals else None,
        }
        out.append((src, dst, rel, attrs))
    return out


def _set_aliases_and_counts(c: _Collected) -> None:
    """Every entity's other surface forms (``aliases``) and number of distinct papers (``papers``)."""
    papers_of: dict[str, set[str]] = defaultdict(set)
    for src, _, dst in c.edges:
        papers_of[dst].add(src)  # every edge starts at a paper
    for metric, pids in c.result_papers.items():
        papers_of[metric].update(pids)
    url_kinds = {k.value for k in _URL_KINDS}
    for node, counts in c.surfaces.items():
        data = c.nodes[node]
        if data["kind"] in url_kinds:
            continue
        label = data["label"]
        # casefold ties ("3D Gaussian Splatting" / "3D Gaussian splatting") sorted too: a set's order
        # changes with the hash seed of each process
        data["aliases"] = sorted({s for s in counts if s != label}, key=lambda s: (s.casefold(), s))
    for node, data in c.nodes.items():
        if data["kind"] != "paper":
            data["papers"] = len(papers_of.get(node, ()))
            data.setdefault("aliases", [])


def _paper_attrs(pid: str, p: Paper) -> dict:
    return dict(
        kind="paper",
        label=p.title,
        iri=_ID + pid,
        title=p.title,
        abstract=p.abstract,
        date=p.date,
        year=p.year,
        organization=p.organization,
        upvotes=p.upvotes,
        authors=list(p.authors),
        author_count=p.author_count if p.author_count is not None else (len(p.authors) or None),
        arxiv_id=p.arxiv_id,
        doi=p.doi,
        venue=p.venue,
        url=absolute_url(p.url) if p.url else None,
        keywords=list(p.keywords),
        sources=[f"{s.path}#{s.record}" for s in (p.sources or (p.source,))],
    )


def _node_for(nodes: dict[str, dict], ids: _Ids, m: Mention, pid: str, year: int | None) -> str:
    kind = m.role.entity_type
    if kind in _URL_KINDS:
        link = m.canonical or m.text  # canonical: a link the text breaks with a space, mended
        node = ids.urls.get((kind, link))
        if node is None:
            node = ids.urls[(kind, link)] = url_id(kind, link)
        if node not in nodes:
            nodes[node] = {
                "kind": kind.value, "label": link, "iri": _ID + node, "url": absolute_url(link), "url_key": url_key(link),
            }
        return node
    name = m.canonical or m.text
    if m.role in INTRODUCING_ROLES:
        node, introduced_by = ids.scoped(kind, name, pid), pid
    else:
        node, introduced_by = ids.resolve(kind, name, year)
    data = nodes.get(node)
    if data is None:
        data = nodes[node] = {"kind": kind.value, "label": known_name(kind, name) or name, "iri": _ID + node}
    if introduced_by:
        data["introduced_by"] = introduced_by
    return node

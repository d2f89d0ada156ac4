"""Stable node ids, minted from identifiers and normalized names, never from counters.

A node id is the local part of the node's IRI (``kg.vocab.ID`` + id). The same input gives the
same ids on every run, and adding input never changes the id of an existing node.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..editions import Editions
from ..model import _DASHES, EntityType, Paper, normalize_name, short_hash, slugify, title_key

__all__ = ["absolute_url", "catalogue_editions", "catalogue_own_numbers", "paper_id", "entity_id", "identity_key", "known_name", "known_full_name", "node_name", "scoped_entity_id", "paper_scope", "scoped", "url_id", "org_id", "url_key"]


def paper_id(paper: Paper) -> str:
    """``paper/<arxiv id>``, ``paper/doi-<slug>`` or ``paper/t-<title slug>-<hash>``."""
    if paper.arxiv_id:
        return f"paper/{paper.arxiv_id}"
    if paper.doi:
        return f"paper/doi-{slugify(paper.doi, 80)}-{short_hash(paper.doi.lower(), 6)}"
    return f"paper/t-{slugify(paper.title, 48)}-{short_hash(title_key(paper.title), 8)}"


def entity_id(kind: EntityType, name: str) -> str:
    """Shared node of a named entity: ``dataset/hdtf``. Names differing only in case/dashes meet.

    The hash suffix keeps names whose slugs collide ("C++" / "C") apart. The graph mints ids from
    a name's :func:`node_name`, so that names with one :func:`identity_key` share one node.
    """
    key = normalize_name(name)
    slug = slugify(name)
    return f"{kind.value}/{slug}" if _slug_is_faithful(slug, key) else f"{kind.value}/{slug}-{short_hash(key, 6)}"


# Spellings of one name that name one thing across papers (see identity_key).
_SET_SUFFIX = re.compile(r"[ \-]+(?:data ?sets?|benchmark|corpus)$", re.IGNORECASE)
_ACRONYM_PLURAL = re.compile(r"[A-Z][^\sA-Z]*[A-Z]s$")  # two capitals in the last word, the last before the s
_SEPARATOR = re.compile(r"[\s\-_]+")
# a number closing a name joins it ("CIFAR 100", "ResNet-50"); a digit and a lone letter join ("3-D")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_]) (?=\d+$)|(?<=\b\d) (?=[^\W\d_]\b)")


def identity_key(kind: EntityType, name: str, *, keep_case: bool = False) -> str:
    """The key under which names of one kind meet across papers in the graph.

    On top of :func:`~kg.model.normalize_name` (case, dashes, spaces) it folds what varies between
    papers naming one thing: a hyphen or underscore is a space ("hate-speech" / "hate speech"); a
    number closing a name joins it ("CIFAR 100" / "CIFAR-100" / "CIFAR100"), a digit a lone letter
    ("3-D" / "3D"); an acronym's plural ("CNNs") and a dataset's "dataset"/"benchmark"/"corpus"
    suffix go. A version or a derived name keeps its own key ("Gemma 2" / "Gemma", "ImageNet-R" /
    "ImageNet", "mAP@50" / "mAP"). A closed and an open
    compound ("multitask" / "multi-task") meet only as a catalogue name (:func:`known_name`): the
    key mints the node id, and joining them for every name renamed four times as many nodes as it
    merged. ``keep_case``: the key without case folding (for case-sensitive catalogue forms).
    """
    cased = _cased_key(kind, name)
    return cased if keep_case else _folded(cased)


@lru_cache(maxsize=1 << 18)
def _folded(cased: str) -> str:
    return cased.casefold()


@lru_cache(maxsize=1 << 18)
def _cased_key(kind: EntityType, name: str) -> str:
    """:func:`identity_key` before case folding; each step only where it can change the name (the
    graph stage keys every distinct name)."""
    t = name.strip()
    if kind is EntityType.DATASET and _SET_SUFFIX.search(t):
        t = _SET_SUFFIX.sub("", t) or t
    if t.endswith("s") and _ACRONYM_PLURAL.search(t):  # "CNNs", "ViTs": an acronym's plural, not "Sims"
        t = t[:-1]
    if not t.isascii():
        t = _DASHES.sub("-", unicodedata.normalize("NFKC", t))
    if "-" in t or "_" in t or "  " in t or not t.isprintable():
        t = _SEPARATOR.sub(" ", t).strip()
    if any(ch.isdigit() for ch in t):
        t = _LETTER_DIGIT.sub("", t)
    return t or " ".join(name.split())


class _KnownNames:
    """The catalogue's forms under :func:`identity_key`, and under that key without its spaces
    ("CUB200-2011" / "CUB-200-2011", "PascalVOC"): a name that folds to a form of exactly one entry
    of its kind is that well-known entry, whatever paper names it. Case-sensitive entries match
    with their case ("BERT", not "bert"); a task entry only by its name; a dataset alias that is an
    edition ("VOC2007") the edition (:mod:`kg.editions`), as does a family's spelling with an
    edition the catalogue lists but not in that spelling ("VOC07"); another alias that is the name
    plus a version not at all."""

    def __init__(self) -> None:
        tables: list[dict[tuple[str, str], str | None]] = [{}, {}, {}, {}]  # (exact, folded) x (key, compact)
        self.full_names: dict[tuple[str, str], str] = {}
        self.editions = Editions([(e["name"], e.get("aliases") or [], e.get("not_editions") or ())
                                  for e in _catalogue_entries() if e["type"] == "dataset"])
        for e in _catalogue_entries():
            kind, name, cased = EntityType(e["type"]), e["name"], bool(e.get("case_sensitive"))
            if e.get("full_name"):
                self.full_names[(kind.value, name)] = e["full_name"]
            # a task's aliases include narrower tasks ("neural machine translation" under "machine
            # translation") that the extractor keeps as written: only the name's spellings meet it
            for form in (name,) if kind is EntityType.TASK else (name, *(e.get("aliases") or ())):
                target = self.editions.canonical(form) if kind is EntityType.DATASET and form != name else None
                if target is None and form != name and _versioned(kind, name, form) and not (
                        kind is EntityType.DATASET and self.editions.spells_own(form)):
                    continue
                target = target or name  # an edition names its own node ("VOC2007": "PASCAL VOC 2007")
                key = identity_key(kind, form, keep_case=cased)
                for table, k in ((tables[0 if cased else 1], key), (tables[2 if cased else 3], key.replace(" ", ""))):
                    table[(kind.value, k)] = target if table.get((kind.value, k), target) == target else None  # two entries: neither
        self.tables = [{k: v for k, v in t.items() if v is not None} for t in tables]

    def name(self, kind: EntityType, name: str) -> str | None:
        cased, folded = identity_key(kind, name, keep_case=True), identity_key(kind, name)
        exact, loose, exact_compact, loose_compact = self.tables
        hit = (exact.get((kind.value, cased)) or loose.get((kind.value, folded))
               or exact_compact.get((kind.value, cased.replace(" ", ""))) or loose_compact.get((kind.value, folded.replace(" ", ""))))
        if hit is None and kind is EntityType.DATASET and (derived := self.editions.derived(name)):
            return derived[1]  # "VOC07": the catalogue's edition; "MS COCO 2017": COCO; "PASCAL 2010": unlisted
        return hit


# what a version, edition or derived set adds to a name: "2", "v2", "2015", "20M", "+", "-X", "-chat"
_VERSION_TAIL = re.compile(r"v?\d[\d.]*[a-z]?|\+\+?|[a-z]|chat|instruct")
_CLOSING_NUMBER = re.compile(r"\d+$")


def _versioned(kind: EntityType, name: str, alias: str) -> bool:
    """The alias is the name plus a version, edition or derivation ("DeepFashion2", "MBPP+", "KITTI
    2015", "PAWS-X"), or the name with another closing number ("ChestX-ray8" / "ChestX-ray14"): the
    catalogue lists it for matching, but the graph keeps a name written that way apart."""
    base, full = identity_key(kind, name).replace(" ", ""), identity_key(kind, alias).replace(" ", "")
    if full.startswith(base) and _VERSION_TAIL.fullmatch(full[len(base):]):
        return True
    stem = _CLOSING_NUMBER.sub("", base)
    return stem != base and stem == _CLOSING_NUMBER.sub("", full) and full != base


@lru_cache(maxsize=1)
def _catalogue_entries() -> tuple[dict, ...]:
    """The packaged catalogue's entries, read as plain JSON: importing ``kg.extract`` (spaCy) for
    it cost the graph stage about a CPU-second. Extraction validates the file. A build with its
    own catalogue (``Extractor(catalogue_path)``) still resolves names with the packaged one: the
    graph stage is given extractions, not the extractor."""
    path = Path(__file__).resolve().parents[1] / "extract" / "data" / "catalogue.jsonl"
    with path.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())  # read once (callers do not change them)


@lru_cache(maxsize=1)
def _entry_index() -> dict[tuple[str, str], dict]:
    """The catalogue's entries by (type, name), read once: the leaderboard asks per dataset node."""
    return {(e["type"], e["name"]): e for e in _catalogue_entries()}


@lru_cache(maxsize=1)
def _known() -> _KnownNames:
    return _KnownNames()


@lru_cache(maxsize=1 << 18)
def known_name(kind: EntityType, name: str) -> str | None:
    """The catalogue name of a well-known entity ``name`` (of ``kind``) spells, or None."""
    return _known().name(kind, name)


@lru_cache(maxsize=1 << 12)
def catalogue_editions(kind: EntityType, name: str) -> tuple[str, ...]:
    """The aliases of the catalogue's entry named ``name`` that are its editions ("VOC 2012" of
    "PASCAL VOC"; :mod:`kg.editions`), () for another name: the leaderboard reads with them the
    edition a sentence writes of a family node, which holds no edition's spellings itself."""
    if kind is not EntityType.DATASET:
        return ()
    eds, e = _known().editions, _entry_index().get((kind.value, name))
    return tuple(a for a in (e.get("aliases") or () if e else ()) if eds.canonical(a))


@lru_cache(maxsize=1 << 12)
def catalogue_own_numbers(kind: EntityType, name: str) -> tuple[str, ...]:
    """The numbers that, written after the catalogue's dataset ``name``, name that set itself: the
    name's own ("100" of OTB-100) and its entry's ``not_editions`` ("2015": "OTB2015")."""
    if kind is not EntityType.DATASET:
        return ()
    e = _entry_index().get((kind.value, name))
    # (every digit run, unlike ``editions.Editions``' own numbers, which stand as words: here a sentence's
    # "RealEstate10K" must not read as edition "10"; there "Walker2d-v2" must stay an edition of "Walker2d")
    return (*re.findall(r"\d+", name), *(e.get("not_editions") or ())) if e else ()


def known_full_name(kind: EntityType, name: str) -> str | None:
    """The catalogue's full name ("Pyramid Scene Parsing Network" for PSPNet) of a well-known
    entity ``name`` spells, or None."""
    known = _known()
    hit = known.name(kind, name)
    return known.full_names.get((kind.value, hit)) if hit is not None else None


def node_name(kind: EntityType, name: str) -> str:
    """The name a node's id is minted from: the catalogue name of a well-known entity, else the
    :func:`identity_key` (equal to ``normalize_name(name)`` for most names, so their ids are as
    before)."""
    return known_name(kind, name) or identity_key(kind, name)


def scoped_entity_id(kind: EntityType, name: str, paper: Paper) -> str:
    """Node of an entity a paper introduces: ``method/hack--<paper hash>``.

    Scoping by the introducing paper keeps two papers' "HACK" apart, and keeps the id stable
    when more papers are added later.
    """
    return scoped(entity_id(kind, node_name(kind, name)), paper_scope(paper))


def paper_scope(paper: Paper) -> str:
    """The suffix that scopes a node to the paper introducing it."""
    return short_hash(paper.key, 8)


def scoped(node_id: str, scope: str) -> str:
    """``node_id`` scoped by a :func:`paper_scope`."""
    return f"{node_id}--{scope}"


def url_key(url: str) -> str:
    """Comparison key of a URL: scheme-less, lower-case host, no trailing slash or ``.git``."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if path.endswith(".git"):
        path = path[:-4]
    if host in {"github.com", "gitlab.com", "huggingface.co"}:
        path = path.lower()  # these hosts are case-insensitive in owner/repo
    return host + path + (("?" + parts.query) if parts.query else "")


# An absolute URL made only of characters ``quote`` keeps is returned as it is (most URLs are).
_SAFE_ABSOLUTE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[A-Za-z0-9_.\-~:/?#\[\]@!$&'()*+,;=%]*")


def absolute_url(url: str) -> str:
    """A usable absolute http(s) URL: a bare "name.github.io/x" gets https://; unsafe characters are escaped."""
    from urllib.parse import quote

    if _SAFE_ABSOLUTE_URL.fullmatch(url):
        return url
    u = url.strip()
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", u):
        u = "https://" + u
    return quote(u, safe=":/?#[]@!$&'()*+,;=%~-._")


def url_id(kind: EntityType, url: str) -> str:
    key = url_key(url)
    return f"{kind.value}/{slugify(key, 80)}-{short_hash(key, 6)}"


def org_id(name: str) -> str:
    return entity_id(EntityType.ORGANIZATION, name)


def _slug_is_faithful(slug: str, key: str) -> bool:
    """True when the slug loses nothing but case, spaces and dashes of the normalized name."""
    return re.sub(r"[^0-9a-z.]", "", key) == slug.replace("-", "") and re.fullmatch(r"[0-9a-z. \-]+", key) is not None

"""Stable node ids, minted from identifiers and normalized names, never from counters.

A node id is the local part of the node's IRI (``kg.vocab.ID`` + id). The same input gives the
same ids on every run, and adding input never changes the id of an existing node.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from ..model import _DASHES, _SPACE, EntityType, Paper, normalize_name, short_hash, slugify, title_key

__all__ = ["absolute_url", "paper_id", "entity_id", "identity_key", "known_name", "node_name", "scoped_entity_id", "paper_scope", "scoped", "url_id", "org_id", "url_key"]


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
_ACRONYM_PLURAL = re.compile(r"(?<=[A-Z])s$")
# bound prefixes written open, hyphenated or closed ("multi-agent", "multi agent", "multiagent");
# the short ones only when hyphenated ("re-identification"), as "e" or "co" also stand alone
_PREFIX_OPEN = re.compile(r"\b(multi|semi|self|cross|hyper|inter|intra|super|pseudo|meta|anti|auto|counter|non)[ -](?=[^\W\d_])", re.IGNORECASE)
_PREFIX_HYPHEN = re.compile(r"\b(re|co|e|bi|tri|pre|post|un|de|sub|mid|uni)-(?=[^\W\d_])", re.IGNORECASE)
_SEPARATOR = re.compile(r"[\s\-_]+")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_]) (?=\d)|(?<=\d) (?=[^\W\d_])")


def identity_key(kind: EntityType, name: str, *, keep_case: bool = False) -> str:
    """The key under which names of one kind meet across papers in the graph.

    On top of :func:`~kg.model.normalize_name` (case, dashes, spaces) it folds what varies between
    papers naming one thing: a hyphen or underscore is a space ("hate-speech" / "hate speech"); a
    bound prefix joins its word ("multi-task" / "multitask", "re-identification"); a letter and a
    number join ("CIFAR 100" / "CIFAR-100" / "CIFAR100", "3-D"); an acronym's plural ("CNNs") and a
    dataset's "dataset"/"benchmark"/"corpus" suffix go. A version or a derived name keeps its own
    key ("Gemma 2" / "Gemma", "ImageNet-R" / "ImageNet", "mAP@50" / "mAP"). ``keep_case``: the key
    without case folding (for case-sensitive catalogue forms).
    """
    return _identity_key(kind, name, keep_case)


@lru_cache(maxsize=1 << 16)
def _identity_key(kind: EntityType, name: str, keep_case: bool) -> str:
    t = name.strip()
    if kind is EntityType.DATASET:
        t = _SET_SUFFIX.sub("", t) or t
    last = t.rsplit(" ", 1)[-1]
    if sum(ch.isupper() for ch in last) >= 2:  # "CNNs", "ViTs": an acronym's plural, not "Sims"
        t = _ACRONYM_PLURAL.sub("", t)
    t = _SPACE.sub(" ", _DASHES.sub("-", unicodedata.normalize("NFKC", t))).strip()
    t = _PREFIX_OPEN.sub(r"\1", _PREFIX_HYPHEN.sub(r"\1", t))
    key = _LETTER_DIGIT.sub("", _SEPARATOR.sub(" ", t).strip())
    key = key if keep_case else key.casefold()
    return key or normalize_name(name)


class _KnownNames:
    """The catalogue's forms under :func:`identity_key`: a name that folds to a form of exactly one
    entry of its kind is that well-known entry, whatever paper names it."""

    def __init__(self) -> None:
        from ..extract.catalogue_data import load_catalogue  # the packaged catalogue, parsed once

        folded: dict[tuple[str, str], str | None] = {}
        exact: dict[tuple[str, str], str | None] = {}
        for e in load_catalogue().entries:
            kind = EntityType(e.type)
            for form in e.surface_forms:
                table = exact if e.case_sensitive else folded
                key = (e.type, identity_key(kind, form, keep_case=e.case_sensitive))
                table[key] = e.name if table.get(key, e.name) == e.name else None  # two entries: neither
        self.folded = {k: v for k, v in folded.items() if v is not None}
        self.exact = {k: v for k, v in exact.items() if v is not None}

    def name(self, kind: EntityType, name: str) -> str | None:
        hit = self.exact.get((kind.value, identity_key(kind, name, keep_case=True)))
        return hit if hit is not None else self.folded.get((kind.value, identity_key(kind, name)))


@lru_cache(maxsize=1)
def _known() -> _KnownNames:
    return _KnownNames()


def known_name(kind: EntityType, name: str) -> str | None:
    """The catalogue name of a well-known entity ``name`` (of ``kind``) spells, or None."""
    return _known().name(kind, name)


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

"""Stable node ids, minted from identifiers and normalized names, never from counters.

A node id is the local part of the node's IRI (``kg.vocab.ID`` + id). The same input gives the
same ids on every run, and adding input never changes the id of an existing node.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..model import EntityType, Paper, normalize_name, short_hash, slugify, title_key

__all__ = ["absolute_url", "paper_id", "entity_id", "scoped_entity_id", "paper_scope", "scoped", "url_id", "org_id", "url_key"]


def paper_id(paper: Paper) -> str:
    """``paper/<arxiv id>``, ``paper/doi-<slug>`` or ``paper/t-<title slug>-<hash>``."""
    if paper.arxiv_id:
        return f"paper/{paper.arxiv_id}"
    if paper.doi:
        return f"paper/doi-{slugify(paper.doi, 80)}-{short_hash(paper.doi.lower(), 6)}"
    return f"paper/t-{slugify(paper.title, 48)}-{short_hash(title_key(paper.title), 8)}"


def entity_id(kind: EntityType, name: str) -> str:
    """Shared node of a named entity: ``dataset/hdtf``. Names differing only in case/dashes meet.

    The hash suffix keeps names whose slugs collide ("C++" / "C") apart.
    """
    key = normalize_name(name)
    slug = slugify(name)
    return f"{kind.value}/{slug}" if _slug_is_faithful(slug, key) else f"{kind.value}/{slug}-{short_hash(key, 6)}"


def scoped_entity_id(kind: EntityType, name: str, paper: Paper) -> str:
    """Node of an entity a paper introduces: ``method/hack--<paper hash>``.

    Scoping by the introducing paper keeps two papers' "HACK" apart, and keeps the id stable
    when more papers are added later.
    """
    return scoped(entity_id(kind, name), paper_scope(paper))


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

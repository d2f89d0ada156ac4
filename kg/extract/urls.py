"""URLs in the text: found by regex, cleaned of sentence punctuation and LaTeX debris, and
sorted into code repositories (github, gitlab, bitbucket, huggingface) and other links."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .doc import Candidate, state
from .words import phrases

__all__ = ["find_urls", "clean_url", "url_role", "urls_component"]

# Scheme or www links, and bare links on hosts that abstracts cite without a scheme.
_URL = re.compile(
    r"""(?:https?://|www\.)[^\s<>"'\u201c\u201d]+"""
    r"""|(?<![\w./@-])(?:[\w-]+\.)+github\.io(?:/[^\s<>"'\u201c\u201d]*)?"""
    r"""|(?<![\w./@-])(?:github\.com|gitlab\.com|huggingface\.co|bitbucket\.org)/[^\s<>"'\u201c\u201d]+""",
    re.IGNORECASE,
)
_CODE_HOSTS = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|hf\.co|codeberg\.org)/[^/]",
    re.IGNORECASE,
)
_HINTS = phrases("urls", "hints")  # a text without any of these has no URL
_TRAILING = ".,;:!?*'\"\u2019\u201d"
_PAIRS = {")": "(", "]": "[", ">": "<"}


def clean_url(raw: str) -> str:
    """Cut a Markdown link tail ("](", "x](x)"), LaTeX debris ("{Project}", "}{", "\\url"), then
    sentence punctuation and unbalanced brackets."""
    url = re.split(r"[{}\\|]|\]\(", raw, maxsplit=1)[0]
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last in _PAIRS and url.count(last) > url.count(_PAIRS[last]):
            url = url[:-1]
        else:
            break
    return url


def url_role(url: str) -> Role:
    """Repositories on code hosts are code links; everything else (pages, demos, papers) is other."""
    return Role.CODE_URL if _CODE_HOSTS.match(url) else Role.OTHER_URL


def find_urls(text: str) -> list[Candidate]:
    """Every URL in ``text``, cleaned, with its role; offsets cover the cleaned URL."""
    out: list[Candidate] = []
    if not any(h in text for h in _HINTS):
        return out
    for m in _URL.finditer(text):
        url = clean_url(m.group())
        if "." not in url.split("//", 1)[-1] or len(url) < 8:
            continue
        out.append(Candidate(url_role(url), m.start(), m.start() + len(url), "urls:regex", 0.98))
    return out


@Language.factory("kg_urls", assigns=["doc._.kg_candidates"])
def urls_component(nlp: Language, name: str):
    """Appends URL candidates."""

    def component(doc: Doc) -> Doc:
        st = state(doc)
        st.candidates.extend(find_urls(st.text))
        return doc

    return component

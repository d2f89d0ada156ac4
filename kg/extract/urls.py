"""URLs in the text: found by regex, cleaned of sentence punctuation and LaTeX debris, and
sorted into code repositories (github, gitlab, bitbucket, huggingface, anonymised copies of a
repository for review, and short links a sentence gives as the code: "Code is available at
https://git.io/X") and other links (project pages: Google Sites links are found without a
scheme too, as the code hosts are, and so is any dotted host with a common domain and a "/")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Role
from .doc import Candidate, state
from .word_led import CASE_FOLDS
from .words import phrases

__all__ = ["find_urls", "clean_url", "url_role", "urls_component"]

# Scheme or www links, and bare links on hosts that abstracts cite without a scheme.
_URL: Final = re.compile(
    r"""(?:https?://|www\.)[^\s<>"'\u201c\u201d]+"""
    r"""|(?<![\w./@-])(?:[\w-]+\.)+github\.io(?:/[^\s<>"'\u201c\u201d]*)?"""
    r"""|(?<![\w./@-])(?:github\.com|gitlab\.com|huggingface\.co|bitbucket\.org|sites\.google\.com)/[^\s<>"'\u201c\u201d]+""",
    re.IGNORECASE,
)
# The same matches for a text without "github.io" in any case, where the second alternative
# cannot match: each alternative led by its first letter outside the IGNORECASE flag, which the
# engine skips to in C (no other letter matches h, w, g or b in any case), the word-start test
# moved after it. Four times cheaper than the pattern above, whose lookbehind it tried everywhere.
_URL_NO_PAGES: Final = re.compile(
    r"""(?-i:[HhWw])(?:(?<=[Hh])ttps?://|(?<=[Ww])ww\.)[^\s<>"'\u201c\u201d]+"""
    r"""|(?-i:[GgHhBbSs])(?<![\w./@-][\s\S])"""
    r"""(?:(?<=[Gg])ithub\.com|(?<=[Gg])itlab\.com|(?<=[Hh])uggingface\.co|(?<=[Bb])itbucket\.org|(?<=[Ss])ites\.google\.com)"""
    r"""/[^\s<>"'\u201c\u201d]+""",
    re.IGNORECASE,
)
# Letters IGNORECASE matches to i, s or k besides their own cases (U+0130, U+0131, long s,
# Kelvin sign: word_led.CASE_FOLDS): folded before a substring test stands in for a case-insensitive match.
_CASE_FOLD: Final = str.maketrans({ch: letter for letter, chars in CASE_FOLDS.items() for ch in chars})
_CODE_HOST_NAMES: Final = ("github.com", "gitlab.com", "bitbucket.org", "huggingface.co", "hf.co", "codeberg.org", "gitee.com")
_CODE_HOST: Final = "(?:" + "|".join(re.escape(h) for h in _CODE_HOST_NAMES) + ")"
# Anonymised copies of a repository for double-blind review ("anonymous.4open.science/r/NAME",
# "anon-github.automl.cc/r/NAME"): code links too (the gold sets list them as code, 11 of 12).
_ANON_REPO: Final = r"(?:anonymous\.4open\.science|anon-github\.automl\.cc)/r"
# ("github.com//owner/repo": a doubled slash is still the repository)
_CODE_HOSTS: Final = re.compile(rf"^(?:https?://)?(?:www\.)?(?:{_CODE_HOST}|{_ANON_REPO})/+[^/]", re.IGNORECASE)
# A link the PDF-to-text step broke with a space after a code host ("https://github.com/ owner/repo";
# a break after the scheme, "https: //host/x", is :data:`_SPACED`'s). Joined only where the piece
# after the space cannot stand alone ("owner/repo" after a host with no path), so prose after a link
# is never taken.
# A Google Sites link is a site's name under "view/", "site/", a domain or "a/" and a domain
# ("sites.google.com/view/NAME"): one cut after that first part ("https://sites.google.com/view/
# my-site") is joined too; after another first part the next word is prose ("/acme/ for details").
_BROKEN: Final = re.compile(
    rf"""\b((?:https?://)?(?:www\.)?{_CODE_HOST}/)\s([\w.-]+/[^\s<>"'\u201c\u201d]+)"""
    r"""|(?<![\w.])((?:https?://)?sites\.google\.com/(?:view|site|a|[\w-]+(?:\.[\w-]+)+)/)\s([\w-]+(?:[/.][^\s<>"'\u201c\u201d]*)?)""",
    re.IGNORECASE,
)
# A bare link on any other host ("see sfa.cs.columbia.edu/", "Website at clvrai.com/boss"): a
# dotted host name ending in a common top-level domain, with a "/" after it (without one, "Amazon.com"
# is a company). Searched only where a "." and one of these domains lead a "/" (:data:`_BARE_HINT`).
_TLDS: Final = r"edu|org|com|net|io|ai|de|uk|cn|fr|ch|jp|ca|nl|kr|au|it|be|at|se|dk|fi|es|il|sg|hk|tw|me|cc|dev|page|ly|gl"
_BARE_HINT: Final = re.compile(rf"\.(?:{_TLDS})/")
_SPACE: Final = re.compile(r"\s")
_BARE: Final = re.compile(
    rf"""(?<![\w./@:\-])(?<!\.\s)(?<!}}{{)(?:[A-Za-z0-9][\w\-]*\.)+(?:{_TLDS})/[^\s<>"'\u201c\u201d]*"""
)
# A footnote mark or a word the PDF-to-text step glued to a bare link: "online11youtube.com/...",
# "our project page11sites.google.com/...", "available atgithub.com/...". (Not after ". ": "www.lab.cs.
# cmu.edu/x" is the tail of a link broken by a space; not after "}{", the shown text of "\\href{URL}{...}".)
# A scheme or "www." link the PDF-to-text step broke inside its scheme or host ("https:// github.com/x",
# "https: / /youtu.be/x", "https://github. com/x", "www.lab.cs. cmu.edu/x", "https://humanoid- bench.github.io"),
# in its path after a "-" or "_" ("https://github.com/acme/Object- Detection": no link ends so)
# or whose scheme lost a letter ("https//github.com/x", "htps://", "http;//"). Mended only when the
# host holds a "." (after a break in the host: ends in a common domain) and each piece after a
# break in the host holds a "." or a "/" (:func:`_spaced_url`): "see https://x.org. it is" is a
# sentence end, not a break.
_SPACED: Final = re.compile(
    r"""(?-i:[HhWw])(?<![A-Za-z/][\s\S])(?:(?<=[Hh])(t{1,2}ps?)(?:[:;]\s*/\s*/|//)\s*|(?<=[Ww])ww\.)(?P<rest>[\w-]*\w(?:(?:\.|[.-]\s)[\w-]*\w)*(?:/[^\s<>"'\u201c\u201d]*(?:(?<=[-_])\s[^\s<>"'\u201c\u201d]+)*)?)""",
    re.IGNORECASE,
)
# (Each alternative led by its first letter outside the IGNORECASE flag, as in :data:`_URL_NO_PAGES`.)
_HOST_END: Final = re.compile(rf"\.(?:{_TLDS})$")
_GLUED: Final = re.compile(r"[A-Za-z]+(\d)\1(?=[a-z])|[a-z]+(?=(?:github\.com|gitlab\.com|sites\.google\.com|youtube\.com)/)")
_BREAKS: Final = ("/ ", "/\n", "/\t")  # (what :data:`_BROKEN` needs: a space after a "/")
_HINTS: Final = phrases("urls", "hints")  # a text without any of these has no URL
_TRAILING: Final = ".,;:!?*'\"\u2018\u2019\u201c\u201d"
# Link shorteners: where a short link leads is not in the link, only in the words before it. In
# the sentence that gives the paper's code ("Code is available at https://git.io/X", "Source code:
# bit.ly/Y") it is a repository, as the gold sets list it; after a page word ("our website:
# https://tinyurl.com/Z", "videos and code on our project page") it stays another link. git.io is
# GitHub's own shortener: there no code word is needed ("we release the X dataset at https://git.io/Y").
_SHORT_HOST: Final = re.compile(r"^(?:https?://)?(?:www\.)?(?:git\.io|bit\.ly|tinyurl\.com|goo\.gl)/", re.IGNORECASE)
_CODE_BEFORE: Final = re.compile(r"\b(?i:codes?|implementations?|source|software|repository|repo)\b(?=[^.!?;]*\Z)")
_GIT_IO: Final = re.compile(r"^(?:https?://)?git\.io/", re.IGNORECASE)
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?;]\s)(?=[^.!?;]*\Z)")
_PAGE_BEFORE: Final = re.compile(r"\b(?i:website|web\s*page|webpage|page|site|videos?|demos?|supplementary)\b")
_PAIRS: Final = {")": "(", "]": "[", ">": "<"}


def clean_url(raw: str) -> str:
    """Cut a Markdown link tail ("](", "x](x)"), LaTeX debris ("{Project}", "}{", "\\url"), the
    link written again right after it ("x/doc_lmhttps://x/doc_lm"), then sentence punctuation and
    unbalanced brackets."""
    url = re.split(r"[{}\\|]|\]\(|(?<=\w)(?=https?://)", raw, maxsplit=1)[0]
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
    if not any(map(text.__contains__, _HINTS)):  # (map: no generator frame per hint)
        return _code_short_links(text, _bare_links(text, out)) if _BARE_HINT.search(text) else out
    folded = (text if text.isascii() else text.translate(_CASE_FOLD)).lower()
    for m in (_URL if "github.io" in folded else _URL_NO_PAGES).finditer(text):
        url = clean_url(m.group())
        if "." not in url.split("//", 1)[-1] or len(url) < 8:
            continue
        out.append(Candidate(url_role(url), m.start(), m.start() + len(url), "urls:regex", 0.98))
    if _BARE_HINT.search(text):
        out = _bare_links(text, out)
    # A broken link has white space right before "//" or right after a "/": no regex scan without one.
    out = _mend_broken(text, out) if any(b in text for b in _BREAKS) else out
    return _code_short_links(text, _mend_spaced(text, out))


def _code_short_links(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each short link (:data:`_SHORT_HOST`) that follows code words in its sentence,
    no page word between them and the link, made a code link."""
    out = found
    for i, c in enumerate(found):
        if c.role is not Role.OTHER_URL:
            continue
        url = c.canonical or text[c.start : c.end]
        if not _SHORT_HOST.match(url):
            continue
        before = text[max(0, c.start - 150) : c.start]
        code = _CODE_BEFORE.search(before)
        if code is None and _GIT_IO.match(url):
            code = _SENTENCE_START.search(before)  # GitHub's own shortener: a repository unless a page is named
        if code is not None and not _PAGE_BEFORE.search(before, code.start()):
            out = out if out is not found else list(found)
            out[i] = c._replace(role=Role.CODE_URL)
    return out


def _bare_links(text: str, found: list[Candidate]) -> list[Candidate]:
    """Add the links on other hosts written without a scheme where no found link overlaps them."""
    # ``found`` comes from one scan, in order and without overlaps, so its ends are in order too:
    # the first link ending after a match starts is the only one that may overlap it. (The bare
    # matches overlap neither one another nor the links added for them.)
    n, ends = len(found), [c.end for c in found]
    added = False
    for m in _bare_matches(text):
        glued = _GLUED.match(m.group())
        start = m.start() + (glued.end() if glued else 0)
        url = clean_url(text[start : m.end()])
        i = bisect_right(ends, m.start())
        if "/" not in url or (i < n and found[i].start < m.end()):
            continue
        found.append(Candidate(url_role(url), start, start + len(url), "urls:bare", 0.9))
        added = True
    return sorted(found, key=lambda c: c.start) if added else found


def _bare_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_BARE` in ``text``, searched only in the word around each hint (a bare
    link holds a hint and no white space; a scan of the whole text tried the host pattern at every
    letter). The word starts after the last ASCII space before the hint: another space in between only
    widens the search."""
    done = 0
    for h in _BARE_HINT.finditer(text):
        if h.start() < done:
            continue
        # (Looked for back to ``done`` only: a space before it gives ``done`` all the same, and each
        # kind of space most texts lack, "\f" or "\v", was looked for back to the text's start.)
        start = max(done, max(text.rfind(c, done, h.start()) for c in " \n\t\r\f\v") + 1)
        space = _SPACE.search(text, h.end())
        done = space.start() if space else len(text)
        yield from _BARE.finditer(text, start, done)


def _mend_broken(text: str, found: list[Candidate]) -> list[Candidate]:
    """Replace the pieces of links broken by a space with the joined link (the evidence keeps the
    text as written; the canonical name is the link without the space)."""
    for m in _BROKEN.finditer(text):
        head, tail = next((m.group(i), m.group(i + 1)) for i in (1, 3) if m.group(i))
        url = clean_url(head + tail)
        if "." not in url.split("//", 1)[-1]:
            continue
        found = _joined(found, m.start(), m.end() - (len(head) + len(tail) - len(url)), url)
    return sorted(found, key=lambda c: c.start)


def _joined(found: list[Candidate], start: int, end: int, url: str) -> list[Candidate]:
    """``found`` less the pieces found of a broken link at ``start:end``, plus the link, mended."""
    return [c for c in found if c.end <= start or c.start >= end] + [
        Candidate(url_role(url), start, end, "urls:mended", 0.9, canonical=url)]


def _spaced_url(m: re.Match[str]) -> str | None:
    """The link a :data:`_SPACED` match stands for, or None when it needs no mending or is no link."""
    raw, scheme = m.group(), m.group(1)  # (the scheme without its "h": see :data:`_SPACED`)
    malformed = scheme is not None and not re.match(r"https?://", raw, re.IGNORECASE)
    if not malformed and not _SPACE.search(raw):
        return None
    host, slash, path = m.group("rest").partition("/")
    pieces = re.split(r"(?<=[.-])\s+", host)
    if any("." not in p for p in pieces[1:-1]) or (len(pieces) > 1 and "." not in pieces[-1] and not slash):
        return None  # a sentence end, not a break in the host
    host = "".join(pieces).lower()
    rest = "".join(pieces) + slash + _SPACE.sub("", path)
    if "." not in host or (len(pieces) > 1 and not _HOST_END.search(host)):
        return None
    if scheme is None:
        return "www." + rest
    return ("https://" if scheme[-1] in "sS" else "http://") + rest


def _mend_spaced(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the links of :data:`_SPACED` mended (canonical name: the link as it should
    read) in place of the pieces found of them."""
    for m in _SPACED.finditer(text):
        joined = _spaced_url(m)
        if joined is None:
            continue
        url = clean_url(joined)
        found = _joined(found, m.start(), m.end() - (len(joined) - len(url)), url)
        found.sort(key=lambda c: c.start)
    return found


@Language.factory("kg_urls", assigns=["doc._.kg_candidates"])
def urls_component(nlp: Language, name: str):
    """Appends URL candidates."""

    def component(doc: Doc) -> Doc:
        st = state(doc)
        st.candidates.extend(find_urls(st.text))
        return doc

    return component

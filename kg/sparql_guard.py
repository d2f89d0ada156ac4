"""Checks on SPARQL text made before the endpoint runs it, by tokenising it the way SPARQL does.

pyoxigraph exposes no query parser or algebra to Python, so these work on the token stream:
strings, IRIs and comments are consumed whole (a ``SERVICE`` inside them is not the keyword),
prefixed names, variables and language tags are single tokens, and a bare word is a keyword.
In the SPARQL grammar a bare word ``SERVICE`` can only be the federated-query keyword, so a
token scan finds exactly the ``SERVICE`` clauses a parser would.

- :func:`uses_service` - does the query contain a federated ``SERVICE`` clause?
- :func:`unknown_prefixes` - prefixes a query uses without declaring them (for error messages).
- :func:`short_syntax_error` - pyoxigraph's syntax error without its list of Unicode ranges.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

__all__ = ["tokens", "uses_service", "unknown_prefixes", "short_syntax_error"]

_PN_CHARS = r"[\w\-\u00B7\u0300-\u036F\u203F-\u2040]"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PN_PREFIX = rf"(?:[^\W\d_](?:(?:{_PN_CHARS}|\.)*{_PN_CHARS})?)?"
_PN_LOCAL = rf"(?:(?:{_PN_CHARS}|:|{_PLX})(?:(?:{_PN_CHARS}|[.:]|{_PLX})*(?:{_PN_CHARS}|:|{_PLX}))?)?"

_TOKEN = re.compile(
    rf"""
      (?P<space>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]{_PN_CHARS}+)
    | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<bnode>_:{_PN_LOCAL})
    | (?P<pname>{_PN_PREFIX}:{_PN_LOCAL})
    | (?P<word>[^\W\d]\w*)
    | (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def tokens(query: str) -> Iterator[tuple[str, str]]:
    """``(kind, text)`` for each token of ``query``, whitespace and comments left out."""
    pos = 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if m is None:  # pragma: no cover - ``other`` matches any character
            return
        pos = m.end()
        kind = m.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield kind, m.group()


def uses_service(query: str) -> bool:
    """True when the query has a federated ``SERVICE`` clause (any case, any spacing)."""
    return any(kind == "word" and text.upper() == "SERVICE" for kind, text in tokens(query))


def unknown_prefixes(query: str, predeclared: Mapping[str, str]) -> list[str]:
    """The prefixes the query uses that neither it nor ``predeclared`` declares, in order of use."""
    declared = set(predeclared)
    unknown: list[str] = []
    after_prefix_keyword = False
    for kind, text in tokens(query):
        if kind == "pname":
            prefix = text.split(":", 1)[0]
            if after_prefix_keyword:
                declared.add(prefix)
            elif prefix not in declared and prefix not in unknown:
                unknown.append(prefix)
        after_prefix_keyword = kind == "word" and text.upper() == "PREFIX"
    return [p for p in unknown if p not in declared]


def short_syntax_error(message: str, limit: int = 160) -> str:
    """pyoxigraph's message with any long ``expected one of ...`` list cut to ``limit`` characters."""
    text = " ".join(message.split())
    head, sep, expected = text.partition("expected one of ")
    if sep and len(expected) > limit:
        cut = expected[:limit].rsplit(",", 1)[0]
        return f"{head}{sep}{cut}, ..."
    return text

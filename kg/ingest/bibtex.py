"""Reader for BibTeX files whose entries carry ``abstract`` fields.

A small tolerant parser: ``@type{key, field = {nested {braces}} | "quoted" | number | macro, ...}``
(parentheses instead of braces work too); ``@string``, ``@preamble`` and ``@comment`` are
ignored, text between entries is ignored, string concatenation (``#``) is not supported (the
parts are kept as written). Values lose their braces and the common LaTeX escapes and accents.

Fields used: title, abstract, author ("Turing, Alan and Ada Lovelace"), year, month, date,
journal / booktitle (venue), doi, eprint + archivePrefix / arxiv / arxivid, url, keywords,
code / github (code link), project / homepage (page link). An entry without a title is a skip
naming its key and line; an entry that is never closed is a skip naming its line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from ..model import Link, Paper, Role, Skip, Source
from . import fields as F
from .base import EXPECTED, Note, Record, checked, load_text, register

__all__ = ["BibtexReader", "parse_entries", "latex_to_text"]

_ENTRY = re.compile(r"@\s*([A-Za-z]+)\s*([{(])")
_FIELD_NAME = re.compile(r"\s*([A-Za-z0-9_\-:.+]+)\s*=\s*")
_IGNORED_TYPES = {"string", "preamble", "comment"}
#: BibTeX and biblatex entry types (others exist; :meth:`BibtexReader.detect` accepts them on more evidence).
_ENTRY_TYPES = {
    "article", "book", "booklet", "conference", "inbook", "incollection", "inproceedings", "manual",
    "mastersthesis", "misc", "phdthesis", "proceedings", "techreport", "unpublished", "online", "report",
    "thesis", "software", "dataset", "electronic", "patent", "www", "collection", "mvbook", "reference",
    "periodical", "suppbook", "suppcollection", "suppperiodical", "set", "xdata", "preamble", "string", "comment",
}
_DETECT = re.compile(r"^\s*@\s*([A-Za-z]+)\s*([{(])\s*[^\s,={}()]+\s*,(\s*[A-Za-z][\w:.+-]*\s*=\s*[{\"0-9])?",
                     re.MULTILINE)
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328"}
_ACCENT = re.compile(r"\\([`'^\"~=.]|[cvuHk](?![a-zA-Z]))\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))")
_SYMBOLS = {r"\ss": "ß", r"\o": "ø", r"\O": "Ø", r"\ae": "æ", r"\AE": "Æ", r"\oe": "œ", r"\l": "ł", r"\L": "Ł",
            r"\aa": "å", r"\AA": "Å", r"\i": "ı", r"\&": "&", r"\%": "%", r"\_": "_", r"\$": "$", r"\#": "#",
            r"\textendash": "–", r"\textemdash": "—", "---": "—", "--": "–", "~": " "}
_SYMBOL = re.compile("|".join(re.escape(k) + (r"(?![a-zA-Z])" if k[-1].isalpha() else "")
                              for k in sorted(_SYMBOLS, key=len, reverse=True)))
_COMMAND = re.compile(r"\\(?:emph|textit|textbf|texttt|textsc|textrm|mathrm|mathbf|mbox|url|href\{[^}]*\})\s*")


def latex_to_text(value: str) -> str:
    """"{\\'E}cole {BERT} \\& co." -> "École BERT & co." (common escapes only; math is kept)."""
    def accent(m: re.Match) -> str:
        base = (m[2] or m[3]).lstrip("\\")
        base = "i" if base == "i" else base
        return unicodedata.normalize("NFC", base + _ACCENTS[m[1]])

    value = _ACCENT.sub(accent, value)
    value = _COMMAND.sub("", value)
    value = _SYMBOL.sub(lambda m: _SYMBOLS[m[0]], value)
    return F.fold(value.replace("{", "").replace("}", ""))


def _value(text: str, pos: int, close: str) -> tuple[str, int]:
    """Parse one field value at ``pos``; returns (raw value, position after it)."""
    n = len(text)
    if pos < n and text[pos] == "{":
        depth, i = 0, pos
        while i < n:
            c = text[i]
            if c == "\\":
                i += 2
                continue
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    return text[pos + 1 : i], i + 1
            i += 1
        raise ValueError("a '{' value is never closed")
    if pos < n and text[pos] == '"':
        depth, i = 0, pos + 1
        while i < n:
            c = text[i]
            if c == "\\":
                i += 2
                continue
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            elif c == '"' and depth == 0:
                return text[pos + 1 : i], i + 1
            i += 1
        raise ValueError('a "quoted" value is never closed')
    m = re.compile(rf"[^,{re.escape(close)}]*").match(text, pos)
    return m[0].strip(), m.end()


def parse_entries(text: str) -> Iterator[tuple[str, str, dict[str, str], int] | tuple[None, str, str, int]]:
    """Yield ``(type, key, fields, line)`` per entry, or ``(None, key, problem, line)`` for a broken one."""
    pos = 0
    line, line_pos = 1, 0
    while m := _ENTRY.search(text, pos):
        line += text.count("\n", line_pos, m.start())
        line_pos = m.start()
        kind, close = m[1].lower(), "}" if m[2] == "{" else ")"
        pos = m.end()
        if kind in _IGNORED_TYPES:
            continue
        key_end = text.find(",", pos)
        stop = text.find(close, pos)
        if key_end < 0 or (0 <= stop < key_end):
            yield None, text[pos : pos + 40].strip(), f"@{kind} entry has no key and fields", line
            continue
        key = text[pos:key_end].strip()
        pos = key_end + 1
        fields: dict[str, str] = {}
        try:
            while True:
                while pos < len(text) and text[pos] in " \t\r\n,":
                    pos += 1
                if pos >= len(text):
                    raise ValueError(f"the entry is never closed (no '{close}' before the end of the file)")
                if text[pos] == close:
                    pos += 1
                    break
                fm = _FIELD_NAME.match(text, pos)
                if not fm:
                    nxt = _ENTRY.search(text, pos)
                    raise ValueError(f"expected 'name = value' at line {line + text.count(chr(10), line_pos, pos)}"
                                     + (" (the entry seems to be missing its closing brace)" if nxt else ""))
                name = fm[1].lower()
                value, pos = _value(text, fm.end(), close)
                fields[name] = value
        except ValueError as e:
            yield None, key, str(e), line
            nxt = _ENTRY.search(text, pos)
            pos = nxt.start() if nxt else len(text)
            continue
        yield kind, key, fields, line


@register
class BibtexReader:
    """BibTeX with abstracts."""

    name = "bibtex"
    description = "BibTeX (.bib) entries with title and abstract fields"

    def detect(self, path: Path, head: str) -> float:
        """Sure of ``@article{key,`` with a known entry type; an unknown type needs a brace and a
        ``name = {value`` field after the key (a Python ``@decorator(a=1, b=2)`` has neither)."""
        for m in _DETECT.finditer(head):
            if m[1].lower() in _ENTRY_TYPES:
                return 0.9
            if m[2] == "{" and m[3]:
                return 0.6
        return 0.0

    def read(self, path: Path) -> Iterator[Record]:
        text, extra = load_text(path, self.name)
        yield from extra
        for record, (kind, key, fields, line) in enumerate(parse_entries(text), start=1):
            source = Source(str(path), record, line, self.name)
            if kind is None:
                yield Skip(source, f"entry {key!r} at line {line} cannot be parsed: {fields}",
                           "close every brace and quote of that entry; fields are written name = {value},")
                continue
            notes: list[Note] = []
            paper = self.paper(kind, key, fields, source, notes)
            yield from notes
            yield paper

    def paper(self, kind: str, key: str, fields: dict[str, str], source: Source, notes: list[Note]) -> Paper | Skip:
        """The entry as a paper (or a skip); a field value that cannot be used adds a note to ``notes``."""
        get = lambda name: latex_to_text(fields.get(name, ""))  # noqa: E731
        title = get("title")
        if not title:
            return Skip(source, f"@{kind}{{{key}}} at line {source.line} has no title",
                        "add a title = {...} field to the entry, or remove the entry")
        arxiv = F.arxiv_id(get("eprint")) if get("archiveprefix").lower() in ("arxiv", "") else None
        for name in ("arxiv", "arxivid", "journal", "note", "url", "howpublished"):
            arxiv = arxiv or F.arxiv_id(get(name))
        doi = checked(get("doi"), F.doi, source, "doi", EXPECTED["doi"], notes)
        if doi and not arxiv and doi.startswith("10.48550/"):
            arxiv = F.arxiv_id(doi)
        links: list[Link] = []
        for name, role in (("code", Role.CODE_URL), ("github", Role.CODE_URL), ("project", Role.OTHER_URL),
                           ("homepage", Role.OTHER_URL)):
            link = checked(get(name), lambda v, n=name, r=role: F.code_or_page_link(v, n, r), source, "url",
                           f"{EXPECTED['url']} (field {name!r})", notes)
            if link:
                links.append(link)
        authors = tuple(a for a in F.authors(get("author"), sep=" and ") if a.lower() != "others")
        date = get("date") or None
        return Paper(
            title=title,
            abstract=get("abstract"),
            source=source,
            date=date,
            year=checked(get("year"), F.year, source, "year", EXPECTED["year"], notes) or F.year(date),
            authors=authors,
            author_count=len(authors) or None,
            arxiv_id=arxiv,
            doi=doi,
            venue=get("journal") or get("booktitle") or None,
            url=checked(get("url"), F.url, source, "url", EXPECTED["url"], notes),
            links=tuple(links),
            keywords=tuple(k.strip() for k in re.split(r"[;,]", get("keywords")) if k.strip()),
            sources=(source,),
        )

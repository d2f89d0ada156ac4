"""Normalisers every reader shares: identifiers, years, author lists, URLs and text cleaning.

Each is a pure function of one value, returns ``None`` (or an empty tuple) for a value it cannot
use, and never raises on bad input: a reader turns "cannot use" into a skip or a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Link, Role

__all__ = [
    "arxiv_id",
    "doi",
    "year",
    "fold",
    "strip_control",
    "has_control",
    "authors",
    "person_name",
    "code_or_page_link",
    "url",
    "text",
    "is_blank",
    "not_text",
    "strip_bidi",
    "plain_text",
    "has_pdf_chars",
    "URL_IN_TEXT",
]

_ARXIV_NEW = r"\d{4}\.\d{4,5}"
_OLD_ARCHIVES = (
    "acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas cond-mat cs "
    "dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph mtrl-th nlin nucl-ex nucl-th patt-sol physics "
    "plasm-ph q-alg q-bio quant-ph solv-int supr-con"
).split()
_ARXIV_OLD = rf"(?:{'|'.join(_OLD_ARCHIVES)})(?:\.[a-z]{{2}})?/\d{{7}}"
_ARXIV = re.compile(
    rf"^(?:.*?(?:arxiv\.org/(?:abs|pdf|html)/|arxiv[:.]\s*|/))?(?P<id>{_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?(?:\.pdf)?/?$",
    re.IGNORECASE,
)
_DOI = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?(?P<doi>10\.\d{4,9}/\S+)$", re.IGNORECASE)
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(?P<id>.+)$")
#: C0 and C1 control characters except tab, newline and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'{}|\\^`\]]+[^\s<>\"'{}|\\^`\].,;:!?)]")
#: Bidirectional embedding, override and isolate controls: they reorder how the text around them
#: is displayed ("Trojan Source"), so a title holding one shows something other than its characters.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: What copying text out of a PDF leaves in it: typographic ligatures (U+FB00-FB06: "the \ufb01rst",
#: "e\ufb03cient"), and soft hyphens (U+00AD) and zero-width spaces/joiners (U+200B-U+200D, U+FEFF) inside
#: words. (No-break spaces stay: kg's patterns read them as the whitespace they are, and their 289 in the
#: corpus abstracts keep their offsets.)
_PDF_CHARS = re.compile("[\ufb00-\ufb06\u00ad\u200b-\u200d\ufeff]")
_PLAIN = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\ufeff"),
})
#: Values that mean "no value" in exported tables; an empty field, not a bad one.
_BLANKS = frozenset({"", "n/a", "na", "none", "null", "nil", "nan", "-", "--", "?", "unknown", "not available"})
#: "docvqa.org", "lab.example.edu/page": a host name under a common top-level domain (a file
#: name such as "README.md" or "data.json" is not taken for one).
_TLDS = "com|org|net|edu|gov|io|ai|dev|app|info|me|co|uk|de|fr|cn|jp|kr|ch|nl|ca|au|eu|it|es|in|us|site|page|tech"
_BARE_HOST = re.compile(rf"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:{_TLDS})(?:/\S*)?$",
                        re.IGNORECASE)
_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net")


def text(value: object) -> str:
    """A field value as stripped text: numbers are written out, lists and mappings give ""."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def is_blank(value: object) -> bool:
    """True for a missing value: None, empty containers, and "", "n/a", "null", "-"... as text."""
    if value is None:
        return True
    if isinstance(value, str):
        return len(value) < 16 and value.strip().lower() in _BLANKS
    return isinstance(value, (list, dict, tuple)) and not value


def not_text(value: object) -> str | None:
    """What a field value that should be text is instead ("a number (12345)"); None for text or None."""
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, bool):
        return f"a true/false value ({value!r})"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)} item(s)"
    return f"a {type(value).__name__}"


def strip_bidi(value: str) -> tuple[str, int]:
    """``value`` without bidirectional override/embedding/isolate controls, and how many there were."""
    cleaned, n = _BIDI.subn("", value)
    return cleaned, n


def has_pdf_chars(value: str) -> bool:
    """Whether ``value`` holds a character :func:`plain_text` changes (ASCII text never does)."""
    return not value.isascii() and _PDF_CHARS.search(value) is not None


def plain_text(value: str) -> str:
    """``value`` in plain letters and spaces: "the \ufb01rst e\ufb03cient \ufb02ow" -> "the first efficient
    flow", soft hyphens and zero-width characters dropped. Text copied
    from a PDF holds these, and kg's rules and name lists are written for plain letters."""
    return value.translate(_PLAIN) if has_pdf_chars(value) else value


def fold(value: str) -> str:
    """Runs of whitespace (newlines, indentation) folded into single spaces."""
    return " ".join(value.split())


def has_control(value: str) -> bool:
    # isprintable() is a cheaper first test; only text with newlines, tabs or controls is searched
    return not value.isprintable() and _CONTROL.search(value) is not None


def strip_control(value: str) -> str:
    """``value`` without control characters (a NUL or escape code in a title is never meant)."""
    return _CONTROL.sub("", value)


def arxiv_id(value: object) -> str | None:
    """arXiv identifier without version: "arXiv:2206.06921v2", abs/pdf URLs, "hep-th/9901001"."""
    s = text(value)
    if "." not in s and "/" not in s:  # every form has one; most non-ids (OpenReview ids) are out fast
        return None
    m = _ARXIV_DOI.match(s.lower())
    if m:
        s = m["id"]
    m = _ARXIV.match(s)
    if not m:
        return None
    ident = m["id"].lower()
    if "/" in ident:  # old style: the subject class ("math.CA/...") is not part of the id
        archive, number = ident.split("/")
        ident = f"{archive.split('.')[0]}/{number}"
    return ident


def doi(value: object) -> str | None:
    """DOI in lower case without a resolver prefix: "https://doi.org/10.1/X" -> "10.1/x"."""
    s = text(value)
    if "10." not in s:
        return None
    m = _DOI.match(s)
    return m["doi"].lower().rstrip(".") if m else None


def year(value: object) -> int | None:
    """A four-digit year from 2021, "2021", "2021-06-01" or "June 2021"; None if implausible."""
    if isinstance(value, int) and not isinstance(value, bool):
        y = value
    else:
        m = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d|2100)(?!\d)", text(value))
        if not m:
            return None
        y = int(m[1])
    return y if 1500 <= y <= 2100 else None


def person_name(value: str) -> str:
    """"Turing, Alan M." -> "Alan M. Turing"; other forms are only whitespace-folded."""
    name = value.strip()
    if "  " in name or "\n" in name or "\t" in name:
        name = fold(name)
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if first and last and first.lower().rstrip(".") not in ("jr", "sr", "ii", "iii"):
            return f"{first} {last}"
    return name


def authors(value: object, *, sep: str | None = None) -> tuple[str, ...]:
    """Author names from a list (of names or ``{"name": ...}`` objects) or a separated string.

    A string is split on ``sep`` if given, else on ";" when present, else on "," when every part
    looks like a full name ("Ada Lovelace, Alan Turing"), never inside "Turing, Alan".
    """
    if value is None:
        return ()
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return ()
        if sep is None and ";" in s and "," not in s and "  " not in s and "\n" not in s:
            names = tuple(map(str.strip, s.split(";")))  # the common case, kept fast
            return tuple(n for n in names if n) if "" in names else names
        if sep is not None:
            parts = s.split(sep)
        elif ";" in s:
            parts = s.split(";")
        elif "\n" in s:
            parts = s.splitlines()
        elif s.count(",") >= 1 and all(" " in p.strip() for p in s.split(",")):
            parts = s.split(",")
        else:
            parts = [s]
        return tuple(n for n in (person_name(p) for p in parts) if n)
    if isinstance(value, Iterable) and not isinstance(value, (bytes, dict)):
        names = []
        for item in value:
            if isinstance(item, dict):
                item = (
                    item.get("name") or item.get("display_name") or item.get("fullname")
                    or item.get("full_name") or item.get("author")
                )
                if isinstance(item, dict):  # OpenAlex: {"author": {"display_name": ...}}
                    item = item.get("display_name")
            name = person_name(item) if isinstance(item, str) else ""
            if name:
                names.append(name)
        return tuple(names)
    return ()


def url(value: object) -> str | None:
    """An http(s) URL, with "https://" added to "github.com/...", "www..." or "host.org/..." forms.

    A value holding one URL among other text (a Markdown link "[repo](https://github.com/a/b)")
    gives that URL; anything else gives None.
    """
    s = text(value)
    if not s:
        return None
    if " " not in s:
        if s.startswith(("http://", "https://")):
            return s
        if s.startswith("www.") or s.split("/")[0] in _CODE_HOSTS or _BARE_HOST.match(s):
            return "https://" + s
    found = URL_IN_TEXT.findall(s) if "http" in s else ()
    return found[0] if len(found) == 1 else None


def code_or_page_link(value: object, field: str, role: Role | None = None) -> Link | None:
    """A :class:`Link` for a URL given in metadata; code hosts are CODE_URL unless ``role`` says."""
    u = url(value)
    if u is None:
        return None
    if role is None:
        host = u.split("/")[2].lower().removeprefix("www.")
        role = Role.CODE_URL if host in _CODE_HOSTS else Role.OTHER_URL
    return Link(u, role, field)

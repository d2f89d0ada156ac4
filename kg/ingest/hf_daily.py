"""Reader for Hugging Face "Daily Papers" pages saved as text (the format of ``seeds/``).

Layout, blocks separated by blank lines::

    <page header: "new", "Subscribe", "Daily Papers", "byAK and the ...", a date ...>
    Title line
    Abstract paragraph (one or more lines)
      • 7 authors          <- optional metadata block, any subset of these lines
    ·
    showlab Show Lab       <- organisation: "<handle> <display name>"
    Jan 2, 2023 2          <- date as written ("Jul 16" has no year) and optional upvotes

The header is everything before the first title line that is followed by an abstract, so no
list of header phrases is needed. A paragraph with no title before it is reported as a skip;
a title with no abstract is kept as a paper with an empty abstract.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Paper, Skip, Source
from .base import Record, load_text, register

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_LINE = re.compile(rf"^(?P<date>{_MONTH} \d{{1,2}}(?:, (?P<year>\d{{4}}))?)(?:\s+(?P<upvotes>\d+))?$")
AUTHORS_LINE = re.compile(r"^[•·*\-]?\s*(?P<n>\d+)\s+authors?$", re.IGNORECASE)
SEPARATOR_LINE = re.compile(r"^[·•]$")
#: The page header, each phrase alone on its line (a README that mentions Daily Papers is not one).
_HEADER_LINE = re.compile(r"^[ \t]*(?:Daily Papers|byAK and the research community)[ \t]*$", re.MULTILINE)
#: A line only source code starts with: a program quoting a page is not one.
_CODE_LINE = re.compile(r"^(?:import [\w.]+|from [\w.]+ import |def \w+\(|class \w+[(:]|#include |#!/)", re.MULTILINE)
_AUTHORS_ANYWHERE = re.compile(r"^[ \t]*•[ \t]*\d+[ \t]+authors?[ \t]*$", re.MULTILINE)
_DATE_ANYWHERE = re.compile(rf"^[ \t]*{_MONTH} \d{{1,2}}(?:, \d{{4}})?(?:[ \t]+\d+)?[ \t]*$", re.MULTILINE)

#: A title is one line of at most this many characters.
MAX_TITLE_CHARS = 300
#: A paragraph this long, or with two or more sentences, is an abstract rather than a title.
MIN_ABSTRACT_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@dataclass
class _Block:
    line: int  # 1-based line of the block's first line
    lines: list[str]

    @property
    def text(self) -> str:
        return " ".join(s.strip() for s in self.lines).strip()

    @property
    def is_meta(self) -> bool:
        if len(self.lines) > 6:
            return False
        return any(
            AUTHORS_LINE.match(s.strip()) or SEPARATOR_LINE.match(s.strip()) or DATE_LINE.match(s.strip())
            for s in self.lines
        )

    @property
    def is_title(self) -> bool:
        return not self.is_meta and len(self.lines) == 1 and len(self.lines[0].strip()) <= MAX_TITLE_CHARS

    @property
    def is_abstract(self) -> bool:
        t = self.text
        return not self.is_meta and (len(t) >= MIN_ABSTRACT_CHARS or len(_SENTENCE_END.findall(t)) >= 2)


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    cur: _Block | None = None
    for i, raw in enumerate(text.splitlines(), start=1):
        if raw.strip():
            if cur is None:
                cur = _Block(i, [])
                blocks.append(cur)
            cur.lines.append(raw.rstrip())
        else:
            cur = None
    return blocks


def parse_meta(lines: list[str]) -> dict:
    """Metadata lines after an abstract -> author_count, organization, date, year, upvotes."""
    meta: dict = {}
    for raw in lines:
        line = raw.strip()
        if m := AUTHORS_LINE.match(line):
            meta["author_count"] = int(m["n"])
        elif SEPARATOR_LINE.match(line):
            continue
        elif m := DATE_LINE.match(line):
            meta["date"] = m["date"]
            if m["year"]:
                meta["year"] = int(m["year"])
            if m["upvotes"]:
                meta["upvotes"] = int(m["upvotes"])
        elif line:
            # "<handle> <Display Name>": the page shows the handle, then the name
            handle, _, name = line.partition(" ")
            meta["organization"] = name.strip() or handle
    return meta


@register
class HfDailyReader:
    """Hugging Face Daily Papers page, copied as text."""

    name = "hf-daily"
    description = "Hugging Face Daily Papers page saved as text (title, abstract, authors/org/date lines)"

    def detect(self, path: Path, head: str) -> float:
        """Confident only with the page's own marks: its header lines, or "• N authors" / date
        lines after the abstracts. A title line followed by a paragraph alone is not enough:
        every README and source file has those."""
        stripped = head.lstrip()
        if stripped[:1] in "{[<@" or _CODE_LINE.search(head):
            return 0.0
        score = 0.0
        if _HEADER_LINE.search(head):
            score += 0.6
        if _AUTHORS_ANYWHERE.search(head):
            score += 0.3
        if _DATE_ANYWHERE.search(head):
            score += 0.1
        if score:
            blocks = _blocks(head)
            if any(a.is_title and b.is_abstract for a, b in zip(blocks, blocks[1:])):
                score += 0.15
        return min(score, 1.0)

    def read(self, path: Path) -> Iterator[Record]:
        text, extra = load_text(path, self.name, cut="block")
        yield from extra
        blocks = _blocks(text)
        n = len(blocks)
        starts = [i for i in range(n - 1) if blocks[i].is_title and blocks[i + 1].is_abstract]
        if not starts:
            return
        def starts_paper(k: int) -> bool:
            """A title line: followed by an abstract, or short and not itself an abstract."""
            b = blocks[k]
            if not b.is_title:
                return False
            return (k + 1 < n and blocks[k + 1].is_abstract) or not b.is_abstract

        record = 0
        i = starts[0]
        while i < n:
            block = blocks[i]
            if block.is_meta:  # metadata with no paper before it (a stray date or org line)
                i += 1
                continue
            record += 1
            if not starts_paper(i):
                yield Skip(
                    Source(str(path), record, block.line, self.name),
                    "a paragraph with no title line before it",
                    "put the paper's title on its own line, followed by a blank line, before the abstract",
                )
                i += 1
                continue
            abstract = ""
            j = i + 1
            if j < n and not blocks[j].is_meta and (blocks[j].is_abstract or not blocks[j].is_title):
                abstract = blocks[j].text  # (a following title-like block starts the next paper)
                j += 1
            meta_lines: list[str] = []
            while j < n and blocks[j].is_meta:
                meta_lines.extend(blocks[j].lines)
                j += 1
            yield Paper(
                title=block.text,
                abstract=abstract,
                source=Source(str(path), record, block.line, self.name),
                **parse_meta(meta_lines),
            )
            i = j

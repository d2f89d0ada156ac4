"""Editions of a catalogue dataset: a year, version or numbered set written after a family's name.

"PASCAL VOC 2007", "VOC2007", "VOC 2007" and "VOC07" are one edition of the family "PASCAL VOC";
"KITTI 2015", "WMT14", "CASP14", "CHiME-4", "DOTA-v1.5" are editions of theirs. Results on two
editions are not comparable, so an edition is an entity (and a leaderboard) of its own, and the
family written alone stays the family. The catalogue lists a family's editions among its aliases,
for matching; this module says which aliases are editions and names each, for the matcher (the
canonical name of a match) and the graph (the node a name any paper writes meets), so both agree.

An alias is an edition when it ends in an edition (a year, "v2", "1.5", a number of one or two
digits) other than the one the entry's name carries, and what comes before it is the name (less
its own edition) or a run of the name's words ("VOC", "PASCAL"); another alias with the same
edition joins it ("EK-55" joins "EPIC-KITCHENS-55", "AwA2" "Animals with Attributes 2"). A
two-digit number is a year in a family whose forms carry a year ("VOC12" is 2012, "CASP14" stays
14). A number of three digits or more that is not a year names the set, not an edition
("Kinetics-400", "Atari 2600"). An entry's ``not_editions`` lists the numbers that, written after
its name, still name its own set: a count of images, classes or games ("Kodak24", "AgeDB-30",
"Atari-57"), the year of a one-off set ("LiTS17", "FiQA-2018"), or the release everyone means by
the name ("OTB2015" of OTB-100, "ScanNet v2"). Only datasets have editions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Editions", "edition_key"]

# "VOC2007", "KITTI 2015", "WMT'14", "DOTA-v1.5", "SQuAD v2.0", "StarCraft II": family, edition
_TAIL = re.compile(r"^(?P<family>.*?[^\W\d_]|.*?\+)[\s\-_'\u2019]*(?P<ed>[vV]?\d+(?:\.\d+)*|II|III|IV)$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ROMAN = {"II": "2", "III": "3", "IV": "4"}
# a number standing as a word: "ICDAR 2017 MLT", not "Walker2d" (nor "6" of "CAMELYON16": no digit on
# either side)
_NUMBERS = re.compile(r"(?<![^\W_])\d+(?![^\W_])")


def _compact(s: str) -> str:
    return re.sub(r"[\W_]+", "", s).casefold()


def _split(form: str) -> tuple[str, str] | None:
    """(family, edition as written) of a form ending in an edition, else None."""
    m = _TAIL.match(form.strip())
    return (m.group("family"), m.group("ed")) if m else None


def edition_key(ed: str, yearly: bool) -> str | None:
    """The normalized edition: "v2.0" and "2" are "2", "07" is "2007" in a ``yearly`` family;
    None for a number that names the set rather than an edition ("400", "2600")."""
    ed = _ROMAN.get(ed, ed)
    plain = not ed[:1] in "vV" and "." not in ed
    ed = ed.lstrip("vV")
    while ed.endswith(".0"):
        ed = ed[:-2]
    if _YEAR.fullmatch(ed):
        return ed
    if plain and len(ed) == 2 and yearly:
        return ("20" if int(ed) <= 40 else "19") + ed
    if plain and len(ed) > 2:
        return None
    return (ed.lstrip("0") or "0") if "." not in ed else ed


def _unlisted(fam: _Family, written: str, split: tuple[str, str], key: str) -> str | None:
    """The name of an edition the catalogue does not list, the same for each of its spellings: the
    family's name and the year ("PASCAL 2010", "VOC '10": "PASCAL VOC 2010") or version ("VQA
    v1.0", "VQA V1": "VQA v1"); None for a bare number of one or two digits ("OTB-51", "AWA1"),
    a count as often as an edition, and under a name with another number ("CUB-200-2011")."""
    ed, sep = split[1], written[len(split[0]) : len(written) - len(split[1])]
    if re.search(r"\d", fam.stem):
        return None
    if _YEAR.fullmatch(key) and (len(ed) == 4 or "'" in sep or "\u2019" in sep):
        return f"{fam.stem} {key}"
    return f"{fam.stem} v{key}" if ed[:1] in "vV" or "." in ed else None


@dataclass
class _Family:
    name: str
    own: set[str]  # the editions the name itself carries ("2017" for "ICDAR 2017 MLT")
    yearly: bool
    editions: dict[str, str] = field(default_factory=dict)  # edition key -> the edition's name
    stem: str = ""  # the name less its closing number ("OTB" of "OTB-100"), to name an unlisted edition


class Editions:
    """The editions of the catalogue's dataset entries: ``(name, aliases)`` or ``(name, aliases,
    not_editions)``."""

    def __init__(self, entries: list[tuple]) -> None:
        self.of_form: dict[str, str] = {}  # compact alias -> edition name
        self.same: set[str] = set()  # compact aliases written with the entry's own edition
        self.families: dict[str, _Family | None] = {}  # compact family spelling -> family (None: two)
        self.own_sets: dict[str, _Family | None] = {}  # the same, of families without editions
        for name, aliases, *rest in entries:
            self._add(name, aliases, rest[0] if rest else ())

    def _add(self, name: str, aliases: list[str], not_editions=()) -> None:
        forms = [name, *aliases]
        split = {f: _split(f) for f in forms}
        yearly = any(s and _YEAR.fullmatch(s[1]) for s in split.values())
        head = split[name]
        stem = head[0] if head and edition_key(head[1], yearly) else name
        # (only numbers standing as words: "Walker2d-v2" is an edition of "Walker2d"; the leaderboard's
        # ``graph.ids.catalogue_own_numbers`` takes every digit run, as a sentence's "RealEstate10K" is the set)
        numbers = _NUMBERS.findall(name) + ([head[1]] if head else []) + list(not_editions)
        own = {k for n in numbers if (k := edition_key(n, yearly))}
        fam = _Family(name, own, yearly, stem=head[0] if head else name)
        words = re.split(r"[\s\-]+", stem)
        runs = {_compact(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        # the family's spellings: its name, and its aliases with no number ("MS COCO" of COCO)
        plain = [f for f in aliases if not (split[f] or re.search(r"\d", f))]
        spellings, found = {_compact(stem), *map(_compact, plain)}, {}
        for f in aliases:
            s = split[f]
            key = edition_key(s[1], yearly) if s else None
            if key is None or key in own:
                if key is not None:
                    self.same.add(_compact(f))  # "WMT 2014" under "WMT14": the entry's own edition
                continue
            qualifies = _compact(s[0]) in runs
            if qualifies:
                spellings.add(_compact(s[0]))
            # the name the edition goes by: the family's spelling, the edition written in full, a space
            rank = (not qualifies, s[0] != stem, s[1].lstrip("vV") != key, f[len(s[0]):len(s[0]) + 1] != " ")
            found.setdefault(key, []).append((*rank, f))
        for key, cands in found.items():
            if all(c[0] for c in cands):
                continue  # no spelling of the family before it ("ILSVRC2012" under ImageNet)
            fam.editions[key] = edition = min(cands)[-1]
            for c in cands:
                self.of_form[_compact(c[-1])] = edition
        # a family with editions; apart, one with only numbers that name its own set ("COCO 2017")
        table = self.families if fam.editions else self.own_sets if fam.own else None
        for sp in spellings if table is not None else ():
            table[sp] = fam if table.get(sp, fam) is fam else None

    def canonical(self, alias: str) -> str | None:
        """The edition's name when the catalogue alias ``alias`` is an edition, else None."""
        return self.of_form.get(_compact(alias))

    def spells_own(self, alias: str) -> bool:
        """The alias writes the edition the entry's name carries ("WMT 2014" of "WMT14")."""
        return _compact(alias) in self.same

    def derived(self, written: str) -> tuple[str, str | None] | None:
        """(family name, edition name or None) for a name the catalogue does not list, written as
        a family's spelling and an edition ("VOC07", "PASCAL 2010"): the edition's name when the
        catalogue knows that edition, the family's name when the number names the family's own set
        ("MS COCO 2017" of COCO), else the unlisted edition's name ("PASCAL 2010", "VOC 2010":
        "PASCAL VOC 2010"), or None (a node as written); None when ``written`` is no family's
        spelling with an edition."""
        s = _split(written)
        spelling = _compact(s[0]) if s else ""
        fam = self.families[spelling] if spelling in self.families else self.own_sets.get(spelling)
        if fam is None:
            return None
        key = edition_key(s[1], fam.yearly)
        if key is None:
            return None
        return fam.name, fam.name if key in fam.own else fam.editions.get(key) or _unlisted(fam, written, s, key)

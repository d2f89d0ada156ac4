"""Which files the inputs name: folders walked, and everything not read accounted for.

:func:`walk_inputs` expands files and folders into the files to read, in a stable order, and
yields a :class:`~kg.model.Skip` for what cannot be read (a folder kg may not open, a broken
link) and a :class:`~kg.ingest.base.Note` for what is left out on purpose: kg's own outputs
(the folders given in ``exclude``, a folder holding a kg ``report.json``, see
:func:`kg_output_kind` for single files) and links to folders, which are not followed. Hidden
files and folders (``.git``, ``.cache``) and desktop litter (``.DS_Store``) are passed over.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Skip, Source
from .base import Note

__all__ = ["walk_inputs", "kg_output_kind", "KG_OUTPUT"]

#: File names that are never paper listings, skipped when a folder is walked.
IGNORED_NAMES = {".DS_Store", "Thumbs.db", ".gitkeep", "desktop.ini"}
#: Start of the message of every note about kg's own output found among the inputs.
KG_OUTPUT = "kg output, not input"
#: Every IRI kg mints starts with this; its RDF, JSON and HTML outputs are full of them.
_KG_IRI = "w3id.org/kg/"
_OUTPUT_SUFFIXES = {".ttl", ".nt", ".nq", ".trig", ".jsonld", ".html", ".htm", ".rdf", ".owl"}


def kg_output_kind(path: Path, head: str) -> str | None:
    """What kg output a file (whose decoded start is ``head``) is, or None for anything else."""
    if '"kg_version"' in head and '"extractor_version"' in head:
        return "a kg build report"
    suffix = path.suffix.lower()
    if _KG_IRI in head:
        if head.lstrip().startswith('{"directed"'):
            return "a kg graph in node-link JSON"
        if suffix in _OUTPUT_SUFFIXES:
            return f"a kg graph export ({suffix.lstrip('.')})"
    if suffix in (".html", ".htm") and "<title>kg" in head and "vis-network" in head:  # its IRIs come later
        return "a kg graph explorer page (html)"
    return None


def output_note(path: Path | str, why: str) -> Note:
    return Note(Source(str(path), 0, None, ""), f"{KG_OUTPUT}: {path} is {why}; it was not read", "kg-output")


def walk_inputs(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Path | Skip | Note]:
    """The files under ``paths`` (folders walked recursively, sorted), and a skip or note for each
    thing not read. A path that does not exist is an :class:`~kg.errors.InputError`."""
    excluded = {os.path.realpath(p) for p in exclude}
    for p in paths:
        path = Path(p)
        real = os.path.realpath(path)
        if any(real == e or real.startswith(e.rstrip(os.sep) + os.sep) for e in excluded):
            yield output_note(path, "in the output folder of this build")
        elif path.is_dir():
            yield from _walk(path, excluded)
        elif path.is_file():
            yield path
        elif path.is_symlink() or path.exists():
            yield _not_a_file(path)
        else:
            raise InputError(f"{path}: no such file or folder", fix="check the path; kg takes files and folders")


def _walk(root: Path, excluded: set[str]) -> Iterator[Path | Skip | Note]:
    found: list[tuple[Path, Path | Skip | Note]] = []

    def unreadable(e: OSError) -> None:
        where = Path(e.filename) if e.filename else root
        found.append((where, Skip(
            Source(str(where), 0, None, ""),
            f"{where}: cannot open the folder ({e.strerror or e}); the files in it were not read",
            "give kg read and execute permission on the folder (chmod u+rx FOLDER), or leave it out of the inputs",
        )))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        here = Path(dirpath)
        keep = []
        for name in dirnames:
            sub = here / name
            if name.startswith("."):
                continue
            if sub.is_symlink():
                found.append((sub, Note(Source(str(sub), 0, None, ""), f"{sub} is a link to a folder; links are not "
                                        "followed (pass the folder itself to read it)", "link-not-followed")))
            elif excluded and os.path.realpath(sub) in excluded:
                found.append((sub, output_note(sub, "the output folder of this build")))
            elif _is_build_folder(sub):
                found.append((sub, output_note(sub, "a kg build folder (it holds kg's report.json)")))
            else:
                keep.append(name)
        dirnames[:] = keep
        for name in filenames:
            if name.startswith(".") or name in IGNORED_NAMES:
                continue
            child = here / name
            found.append((child, child if child.is_file() else _not_a_file(child)))
    found.sort(key=lambda item: item[0])
    for _, item in found:
        yield item


def _is_build_folder(folder: Path) -> bool:
    try:
        with open(folder / "report.json", "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return b'"kg_version"' in head and b'"extractor_version"' in head


def _not_a_file(path: Path) -> Skip:
    what = "a broken link" if path.is_symlink() and not path.exists() else "not a regular file (a device, socket or pipe)"
    return Skip(Source(str(path), 0, None, ""), f"{path}: is {what}; it was not read",
                "point the link at an existing file, or leave it out of the inputs")

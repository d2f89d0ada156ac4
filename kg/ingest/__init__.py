"""Input readers: one module per format, registered by name (see :mod:`kg.ingest.base`)."""

from .base import Note, Reader, Record, detect_format, get_reader, iter_files, read_text, readers, register
from .reading import FileReport, ReadResult, read_inputs

__all__ = [
    "FileReport",
    "Note",
    "Reader",
    "Record",
    "ReadResult",
    "detect_format",
    "get_reader",
    "iter_files",
    "read_inputs",
    "read_text",
    "readers",
    "register",
]

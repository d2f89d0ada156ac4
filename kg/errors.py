"""The exceptions kg raises. Every message says what failed, where, the usual cause and the fix.

::

    KgError                      base class; the CLI prints its message and exits with code 1
    ├── InputError               an input file or record cannot be read
    │   ├── UnknownFormatError   no reader recognises a file (or --format names no reader)
    │   ├── TruncatedInputError  a compressed file breaks off or is damaged; what came before it was read
    │   └── RecordError          one record of a file is unusable (raised only in --strict mode;
    │                            otherwise the record becomes a Skip in the build report)
    ├── StrictModeError          --strict was given and at least one record was skipped
    ├── CatalogueError           a catalogue file cannot be read or an entry is invalid (names the line)
    ├── SettingsError            a setting or option has an unknown name or an unusable value
    ├── GoldError                a gold annotation file for `kg eval` is missing or malformed
    ├── QueryError               a SPARQL query is missing, malformed or got bad parameters
    │   └── QueryTimeoutError    the endpoint stopped a query that ran past its time limit
    ├── GraphLoadError           a built graph directory or RDF file cannot be loaded
    ├── ExportError              an output format is unknown or a writer failed
    ├── ServeError               `kg serve` cannot listen, or cannot take a query now
    └── FetchError               `kg fetch`/`kg update`: a request failed (4xx, or 429/5xx/timeouts
                                 after every retry), or a saved response or the manifest is unusable
"""

from __future__ import annotations

__all__ = [
    "KgError",
    "InputError",
    "UnknownFormatError",
    "RecordError",
    "TruncatedInputError",
    "StrictModeError",
    "SettingsError",
    "GoldError",
    "QueryError",
    "GraphLoadError",
    "ExportError",
    "QueryTimeoutError",
    "ServeError",
    "FetchError",
    "CatalogueError",
]


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    def __init__(self, what: str, *, fix: str = "") -> None:
        self.what = what
        self.fix = fix
        super().__init__(f"{what}\n  fix: {fix}" if fix else what)


class InputError(KgError):
    """Raised when an input file cannot be opened or decoded."""


class UnknownFormatError(InputError):
    """Raised when no reader recognises a file, or ``--format`` names no registered reader."""


class RecordError(InputError):
    """Raised for one unusable record when skipping is not allowed (``--strict``)."""


class StrictModeError(KgError):
    """Raised at the end of a ``--strict`` build when any record was skipped."""


class SettingsError(KgError):
    """Raised when a setting or option has an unknown name or an unusable value."""


class GoldError(KgError):
    """Raised when a gold annotation file given to ``kg eval`` is missing or malformed."""


class QueryError(KgError):
    """Raised when a SPARQL query cannot be found, parsed, bound or run."""


class GraphLoadError(KgError):
    """Raised when a graph directory or RDF file given to ``kg query`` / ``kg.load`` is unusable."""


class ExportError(KgError):
    """Raised when an output format is unknown or writing it fails."""


class TruncatedInputError(InputError):
    """Raised after the readable part of a truncated or damaged gzip file has been read."""


class QueryTimeoutError(QueryError):
    """Raised when a query runs past the endpoint's time limit (``kg serve --timeout``) and is stopped."""


class ServeError(KgError):
    """Raised when ``kg serve`` cannot listen (port in use or out of range) or cannot take a query now (workers busy or gone)."""


class FetchError(KgError):
    """Raised when ``kg fetch``/``kg update`` cannot get a source's response or use what it saved."""


class CatalogueError(KgError):
    """Raised when a catalogue file cannot be read or one of its entries is invalid (names the line)."""


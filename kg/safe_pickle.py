"""Loading the pickles kg keeps between builds, with only kg's own data types allowed.

kg keeps working state as pickles: the extraction cache (``OUT/.cache/extractions-*.sqlite``), the
reads cache (``OUT/.cache/reads-*.pickle``), and an output folder's write state and indexes
(``OUT/.kg-*.pickle``). A plain ``pickle.load`` runs whatever callable a file names, so an output
folder copied from someone else could run code on the next ``kg build`` into it. These loaders name
what a kg pickle may hold: kg's frozen data classes and enums, ``array`` and the built-in containers.
Anything else (``os.system``, ``builtins.eval``, a class of another package) makes the load fail with
:class:`pickle.UnpicklingError`, which every caller treats as "no usable state" (:data:`LOAD_ERRORS`): it rebuilds.

The restriction is Python's documented one ("Restricting Globals" in the ``pickle`` docs): only the
lookup of globals is checked, so loading stays at C speed.
"""
from __future__ import annotations

import io
import pickle
from typing import IO, Any

# (module, name) pairs a kg pickle may name. The data classes are frozen dataclasses and enums: the
# most a hostile file can do with them is build a wrong-typed record, never call out of kg.
ALLOWED = frozenset({
    ("kg.model", "Source"), ("kg.model", "Link"), ("kg.model", "Paper"), ("kg.model", "Mention"),
    ("kg.model", "Result"), ("kg.model", "Extraction"), ("kg.model", "Relation"), ("kg.model", "Skip"),
    ("kg.schema", "EntityType"), ("kg.schema", "Role"),
    ("kg.ingest.base", "Note"), ("kg.ingest.base", "FieldUse"),
    ("array", "array"), ("array", "_array_reconstructor"),
    ("builtins", "set"), ("builtins", "frozenset"), ("builtins", "bytearray"),
    ("collections", "Counter"), ("collections", "OrderedDict"),
})


#: What loading a damaged, truncated or foreign pickle raises (besides ``OSError`` for the file): the
#: callers treat each as "no usable state" and rebuild.
LOAD_ERRORS = (pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, IndexError, KeyError, ImportError)


class _KgUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not one of kg's data types; the file was not written by kg")


def load(fh: IO[bytes]) -> Any:
    """``pickle.load(fh)`` limited to :data:`ALLOWED`."""
    return _KgUnpickler(fh).load()


def loads(data: bytes) -> Any:
    """``pickle.loads(data)`` limited to :data:`ALLOWED`."""
    return _KgUnpickler(io.BytesIO(data)).load()

"""``kg fetch``: save the raw API responses of paper sources into a folder ``kg build`` reads.

One module per source (:mod:`.hf_daily`, :mod:`.arxiv`, :mod:`.semantic_scholar`,
:mod:`.openalex`), the HTTP client with its retry policy (:mod:`.client`), the files and the
manifest (:mod:`.store`) and the runner (:mod:`.run`).
"""

from __future__ import annotations

from .client import FetchSettings
from .run import FetchResult, Progress, fetch, sources, update
from .store import MANIFEST

__all__ = ["FetchSettings", "FetchResult", "Progress", "fetch", "update", "sources", "MANIFEST"]

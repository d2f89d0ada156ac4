"""Where fetched responses go: ``DIR/<source>/<name>.gz`` files and the manifest ``DIR/.kg-fetch.json``.

Both are written to a hidden temporary name and renamed, so a crash never leaves half a file
(and ``kg build DIR`` skips hidden files, so it never reads the manifest or a temporary file).
The manifest records every fetch: its source and parameters, when it ran, each request (URL,
file, records, attempts) and the newest date/entry seen, which ``kg update`` starts from.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from ..errors import FetchError

__all__ = ["MANIFEST", "Store", "now_iso"]

MANIFEST = ".kg-fetch.json"
_VERSION = 1


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Store:
    """The folder a fetch writes into."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.manifest_path = self.root / MANIFEST
        self.manifest = self._load()

    def _load(self) -> dict:
        if not self.manifest_path.is_file():
            return {"version": _VERSION, "fetches": {}}
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise FetchError(
                f"{self.manifest_path}: the fetch manifest cannot be read ({e})",
                fix="restore it, or delete it and re-run `kg fetch` (saved responses are reused)",
            ) from e
        if not isinstance(data, dict) or not isinstance(data.get("fetches"), dict):
            raise FetchError(
                f"{self.manifest_path}: is not a kg fetch manifest (no 'fetches' object)",
                fix="delete it and re-run `kg fetch` (saved responses are reused)",
            )
        return data

    def path(self, source: str, name: str) -> Path:
        return self.root / source / f"{name}.gz"

    def has(self, source: str, name: str) -> bool:
        return self.path(source, name).is_file()

    def read(self, source: str, name: str) -> bytes:
        path = self.path(source, name)
        try:
            return gzip.decompress(path.read_bytes())
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            raise FetchError(f"{path}: a saved response cannot be read ({e})",
                             fix="delete the file (or pass --refresh) and re-run to fetch it again") from e

    def write(self, source: str, name: str, body: bytes) -> Path:
        path = self.path(source, name)
        _atomic_write(path, gzip.compress(body, mtime=0))
        return path

    def entry(self, key: str) -> dict | None:
        return self.manifest["fetches"].get(key)

    def record(self, key: str, entry: dict) -> None:
        self.manifest["fetches"][key] = entry
        self.save()

    def save(self) -> None:
        text = json.dumps(self.manifest, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        _atomic_write(self.manifest_path, text.encode("utf-8"))

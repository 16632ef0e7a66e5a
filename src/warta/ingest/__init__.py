"""Sources to RawDocument: files and folders, feeds, WARC archives, JSONL, URLs."""

from __future__ import annotations

from typing import Any

__all__ = ["read_targets"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: importing one reader (warta.ingest.web for the CLI's URL check, say) should not import
    # every reader and, through the tables' date columns, the HTML cleaner and trafilatura.
    if name == "read_targets":
        from warta.ingest.files import read_targets

        return read_targets
    raise AttributeError(name)

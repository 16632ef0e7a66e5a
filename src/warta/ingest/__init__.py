"""Sources to RawDocument: files and folders, feeds, WARC archives, JSONL, URLs."""

from warta.ingest.files import read_targets

__all__ = ["read_targets"]

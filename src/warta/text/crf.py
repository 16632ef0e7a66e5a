"""Shipped CRF models: gzipped in the package (half the size), opened from memory."""

from __future__ import annotations

import gzip
from pathlib import Path

import pycrfsuite


def open_model(path: Path) -> tuple[pycrfsuite.Tagger, bytes]:
    """The tagger and the model bytes it reads from, which the caller must keep alive (crfsuite does not copy)."""
    data = gzip.decompress(path.read_bytes())
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)
    return tagger, data


def save_model(trained: Path, path: Path) -> None:
    """Gzips a model crfsuite wrote to ``trained`` into ``path`` (the shipped file)."""
    path.write_bytes(gzip.compress(trained.read_bytes(), mtime=0))
    trained.unlink()

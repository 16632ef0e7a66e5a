"""Shared fixtures. Real data only: ../shared (or $WARTA_SHARED) through the `shared` fixture."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warta.resources import Resources

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shared() -> Path:
    path = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared")).resolve()
    if not (path / "gold" / "seeds.json").is_file():
        pytest.fail(f"shared data not found at {path}; set WARTA_SHARED")
    return path


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources()


@pytest.fixture(scope="session")
def seed_gold(shared: Path):
    from warta.evaluate.seeds import load_seed_gold

    return load_seed_gold(shared / "gold" / "seeds.json")


@pytest.fixture(scope="session")
def seed_articles(seed_gold, resources):
    """The five seed documents through the whole pipeline, keyed by file name."""
    return seed_gold.articles(resources)


@pytest.fixture(scope="session")
def examples() -> Path:
    return REPO / "examples" / "corpus"


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server for the session (tests/pg_server.py); the tests that need it skip, saying why,
    where Debian's postgresql package or psycopg is missing."""
    import pg_server

    try:
        server = pg_server.start()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def backend(request) -> str:
    """Which store a module's store-backed tests run against: every such test runs on both."""
    return request.param


def new_store_path(request, backend: str, folder: Path) -> str:
    """Where a new, empty store of ``backend`` lives: a file in ``folder``, or a new database on the server."""
    if backend == "postgres":
        return request.getfixturevalue("postgres").new_database()
    return str(folder / "warta.db")

"""A throwaway PostgreSQL server from Debian's postgresql package: initdb and pg_ctl in a temporary directory,
listening on a unix socket there only (no TCP port), stopped and removed at the end of the test session.

initdb refuses to run as root; as root the server runs as the unprivileged user `nobody`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "nobody"  # as root: the unprivileged account every Debian system has
PORT = 5432  # only names the socket file in our own directory; nothing listens on TCP


def find_binaries() -> Path | None:
    """The newest installed major version's bin directory."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name)
                   if Path(p).parent.parent.name.isdigit() else 0)
    return Path(found[-1]).parent if found else None


@dataclass(slots=True)
class PostgresServer:
    bin: Path
    root: Path

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://warta@/{database}?host={self.socket_dir}&port={PORT}"

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``), as a URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def stop(self) -> None:
        _run([str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> PostgresServer:
    """Start a server; RuntimeError saying why when it cannot."""
    binaries = find_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL not installed (no /usr/lib/postgresql/*/bin/initdb; `make postgres` "
                           "installs Debian's postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise RuntimeError("psycopg not installed (pip install 'warta[postgres]')") from None
    root = Path(tempfile.mkdtemp(prefix="warta-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, SERVER_USER)
    data = root / "data"
    try:
        _run([str(binaries / "initdb"), "-D", str(data), "-U", "warta", "--auth=trust", "--locale=C",
              "-E", "UTF8", "--no-sync"])
        options = f"-k {root} -p {PORT} -c listen_addresses='' -c fsync=off -c max_connections=60"
        _run([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "server.log"), "-w",
              "start"])
    except RuntimeError:
        log = root / "server.log"
        detail = log.read_text(errors="replace")[-500:] if log.is_file() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"the PostgreSQL server did not start {detail}") from None
    return PostgresServer(binaries, root)


def _run(command: list[str]) -> None:
    user = SERVER_USER if os.geteuid() == 0 else None
    with contextlib.suppress(FileNotFoundError):
        done = subprocess.run(command, user=user, capture_output=True, text=True, timeout=120, cwd="/")
        if done.returncode == 0:
            return
        raise RuntimeError(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout).strip()[-400:]}")
    raise RuntimeError(f"{command[0]} not found")

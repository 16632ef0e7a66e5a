"""One deadline for a whole fetch: connecting, sending, the response headers, the body and robots.txt.

httpx's timeouts bound each socket operation, so a server that sends its headers one byte a second never trips
them. This network backend for httpcore (the layer under httpx) gives every connect, read and write at most the
time left until the deadline, and fails it once the deadline has passed.
"""

from __future__ import annotations

import math
import ssl
import time
import typing

import httpcore
import httpx


class Deadline:
    """When the fetch in progress must be over (monotonic seconds); infinite between fetches."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at = math.inf

    def start(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def extend(self, seconds: float) -> None:
        self.at += seconds

    def left(self, timeout: float | None, error: type[Exception]) -> float:
        """The socket timeout for one operation: its own bound or the time left, whichever is shorter."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise error("the fetch's deadline has passed")
        return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname,
                                      self._deadline.left(timeout, httpcore.ConnectTimeout))
        return _Stream(inner, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, deadline: Deadline) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, self._deadline.left(timeout, httpcore.ConnectTimeout),
                                         local_address, socket_options)
        return _Stream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, self._deadline.left(timeout, httpcore.ConnectTimeout),
                                                 socket_options)
        return _Stream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def transport(deadline: Deadline) -> httpx.HTTPTransport:
    """httpx's own transport over a connection pool whose sockets keep to ``deadline``. httpx takes no network
    backend, so the pool it built is replaced by one like it; tests/test_fetch_deadline.py fails if that stops
    working."""
    built = httpx.HTTPTransport()
    built._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), max_connections=100,
                                          max_keepalive_connections=20, keepalive_expiry=5.0,
                                          network_backend=_Backend(deadline))
    return built

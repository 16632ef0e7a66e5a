"""The one error type for bad input: it names the input and the reason, in one line."""

from __future__ import annotations


class InputError(Exception):
    def __init__(self, origin: str, reason: str) -> None:
        reason = " ".join(reason.split())  # one line, whatever a parser's message held
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def __reduce__(self):  # pickles whole (worker processes send errors back) despite the two-argument init
        return (InputError, (self.origin, self.reason))

"""How long work reports progress and is stopped: a callback, a cancel token, an exception."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Progress = Callable[[int, int], None]  # (done, total)


class CancelToken(Protocol):
    """Anything with `cancelled` (a thread-safe flag); long work checks it between steps."""

    @property
    def cancelled(self) -> bool: ...


class Cancelled(Exception):
    """Long work stopped because its cancel token was set."""


def check(cancel: CancelToken | None) -> None:
    """Raise Cancelled if the token is set."""
    if cancel is not None and cancel.cancelled:
        raise Cancelled

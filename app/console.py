"""Standard streams made safe before anything prints: UTF-8 when piped, a sink when absent."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path


def prepare_streams() -> None:
    """Give the process usable UTF-8 stdout and stderr.

    A windowed Windows process (pythonw, a GUI launcher, a PyInstaller windowed build) has
    `sys.stdout is None`: anything printing would raise, so absent streams get a null sink.
    A piped or redirected stream on Windows defaults to the ANSI code page (cp1252), which
    cannot encode every character of an agreement: text streams are switched to UTF-8.
    """
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115
            continue
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")

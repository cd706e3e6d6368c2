"""`klausul`'s argument parser and dispatch: bad input is one line on stderr and exit 2.

Output is UTF-8 on every platform (a piped stdout on Windows would be cp1252), a closed
pipe (`klausul inspect … | head`) ends quietly, and output that cannot be written (a full
disk) is one line and exit 2 like any other refusal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from app import __version__
from app.cli import (
    codebook,
    compare,
    coverage,
    decisions,
    draft,
    inspect,
    links,
    project,
    suggest_tags,
    tags,
)
from app.cli.output import EXIT_BAD_INPUT, EXIT_OK
from app.console import prepare_streams
from app.core.errors import KlausulError, os_cause

Command = Callable[[argparse.Namespace], int]
SUBCOMMANDS = (inspect, compare, suggest_tags, tags, codebook, coverage, decisions, project,
               draft, links)
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line like every other refusal."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = _Parser(
        prog="klausul",
        description="Klausul: jämför, tagga och sammanfoga samverkansöverenskommelser.",
    )
    parser.add_argument("--version", action="version", version=f"klausul {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for module in SUBCOMMANDS:
        module.register(commands)
    return parser


def command_names() -> set[str]:
    """The subcommands the parser knows (`python -m app` dispatches them to the CLI)."""
    parser = build_parser()
    for action in parser._actions:  # argparse has no public accessor
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            return set(choices)
    return set()


def _quiet_stdout() -> None:
    # Whatever is still buffered for a closed pipe would fail again at exit, with noise.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _write_failure(error: OSError) -> str:
    cause = os_cause(error)
    reason = cause.value[0] if cause is not None else (error.strerror or str(error))
    return f"klausul: utdata kunde inte skrivas: {reason}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; bad input prints one line on stderr and returns exit code 2."""
    prepare_streams()  # UTF-8 even into a Windows pipe; a sink where a stream is absent
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Command | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help()
            return EXIT_BAD_INPUT
        code = handler(args)
        sys.stdout.flush()
        return code
    except KlausulError as exc:
        print(f"klausul: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except OSError as exc:  # the core types its own file errors: this is our output
        _quiet_stdout()
        print(_write_failure(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _quiet_stdout()
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())

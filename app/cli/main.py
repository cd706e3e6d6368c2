"""`klausul`'s argument parser and dispatch: bad input is one line on stderr and exit 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.cli import compare, coverage, decisions, inspect, suggest_tags, tags
from app.cli.output import EXIT_BAD_INPUT, EXIT_OK
from app.core.errors import KlausulError

Command = Callable[[argparse.Namespace], int]
SUBCOMMANDS = (inspect, compare, suggest_tags, tags, coverage, decisions)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; bad input prints one line on stderr and returns exit code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return handler(args)
    except KlausulError as exc:
        print(f"klausul: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

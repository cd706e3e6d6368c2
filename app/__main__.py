"""`python -m app` starts the GUI; `python -m app <subcommand>` runs the CLI."""

from __future__ import annotations

import sys


def run() -> int:
    """Dispatch to the CLI when a known subcommand is given, else to the GUI."""
    args = sys.argv[1:]
    if args and not args[0].startswith("-") and args[0] in _cli_commands():
        from app.cli import main as cli_main

        return cli_main(args)
    if args and args[0] in ("--version", "-h", "--help") and len(args) == 1:
        from app.cli import main as cli_main

        return cli_main(args)
    from app.ui.application import main as gui_main

    return gui_main(args)


def _cli_commands() -> set[str]:
    from app.cli import build_parser

    parser = build_parser()
    for action in parser._actions:  # argparse has no public accessor
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            return set(choices)
    return set()


if __name__ == "__main__":
    sys.exit(run())

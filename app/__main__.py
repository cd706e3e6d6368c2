"""`python -m app` starts the GUI; `python -m app <subcommand>` runs the CLI."""

from __future__ import annotations

import sys


def run() -> int:
    """Dispatch to the self-test, the CLI when a known subcommand (or --version/--help) is
    given, else the GUI."""
    # Imports run in a child process (spawn). In a frozen bundle that child is this very
    # executable started with multiprocessing's own arguments: let it run before any
    # argument is read as a subcommand or a project to open. (freeze_support does nothing
    # unless frozen; unfrozen, multiprocessing is not loaded until the first import.)
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    from app.console import prepare_streams

    prepare_streams()
    args = sys.argv[1:]
    if args[:1] == ["--selftest"]:
        from app.selftest import main as selftest_main

        return selftest_main(args[1:])
    if args and ((args[0] in ("--version", "-h", "--help") and len(args) == 1)
                 or not args[0].startswith("-")):
        from app.cli.main import command_names  # the CLI loads only when it may be wanted

        if args[0].startswith("-") or args[0] in command_names():
            from app.cli.main import main as cli_main

            return cli_main(args)
    # The core before PySide6: once PySide6 is loaded it reads the source of every module
    # imported after it (its __feature__ check), ~0.15 ms a module, and the core is half of
    # the modules the first window needs and never touches Qt.
    import app.core.project  # noqa: F401
    from app.ui.application import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(run())

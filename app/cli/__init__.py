"""The `klausul` command: one module per subcommand, all reaching the core through Project."""

from app.cli.main import main

__all__ = ["main"]

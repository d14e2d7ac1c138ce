"""Headless mirror of the main jobs: `python main.py SUBCOMMAND [--data-dir DIR] [--json]`."""

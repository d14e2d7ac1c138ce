"""One module per subcommand group; each exposes `register(subparsers)`.

A parser registers `run=func` with `set_defaults`; `func(args, services) -> int`.
Modules are discovered, so adding a command never edits a shared file.
"""

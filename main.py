"""Start Trích Dẫn: `python main.py` opens the window, `python main.py list` runs the CLI."""

from __future__ import annotations

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())

"""Start Trích Dẫn: `python main.py` opens the window, `python main.py list` runs the CLI."""

from __future__ import annotations

import multiprocessing
import sys

from desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # large imports read files in spawned worker processes
    sys.exit(main())

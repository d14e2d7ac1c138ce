"""Where a library lives, and the names of the files inside it."""

from __future__ import annotations

from pathlib import Path

from desktop import APP_NAME

LIBRARY_FILE = "library.json"  # schema version, settings, tags
ARTICLES_FILE = "articles.json"  # article metadata, no texts
TEXTS_DIR = "texts"  # texts/<article id>.json
ANNOTATIONS_DIR = "annotations"  # annotations/<article id>.json
BACKUPS_DIR = "backups"
DAMAGED_DIR = "damaged"  # files found broken are moved here, never deleted
INDEX_DIR = "index"  # derived data (search index...), rebuildable


def default_library_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "library"

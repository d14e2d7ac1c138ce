"""Trích Dẫn: a reading and annotation app for Vietnamese public-sector staff."""

__version__ = "0.1.0"
APP_NAME = "TrichDan"

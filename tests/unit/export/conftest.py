"""Fixtures for export tests: a library with articles, tags and annotations, and its brief."""

from __future__ import annotations

import pytest

from tests.unit.export.export_library import ExportLibrary, build_library


@pytest.fixture
def export_library(empty_services: object) -> ExportLibrary:
    return build_library(empty_services)

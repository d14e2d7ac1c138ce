"""Tests of desktop/export."""

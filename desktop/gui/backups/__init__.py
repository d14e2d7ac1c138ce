"""Backup actions and the restore dialog."""

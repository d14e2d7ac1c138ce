"""Highlighting, tagging and annotating passages: dialogs, panels, browser, undo commands."""

"""Importing in the GUI: files, folders, drops and the clipboard; article properties; original text."""

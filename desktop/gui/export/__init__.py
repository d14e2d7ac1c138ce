"""Export in the GUI: the export dialog, annotation import, and PDF through Qt printing."""

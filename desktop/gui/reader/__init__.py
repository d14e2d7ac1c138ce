"""The reader: one article's clean text with layers of highlights."""

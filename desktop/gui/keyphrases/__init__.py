"""Key phrases in the reader: highlight layers, side list, citations, glossary dialog."""

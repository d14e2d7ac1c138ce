"""Search: query parsing, accent-smart matching, the FTS5 index and ranking."""

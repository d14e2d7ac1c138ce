"""Search in the GUI: the search dock, its results, the find bar and the syntax help."""

"""The first-start guide over the seed library."""

"""The store of record (TinyDB, split into small files) and its housekeeping."""

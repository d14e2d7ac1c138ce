"""The interface language: Vietnamese source strings, English as a Qt translation."""

"""The overview ("Tổng quan"): charts of the library and its annotations."""

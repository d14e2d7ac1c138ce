"""The library pane: every article as a sortable, filterable table."""

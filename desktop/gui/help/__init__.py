"""Help: the keyboard shortcuts sheet, collected from the live actions."""

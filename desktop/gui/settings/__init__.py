"""Settings: every preference declared once with its default, the dialog, the theme."""

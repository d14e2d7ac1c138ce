"""Briefs and open formats out (docx, Markdown, CSV, PDF HTML, JSON-LD) and annotations in."""

"""Cleaning: HTML to text, site furniture and reader comments out, repeats out, mojibake fixed."""

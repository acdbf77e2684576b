"""Python modules compiled from forms/*.ui by packaging/build_forms.py (do not edit)."""

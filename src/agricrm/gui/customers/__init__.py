"""The customer file screens: the list and the detail form."""

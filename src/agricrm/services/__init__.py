"""Services: the only way the GUI and the command line read or change data.

Every public method takes the acting user first, checks what that user may do, runs one unit of
work on its own session and returns plain dataclasses (never live ORM objects).
"""

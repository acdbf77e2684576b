"""Excel workbooks and CSV files: sync packages between devices and registrations typed by people.

No Qt here: the command line, the Sync screen and the tests all drive the same code.
"""

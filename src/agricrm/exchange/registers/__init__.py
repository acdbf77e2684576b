"""A branch's own registers: read whatever the clerks made, find the headings, map the columns.

No database here: `services.register_import` turns a register and its mapping into the rows the
sync import plans from.
"""

"""The Alembic revision this code expects, and the mark that makes a SQLite file ours.

Kept as a constant so start-up can tell an up-to-date file without importing Alembic (a test
checks it against the migration scripts' head).
"""

HEAD_REVISION = "0013_named_lists"
APPLICATION_ID = 0x41475243  # "AGRC" in the SQLite header marks a file as ours

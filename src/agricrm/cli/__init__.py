"""The ``agricrm`` command: launches the app, or runs a task without a window."""

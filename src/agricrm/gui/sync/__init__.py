"""The Sync screen (export, preview, import) and the Conflicts screen."""

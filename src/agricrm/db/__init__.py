"""Persistence: the engine and sessions (one place), column types and schema migrations."""

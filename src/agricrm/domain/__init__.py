"""Business rules as plain Python: no Qt, no database sessions."""

"""Realistic, deterministic demo data: one county's farmers, for trying and benchmarking."""

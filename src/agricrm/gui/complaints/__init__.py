"""Complaint handling screens: list, form with workflow and timeline, statistics."""

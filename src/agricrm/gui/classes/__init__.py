"""Screens of the customer classes (客户分类): the rules a manager edits, and their effect."""

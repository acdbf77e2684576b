"""Visit screens: the Today view, the visit log, the visit form and their helpers."""

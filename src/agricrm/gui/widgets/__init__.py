"""Small reusable widgets and helpers shared by screens."""

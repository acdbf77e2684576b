"""The Qt user interface: screens call services and hold no business rules."""

"""Report screens: the print preview, the periodic summary's period picker, the Reports menu."""

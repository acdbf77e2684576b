"""AgriCRM: customer files, visits and complaints for officers who serve farmers."""

__version__ = "0.1.0"

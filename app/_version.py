"""The single place the version lives; pyproject and the packaging read it from here."""

__version__ = "1.0.0"

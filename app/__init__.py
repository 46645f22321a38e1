"""Result Desk: write assessment results into an ATS through Kombo's API."""

from app._version import __version__

__all__ = ["__version__"]

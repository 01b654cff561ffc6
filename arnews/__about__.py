"""The single source of arnews' version number."""

__version__ = "0.1.0"

"""The package version, in a module of its own: everything that names the version imports it
from here, so no submodule imports the package `__init__` (which imports the Python API)."""

__version__ = "0.1.0"

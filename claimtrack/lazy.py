"""Names a package hands out, each imported from its module when first asked for (PEP 562).

A package whose `__init__` would import heavy modules that most of its importers never run sets
`__getattr__ = lazy_names(__name__, TABLE, globals())`, TABLE mapping each name to the relative
module it comes from. The name is then kept in the package's namespace, so it is imported once
and a test's monkeypatch of `package.name` is what later readers get.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable


def lazy_names(package: str, table: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """The module `__getattr__` of `package` for the names of `table`."""

    def __getattr__(name: str) -> Any:
        source = table.get(name)
        if source is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, package), name)
        namespace[name] = value
        return value

    return __getattr__

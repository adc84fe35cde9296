"""Grouping matched mentions into facts: a small disjoint-set (union-find) over hashable keys."""

from __future__ import annotations

from typing import Hashable


class DisjointSet:
    """Keys joined by `union` share one `find` root (path halving keeps lookups near O(1))."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> None:
        self.parent[self.find(a)] = self.find(b)

"""newsgraph: turn news articles into verifiable, source-attributed records.

``newsgraph.open(path)`` opens a corpus store (see :mod:`newsgraph.store.api`); the store and
its dependencies are imported only when it is called, so ``import newsgraph`` stays cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"


def open(path="newsgraph.duckdb", **options):  # noqa: A001  (the public name the API promises)
    """Open a newsgraph DuckDB store read-only; returns a :class:`~newsgraph.store.api.NewsgraphStore`."""
    from .store.api import open_store

    return open_store(path, **options)

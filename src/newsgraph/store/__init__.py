"""The DuckDB corpus store: ingest records, export tables, read them back for analysis."""
from __future__ import annotations

from .connect import DEFAULT_DB, connect
from .writer import StoreWriter

__all__ = ["DEFAULT_DB", "StoreWriter", "connect"]

"""The exceptions newsgraph raises. Every message names the bad input and, where there is one, the fix."""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: the CLI catches this, prints the message and exits non-zero."""


class InputError(NewsgraphError):
    """An input file, line or value that cannot be read as asked."""


class ModelMissingError(NewsgraphError):
    """The spaCy English model package is not installed."""


class StoreError(NewsgraphError):
    """The database cannot be opened or written (busy, corrupt, wrong schema)."""

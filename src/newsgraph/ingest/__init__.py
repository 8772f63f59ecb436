"""Readers that turn input files into :class:`~newsgraph.article.Article` objects.

Every reader yields Articles and :class:`Skip` notices (a bad line or record, with where and
why), so a corpus run reports what it could not read and carries on.
"""
from __future__ import annotations

from .base import Skip, check_text, read_input

__all__ = ["Skip", "check_text", "read_input"]

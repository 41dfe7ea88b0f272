"""The one root of the project's errors; each message names the bad value and what was expected."""
from __future__ import annotations


class ConflictMapError(Exception):
    """Root of every error the project raises on purpose."""


class InputError(ConflictMapError):
    """An article file or its metadata cannot be used as given."""


class GazetteerError(ConflictMapError):
    """The gazetteer index or one of its sources is missing or unreadable."""

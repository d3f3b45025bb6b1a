"""Exceptions raised by counterpoint.

    CounterpointError
    ├── InputError              an input cannot be read as an article (names the input)
    │   ├── UnsupportedFormatError   binary or unknown content
    │   ├── InputTooLargeError       over a size or decompression limit
    │   ├── EmptyInputError          nothing, or no article body, in it
    │   └── CorruptInputError        damaged container (truncated gzip, bad WARC record, bad JSON)
    ├── ExtractionError         the facts pipeline failed on an article
    ├── StoreError              the database cannot be opened or written
    └── ConfigError             a setting or configuration file is invalid
"""

from __future__ import annotations


class CounterpointError(Exception):
    """Base class of every error counterpoint raises on purpose."""


class InputError(CounterpointError):
    """An input that cannot be turned into an article; the message names it and says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnsupportedFormatError(InputError):
    """Binary data or a format counterpoint does not read."""


class InputTooLargeError(InputError):
    """Larger than the configured limit, or decompresses beyond the allowed ratio."""


class EmptyInputError(InputError):
    """Empty input, or one with no article text in it."""


class CorruptInputError(InputError):
    """A damaged container: truncated compression, an unreadable record, malformed JSON."""


class ExtractionError(CounterpointError):
    """The facts pipeline failed on one article."""


class StoreError(CounterpointError):
    """The store cannot be opened, migrated or written."""


class ConfigError(CounterpointError):
    """A setting has an invalid value."""

"""The named queries, one module per theme; importing this package registers them all."""

from queries.library import entities  # noqa: F401

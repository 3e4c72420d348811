"""The named queries, one module per theme; importing this package registers them all."""

from queries.library import (  # noqa: F401
    accountability,
    agencies,
    entities,
    history,
    lookup,
    overview,
    pairs,
    people,
    quality,
    review,
    taskforces,
)

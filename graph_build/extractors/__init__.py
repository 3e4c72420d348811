"""Extractors, one module per kind of fact. Each has NAME, VERSION and extract(notice, ctx)."""

from graph_build.extractors import (
    appointments,
    assignments,
    documents,
    duties,
    portfolios,
    responsibility_table,
    rosters,
)

EXTRACTORS = (documents, rosters, appointments, portfolios, assignments, responsibility_table, duties)

"""Extractors, one module per kind of fact. Each has NAME, VERSION and extract(notice, ctx)."""

from graph_build.extractors import appointments, documents, portfolios, rosters

EXTRACTORS = (documents, rosters, appointments, portfolios)

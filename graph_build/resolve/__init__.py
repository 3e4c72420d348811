"""Entity resolution: written names in facts -> agencies, people, posts and task forces with ids.

Register every written name per county (``Resolver.add``), call ``fit`` once,
then look names up. Rules and alias tables are data (``graph_build/data/
agency_aliases.yml``, ``post_titles.yml``); every decision is explained by
``Resolver.decisions()``.
"""

from graph_build.resolve.model import AgencyRef, MergeDecision, PersonRef, PostRef
from graph_build.resolve.report import resolution_report
from graph_build.resolve.resolver import Resolver

__all__ = ["AgencyRef", "MergeDecision", "PersonRef", "PostRef", "Resolver", "resolution_report"]

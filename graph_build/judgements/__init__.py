"""Review before publishing: judgements that correct the graph, conflicts found, entities followed over time.

A stage between resolution and loading (see ``stage.py``). Judgements live in JSON Lines files apart from the
graph (``store.py``), are typed records (``model.py``) keyed by a fact's stable identity (``keys.py``), and are
replayed on every build (``apply.py``, ``lineage.py``). ``conflicts.py`` finds facts that cannot all be true,
``confidence.py`` says how far to trust a fact, ``suggestions.py`` proposes people to merge across counties.
"""

from graph_build.judgements.model import JudgementError
from graph_build.judgements.stage import ReviewReport, ReviewStage
from graph_build.judgements.store import default_dir, read_judgements

__all__ = ["JudgementError", "ReviewReport", "ReviewStage", "default_dir", "read_judgements"]

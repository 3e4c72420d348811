"""Sort keys of the county listings "as of a date", derived after every load so that the listings read a county's
task forces and posts in their order through an index and stop at their limit, instead of sorting them all.

- Each task force gets ``roster_order``, the order of ``rosters_on_date``: its county, then the name of its
  parent (its own name when it has none), its own place among them (the parent before its sub-groups), its name
  and its id, joined by tabs.
- Each post gets ``holder_order``, the order of ``posts_on_date``: its county, then its agency's id (posts
  without an agency last), head posts first, its name and its id.

The county comes first, so ``key STARTS WITH county + '\\t'`` finds one county's task forces or posts in order.
A tab sorts below every character of a name or an id, so the joined key sorts as the parts would, one after the
other; a part that may be missing gets a flag before it, as an ``IS NULL`` sorts. A task force or a post
without a county has no key, as no county's listing has it. Each key is written only where it changed.
"""

from __future__ import annotations

from neo4j import Driver

BATCH = 2000

ROSTER_ORDERS = """
MATCH (tf:TaskForce)
CALL (tf) {
  WITH tf, COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN up.name LIMIT 1 }[0] AS parent
  WITH tf, tf.county + '\\t' + coalesce(parent, tf.name) + '\\t' + CASE WHEN parent IS NULL THEN '0' ELSE '1' END
           + '\\t' + tf.name + '\\t' + tf.id AS key
  WHERE coalesce(tf.roster_order <> key, tf.roster_order IS NULL <> key IS NULL)
  SET tf.roster_order = key
} IN TRANSACTIONS OF $batch ROWS
"""

HOLDER_ORDERS = """
MATCH (post:Post)
CALL (post) {
  WITH post, post.county + '\\t' + CASE WHEN post.agency_id IS NULL THEN '1\\t' ELSE '0\\t' + post.agency_id END
             + '\\t' + CASE WHEN coalesce(post.is_head, false) THEN '0' ELSE '1' END + '\\t' + post.name
             + '\\t' + post.id AS key
  WHERE coalesce(post.holder_order <> key, post.holder_order IS NULL <> key IS NULL)
  SET post.holder_order = key
} IN TRANSACTIONS OF $batch ROWS
"""


def derive_orders(driver: Driver, database: str = "neo4j") -> None:
    """Bring every task force's ``roster_order`` and every post's ``holder_order`` up to date."""
    with driver.session(database=database) as session:  # CALL … IN TRANSACTIONS needs an auto-commit query
        session.run(ROSTER_ORDERS, batch=BATCH).consume()
        session.run(HOLDER_ORDERS, batch=BATCH).consume()

"""Domain checks, run after every build and reported: each is a named, read-only Cypher query
whose rows are violations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, RoutingControl

# Roles that lead a task force (组长, 总指挥, 召集人, 河长 …).
LEADER_ROLES = ["组长", "常务副组长", "第一组长", "总指挥", "指挥长", "主任", "召集人", "总河长", "河长", "主编",
                "负责人", "牵头人", "队长", "第一召集人"]


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    cypher: str
    params: dict[str, Any] = field(default_factory=dict)


def _checks() -> list[Check]:
    # (Whether every fact cites a document in the graph is the finding facts_without_provenance: findings.py.)
    return [
        Check(
            "one_head_per_post",
            "At most one holder of a head post (正职) on any day.",
            """
            MATCH (p1:Person)-[h1:HOLDS]->(post:Post {is_head: true})<-[h2:HOLDS]-(p2:Person)
            WHERE p1.id < p2.id AND h1.basis <> 'removal' AND h2.basis <> 'removal'
            WITH post, p1, p2, h1, h2,
                 coalesce(h1.valid_from, h1.observed_on) AS s1,
                 coalesce(h1.derived_to, CASE h1.basis WHEN 'roster' THEN h1.observed_on ELSE '9999' END) AS e1,
                 coalesce(h2.valid_from, h2.observed_on) AS s2,
                 coalesce(h2.derived_to, CASE h2.basis WHEN 'roster' THEN h2.observed_on ELSE '9999' END) AS e2
            WHERE s1 IS NOT NULL AND s2 IS NOT NULL AND s1 <= e2 AND s2 <= e1
            RETURN post.name AS post, p1.name AS person1, s1 AS from1, e1 AS to1, p2.name AS person2,
                   s2 AS from2, e2 AS to2, h1.doc_id AS doc1, h2.doc_id AS doc2
            """,
        ),
        Check(
            "tenure_end_after_start",
            "A tenure never ends before it starts.",
            """
            MATCH (p:Person)-[h:HOLDS]->(post:Post)
            WITH p, post, h, coalesce(h.valid_from, h.observed_on) AS start, coalesce(h.derived_to, h.valid_to) AS end
            WHERE start IS NOT NULL AND end IS NOT NULL AND end < start
            RETURN p.name AS person, post.name AS post, start, end, h.doc_id AS doc
            """,
        ),
        Check(
            "task_has_unit",
            "Every task has at least one responsible unit.",
            """
            MATCH (t:Task) WHERE NOT ()-[:RESPONSIBLE_FOR]->(t)
            RETURN t.name AS task, t.doc_id AS doc, t.line AS line
            """,
        ),
        Check(
            "taskforce_has_leader",
            "Every task force (not its sub-groups) has a leader (组长, 总指挥, 召集人 …), a person or a unit.",
            """
            MATCH (tf:TaskForce) WHERE NOT (tf)-[:SUBGROUP_OF]->()
              AND NOT ()-[:MEMBER_OF {role: 'x'}]->(tf)
              AND none(m IN [(x)-[r:MEMBER_OF]->(tf) | r.role] WHERE m IN $roles)
            RETURN tf.name AS taskforce, [(tf)-[:MENTIONED_IN]->(d) | d.id] AS documents
            """,
            {"roles": LEADER_ROLES},
        ),
    ]


CHECKS = _checks()


@dataclass
class CheckResult:
    check: Check
    violations: list[dict[str, Any]]

    @property
    def ok(self) -> bool:
        return not self.violations


def run_checks(driver: Driver, database: str = "neo4j") -> list[CheckResult]:
    results = []
    for check in CHECKS:
        records, _, _ = driver.execute_query(
            check.cypher, check.params, database_=database, routing_=RoutingControl.READ
        )
        results.append(CheckResult(check, [r.data() for r in records]))
    return results

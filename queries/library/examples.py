"""Parameters that make each named query answer something on the demo graph (../shared/corpus).

The tests run every registered query with these, the latency benchmark times them, and a form may offer them
as a starting point. Queries whose parameters all have defaults need no entry.
"""

from __future__ import annotations

from typing import Any

EXAMPLES: dict[str, dict[str, Any]] = {
    "search": {"text": "南选智"},
    "find": {"text": "应急管理局"},
    "entity": {"id": "agency:稷山县:水利局"},
    "accountability_chain": {"keyword": "四好农村路"},
    "shortest_paths": {"from_id": "person:稷山县:南选智", "to_id": "agency:稷山县:水利局"},
    "agency_profile": {"agency_id": "agency:稷山县:水利局"},
    "agency_duties": {"agency_id": "agency:稷山县:水利局"},
    "shared_duties": {"agency_id": "agency:稷山县:水利局"},
    "top_shared_duty_pairs": {"county": "稷山县"},
    "shared_tasks": {"a_id": "agency:稷山县:水利局", "b_id": "agency:稷山县:农业农村局"},
    "person_profile": {"person_id": "person:稷山县:南选智"},
    "person_timeline": {"person_id": "person:稷山县:南选智"},
    "post_history": {"post_id": "post:稷山县:水利局局长"},
    "post_holders_on": {"post_id": "post:稷山县:水利局局长", "date": "2023-08-01"},
    "posts_on_date": {"county": "稷山县", "date": "2023-08-01"},
    "rosters_on_date": {"county": "稷山县", "date": "2023-08-01"},
    "oversight_on_date": {"county": "稷山县", "date": "2022-01-01"},
    "taskforce_composition": {"taskforce_id": "taskforce:稷山县:一泓清水入黄河工作专班"},
    "busiest_taskforce_members": {"county": "稷山县"},
    "taskforce_overlap": {"taskforce_a": "taskforce:稷山县:一泓清水入黄河工作专班",
                          "taskforce_b": "taskforce:稷山县:文物工作领导小组"},
    "busiest_agencies": {"county": "稷山县"},
    "busiest_people": {"county": "稷山县"},
    "agency_lineage": {"agency_id": "agency:稷山县:水利局"},
    "agency_history": {"agency_id": "agency:稷山县:水利局"},
}


def example(name: str) -> dict[str, Any]:
    """The example parameters of a query ({} when its parameters all have defaults)."""
    return dict(EXAMPLES.get(name, {}))

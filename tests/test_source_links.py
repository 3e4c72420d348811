"""A fact read from a PDF or a web page keeps its page and address through the graph to the queries' rows, which
the dashboard's evidence shows ("page 3", a link that opens the PDF at that page)."""

from __future__ import annotations

from review_cases import assignment, document

from graph_build.build import build_graph
from graph_build.records import ExtractionReport
from queries.registry import get

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

PDF = "http://www.example.gov.cn/gb/2023-4.pdf"


def test_page_and_address_reach_the_rows_of_the_queries(empty_graph):
    from_pdf = {**assignment("gb.pdf", "云政办发〔2023〕5号", "完善防汛预案", ("县水利局",), lead=("县水利局",)),
                "page": 3, "url": PDF}
    from_text = assignment("b.txt", "云政办发〔2023〕6号", "开展汛前检查", ("县水利局",), line=9)
    facts = [{**document("gb.pdf", "云政办发〔2023〕5号", "2023-04-01"), "url": PDF}, from_pdf,
             document("b.txt", "云政办发〔2023〕6号", "2023-03-01"), from_text]
    build_graph(empty_graph, "neo4j", facts, ExtractionReport())
    rows = get("agency_duties").run(empty_graph, agency_id="agency:云溪县:水利局")
    where = {row.task: (row.source, row.page, row.url) for row in rows}
    assert where == {"完善防汛预案": ("gb.pdf", 3, PDF), "开展汛前检查": ("b.txt", None, None)}
    [chain] = get("accountability_chain").run(empty_graph, keyword="防汛预案")
    assert (chain.page, chain.url) == (3, PDF)

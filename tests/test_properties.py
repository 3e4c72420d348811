"""Property-based tests (hypothesis): whatever text extraction is given — arbitrary Unicode, binary, a real
gazette cut anywhere — and whatever string goes into any query parameter, the outcome is facts, rows or a
message naming the problem: never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from neo4j import Driver, GraphDatabase

from govkg.cli import main
from govkg.query_command import parse_params, run_query
from graph_build.graph.loader import ensure_schema
from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport
from graph_build.source import SourceError, SourceText, read_source
from queries.registry import Param, QueryError, all_queries, get

pytest_plugins = ["neo4j_fixture"]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
EXTRACTOR = Extractor()
SLOW = settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])

# Text that looks a little like a gazette, mixed with anything at all.
GAZETTE_BITS = st.sampled_from([
    "稷山县人民政府办公室关于印发", "的通知\n", "稷政办发〔2023〕40号\n", "组长：", "成员：",
    "（责任单位：县气象局、县市场监管局）", "\n\n", "一、", "1.", "任命", "为", "免去", "职务",
    "分管", "县长", "局长", "2023年7月5日\n", "：", "、", "〔", "〕", "（", "）", "\u3000"])
TEXT = st.lists(st.one_of(GAZETTE_BITS, st.text(max_size=30)), max_size=40).map("".join)


def extract_text(text: str) -> None:
    facts = EXTRACTOR.facts_from_source(SourceText.from_string("p.txt", text), ExtractionReport())
    for fact in facts:
        fact.to_json()


@SLOW
@given(TEXT)
def test_extraction_of_any_unicode_text_never_raises(text: str):
    extract_text(text)


@SLOW
@given(st.binary(max_size=3000))
def test_reading_and_extracting_any_bytes_gives_facts_or_a_named_error(tmp_path_factory, data: bytes):
    path = tmp_path_factory.mktemp("bin") / "x.txt"
    path.write_bytes(data)
    try:
        source = read_source(path)
    except SourceError as exc:
        assert "x.txt" in str(exc)
        return
    EXTRACTOR.facts_from_source(source, ExtractionReport())


@pytest.fixture(scope="module")
def gazette() -> bytes:
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"demo corpus not found at {CORPUS}")
    return files[0].read_bytes()[:60_000]


@SLOW
@given(st.data())
def test_a_gazette_cut_anywhere_gives_facts_or_a_named_error(tmp_path_factory, gazette: bytes, data: Any):
    start = data.draw(st.integers(0, len(gazette)), label="start")
    end = data.draw(st.integers(start, len(gazette)), label="end")
    path = tmp_path_factory.mktemp("cut") / "cut.txt"
    path.write_bytes(gazette[start:end])
    out = path.with_suffix(".jsonl")
    assert main(["extract", str(path), "-o", str(out)]) in (0, 1)


# -- every query parameter -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["99999999999999999999", "3000000000", "nan", "inf", "\ud800"])
def test_numbers_too_large_and_unpaired_surrogates_are_messages(value: str, capsys):
    with pytest.raises(QueryError, match="parameter"):
        parse_params([f"limit={value}"], get("single_mention_agencies"))
    with pytest.raises(QueryError, match="parameter 'text' is not valid text"):
        parse_params(["text=\ud800"], get("search"))
    assert main(["query", "single_mention_agencies", "-p", f"limit={value}"]) == 2
    assert "error: parameter 'limit'" in capsys.readouterr().err


def _valid(p: Param) -> str:
    if p.choices:
        return str(p.choices[0])
    return {"int": "1", "float": "1.0", "bool": "true", "date": "2023-01-01"}.get(p.type, "x")


CASES = [(q, p) for q in all_queries() for p in q.params]


@pytest.fixture(scope="module")
def with_schema(local_neo4j: Any) -> None:
    """The graph's constraints and indexes (the full-text ``govkg_names`` of the lookups), whatever ran before."""
    settings = local_neo4j.settings
    with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth) as driver:
        ensure_schema(driver, settings.neo4j_database)


@pytest.mark.parametrize(("query", "param"), CASES, ids=[f"{q.name}.{p.name}" for q, p in CASES])
def test_any_string_in_any_query_parameter_gives_rows_or_a_message(with_schema: None, neo4j_driver: Driver, query,
                                                                    param):
    others = [f"{p.name}={_valid(p)}" for p in query.params if p.required and p.name != param.name]

    @settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(st.text(), st.from_regex(r"-?\d{1,30}", fullmatch=True), st.sampled_from(
        ["99999999999999999999", "-1", "nan", "inf", "1e999", "", "\ud800", "\x00", "[", "\"", "AND", "*:*", "~"])))
    def check(value: str) -> None:
        try:
            params = parse_params([*others, f"{param.name}={value}"], query)
        except QueryError:
            return
        run_query(neo4j_driver, "neo4j", query, params)

    check()

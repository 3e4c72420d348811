"""The one unit-list splitter (graph_build/units.py) on short list snippets."""

from __future__ import annotations

from graph_build.units import (
    space_split,
    split_conjunction,
    split_units,
    strip_head,
    top_level_split,
    trim_span,
    unit_names,
)


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_top_level_split_keeps_brackets_and_quotes_whole() -> None:
    text = "县财政局（国资局、金融办）、《方案》、“两办”、【专班】"
    assert _texts(text, top_level_split(text)) == ["县财政局（国资局、金融办）", "《方案》", "“两办”", "【专班】"]


def test_top_level_split_within_a_span_and_on_chosen_separators() -> None:
    text = "前言：甲，乙、丙"
    assert _texts(text, top_level_split(text, 3, len(text), seps="，")) == ["甲", "乙、丙"]


def test_top_level_split_with_other_brackets() -> None:
    text = "【甲、乙】、丙"
    assert _texts(text, top_level_split(text, opening="(", closing=")")) == ["【甲", "乙】", "丙"]


def test_conjunction_splits_only_between_units() -> None:
    assert unit_names("县发展和改革局和县应急管理局") == ["县发展和改革局", "县应急管理局"]
    assert unit_names("县人力资源和社会保障局") == ["县人力资源和社会保障局"]
    assert unit_names("县财政局及各乡镇人民政府") == ["县财政局", "各乡镇人民政府"]


def test_a_two_letter_conjunction_splits_as_a_one_letter_one() -> None:
    assert unit_names("县城市管理局以及各乡镇人民政府") == ["县城市管理局", "各乡镇人民政府"]
    assert unit_names("县财政局、县交投集团以及城关镇") == ["县财政局", "县交投集团", "城关镇"]


def test_conjunction_with_a_caller_test_and_words() -> None:
    text = "甲局或乙局"
    spans = split_conjunction(text, 0, len(text), lambda t, lo, i, hi: t[i - 1] == "局", conj="或")
    assert _texts(text, spans) == ["甲局", "乙局"]
    assert split_conjunction(text, 0, len(text), lambda t, lo, i, hi: False, conj="或") == [(0, len(text))]


def test_space_split_needs_every_word_to_be_a_unit() -> None:
    def is_unit(word: str) -> bool:
        return word.endswith(("局", "室"))

    text = "县生态环境局 县水利局"
    assert _texts(text, space_split(text, 0, len(text), is_unit)) == ["县生态环境局", "县水利局"]
    spaced = "县 发改局"
    assert space_split(spaced, 0, len(spaced), is_unit) == [(0, len(spaced))]


def test_space_split_same_start() -> None:
    text = "县人民政府办公室 市场监管局"
    assert len(space_split(text, 0, len(text), lambda w: True)) == 2
    assert space_split(text, 0, len(text), lambda w: True, same_start=True) == [(0, len(text))]


def test_trim_drops_numbering_space_trailing_deng_and_heads() -> None:
    text = "　县工科局局长等。"
    a, b = trim_span(text, 0, len(text))
    assert text[a:b] == "县工科局"
    assert strip_head("县应急管理局主要负责人") == "县应急管理局"
    assert strip_head("局长") == "局长"  # a post with no unit before it stays


def test_split_units_on_a_whole_list() -> None:
    text = "县发改局、县财政局及各乡镇人民政府等单位负责人"
    assert _texts(text, split_units(text)) == ["县发改局", "县财政局", "各乡镇人民政府"]


def test_no_units_in_an_empty_list() -> None:
    assert split_units("、，") == []


def test_the_levels_of_one_generic_unit_written_as_a_list_stay_one_unit() -> None:
    assert unit_names("市经信局、市商务局等,各县、市、区政府") == ["市经信局", "市商务局", "各县、市、区政府"]
    assert unit_names("各县、市、区人民政府,市直各部门") == ["各县、市、区人民政府", "市直各部门"]
    assert unit_names("县、乡、村") == ["县", "乡", "村"]  # (no 各: levels listed, not one unit)

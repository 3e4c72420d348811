"""The spaCy pipeline: a blank Chinese pipeline with the agency recogniser registered by name."""

from __future__ import annotations

import spacy

from graph_build.nlp import AGENCY, GENERIC, Pipeline


def test_component_is_registered_by_name_and_configured_from_data():
    nlp = spacy.blank("zh")
    nlp.add_pipe("govkg_agencies")
    doc = nlp("县财政局负责足额筹措县级配套资金，市生态环境局稷山分局配合。")
    assert [(s.text, s.label_) for s in doc.spans["agencies"]] == [
        ("县财政局", AGENCY),
        ("市生态环境局稷山分局", AGENCY),
    ]


def test_long_names_with_internal_and_are_one_agency():
    spans = Pipeline().agency_spans("县人力资源和社会保障局、县发改局按照职责分工负责")
    assert [s.text for s in spans] == ["县人力资源和社会保障局", "县发改局"]


def test_units_fields_and_generic_phrases_are_told_apart():
    rec = Pipeline().agencies
    assert rec.is_unit("县财政局（国有资产监督管理局）")
    assert not rec.is_unit("财税金融")
    assert rec.label("县气象灾害应急指挥部各成员单位") == GENERIC
    assert rec.label("有关部门") == GENERIC
    assert rec.label("县水利局") == AGENCY

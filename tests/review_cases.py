"""Constructed facts for the review tests: made with the real fact records, of invented counties and people."""

from __future__ import annotations

from typing import Any

from graph_build.records import Appointment, Assignment, DocumentFact, Membership, Provenance

COUNTY = "云溪县"
OTHER = "石岭县"


def _prov(source: str, line: int, evidence: str, extractor: str) -> Provenance:
    return Provenance(source=source, line=line, start=line * 10, end=line * 10 + len(evidence), evidence=evidence,
                      extractor=extractor, version="1")


def document(source: str, number: str, date: str, county: str = COUNTY) -> dict[str, Any]:
    title = f"{county}人民政府关于{number}的通知"
    return DocumentFact(prov=_prov(source, 1, title, "documents"), doc_number=number, doc_title=title,
                        issuer=f"{county}人民政府", date=date, end_line=99).to_json()


def appointment(source: str, number: str, person: str, post: str, action: str = "appoint", date: str | None = None,
                line: int = 5, county: str = COUNTY) -> dict[str, Any]:
    verb = "任命" if action == "appoint" else "免去"
    return Appointment(prov=_prov(source, line, f"{verb}{person}为{post}", "appointments"), doc_number=number,
                       doc_title=f"{county}人民政府关于{number}的通知", date=date, person=person, action=action,
                       post=post).to_json()


def membership(source: str, number: str, person: str, titles: tuple[str, ...], body: str = "云溪县防汛工作专班",
               role: str = "成员", line: int = 6, county: str = COUNTY) -> dict[str, Any]:
    return Membership(prov=_prov(source, line, f"{role}：{person} {'、'.join(titles)}", "rosters"),
                      doc_number=number, doc_title=f"{county}人民政府关于{number}的通知", body=body, person=person,
                      role=role, titles=titles).to_json()


def assignment(source: str, number: str, task: str, units: tuple[str, ...], lead: tuple[str, ...] = (),
               line: int = 7, deadline: str | None = None, county: str = COUNTY) -> dict[str, Any]:
    return Assignment(prov=_prov(source, line, f"{task}（牵头单位：{'、'.join(lead)}；责任单位：{'、'.join(units)}）",
                                 "assignments"),
                      doc_number=number, doc_title=f"{county}人民政府关于{number}的通知", task=task, lead=lead,
                      units=units, deadline=deadline).to_json()

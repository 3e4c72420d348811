"""The resolved entities and the merge decisions that explain them (frozen, hashable)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MergeDecision:
    """Why a written name was resolved to an entity.

    ``rule`` names the rule (``exact``, ``county-prefix``, ``alias-table:市场局=市场监管局``,
    ``bracket-alias``, ``abbreviation``, ``township-suffix``, ``truncated-name`` …) and
    ``evidence`` the table entry or the other written forms that justified it.
    """

    written: str
    entity_id: str
    rule: str
    evidence: str


@dataclass(frozen=True)
class AgencyRef:
    id: str  # "agency:<county>:<canonical>"
    name: str  # preferred display name: the fullest written form seen, as written
    canonical: str  # normalised key
    county: str
    kind: str  # government | party | township | court | enterprise | mass_org | state_branch | generic | other
    generic: bool  # a set of bodies (有关部门, 各乡（镇）人民政府), never merged with a named body
    aliases: tuple[str, ...]  # every written form merged into it, sorted


@dataclass(frozen=True)
class PersonRef:
    id: str  # "person:<county>:<name>"
    name: str
    county: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class PostRef:
    id: str  # "post:<county>:<canonical>"
    name: str  # the fullest written form of the post
    canonical: str  # the agency's canonical key + the title, or the title alone
    county: str
    title: str  # 局长, 副局长, 主任, 县长, 副县长, 书记 …
    agency: AgencyRef | None
    is_head: bool  # 正职 (局长, 主任, 县长, 书记 …) vs 副职 and staff

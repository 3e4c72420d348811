"""Rule tables for resolution, loaded from ``graph_build/data/*.yml``, and text helpers.

Nothing here names a county: where a rule needs the county's level word
(县/市/区/旗) the data write ``{level}`` and :meth:`Rules.level` fills it in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from graph_build.data_files import load_yaml
from graph_build.patterns import LazyPattern, alternation
from graph_build.recogniser import AgencyRecogniser, load_patterns
from graph_build.units import UNIT_SUFFIX

DATA = Path(__file__).resolve().parent.parent / "data"

_WS = LazyPattern(r"\s+")
_QUOTES = str.maketrans("", "", "“”\"‘’'「」『』")
_BRACKETS = str.maketrans({"(": "（", ")": "）"})
HAN = LazyPattern(r"[\u4e00-\u9fff]")
LEVELS = "县市区旗"


def squash(text: str) -> str:
    """Whitespace removed (``王 润`` -> ``王润``)."""
    return _WS.sub("", text)


def norm(text: str) -> str:
    """The form keys are made from: no whitespace, no quotation marks, full-width brackets."""
    return squash(text).translate(_BRACKETS).translate(_QUOTES)


def split_bracket(text: str) -> tuple[str, str | None]:
    """``县财政局（国有资产监督管理局）`` -> (``县财政局``, ``国有资产监督管理局``); else (text, None)."""
    if not text.endswith("）"):
        return text, None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == "）":
            depth += 1
        elif text[i] == "（":
            depth -= 1
            if depth == 0:
                if i == 0:
                    return text, None
                return text[:i], text[i + 1 : -1]
    return text, None


def split_list(text: str) -> list[str]:
    return [p for p in re.split(r"[、，,；;/]", text) if p]


def is_subsequence_with_gaps(short: str, long: str) -> int:
    """How many runs of ``long`` are skipped when ``short`` is read in it left to right (-1: not a subsequence)."""
    gaps, j, skipping = 0, 0, False
    for ch in long:
        if j < len(short) and ch == short[j]:
            j += 1
            skipping = False
        elif not skipping:
            gaps += 1
            skipping = True
    return gaps if j == len(short) else -1


@dataclass(frozen=True)
class LevelRules:
    """The rules with ``{level}`` filled in for one level word (县, 市, 区 or 旗)."""

    level: str
    table: dict[str, str]  # written form -> canonical (every form, canonicals included)
    table_re: re.Pattern[str]
    whole_names: dict[str, str]
    party_departments: frozenset[str]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    level_keeps: tuple[str, ...]  # a leading level word is part of these names
    leadership_bodies: dict[str, str]
    title_bodies: dict[str, str]


class Rules:
    """Every table the resolver reads; one instance per :class:`Resolver`."""

    def __init__(self, data_dir: Path | None = None):
        self.data_dir = Path(data_dir) if data_dir is not None else DATA
        self.agency = self._load("agency_aliases.yml")
        self.posts = self._load("post_titles.yml")
        self.recogniser = AgencyRecogniser(load_patterns(self.data_dir / "agency_patterns.yml"))
        a = self.agency
        self.generic_res = [re.compile(p) for p in a.get("generic_patterns", [])]
        self.not_generic_res = [re.compile(p) for p in a.get("not_generic_patterns", [])]
        self.generic_variants = [(re.compile(p), r) for p, r in a.get("generic_variants", [])]
        self.centre_fillers = tuple(sorted(a.get("centre_fillers", []), key=len, reverse=True))
        tw = a.get("township", {})
        self.township_re = re.compile(tw.get("name", r"^$"))
        self.township_gov = tuple(sorted(tw.get("government_suffixes", []), key=len, reverse=True))
        self.street_suffixes = tuple(sorted(tw.get("street_suffixes", []), key=len, reverse=True))
        self.township_not = frozenset(tw.get("not_names", []))
        notes = a.get("bracket_notes", {})
        self.note_starts = tuple(notes.get("starts", []))
        self.note_res = [re.compile(p) for p in notes.get("patterns", [])]
        self.branch_suffixes = tuple(sorted(a.get("branch_suffixes", []), key=len, reverse=True))
        self.bare_branch_suffixes = frozenset(a.get("bare_branch_suffixes", []))
        self.parent_alone_re = re.compile(a.get("branch_parent_alone_is_parent") or r"(?!)")
        zc = a.get("zone_committee", {})
        self.zones = tuple(zc.get("zones", []))
        self.zone_committee = zc.get("committee", "")
        self.extra_unit_res = [re.compile(p) for p in a.get("extra_unit_patterns", [])]
        self.titles = tuple(sorted(self.posts.get("titles", []), key=len, reverse=True))
        self.head_titles = frozenset(self.posts.get("head_titles", []))
        self._levels: dict[str, LevelRules] = {}

    def _load(self, name: str) -> dict[str, Any]:
        return load_yaml(self.data_dir / name) or {}

    @cached_property
    def field_stems(self) -> frozenset[str]:
        """Body words of the abbreviation table without their 局 (``人社``, ``住建``, ``交通运输``).

        Written alone they name a field of work (``分管人社工作``), not a body: ``is_unit`` says no,
        and in a unit list they are read as a name cut short (``人社、住建等部门`` -> 人社局, 住建局).
        """
        words = [
            w for canonical, forms in (self.agency.get("abbreviations") or {}).items() for w in [canonical, *forms]
        ]
        return frozenset(w[:-1] for w in words if w.endswith("局") and len(w) >= 3 and "{" not in w)

    def is_field_stem(self, name: str) -> bool:
        n, _ = split_bracket(norm(name))
        if n[:1] in LEVELS and n[1:2] not in ("委", "直", "级", "场"):
            n = n[1:]
        return n in self.field_stems

    @cached_property
    def unit_suffixes(self) -> tuple[str, ...]:
        """The recogniser's unit suffixes, longest first (for ``W`` + suffix completions)."""
        pats = load_patterns(self.data_dir / "agency_patterns.yml")
        return tuple(sorted(pats["suffixes"], key=len, reverse=True))

    def level(self, county: str) -> LevelRules:
        lv = county[-1] if county and county[-1] in LEVELS else "县"
        if lv not in self._levels:
            self._levels[lv] = self._build_level(lv)
        return self._levels[lv]

    def _build_level(self, lv: str) -> LevelRules:
        def fill(s: str) -> str:
            return s.replace("{level}", lv)

        a, p = self.agency, self.posts
        table: dict[str, str] = {}
        for canonical, forms in (a.get("abbreviations") or {}).items():
            c = fill(canonical)
            table[c] = c
            for f in forms:
                table.setdefault(fill(f), c)
        whole: dict[str, str] = {}
        for canonical, forms in (a.get("whole_names") or {}).items():
            c = fill(canonical)
            for f in forms:
                whole[fill(f)] = c
        kinds = tuple((k, re.compile(fill(rx))) for k, rx in a.get("kinds", []))
        return LevelRules(
            level=lv,
            table=table,
            table_re=re.compile(alternation(list(table))),
            whole_names=whole,
            party_departments=frozenset(fill(x) for x in a.get("party_departments", [])),
            kinds=kinds,
            level_keeps=tuple(fill(x) for x in a.get("level_keeps", [])),
            leadership_bodies={fill(k): fill(v) for k, v in (p.get("leadership_bodies") or {}).items() if v},
            title_bodies={fill(k): fill(v) for k, v in (p.get("title_bodies") or {}).items() if v},
        )

    # --- predicates -------------------------------------------------------------------------------

    def is_generic(self, name: str) -> bool:
        n = norm(name)
        if any(r.search(n) for r in self.not_generic_res):
            return False
        return self.recogniser.is_generic(n) or any(r.search(n) for r in self.generic_res)

    def has_unit_suffix(self, name: str) -> bool:
        """Ends like a body (the recogniser's suffixes or the unit-list suffixes), brackets aside; not a field stem."""
        n, _ = split_bracket(norm(name))
        if not n or self.is_field_stem(n):
            return False
        return bool(self.recogniser.suffix_re.search(n) or UNIT_SUFFIX.search(n))

    def is_unit(self, name: str) -> bool:
        n, _ = split_bracket(norm(name))
        if not n or self.is_field_stem(n):
            return False
        return self.recogniser.is_unit(n) or self.is_generic(n) or any(r.search(n) for r in self.extra_unit_res)

    def is_bracket_note(self, inner: str) -> bool:
        n = norm(inner)
        return n.startswith(self.note_starts) or any(r.search(n) for r in self.note_res)

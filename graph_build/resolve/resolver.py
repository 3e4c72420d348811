"""The resolver: register every written name, fit once, then look names up.

    r = Resolver()
    r.add("稷山县", "agency", "县市场局"); r.add("稷山县", "agency", "县市场监督管理局")
    r.fit()
    r.agency("稷山县", "县市场局").id   # "agency:稷山县:市场监管局"

Ids are ``<kind>:<county>:<canonical>``: the county is part of every id, so the
same name in two counties is two entities. Everything is computed from the set
of names registered per county, so the same input gives the same ids whatever
the order of ``add`` calls. A name looked up without having been registered is
registered then and its county refitted (its ids may then move: register first).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph_build.patterns import LazyPattern
from graph_build.people import clean_person
from graph_build.resolve.agencies import RULE_ORDER, AgencyIndex, ParsedAgency, parse_agency
from graph_build.resolve.model import AgencyRef, MergeDecision, PersonRef, PostRef
from graph_build.resolve.posts import ParsedPost, parse_post
from graph_build.resolve.rules import Rules, norm, squash

KINDS = ("agency", "person", "post", "taskforce")

# county_of: a place name ending in a level word, before a word that only follows a county's name.
_ANCHOR = LazyPattern(r"[县市区旗](?=人民政府|政府|委|公报|人大|政协)")
_PLACE_STOPS = ("关于", "印发", "转发", "中共", "的", "对", "在", "与", "及")
_PLACE_BOUNDARY = set("省市州县区旗盟")
_HAN = LazyPattern(r"[\u4e00-\u9fff]")


def _safe(text: str) -> str:
    return norm(text).replace(":", "：")


@dataclass
class _County:
    """What fit() made of one county's names."""

    index: AgencyIndex
    agencies: dict[str, AgencyRef] = field(default_factory=dict)  # root key -> ref
    posts: dict[str, PostRef] = field(default_factory=dict)  # clean written -> ref
    post_parses: dict[str, ParsedPost] = field(default_factory=dict)
    people: dict[str, PersonRef] = field(default_factory=dict)  # clean written -> ref
    taskforces: dict[str, tuple[str, str]] = field(default_factory=dict)  # clean written -> (id, name)
    decisions: list[MergeDecision] = field(default_factory=list)


class Resolver:
    """Resolves written names of agencies, people, posts and task forces to entities, per county."""

    def __init__(self, data_dir: Path | None = None):
        self.rules = Rules(data_dir)
        self._names: dict[str, dict[str, set[str]]] = defaultdict(lambda: {k: set() for k in KINDS})
        self._fitted: dict[str, _County] = {}
        self._dirty: set[str] = set()

    # --- registering and fitting --------------------------------------------------------------

    def county_of(self, *texts: str | None) -> str | None:
        """The county a document belongs to, from its issuer, title or file header (first text that names one).

        ``稷山县人民政府办公室`` -> ``稷山县``; ``运城市稷山县人民政府`` -> ``稷山县``.
        """
        for text in texts:
            if not text:
                continue
            s = squash(text)
            for m in _ANCHOR.finditer(s):
                i, j = m.start(), m.start()
                while j > 0 and i - j < 4 and _HAN.match(s[j - 1]) and s[j - 1] not in _PLACE_BOUNDARY:
                    j -= 1
                name = s[j:i]
                cut = max((name.rfind(w) + len(w) for w in _PLACE_STOPS if w in name), default=0)
                name = name[cut:]
                if cut == 0 and len(name) == 4 and j > 0 and _HAN.match(s[j - 1]) and s[j - 1] not in _PLACE_BOUNDARY:
                    name = name[-2:]  # ran into a longer word: most county names have two characters
                if name:
                    return name + s[i]
        return None

    def add(self, county: str, kind: str, written: str) -> None:
        """Register a written name of ``kind`` (agency | person | post | taskforce) seen in ``county``."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        if not written or not squash(written):
            return
        self._names[county][kind].add(written.strip())
        self._dirty.add(county)

    def fit(self) -> None:
        """Make the corpus-level decisions (abbreviations, names cut short …) for every county with new names."""
        for county in sorted(self._dirty):
            self._fitted[county] = self._fit_county(county)
        self._dirty.clear()

    def _state(self, county: str, kind: str, written: str) -> _County:
        clean = squash(written or "")
        if not clean or not county:
            raise ValueError(f"cannot resolve an empty {kind} name or county ({county!r}, {written!r})")
        state = self._fitted.get(county)
        if state is None or county in self._dirty or not self._known(state, kind, clean):
            self.add(county, kind, written)
            self.fit()
            state = self._fitted[county]
        return state

    @staticmethod
    def _known(state: _County, kind: str, clean: str) -> bool:
        if kind == "agency":
            return clean in state.index.forms
        if kind == "post":
            return clean in state.posts
        if kind == "person":
            return clean in state.people
        return clean in state.taskforces

    # --- lookups --------------------------------------------------------------------------------

    def agency(self, county: str, written: str) -> AgencyRef:
        state = self._state(county, "agency", written)
        root = state.index.root_of(written)
        assert root is not None
        return state.agencies[root]

    def person(self, county: str, written: str) -> PersonRef:
        return self._state(county, "person", written).people[squash(written)]

    def post(self, county: str, written: str) -> PostRef:
        """``县人民政府办公室副主任``, ``县水利局局长``, ``住建局局长``, ``政府县长`` …"""
        return self._state(county, "post", written).posts[squash(written)]

    def taskforce(self, county: str, written: str) -> tuple[str, str]:
        """(id, display name); ``<body>/<group>`` sub-groups keep the slash form."""
        return self._state(county, "taskforce", written).taskforces[squash(written)]

    def is_unit(self, written: str) -> bool:
        """An agency (or a generic set of agencies), not a field of work such as 财税金融 or 审计工作."""
        return self.rules.is_unit(written)

    def decisions(self) -> list[MergeDecision]:
        """Every written form -> entity, with the rule and the evidence, sorted."""
        self.fit()
        out = [d for county in sorted(self._fitted) for d in self._fitted[county].decisions]
        return sorted(out, key=lambda d: (d.entity_id, d.written, d.rule))

    # --- read-only views (for reports and graph building) ----------------------------------------

    def counties(self) -> list[str]:
        self.fit()
        return sorted(self._fitted)

    def agencies(self, county: str) -> list[AgencyRef]:
        self.fit()
        state = self._fitted.get(county)
        return sorted(state.agencies.values(), key=lambda a: a.id) if state else []

    def people(self, county: str) -> list[PersonRef]:
        self.fit()
        state = self._fitted.get(county)
        return sorted(set(state.people.values()), key=lambda p: p.id) if state else []

    def posts(self, county: str) -> list[PostRef]:
        self.fit()
        state = self._fitted.get(county)
        return sorted(set(state.posts.values()), key=lambda p: p.id) if state else []

    def taskforces(self, county: str) -> list[tuple[str, str]]:
        self.fit()
        state = self._fitted.get(county)
        return sorted(set(state.taskforces.values())) if state else []

    def notes(self, county: str) -> list[str]:
        """Near misses: names that a rule could have merged but did not (not unique, written on their own)."""
        self.fit()
        state = self._fitted.get(county)
        return sorted(set(state.index.notes)) if state else []

    def agency_forms(self, county: str) -> set[str]:
        """Agency names as registered or read from posts (whitespace removed), before bracket aliases."""
        self.fit()
        state = self._fitted.get(county)
        return set(state.index.forms) if state else set()

    def written_forms(self, county: str, kind: str) -> list[str]:
        return sorted(self._names[county][kind]) if county in self._names else []

    # --- fitting one county ---------------------------------------------------------------------

    def _fit_county(self, county: str) -> _County:
        names = self._names[county]
        post_parses = {squash(w): parse_post(self.rules, county, w) for w in sorted(names["post"])}
        agency_names = set(names["agency"]) | {p.agency for p in post_parses.values() if p.agency}
        state = _County(index=AgencyIndex(self.rules, county, agency_names), post_parses=post_parses)
        self._build_agencies(county, state, names)
        self._build_people(county, state, names["person"])
        self._build_posts(county, state)
        self._build_taskforces(county, state, names["taskforce"])
        return state

    def _build_agencies(self, county: str, state: _County, names: dict[str, set[str]]) -> None:
        index = state.index
        from_posts: dict[str, list[str]] = defaultdict(list)
        for p in state.post_parses.values():
            if p.agency and p.agency.strip() not in names["agency"]:
                from_posts[squash(p.agency)].append(p.clean)
        for root, members in index.groups().items():
            kind = _entity_kind(members, root)
            aliases = {p.clean for p in members} | {p.host for p in members} | index.aliases_of(root)
            ref = AgencyRef(
                id=f"agency:{county}:{_safe(root)}",
                name=_display_name(index, members),
                canonical=root,
                county=county,
                kind=kind,
                generic=kind == "generic",
                aliases=tuple(sorted(aliases)),
            )
            state.agencies[root] = ref
            for p in members:
                rule, evidence = self._agency_rule(index, p, members)
                if p.clean in from_posts:
                    evidence += f"; read from post {'、'.join(sorted(from_posts[p.clean]))}"
                state.decisions.append(MergeDecision(p.clean, ref.id, rule, evidence))
            for alias in sorted(index.aliases_of(root)):
                if squash(alias) not in index.forms:
                    state.decisions.append(
                        MergeDecision(alias, ref.id, "bracket-alias", f"written in brackets after {ref.name}")
                    )

    @staticmethod
    def _agency_rule(index: AgencyIndex, p: ParsedAgency, members: list[ParsedAgency]) -> tuple[str, str]:
        others = sorted({q.clean for q in members} - {p.clean})
        with_others = f"; same entity as {'、'.join(others[:8])}{' …' if len(others) > 8 else ''}" if others else ""
        merge = index.merges.get(p.key)
        if merge is not None:
            return merge.rule, merge.evidence + with_others
        steps = sorted(p.steps, key=lambda s: _rule_rank(s.rule))
        if p.generic:
            extra = "; ".join(s.evidence for s in steps)
            return (
                "generic" if not steps or steps[0].rule != "generic-variant" else "generic-variant",
                "a set of bodies, never merged with a named body" + (f"; {extra}" if extra else "") + with_others,
            )
        if p.notes and not p.brackets:
            notes = "、".join(p.notes)
            return "bracket-note", f"（{notes}） is a note, not an alias; key {p.key}" + with_others
        if p.brackets:
            return "bracket-alias", f"bracket names {'、'.join(p.brackets)} are aliases of {p.key}" + with_others
        if steps:
            return steps[0].rule, "; ".join(s.evidence for s in steps) + with_others
        return "exact", f"key {p.key}" + with_others

    def _build_people(self, county: str, state: _County, written: set[str]) -> None:
        by_name: dict[str, set[str]] = defaultdict(set)
        for w in written:
            by_name[clean_person(w)].add(w)
        for name, forms in sorted(by_name.items()):
            ref = PersonRef(id=f"person:{county}:{_safe(name)}", name=name, county=county, aliases=tuple(sorted(forms)))
            for w in sorted(forms):
                state.people[squash(w)] = ref
                if w == name:
                    rule, evidence = "exact", f"name {name}"
                elif squash(w) == name:
                    rule, evidence = "whitespace", f"{w} = {name} (whitespace between characters is layout)"
                else:
                    rule, evidence = "honorific", f"{w} = {name} (同志 dropped)"
                others = sorted(forms - {w})
                if others:
                    evidence += f"; same person as {'、'.join(others)}"
                state.decisions.append(MergeDecision(w, ref.id, rule, evidence))

    def _build_posts(self, county: str, state: _County) -> None:
        by_canonical: dict[str, list[tuple[ParsedPost, AgencyRef | None]]] = defaultdict(list)
        for _, p in sorted(state.post_parses.items()):
            agency = None
            if p.agency:
                root = state.index.root_of(p.agency)
                agency = state.agencies[root] if root is not None else None
            canonical = (agency.canonical if agency else "") + p.title
            by_canonical[canonical].append((p, agency))
        for canonical, items in sorted(by_canonical.items()):
            p0, agency = items[0]
            name = sorted((p.clean for p, _ in items), key=lambda c: (-len(c), c))[0]
            ref = PostRef(
                id=f"post:{county}:{_safe(canonical)}",
                name=name,
                canonical=canonical,
                county=county,
                title=p0.title,
                agency=agency,
                is_head=p0.title in self.rules.head_titles,
            )
            others = sorted({p.clean for p, _ in items})
            for p, a in items:
                state.posts[p.clean] = ref
                state.posts.setdefault(squash(p.written), ref)
                rule = {
                    "post": "post",
                    "unit-char": "post-unit-char",
                    "leadership": "leadership-post",
                    "title-only": "title-only",
                    "unit-prefix": "post",
                    "no-agency": "title-only",
                }[p.via]
                where = f"agency {p.agency} -> {a.id}" if a else "no agency"
                rest = sorted(set(others) - {p.clean})
                evidence = f"{where}; title {p.title}" + (f"; same post as {'、'.join(rest)}" if rest else "")
                state.decisions.append(MergeDecision(p.clean, ref.id, rule, evidence))

    def _build_taskforces(self, county: str, state: _County, written: set[str]) -> None:
        ctx = state.index.ctx
        by_key: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for w in sorted(written):
            parts = norm(w).split("/")
            body, rules_used = parts[0], []
            if body.startswith(ctx.county) and len(body) > len(ctx.county):
                body = ctx.level + body[len(ctx.county) :]
                rules_used.append(f"{ctx.county} -> {ctx.level}")
            if (
                body.startswith(ctx.level)
                and len(body) > 1
                and not body.startswith(self.rules.level(county).level_keeps)
            ):
                body = body[1:]
            key = "/".join([body, *parts[1:]])
            by_key[key].append((w, rules_used))
        for key, items in sorted(by_key.items()):
            name = sorted((squash(w) for w, _ in items), key=lambda c: (-len(c), c))[0]
            ref = (f"taskforce:{county}:{_safe(key)}", name)
            forms = sorted({squash(w) for w, _ in items})
            for w, used in items:
                state.taskforces[squash(w)] = ref
                rest = [f for f in forms if f != squash(w)]
                evidence = f"key {key}" + (f"; {'; '.join(used)}" if used else "")
                evidence += f"; same body as {'、'.join(rest)}" if rest else ""
                state.decisions.append(MergeDecision(squash(w), ref[0], "county-prefix" if used else "exact", evidence))


def _display_name(index: AgencyIndex, members: list[ParsedAgency]) -> str:
    """The fullest form that is a body's name as written (not ``X部门``, not a name cut short)."""
    weak = {"department-word", "truncated-name", "zone-committee"}

    def rank(p: ParsedAgency) -> tuple[bool, bool, int, str]:
        merge = index.merges.get(p.key)
        return (merge is not None and merge.rule in weak, not p.suffixed, -len(p.host), p.host)

    return min(members, key=rank).host


def _rule_rank(rule: str) -> int:
    head = rule.split(":", 1)[0]
    return RULE_ORDER.index(head) if head in RULE_ORDER else len(RULE_ORDER)


def _entity_kind(members: list[ParsedAgency], root: str) -> str:
    if any(p.generic for p in members):
        return "generic"
    kinds = [p.kind for p in members if p.key == root] or [p.kind for p in members]
    for k in ("township", "court", "party", "mass_org", "state_branch", "enterprise", "government"):
        if k in kinds:
            return k
    return "other"


__all__ = ["Resolver", "parse_agency"]

"""Agencies: a written name -> a key within its county, then corpus-level merges of keys.

``parse_agency`` turns one written name into a key by rules that need no other
name (county prefix, township suffix, the abbreviation table, bracket aliases).
``AgencyIndex`` then looks at every name written in one county and merges keys
that name the same body (a bracket alias, a county-level name of a city body's
branch, ``X部门``, an abbreviation read as a subsequence, a name cut short),
each only when the candidate is unique in the county. Every step is recorded so
that a merge can be explained.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from graph_build.resolve.rules import (
    Rules,
    alternation,
    is_subsequence_with_gaps,
    norm,
    split_bracket,
    split_list,
    squash,
)

# Rules in the order of how much they say about a merge (the first one found names the decision).
RULE_ORDER = (
    "bracket-alias",
    "truncated-name",
    "abbreviation",
    "city-branch",
    "department-word",
    "zone-committee",
    "alias-table",
    "party-prefix",
    "centre-filler",
    "township-suffix",
    "branch-name",
    "county-prefix",
    "generic-variant",
)


# ``平顺镇``, ``稷山街道``: a township or street named after the county keeps the county's name.
_NAMED_AFTER_COUNTY = ("镇", "乡", "街道", "村", "社区")


@dataclass(frozen=True)
class CountyContext:
    county: str  # 稷山县
    short: str | None  # 稷山 (None when the county's name has one character before its level word)
    level: str  # 县
    cities: frozenset[str] = frozenset()  # parent cities learned from the corpus (运城)

    @classmethod
    def of(cls, county: str, cities: Iterable[str] = ()) -> CountyContext:
        level = county[-1] if county and county[-1] in "县市区旗" else "县"
        short = county[:-1] if len(county) >= 3 and county.endswith(level) else None
        return cls(county=county, short=short, level=level, cities=frozenset(cities))


@dataclass(frozen=True)
class Step:
    rule: str
    evidence: str


@dataclass(frozen=True)
class ParsedAgency:
    written: str  # as given, outer whitespace stripped
    clean: str  # whitespace removed, otherwise as written
    host: str  # ``clean`` without a trailing bracket (the display candidate)
    bare: str  # normalised, place names removed, before the tables
    key: str
    generic: bool
    kind: str
    steps: tuple[Step, ...] = ()
    brackets: tuple[str, ...] = ()  # names in a trailing bracket that are aliases
    notes: tuple[str, ...] = ()  # bracket content that is not an alias
    shortened: bool = False  # the table replaced a longer written form (a full name was written)
    suffixed: bool = True  # ends like a body
    branch: tuple[str, str] | None = None  # (body, suffix) of ``<body><short><suffix>``


def _strip_place(s: str, ctx: CountyContext, keeps: tuple[str, ...]) -> tuple[str, list[Step], bool]:
    """Remove the county's and its parent city's names. Returns (text, steps, higher_level)."""
    steps: list[Step] = []
    higher = False
    lv = ctx.level
    for city in sorted(ctx.cities, key=lambda c: (-len(c), c)):
        if s.startswith(city + "市") and len(s) > len(city) + 2:
            steps.append(Step("county-prefix", f"parent city {city}市 -> 市"))
            s = "市" + s[len(city) + 1 :]
            break
        rest = s[len(city) :]
        if s.startswith(city) and ctx.short and ctx.short in rest:
            steps.append(Step("county-prefix", f"parent city {city} dropped before a {ctx.short} branch"))
            s = rest
            break
    if s.startswith(ctx.county) and len(s) > len(ctx.county):
        steps.append(Step("county-prefix", f"{ctx.county} -> {lv}"))
        s = lv + s[len(ctx.county) :]
    elif (
        ctx.short
        and s.startswith(ctx.short)
        and len(s) >= len(ctx.short) + 2
        and not s[len(ctx.short) :].startswith(_NAMED_AFTER_COUNTY)
    ):
        steps.append(Step("county-prefix", f"leading {ctx.short} dropped"))
        s = s[len(ctx.short) :]
    if ctx.short:
        inner = re.sub(re.escape(ctx.short + lv) + r"(?=[\u4e00-\u9fff])", ctx.short, s[1:])
        if inner != s[1:]:
            steps.append(Step("county-prefix", f"{ctx.short}{lv} -> {ctx.short} inside the name"))
            s = s[0] + inner
    if s.startswith(lv) and len(s) > 1 and not s.startswith(keeps):
        s = s[1:]
    elif lv != "市" and s.startswith(("市", "省")) and len(s) > 1 and not s.startswith(keeps):
        higher = True
    return s, steps, higher


def parse_agency(rules: Rules, ctx: CountyContext, written: str) -> ParsedAgency:
    """The key of one written agency name in one county, with the steps that made it."""
    written = written.strip()
    clean = squash(written)
    n = norm(written)
    lr = rules.level(ctx.county)
    if rules.is_generic(n):
        s, steps, _ = _strip_place(n, ctx, lr.level_keeps)
        for rx, rep in rules.generic_variants:
            t = rx.sub(rep, s)
            if t != s:
                steps.append(Step("generic-variant", f"{rx.pattern} -> {rep}"))
                s = t
        return ParsedAgency(written, clean, clean, s, s, True, "generic", tuple(steps))

    host_n, inner = split_bracket(n)
    host_clean = clean
    brackets: list[str] = []
    notes: list[str] = []
    if inner is not None:
        host_clean, _ = split_bracket(clean.replace("(", "（").replace(")", "）"))
        if rules.is_bracket_note(inner):
            notes.append(inner)
        else:
            for part in split_list(inner):
                (brackets if rules.is_unit(part) and not rules.is_generic(part) else notes).append(part)
        if not brackets and not notes:
            host_n, host_clean = n, clean
    s, steps, higher = _strip_place(host_n, ctx, lr.level_keeps)
    bare = s
    township = False
    for suf in rules.township_gov + rules.street_suffixes:
        stem = s[: -len(suf)]
        if suf in rules.street_suffixes and not stem.endswith("街道"):
            continue
        if s.endswith(suf) and rules.township_re.match(stem) and stem not in rules.township_not:
            steps.append(Step("township-suffix", f"{s} -> {stem}"))
            s = stem
            break
    if rules.township_re.match(s) and s not in rules.township_not:
        township = True
    if s in lr.whole_names:
        steps.append(Step(f"alias-table:{s}={lr.whole_names[s]}", f"whole name {s} = {lr.whole_names[s]}"))
        s = lr.whole_names[s]
    if s in lr.party_departments:
        steps.append(Step("party-prefix", f"{s} -> {lr.level}委{s} (a party department written bare)"))
        s = lr.level + "委" + s
    replaced: list[tuple[str, str]] = []

    def _sub(m: re.Match[str]) -> str:
        form = m.group()
        canonical = lr.table[form]
        if form != canonical:
            replaced.append((form, canonical))
        return canonical

    if not township:
        s = lr.table_re.sub(_sub, s)
    for form, canonical in replaced:
        steps.append(Step(f"alias-table:{form}={canonical}", f"abbreviation table: {canonical} <- {form}"))
    shortened = any(len(f) > len(c) for f, c in replaced)
    if s.endswith("中心"):
        stem, dropped = s[:-2], []
        while True:
            f = next((f for f in rules.centre_fillers if stem.endswith(f) and len(stem) - len(f) >= 2), None)
            if f is None:
                break
            stem = stem[: -len(f)]
            dropped.insert(0, f)
        if dropped:
            steps.append(Step("centre-filler:" + "".join(dropped), f"{s} -> {stem}中心"))
            s = stem + "中心"
    branch = None
    if ctx.short:
        m = re.match(
            rf"^(市|省|{re.escape(ctx.level)})?(.+?){re.escape(ctx.short)}({alternation(list(rules.branch_suffixes))})$",
            s,
        )
        if m:
            branch = (m.group(2), m.group(3))
            if m.group(1):
                steps.append(Step("branch-name", f"level word {m.group(1)} dropped before a {ctx.short} branch"))
                higher = True
            s = m.group(2) + ctx.short + m.group(3)
    key = s.replace(":", "：")
    kind = _kind(rules, ctx, key, township, higher or branch is not None)
    return ParsedAgency(
        written=written,
        clean=clean,
        host=host_clean,
        bare=bare,
        key=key,
        generic=False,
        kind=kind,
        steps=tuple(steps),
        brackets=tuple(brackets),
        notes=tuple(notes),
        shortened=shortened,
        suffixed=rules.has_unit_suffix(host_n),
        branch=branch,
    )


def _kind(rules: Rules, ctx: CountyContext, key: str, township: bool, higher: bool) -> str:
    if township:
        return "township"
    kind = next((k for k, rx in rules.level(ctx.county).kinds if rx.search(key)), "other")
    if higher and kind in ("government", "other"):
        return "state_branch"  # a city or provincial body, or its local branch
    return kind


def learn_cities(rules: Rules, ctx: CountyContext, names: Iterable[str]) -> frozenset[str]:
    """Parent cities named before a branch of this county: ``运城市生态环境局稷山分局`` -> 运城."""
    if not ctx.short:
        return frozenset()
    suffixes = alternation(list(rules.branch_suffixes))
    rx = re.compile(rf"^([\u4e00-\u9fff]{{2,3}}?)市.+{re.escape(ctx.short)}{re.escape(ctx.level)}?(?:{suffixes})$")
    found = set()
    for name in names:
        m = rx.match(norm(name))
        if m and m.group(1) != ctx.short:
            found.add(m.group(1))
    return frozenset(found)


@dataclass
class Merge:
    rule: str
    evidence: str
    target: str  # the key merged into


@dataclass
class AgencyIndex:
    """Every agency name written in one county, merged into entities."""

    rules: Rules
    county: str
    names: Iterable[str]
    ctx: CountyContext = field(init=False)
    forms: dict[str, ParsedAgency] = field(init=False, default_factory=dict)  # clean written -> parsed
    parent: dict[str, str] = field(init=False, default_factory=dict)
    merges: dict[str, Merge] = field(init=False, default_factory=dict)  # key -> how it was merged
    alias_to: dict[str, str] = field(init=False, default_factory=dict)  # bracket alias key -> host key
    alias_names: dict[str, set[str]] = field(init=False, default_factory=lambda: defaultdict(set))
    notes: list[str] = field(init=False, default_factory=list)  # near misses, for the report

    def __post_init__(self) -> None:
        names = sorted({n.strip() for n in self.names if squash(n)})
        ctx = CountyContext.of(self.county)
        self.ctx = CountyContext.of(self.county, learn_cities(self.rules, ctx, names))
        for name in names:
            p = parse_agency(self.rules, self.ctx, name)
            self.forms.setdefault(p.clean, p)
        self.parent = {p.key: p.key for p in self.forms.values()}
        self._bracket_aliases()
        self._city_branches()
        self._department_words()
        self._zone_committees()
        self._subsequences()
        self._truncations()

    # --- union-find -----------------------------------------------------------------------------

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def _union(self, key: str, target: str, rule: str, evidence: str) -> None:
        a, b = self.find(key), self.find(target)
        if a == b:
            return
        self.parent[a] = b
        self.merges.setdefault(key, Merge(rule, evidence, target))

    def groups(self) -> dict[str, list[ParsedAgency]]:
        out: dict[str, list[ParsedAgency]] = defaultdict(list)
        for p in self.forms.values():
            out[self.find(p.key)].append(p)
        return out

    def aliases_of(self, root: str) -> set[str]:
        """Bracket names merged into the entity ``root`` (its hosts may have been merged further since)."""
        return {name for host, names in self.alias_names.items() if self.find(host) == root for name in names}

    def _named(self) -> dict[str, list[ParsedAgency]]:
        return {k: v for k, v in self.groups().items() if not any(p.generic for p in v)}

    @staticmethod
    def _strings(members: list[ParsedAgency]) -> set[str]:
        return {p.key for p in members} | {p.bare for p in members}

    def _display(self, members: list[ParsedAgency]) -> str:
        return sorted((p.host for p in members), key=lambda h: (-len(h), h))[0]

    # --- merges ---------------------------------------------------------------------------------

    def _bracket_aliases(self) -> None:
        """``县财政局（国有资产监督管理局）``: the bracket names are the host's aliases, unless written on their own."""
        bracket_names = {norm(b) for p in self.forms.values() for b in p.brackets}
        claims: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for p in sorted(self.forms.values(), key=lambda p: p.clean):
            for b in p.brackets:
                pb = parse_agency(self.rules, self.ctx, b)
                if pb.generic or pb.key == p.key:
                    continue
                standalone = [q for q in self.forms.values() if q.key == pb.key]
                if standalone and not all(norm(q.clean) in bracket_names for q in standalone):
                    self.notes.append(
                        f"kept apart: {b} is a bracket alias in {p.clean} but is also written on its own "
                        f"({'、'.join(sorted(q.clean for q in standalone))})"
                    )
                    continue
                claims[pb.key].add((p.key, b, p.clean))
        for akey in sorted(claims):
            hosts = {self.find(h) for h, _, _ in claims[akey]}
            if len(hosts) != 1:
                self.notes.append(
                    f"not merged: bracket name {akey} follows several bodies ({'、'.join(sorted(hosts))})"
                )
                continue
            host = hosts.pop()
            written = sorted(claims[akey])
            evidence = "; ".join(f"written in brackets after {h} in {w}" for h, _, w in written)
            self.alias_to[akey] = host
            for _, b, _ in written:
                self.alias_names[host].add(b)
            if akey in self.parent:
                self._union(akey, host, "bracket-alias", evidence)

    def _city_branches(self) -> None:
        """``县生态环境局`` is ``市生态环境局稷山分局``; ``县供电公司`` is ``国网稷山供电公司`` (one branch only)."""
        groups = self._named()
        branches: dict[str, tuple[str, str]] = {}
        for root, members in groups.items():
            for p in members:
                if p.branch:
                    branches[root] = p.branch
        plans: list[tuple[str, str, str]] = []
        for root, members in sorted(groups.items()):
            if root in branches or any(p.branch or p.kind in ("township", "state_branch") for p in members):
                continue
            strings = self._strings(members)
            cands: dict[str, str] = {}
            for b, (body, suffix) in branches.items():
                forms = {body + suffix}
                if not self.rules.parent_alone_re.search(body):
                    forms.add(body)
                if suffix not in self.rules.bare_branch_suffixes:
                    forms.add(suffix)
                if body.endswith("局"):
                    forms.add(body[:-1] + suffix)
                hit = strings & forms
                if hit:
                    cands[b] = sorted(hit)[0]
            if len(cands) == 1:
                b, hit = next(iter(cands.items()))
                body, suffix = branches[b]
                plans.append(
                    (
                        root,
                        b,
                        f"{hit} is the county-level name of {self._display(groups[b])} "
                        f"(body {body}, suffix {suffix}; the only such branch in {self.county})",
                    )
                )
            elif len(cands) > 1:
                self.notes.append(f"not merged: {root} could be the county-level name of {'、'.join(sorted(cands))}")
        for root, b, evidence in plans:
            self._union(root, b, "city-branch", evidence)

    def _department_words(self) -> None:
        """``县住建部门`` is ``县住建局`` when that body is known."""
        for p in sorted(self.forms.values(), key=lambda p: p.clean):
            if p.generic or not p.bare.endswith("部门") or len(p.bare) < 4:
                continue
            q = parse_agency(self.rules, self.ctx, p.bare[:-2] + "局")
            if q.key in self.parent and self.find(q.key) != self.find(p.key):
                self._union(p.key, q.key, "department-word", f"{p.bare} = {q.bare} (known in {self.county})")

    def _zone_committees(self) -> None:
        """``经开区`` as a responsible unit is ``经开区管委会`` when that committee is known."""
        if not self.rules.zone_committee:
            return
        for key in sorted(self.parent):
            committee = key + self.rules.zone_committee
            if key.endswith(self.rules.zones) and committee in self.parent and self.find(key) != self.find(committee):
                self._union(key, committee, "zone-committee", f"the zone {key} acts through {committee}")

    def _subsequences(self) -> None:
        """``工科局`` ⊂ ``工业信息化和科技局``: an abbreviation read as a subsequence, merged only if unique."""
        groups = self._named()
        plans: list[tuple[str, str, str]] = []
        # an abbreviation shares its first character and suffix with the name: only such groups are compared
        index: dict[tuple[str, str, str], set[str]] = {}
        for other, others in groups.items():
            for p in others:
                for kind, text in (("key", p.key), ("bare", p.bare)):
                    index.setdefault((kind, *self._head_and_suffix(text)), set()).add(other)
        for root, members in sorted(groups.items()):
            if not all(p.suffixed and not p.shortened for p in members) or len(root) < 3:
                continue
            cands: dict[str, tuple[str, str]] = {}
            near: set[str] = set()
            for p in members:
                for kind, text in (("key", p.key), ("bare", p.bare)):
                    near |= index.get((kind, *self._head_and_suffix(text)), set())
            for other in sorted(near):
                others = groups[other]
                if other == root:
                    continue
                # like with like: keys with keys, names as written (place removed) with names as written
                pairs = [(a.key, b.key) for a in members for b in others]
                pairs += [(a.bare, b.bare) for a in members for b in others]
                for short, long in sorted(set(pairs)):
                    if self._abbreviates(short, long):
                        cands.setdefault(other, (short, long))
                        break
            if len(cands) == 1:
                other, (short, long) = next(iter(cands.items()))
                plans.append(
                    (
                        root,
                        other,
                        f"{short} reads as an abbreviation of {long} (same first character and "
                        f"suffix; the only such name in {self.county})",
                    )
                )
            elif len(cands) > 1:
                self.notes.append(
                    f"not merged: {root} reads as an abbreviation of several bodies "
                    f"({'、'.join(sorted(v[1] for v in cands.values()))})"
                )
        for root, other, evidence in plans:
            self._union(root, other, "abbreviation", evidence)

    def _head_and_suffix(self, text: str) -> tuple[str, str]:
        """First character and unit suffix (``工``, ``局`` of ``工科局``), or empty strings."""
        m = self.rules.recogniser.suffix_re.search(text)
        return (text[:1], m.group()) if m and text else ("", "")

    def _abbreviates(self, short: str, long: str) -> bool:
        """``工科局`` abbreviates ``工业信息化和科技局``: same first character and suffix, two or more cuts."""
        suffix_re = self.rules.recogniser.suffix_re
        ms, ml = suffix_re.search(short), suffix_re.search(long)
        if not ms or not ml or ms.group() != ml.group() or len(long) <= len(short):
            return False
        cut = len(ms.group())
        if len(short) - cut < 2 or short[0] != long[0]:
            return False
        return is_subsequence_with_gaps(short[:-cut], long[:-cut]) >= 2

    def _truncations(self) -> None:
        """``县交通运`` is ``县交通运输局`` when that is the only known name it begins."""
        groups = self._named()
        plans: list[tuple[str, str, str]] = []
        for root, members in sorted(groups.items()):
            if any(p.suffixed or p.branch for p in members) or len(root) < 2:
                continue
            shorts = self._strings(members)
            cands: dict[str, list[str]] = {}
            for other, others in groups.items():
                if other == root:
                    continue
                longs = sorted(
                    x for x in self._strings(others) if any(x.startswith(s) and len(x) > len(s) for s in shorts)
                )
                if longs:
                    cands[other] = longs
            if len(cands) == 1:
                other, longs = next(iter(cands.items()))
                plans.append((root, other, f"{root} is not a body name and begins only {longs[0]} in {self.county}"))
            elif len(cands) > 1:
                # cut at the unit suffix only: 人社 -> 人社局, beside 人社局劳动监察大队
                suffixes = self.rules.unit_suffixes
                full = {
                    o: x for o, ls in cands.items() for x in ls if any(x == s + u for s in shorts for u in suffixes)
                }
                begun = "、".join(sorted(x for ls in cands.values() for x in ls))
                if len(full) == 1:
                    other, long = next(iter(full.items()))
                    plans.append(
                        (
                            root,
                            other,
                            f"{long} is the only known name that is {root} + a unit suffix "
                            f"(names that begin with it: {begun})",
                        )
                    )
                else:
                    self.notes.append(f"not merged: {root} begins several names ({begun})")
        for root, other, evidence in plans:
            self._union(root, other, "truncated-name", evidence)

    # --- lookups --------------------------------------------------------------------------------

    def root_of(self, written: str) -> str | None:
        """The entity key of a written name, or None if it was not seen and is not a known alias."""
        clean = squash(written)
        if clean in self.forms:
            return self.find(self.forms[clean].key)
        p = parse_agency(self.rules, self.ctx, written)
        if p.key in self.parent:
            return self.find(p.key)
        if p.key in self.alias_to:
            return self.find(self.alias_to[p.key])
        return None

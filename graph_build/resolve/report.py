"""A plain-text report of what the resolver merged, per county, to check by eye."""

from __future__ import annotations

from collections import Counter

from graph_build.resolve.resolver import Resolver


def resolution_report(resolver: Resolver) -> str:
    """Per county: counts, merges by rule, every agency with more than one written form, and near misses."""
    decisions = resolver.decisions()
    lines: list[str] = []
    for county in resolver.counties():
        agencies = resolver.agencies(county)
        forms = {d.written: d for d in decisions if d.entity_id.startswith(f"agency:{county}:")}
        rules = Counter(d.rule.split(":", 1)[0] for d in forms.values())
        generic = sum(1 for a in agencies if a.generic)
        people, posts, forces = resolver.people(county), resolver.posts(county), resolver.taskforces(county)
        lines.append(f"== {county} ==")
        bracket_only = sum(1 for w in forms if w not in resolver.agency_forms(county))
        lines.append(
            f"agencies: {len(forms) - bracket_only} written forms (+{bracket_only} names only in brackets) -> "
            f"{len(agencies)} agencies ({generic} generic); "
            f"people: {len(resolver.written_forms(county, 'person'))} -> {len(people)}; "
            f"posts: {len(resolver.written_forms(county, 'post'))} -> {len(posts)}; "
            f"task forces: {len(resolver.written_forms(county, 'taskforce'))} -> {len(forces)}"
        )
        lines.append("agency forms by rule: " + ", ".join(f"{r} {n}" for r, n in sorted(rules.items())))
        lines.append("")
        lines.append("Agencies with more than one written form:")
        by_id: dict[str, list[str]] = {}
        for d in forms.values():
            by_id.setdefault(d.entity_id, []).append(d.written)
        for a in agencies:
            written = sorted(by_id.get(a.id, []))
            if len(written) < 2:
                continue
            lines.append(f"  {a.id}  [{a.kind}]  name={a.name}")
            for w in written:
                d = forms[w]
                lines.append(f"      {w:<28} {d.rule}")
        notes = resolver.notes(county)
        if notes:
            lines.append("")
            lines.append("Near misses (not merged):")
            lines.extend(f"  {n}" for n in notes)
        lines.append("")
    return "\n".join(lines)

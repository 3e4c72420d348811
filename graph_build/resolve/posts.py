"""Posts: ``<agency><title>`` split into the agency as written and the position word.

``县水利局局长`` -> (``县水利局``, ``局长``); ``水利局长`` -> (``水利局``, ``局长``);
``政府副县长`` / ``县政府副县长`` / ``副县长`` -> (``县人民政府``, ``副县长``);
``县委常委`` -> (``县委``, ``常委``); ``局长`` alone -> (None, ``局长``).
"""

from __future__ import annotations

from dataclasses import dataclass

from graph_build.resolve.rules import Rules, norm, split_bracket, squash

# A title that repeats the unit's last character: ``水利局长`` is ``水利局局长``.
_UNIT_CHARS = "局部院队站所馆社"


@dataclass(frozen=True)
class ParsedPost:
    written: str
    clean: str  # whitespace removed, trailing 职务 and remarks dropped
    agency: str | None  # the agency as written (or the leadership body it implies)
    title: str
    via: str  # post | unit-char | leadership | title-only | unit-prefix | no-agency


def parse_post(rules: Rules, county: str, written: str) -> ParsedPost:
    clean = squash(written)
    s = norm(written)
    if s.endswith("职务"):
        s = s[:-2]
        clean = clean[: clean.rfind("职务")]
    host, inner = split_bracket(s)
    if inner is not None and not rules.is_unit(inner):
        s = host  # a remark such as （试用期一年）
        clean, _ = split_bracket(clean.replace("(", "（").replace(")", "）"))
    lr = rules.level(county)
    if s.startswith(county) and len(s) > len(county):
        s = lr.level + s[len(county) :]
    title = next((t for t in rules.titles if s.endswith(t)), "")
    prefix = s[: len(s) - len(title)]
    if prefix in lr.leadership_bodies:
        return ParsedPost(written, clean, lr.leadership_bodies[prefix], title, "leadership")
    if not prefix:
        body = lr.title_bodies.get(title)
        return ParsedPost(written, clean, body, title, "title-only" if body else "no-agency")
    if _unit_like(rules, prefix):
        return ParsedPost(written, clean, prefix, title, "post")
    if title and title[0] in _UNIT_CHARS and _unit_like(rules, prefix + title[0]):
        return ParsedPost(written, clean, prefix + title[0], title, "unit-char")
    for i in range(len(prefix) - 1, 1, -1):
        if _unit_like(rules, prefix[:i]):
            return ParsedPost(written, clean, prefix[:i], prefix[i:] + title, "unit-prefix")
    return ParsedPost(written, clean, None, prefix + title, "no-agency")


def _unit_like(rules: Rules, text: str) -> bool:
    if len(text) < 2 or text.endswith(("机构", "单位", "部门")):
        return False
    return rules.has_unit_suffix(text) or rules.is_unit(text)

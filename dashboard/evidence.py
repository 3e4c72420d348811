"""Evidence: the source sentence of a fact, with the names it mentions highlighted (as displaCy marks entities), and
the document it came from (title, 文号, date, file and line).

``fact_table()`` shows facts as a table; selecting a row opens its sentence below the table.
"""

from __future__ import annotations

import html
import re
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data, tables
from dashboard.i18n import label, t
from dashboard.text import md
from graph_build.graph.schema import load_schema

EVIDENCE_COLUMNS = ("evidence", "doc_id", "source", "line", "page", "url", "doc_title", "doc_number", "doc_date")


def tint(color: str, amount: float = 0.65) -> str:
    """``color`` (#rrggbb) mixed with white, light enough to read black text on."""
    value = color.lstrip("#")
    if len(value) != 6:
        return "#dddddd"
    rgb = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


def name_pattern(name: str) -> re.Pattern[str]:
    """``name`` as it may be written: any whitespace between its characters (王润 as ``王 润`` or ``王　润``)."""
    return re.compile(r"\s*".join(re.escape(c) for c in name if not c.isspace()))


def find_spans(text: str, names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Where each name (name → node label) occurs in ``text``, also written with spaces between its characters:
    non-overlapping spans, longer names first."""
    taken = [False] * len(text)
    spans: list[dict[str, Any]] = []
    for name in sorted((n for n in names if n and n.strip()), key=len, reverse=True):
        for found in name_pattern(name).finditer(text):
            start, end = found.span()
            if end > start and not any(taken[start:end]):
                spans.append({"start": start, "end": end, "label": label(names[name])})
                for i in range(start, end):
                    taken[i] = True
    return sorted(spans, key=lambda s: s["start"])


# displaCy's look for a marked name (its "ent" style), written here: importing spaCy took ~0.9 s of a page's first
# load, for a few lines of HTML.
_MARK = ('<mark class="entity" style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; line-height: 1; '
         'border-radius: 0.35em;">{text}<span style="font-size: 0.8em; font-weight: bold; line-height: 1; '
         'border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">{label}</span></mark>')


def _as_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def marked_html(text: str, names: Mapping[str, str]) -> str:
    """The sentence as HTML (escaped: the text is always shown as text) with each name marked and labelled by its
    type, coloured from the schema."""
    colors = {label(lab): tint(node.color) for lab, node in load_schema().nodes.items()}
    parts, at = [], 0
    for span in find_spans(text, names):
        parts.append(_as_html(text[at:span["start"]]))
        parts.append(_MARK.format(bg=colors.get(span["label"], "#ddd"), text=_as_html(text[span["start"]:span["end"]]),
                                  label=html.escape(span["label"])))
        at = span["end"]
    parts.append(_as_html(text[at:]))
    return f'<div class="entities" style="line-height: 2.5; direction: ltr">{"".join(parts)}</div>'


def names_from(row: Mapping[str, Any], columns: Mapping[str, str]) -> dict[str, str]:
    """Names to highlight from a row: ``columns`` maps a column to the node label of the names it holds, or to
    ``@column`` naming the row's column that holds it (a portfolio's target is an agency or a field)."""
    out: dict[str, str] = {}
    for column, node_label in columns.items():
        if node_label.startswith("@"):
            node_label = str(row.get(node_label[1:]) or "")
            if not node_label:
                continue
        value = row.get(column)
        if isinstance(value, str) and node_label != "Task":  # names joined into one cell (join_names)
            value = value.split(NAME_SEPARATOR)
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            v = item.get("name") or item.get("person") if isinstance(item, dict) else item
            if isinstance(v, str) and v:
                out[v] = node_label
                # An agency named 县水利局 is often written 水利局; a post 县水利局局长 as 水利局局长.
                if node_label == "Agency" and v.startswith("县") and len(v) > 2:
                    out.setdefault(v[1:], node_label)
    return out


def document_line(row: Mapping[str, Any]) -> str:
    """Title, 文号 and date of the fact's document (looked up by ``doc_id`` when the row lacks them)."""
    title, number, date = row.get("doc_title"), row.get("doc_number"), row.get("doc_date")
    doc_id = row.get("doc_id")
    if doc_id and not (title and date):
        doc = data.entity(str(doc_id))
        if doc:
            props = doc.get("properties") or {}
            title = title or props.get("title") or doc.get("name")
            number = number or props.get("doc_number")
            date = date or props.get("date")
    parts = [f"**{t('evidence_doc')}**: {md(title or '—')}"]
    if number:
        parts.append(f"**{t('evidence_number')}**: {md(number)}")
    if date:
        parts.append(f"**{t('date')}**: {md(date)}")
    page = _number(row.get("page"))
    if row.get("source"):
        where = md(row["source"])
        if page:
            where += f", {t('evidence_page', page=page)}"
        if row.get("line"):
            where += f", {t('evidence_line', line=row['line'])}"
        parts.append(f"**{t('evidence_source')}**: {where}")
    link = source_link(row.get("url"), page)
    if link:
        parts.append(f"[{t('evidence_open')}]({link})")
    return " · ".join(parts)


def _number(value: Any) -> int | None:
    """A page number from a row (pandas turns a column with gaps into floats, and gaps into NaN)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def source_link(url: Any, page: int | None = None) -> str | None:
    """The address to open the fact's source at: a web page as published, a PDF at the fact's page (``#page=N``,
    which browsers' PDF viewers honour). Only http(s) addresses; quoted so the Markdown link cannot be broken."""
    if not isinstance(url, str):
        return None
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    address = urllib.parse.quote(urllib.parse.urlunsplit(parts._replace(fragment="")), safe=":/?&=%~+,;@!$*")
    if page and parts.path.lower().endswith(".pdf"):
        address += f"#page={page}"
    return address


def show(row: Mapping[str, Any], names: Mapping[str, str]) -> None:
    """The evidence card of one fact: highlighted sentence, then its document."""
    text = row.get("evidence")
    if text and isinstance(text, str):
        st.html(f'<div class="govkg-evidence">{marked_html(text, names)}</div>')
    if row.get("doc_id") or row.get("doc_title"):
        st.markdown(document_line(row))


def fact_table(df: pd.DataFrame, key: str, names: Mapping[str, str], *, columns: Sequence[str] | None = None,
               column_config: Mapping[str, Any] | None = None, extra: Mapping[str, str] | None = None) -> None:
    """Facts as a table; selecting a row shows its source sentence with the names marked: those in the row's
    ``names`` columns (column → node label) and the fixed ``extra`` ones (name → node label).

    ``columns`` are the columns to show (default: all but the provenance ones, which stay in the data).
    """
    if df.empty:
        st.caption(t("no_rows"))
        return
    shown = list(columns) if columns else [c for c in df.columns if c not in EVIDENCE_COLUMNS]
    event = tables.dataframe(df, key=key, column_order=shown, column_config=column_config, on_select="rerun",
                             selection_mode="single-row")
    selected = [i for i in getattr(getattr(event, "selection", None), "rows", []) or [] if 0 <= i < len(df)]
    if not selected:
        if "evidence" in df.columns or "doc_id" in df.columns:
            st.caption(t("evidence_hint"))
        return
    row = df.iloc[selected[0]].to_dict()
    with st.container(border=True):
        st.markdown(f"**{t('evidence')}**")
        show(row, {**dict(extra or {}), **names_from(row, names)})


def join(values: Iterable[Any]) -> str:
    return "、".join(str(v) for v in values if v)


NAME_SEPARATOR = "、"


def join_names(value: Any) -> str:
    """A cell holding a list of names (or nothing) as one string: the names joined with 、, nothing as ""."""
    if isinstance(value, list | tuple):
        return join(value)
    return value if isinstance(value, str) else ""

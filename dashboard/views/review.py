"""The review queue (review mode only): conflicts and uncertain facts first, each with its evidence and buttons
to confirm, reject or correct it. A decision writes a judgement to the reviewer's file; the next build applies it.
"""

from __future__ import annotations

import json
from typing import Any

import streamlit as st
from neo4j.exceptions import DriverError, Neo4jError

from dashboard import data, review_mode
from dashboard.review_mode import s
from graph_build.judgements import JudgementError, read_judgements
from graph_build.judgements.keys import CORRECTABLE
from graph_build.judgements.model import FactJudgement, now, parse
from graph_build.judgements.store import append
from queries.library.review import STATUSES
from queries.registry import QueryError, get

FLASH = "review_flash"

if not review_mode.enabled():  # opened without review mode: nothing to see here
    st.stop()
name = review_mode.login()
if name is None:
    st.stop()
directory = review_mode.judgements_dir()


def decide(kind: str, fact_key: dict[str, Any], why_key: str, values: dict[str, Any] | None = None) -> None:
    """Write one judgement (a button's callback); the outcome is shown at the top of the next run."""
    raw: dict[str, Any] = {"kind": kind, "fact": fact_key, "by": name, "at": now(),
                           "why": st.session_state.get(why_key, "")}
    if values is not None:
        raw["set"] = values
    try:
        judgement = parse(raw)
        path = append(directory, judgement)
    except (ValueError, OSError) as exc:
        st.session_state[FLASH] = ("error", str(exc))
    else:
        st.session_state[FLASH] = ("success", s("written", id=judgement.id, kind=kind, path=path))


def correct(fact_key: dict[str, Any], fid: str) -> None:
    field = st.session_state.get(f"field_{fid}")
    value = (st.session_state.get(f"value_{fid}") or "").strip()
    is_list = CORRECTABLE.get(fact_key["type"], {}).get(field, False)
    corrected: Any = [v for v in value.split("、") if v] if is_list else value
    decide("correct", fact_key, f"why_{fid}", {field: corrected})


st.title(s("page"))
with st.sidebar:
    st.text(s("signed_in", name=name))
    if st.button(s("sign_out"), key="review_sign_out"):
        review_mode.logout()
        st.rerun()
st.text(s("where", path=directory))
flash = st.session_state.pop(FLASH, None)
if flash:
    (st.success if flash[0] == "success" else st.error)(s("recorded" if flash[0] == "success" else "not_recorded"))
    st.text(flash[1])  # ids, paths and messages that may quote data: shown as text

try:
    pending = {j.target for j in read_judgements(directory) if isinstance(j, FactJudgement)}
except JudgementError as exc:
    st.error(s("not_read"))
    st.text(str(exc))
    pending = set()

left, middle, right = st.columns(3)
status = left.selectbox(s("status"), STATUSES, key="review_status")
only_flagged = middle.checkbox(s("only_flagged"), key="review_only_flagged")
limit = right.number_input(s("limit"), min_value=1, max_value=500, value=30, step=10, key="review_limit")
try:
    queue = get("review_queue").run(data.driver(), database=data.database(), status=status,
                                    only_flagged=only_flagged, limit=int(limit) + len(pending))
except (QueryError, Neo4jError, DriverError) as exc:  # a server problem is shown, not raised
    st.error(s("no_queue"))
    st.text(str(exc))
    st.stop()
waiting = [item for item in queue if item.fact_key in pending and item.status == "machine-only"]
queue = [item for item in queue if item not in waiting][: int(limit)]
if waiting:
    st.info(s("pending", n=len(waiting)))
if not queue:
    st.info(s("empty"))

for item in queue:
    key = json.loads(item.fact_key)
    fid = item.fact_id
    with st.container(border=True, key=f"item_{fid}"):
        said = "; ".join(f"{x['rel']} {x['from']} → {x['to']}" + (f" ({x['role']})" if x.get("role") else "")
                         for x in item.statements)
        st.text(f"{key['type']} · {said}")
        st.text(" · ".join(filter(None, [
            s("confidence", value=item.confidence), s("doubts", value="、".join(item.doubts)) if item.doubts else "",
            item.status or ""])))
        for conflict in item.conflicts:
            st.text(f"⚠ {s('conflict')}: {conflict}")  # document text: never rendered as markdown
        st.text(f"{s('evidence')}: {item.evidence or ''}")
        st.text(s("document", title=item.doc_title or "—", number=item.doc_number or "—",
                     date=item.doc_date or "—", source=item.source or "—", line=item.line or "—"))
        if item.original:
            st.text(s("original", value=item.original))
        st.text_input(s("why"), key=f"why_{fid}")
        c1, c2, c3 = st.columns([1, 1, 3])
        c1.button(s("confirm"), key=f"confirm_{fid}", on_click=decide, args=("confirm", key, f"why_{fid}"))
        c2.button(s("reject"), key=f"reject_{fid}", type="primary", on_click=decide,
                  args=("reject", key, f"why_{fid}"))
        fields = list(CORRECTABLE.get(key["type"], {}))
        if fields:
            with c3.popover(s("correct")):
                st.selectbox(s("field"), fields, key=f"field_{fid}")
                st.text_input(s("value"), key=f"value_{fid}")
                st.button(s("save_correction"), key=f"save_{fid}", on_click=correct, args=(key, fid))

"""Task forces (工作专班, 领导小组, 指挥部 …): composition by role, overlaps between two, people on many of them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, evidence, nav, tables, urlstate
from dashboard.i18n import label, t
from dashboard.text import md

st.title(t("page_taskforces"))
tf_id = nav.picker("tf_pick", ("TaskForce",), "河长")
SECTIONS = {"composition": "tf_composition", "overlap": "tf_overlap", "busiest": "tf_busiest"}
shown = urlstate.section("tf_section", list(SECTIONS), lambda s: t(SECTIONS[s]))

if shown == "busiest":
    members = data.frame("busiest_taskforce_members", limit=30)
    if not members.empty:
        members["link"] = [nav.url(i, lab) for i, lab in zip(members["member_id"], members["member_label"],
                                                                strict=True)]
        members["type"] = members["member_label"].map(label)
        members["names_text"] = members["names"].map(lambda xs: "、".join(xs or []))
    tables.table(members, column_order=["link", "type", "taskforces", "seats", "leads", "names_text"],
                 column_config=tables.config(type=t("type"), taskforces=label("TaskForce"), seats=t("count"),
                                             leads=t("tf_leads"), names_text=label("TaskForce"),
                                             **tables.link_column("link", t("name"))))
    st.subheader(t("tf_concentration"))
    concentration = data.analytics_table("taskforce_concentration")
    if concentration is not None:
        frame = tables.with_links(pd.DataFrame(concentration), "id", "Person")
        page, pages = tables.paged_frame(frame, "tf_page", reset_on=shown)
        tables.table(page, column_order=["rank", "link", "county", "taskforces", "top_level", "chairs", "deputies",
                                         "roles"],
                     column_config=tables.config(rank=t("rank"), county=t("county"), taskforces=label("TaskForce"),
                                                 top_level=t("tf_top_level"), chairs=t("tf_leads"),
                                                 deputies=t("tf_deputies"), roles=t("tf_roles"),
                                                 **tables.link_column("link", label("Person"))))
        pages.controls(len(frame))

    st.stop()
if not tf_id:
    st.caption(t("id_param_help"))
    st.stop()
if nav.entity_or_warn(tf_id, "TaskForce") is None:
    st.stop()
tf = data.one("taskforce_composition", taskforce_id=tf_id)
if tf is None:
    st.stop()

if shown == "composition":
    st.header(md(tf["name"]))
    if tf.get("parent"):
        nav.link(tf["parent"]["id"], f"↑ {tf['parent']['name']}", "TaskForce")
    seats = pd.DataFrame(tf.get("members") or [])
    if not seats.empty:
        seats["link"] = [nav.url(i, lab) for i, lab in zip(seats["member_id"], seats["member_label"], strict=True)]
        # One type per column: the titles of a seat joined (a blank seat's as ""); a mix of lists and blanks
        # cannot go to Arrow as it is, and Streamlit would log a traceback and convert the column itself.
        seats["titles"] = seats["titles"].map(evidence.join_names)
    page, pages = tables.paged_frame(seats, "tf_page", reset_on=(shown, tf_id))
    evidence.fact_table(page, "tf_members", {"member": "Person", "titles": "Post", "head": "Post"},
                        extra={tf["name"]: "TaskForce"},
                        columns=["role", "link", "titles", "head", "as_of", "doc_number"],
                        column_config=tables.config(titles=label("Post"), as_of=t("date"),
                                                    doc_number=t("evidence_number"),
                                                    **tables.link_column("link", t("name"))))
    pages.controls(len(seats))
    for sub in tf.get("subgroups") or []:
        nav.link(sub["id"], f"↳ {sub['name']}", "TaskForce")
    offices = pd.DataFrame(tf.get("offices") or [])
    if not offices.empty:
        st.markdown(f"**{label('OFFICE_AT')}**")
        evidence.fact_table(offices, "tf_offices", {"agency": "Agency"}, extra={tf["name"]: "TaskForce"},
                            columns=["agency", "line"])
    # The seats by role as bars inside a table: a Vega chart here made the browser load and compile Vega's code
    # (its largest) on every visit of the page, for one bar per role.
    roles = pd.DataFrame([{"role": r["role"], "count": len(r.get("members") or []),
                           "members": "、".join(r.get("members") or [])} for r in tf.get("roles") or []])
    if not roles.empty:
        st.subheader(t("tf_by_role"))
        tables.dataframe(roles, column_config=tables.config(
            role=t("tf_role"), members=t("tf_members"),
            count=st.column_config.ProgressColumn(t("count"), format="%d", min_value=0,
                                                  max_value=max(1, int(roles["count"].max())), color="green")))

elif shown == "overlap":
    other = nav.search_select("tf_other", ("TaskForce",), "领导小组", t("tf_pick"), exclude=tf_id)
    if other:
        overlap = data.one("taskforce_overlap", taskforce_a=tf_id, taskforce_b=other)
        if overlap:
            st.metric("Jaccard", f"{overlap['jaccard']:.2f}")
            shared = pd.DataFrame([{**p, "type": label("Person")} for p in overlap.get("shared_people") or []]
                                  + [{**a, "type": label("Agency")} for a in overlap.get("shared_agencies") or []])
            tables.table(shared.map(lambda v: "、".join(v) if isinstance(v, list) else v) if not shared.empty
                         else shared)

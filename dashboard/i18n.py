"""Interface text in Chinese (the default) and English: every string the dashboard shows, in one place.

Data (names, titles, evidence) is never translated: it stays as the gazettes wrote it. ``t(key, **kw)`` gives the
string in the session's language, formatted with ``kw``; ``label(x)`` names a node label, a relationship type or a
role. Values formatted into a string are escaped (``dashboard.text.md``): they show as text, never as Markdown.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard.text import md

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

# key: (中文, English)
STRINGS: dict[str, tuple[str, str]] = {
    # the app's frame
    "app_title": ("县级政府职责知识图谱", "County government accountability graph"),
    "language": ("语言 / Language", "语言 / Language"),
    "section_browse": ("浏览", "Browse"),
    "section_analyse": ("分析", "Analyse"),
    "section_tools": ("工具", "Tools"),
    "page_overview": ("概览", "Overview"),
    "page_search": ("搜索", "Search"),
    "page_agency": ("机构", "Agency"),
    "page_person": ("人员", "Person"),
    "page_as_of": ("某日状态", "As of a date"),
    "page_shared": ("共同职责", "Shared duties"),
    "page_chain": ("问责链", "Accountability chain"),
    "page_taskforces": ("议事协调机构", "Task forces"),
    "page_explorer": ("关系图", "Graph explorer"),
    "page_export": ("导出", "Export"),
    "page_console": ("Cypher 控制台", "Cypher console"),
    # login
    "login_title": ("请登录", "Please sign in"),
    "login_password": ("密码", "Password"),
    "login_button": ("登录", "Sign in"),
    "login_wrong": ("密码错误。", "Wrong password."),
    "login_wait": ("尝试次数过多，请 {s} 秒后再试。", "Too many wrong passwords: try again in {s} s."),
    "logout": ("退出登录", "Sign out"),
    # connection problems
    "err_settings": ("配置有误：{detail}", "The settings are wrong: {detail}"),
    "err_down": ("无法连接 Neo4j（{uri}）。", "Neo4j is not reachable at {uri}."),
    "err_down_local": (
        "启动本地 Neo4j：`govkg neo4j start`，再载入演示数据：`govkg build ../shared/corpus`，然后刷新本页。",
        "Start the local Neo4j with `govkg neo4j start`, load the demo data with `govkg build ../shared/corpus`, "
        "then reload this page.",
    ),
    "err_down_remote": ("请检查 NEO4J_URI 和该服务器是否在运行。", "Check NEO4J_URI and that the server is running."),
    "err_auth": (
        "Neo4j（{uri}）拒绝了用户 {user}：请检查 NEO4J_USER 与 NEO4J_PASSWORD。",
        "Neo4j at {uri} refused user {user}: check NEO4J_USER and NEO4J_PASSWORD.",
    ),
    "err_empty": (
        "图谱是空的（{uri}）。载入演示数据：`govkg build ../shared/corpus`，然后刷新本页。",
        "The graph at {uri} is empty. Load the demo data with `govkg build ../shared/corpus`, then reload this page.",
    ),
    "err_query": ("查询 {name} 失败：{detail}", "Query {name} failed: {detail}"),
    "err_query_missing": ("查询 {name} 尚未提供：{detail}", "Query {name} is not available yet: {detail}"),
    "err_module_missing": ("模块 {name} 尚未提供。", "Module {name} is not available yet."),
    "connected": ("已连接 {uri}", "Connected to {uri}"),
    "clear_cache": ("刷新数据", "Reload the data"),
    "clear_cache_help": (
        "查询结果会缓存 10 分钟；重新载入图谱后点这里立即看到新数据。",
        "Query results are cached for 10 minutes; after rebuilding the graph, click to see it at once.",
    ),
    # common
    "id_param_help": (
        "可分享链接：地址栏中的 ?id= 指向当前实体。", "Shareable: ?id= in the address bar names this entity."
    ),
    "pick_entity": ("查找", "Find"),
    "pick_placeholder": ("输入名称，例如 {example}", "Type a name, e.g. {example}"),
    "pick_choose": ("选择", "Choose"),
    "pick_none": ("没有找到。", "Nothing found."),
    "not_found": ("没有 id 为 {id} 的实体。", "No entity has the id {id}."),
    "wrong_kind": ("{id} 不是{kind}。", "{id} is not a {kind}."),
    "none": ("无", "none"),
    "county": ("县", "County"),
    "all_counties": ("全部", "all"),
    "date": ("日期", "Date"),
    "name": ("名称", "Name"),
    "type": ("类型", "Type"),
    "count": ("数量", "Count"),
    "open_graph": ("在关系图中打开", "Open in the graph explorer"),
    "open_page": ("打开", "Open"),
    "evidence": ("证据", "Evidence"),
    "evidence_pick": ("查看原文句子", "Show the source sentence of"),
    "evidence_hint": ("在表格中选择一行以查看原文句子。", "Select a row in the table to see its source sentence."),
    "evidence_doc": ("文件", "Document"),
    "evidence_number": ("文号", "Number"),
    "evidence_source": ("出处", "Source"),
    "evidence_line": ("第 {line} 行", "line {line}"),
    "evidence_page": ("第 {page} 页", "page {page}"),
    "evidence_open": ("打开原文", "Open the source"),
    "no_rows": ("没有结果。", "No results."),
    "showing_n_of_m": ("显示 {n} / {m} 个节点", "showing {n} of {m} nodes"),
    "truncated_hint": (
        "邻域过大，未画出离中心最远的 {hidden} 个节点；可减少跳数、按类型筛选或调高最多节点数。",
        "The neighbourhood is large: the {hidden} nodes farthest from the centre are not drawn. Use fewer hops, "
        "filter by type or raise the node cap.",
    ),
    "graph_group_tasks": ("项任务", "tasks"),
    "graph_group_expand": ("双击展开", "double-click to expand"),
    "graph_hint": (
        "同一文件的任务合为一组，双击展开；单击节点查看属性与链接；滚轮缩放。",
        "Tasks of one document are grouped: double-click to expand; click a node for its properties and link; "
        "scroll to zoom.",
    ),
    "prop_county": ("县", "county"),
    "prop_kind": ("类别", "kind"),
    "prop_aliases": ("别名", "aliases"),
    "prop_doc_number": ("文号", "number"),
    "prop_date": ("日期", "date"),
    "prop_deadline": ("时限", "deadline"),
    "prop_valid_from": ("起始", "from"),
    "prop_status": ("状态", "status"),
    "prop_role": ("角色", "role"),
    "prop_degree": ("连接数", "links"),
    "legend": ("图例", "Legend"),
    "working": ("正在查询…", "Working…"),
    "rank": ("排名", "Rank"),
    "choose_placeholder": ("请选择", "Choose"),
    "and_n_more": (" 等 {n} 项", " and {n} more"),
    # overview
    "ov_intro": (
        "本图谱从县政府公报中读出机构、人员、职务、议事协调机构与任务，每条事实都可追溯到原文。",
        "This graph reads agencies, people, posts, task forces and tasks out of county gazettes; every fact leads "
        "back to its source sentence.",
    ),
    "ov_loaded": ("已载入", "What is loaded"),
    "ov_nodes": ("节点", "Nodes"),
    "ov_rels": ("关系", "Relationships"),
    "ov_documents": ("文件", "Documents"),
    "ov_date_range": ("日期范围", "Date range"),
    "ov_types": ("按类型统计节点与关系", "Nodes and relationships by type"),
    "ov_first": ("最早文件", "First document"),
    "ov_last": ("最新文件", "Last document"),
    "ov_busiest_agencies": ("职责最多的机构", "Busiest agencies"),
    "ov_busiest_people": ("涉及最多的人员", "Busiest people"),
    "ov_quality": ("数据质量检查", "Data-quality checks"),
    "ov_check_ok": ("通过", "passed"),
    "ov_check_bad": ("{n} 条", "{n} found"),
    "qc_provenance": ("缺少出处的事实", "Facts without provenance"),
    "qc_orphans": ("孤立节点", "Orphan nodes"),
    "qc_single": ("只出现一次的机构（可能是未合并的写法）", "Agencies mentioned once (possibly unmerged spellings)"),
    "qc_unled": ("没有牵头单位的任务", "Tasks without a lead"),
    "qc_provenance_help": (
        "每条事实关系都应带有文件、行号与原文句子；此处列出缺少出处的事实。为空即通过。",
        "Every fact should cite its document, line and sentence; these do not. Empty is a pass.",
    ),
    "qc_orphans_help": (
        "没有文件提及、或没有任何事实关系的节点。为空即通过。",
        "Nodes that no document mentions or that no fact links. Empty is a pass.",
    ),
    "qc_single_help": (
        "只在一份文件的一行中出现的机构：常常是未与正式名称合并的写法；“相似”列出可能的合并对象。",
        "Agencies named on one line of one document only: often a spelling not merged with the agency it means.",
    ),
    "qc_unled_help": (
        "没有任何单位、只有配合单位、或只有泛指单位（如“有关部门”）的任务。",
        "Tasks with no unit, support units only, or only generic units (有关部门 …).",
    ),
    # search
    "search_box": (
        "搜索机构、人员、职务、议事协调机构、任务、文件（名称、别名、文号）",
        "Search agencies, people, posts, task forces, tasks, documents (names, aliases, 文号)",
    ),
    "search_placeholder": ("例如 水利局、南选智", "e.g. 水利局, 南选智"),
    "search_suggest": ("边输入边提示：选中一项即打开它的页面", "Suggestions as you type: pick one to open its page"),
    "search_suggest_placeholder": ("输入名称、别名或文号…", "Type a name, an alias or a 文号…"),
    "search_all": ("全部结果（回车搜索，可分页）", "All results (press Enter; paged)"),
    "search_hits": ("找到 {n} 个结果", "{n} results"),
    "search_page": ("页码（共 {n} 页）", "Page (of {n})"),
    "search_match": ("匹配", "Match"),
    "search_rank_0": ("完全一致", "exact"),
    "search_rank_1": ("开头一致", "starts with"),
    "search_rank_2": ("包含", "contains"),
    "search_rank_3": ("相关", "related"),
    "all_types": ("全部类型", "all types"),
    # agency
    "ag_this_lead": ("本机构牵头", "This one leads"),
    "ag_this_support": ("本机构配合", "This one supports"),
    "ag_other_lead": ("对方牵头", "The other leads"),
    "ag_other_support": ("对方配合", "The other supports"),
    "ag_see_tasks": ("查看共同任务", "See the shared tasks"),
    "ag_duties": ("职责", "Duties"),
    "ag_lead": ("牵头", "Lead"),
    "ag_support": ("配合", "Support"),
    "ag_shares_with": ("共同承担职责的机构", "Agencies it shares duties with"),
    "ag_posts": ("职务与任职人员", "Posts and holders"),
    "ag_overseen_by": ("分管领导", "Who oversees it"),
    "ag_taskforces": ("所在议事协调机构", "Its task forces"),
    "ag_graph": ("关系图", "Ego graph"),
    "ag_profile": ("概况", "Profile"),
    "aliases": ("别名", "Aliases"),
    "kind": ("类别", "Kind"),
    # person
    "pe_timeline": ("任职时间线", "Timeline"),
    "pe_timeline_empty": ("没有带日期的任职记录。", "No dated posts or roles."),
    "pe_posts": ("职务历史", "Post history"),
    "pe_oversees": ("分管", "Oversees"),
    "pe_taskforces": ("议事协调机构任职", "Task-force roles"),
    # as of
    "asof_date": ("日期", "Date"),
    "col_end": ("截止", "Until"),
    "col_basis": ("依据", "Basis"),
    "col_status": ("状态", "Status"),
    "asof_since": ("最早见于", "First seen"),
    "status_ended_on": ("已离任（{day}）", "ended ({day})"),
    "status_seen_on": ("见于 {day}，此后不详", "seen {day}, unknown since"),
    "asof_count": ("{day}：{n} 条", "{day}: {n} rows"),
    "asof_posts": ("当日任职", "Who held which post"),
    "asof_rosters": ("当日议事协调机构名单", "Task-force rosters"),
    "asof_oversight": ("当日分管", "分管 assignments"),
    "asof_hint": (
        "拖动日期，查看当天谁担任哪些职务、各议事协调机构的名单和分管安排。",
        "Move the date to see who held which post, the task forces' rosters and the 分管 assignments that day.",
    ),
    # shared duties
    "sh_heatmap": ("机构 × 机构：共同任务数", "Agencies × agencies: shared tasks"),
    "sh_network": ("共同职责网络与社区", "Co-responsibility network and communities"),
    "sh_include_generic": ("包括泛指单位（如“有关部门”）", "Include generic bodies (有关部门 …)"),
    "sh_top": ("显示前 N 个机构", "Top N agencies"),
    "sh_pick_pair": ("或选择一对机构", "Or pick a pair"),
    "sh_tasks": ("{a} 与 {b} 的共同任务", "Tasks shared by {a} and {b}"),
    "sh_click": ("点击热力图中的格子查看共同任务。", "Click a cell of the heatmap to see the shared tasks."),
    "sh_centrality": ("中心度", "Centrality"),
    "sh_communities": ("社区", "Communities"),
    "sh_top_pairs": ("共同任务最多的机构对", "Pairs with the most shared tasks"),
    "sh_oversight": ("分管集中度", "Oversight concentration"),
    "sh_pair": ("两个机构的共同任务", "Tasks of a pair"),
    "sh_agency_a": ("机构甲", "Agency A"),
    "sh_agency_b": ("机构乙", "Agency B"),
    "sh_change": ("更换", "Change"),
    "sh_keyword": ("关键词", "Keyword"),
    "sh_keyword_hint": ("任务或原文中的词，例如 防汛", "a word of the task or its sentence, e.g. 防汛"),
    "sh_years": ("文件年份", "Document years"),
    "sh_task_count": ("{n} 项共同任务", "{n} shared tasks"),
    "sh_pair_hint": (
        "选择两个机构，或在热力图中点击一个格子，或从机构页的“共同承担职责的机构”进入。",
        "Pick two agencies, click a cell of the heatmap, or come from an agency's partners.",
    ),
    "sh_partners": ("合作机构数", "Partners"),
    "sh_weighted_degree": ("加权度", "Weighted degree"),
    "sh_betweenness": ("中介中心度", "Betweenness"),
    # accountability
    "ch_pick": ("选择任务", "Pick a task"),
    "ch_hint": ("牵头 → 配合 → 主要负责人 → 分管领导", "lead → support → heads → overseeing leaders"),
    "ch_table": ("问责链", "The chain"),
    "ch_task": ("任务", "Task"),
    "ch_deadline": ("时限", "Deadline"),
    "ch_tasks_without_lead": ("没有牵头单位的任务", "Tasks without a lead"),
    # task forces
    "tf_pick": ("选择议事协调机构", "Pick a task force"),
    "tf_composition": ("组成（按角色）", "Composition by role"),
    "tf_overlap": ("成员重叠", "Overlaps"),
    "tf_busiest": ("参加议事协调机构最多的人员", "People on many task forces"),
    "tf_leads": ("担任组长等", "Chairs"),
    "tf_concentration": ("议事协调机构集中度", "Task-force concentration"),
    # explorer
    "ex_center": ("中心实体", "Centre"),
    "ex_hops": ("跳数", "Hops"),
    "ex_labels": ("节点类型", "Node types"),
    "ex_rels": ("关系类型", "Relationship types"),
    "ex_as_of": ("截至日期（可选）", "As of (optional)"),
    "ex_use_date": ("按日期筛选", "Filter by date"),
    "ex_max_nodes": ("最多节点数", "At most nodes"),
    "ex_nodes_table": ("节点", "Nodes"),
    "ex_post_history": ("任职历史", "Who held this post"),
    "ch_paths": ("两个实体之间的问责路径", "Accountability paths between two entities"),
    "ch_from": ("从", "From"),
    "ch_to": ("到", "To"),
    "ex_pick_first": ("先选择一个实体。", "Pick an entity first."),
    # export
    "exp_subgraph": ("当前子图", "Current subgraph"),
    "exp_query": ("查询结果", "Query result"),
    "exp_query_pick": ("查询", "Query"),
    "exp_county": ("整个县或整个图谱", "A whole county or the whole graph"),
    "exp_whole_graph": ("整个图谱", "the whole graph"),
    "exp_run": ("运行", "Run"),
    "exp_download": ("下载 {fmt}", "Download {fmt}"),
    "exp_no_subgraph": (
        "先在“关系图”页选择一个实体，再点“导出”；或导出整个县、整个图谱。",
        "Pick an entity in the graph explorer first, then click Export; or export a whole county or the whole graph.",
    ),
    "exp_rows": ("{n} 行", "{n} rows"),
    # console
    "co_intro": (
        "只读：先检查查询计划，只运行读取操作和允许的过程（db.labels 等），且在只读事务中运行。",
        "Read-only: a statement's plan is checked first; only read operators and allowed procedures (db.labels …) "
        "run, in READ transactions.",
    ),
    "co_query": ("Cypher", "Cypher"),
    "co_limit": ("最多行数", "Row limit"),
    "co_timeout": ("超时（秒）", "Timeout (s)"),
    "co_run": ("运行", "Run"),
    "co_refused": ("已拒绝：控制台只运行读取语句。", "Refused: the console runs reads only."),
    "co_error": ("查询出错：", "The query failed:"),
    "co_timed_out": ("查询超时（{s} 秒）。", "The query timed out ({s} s)."),
    "co_truncated": ("只显示前 {n} 行。", "Showing the first {n} rows only."),
    "co_rows": ("{n} 行，用时 {ms} 毫秒", "{n} rows in {ms} ms"),
    "co_examples": ("示例", "Examples"),
}

# Names of node labels, relationship types and roles, as the interface shows them.
LABELS: dict[str, tuple[str, str]] = {
    "County": ("县", "County"),
    "Agency": ("机构", "Agency"),
    "Person": ("人员", "Person"),
    "Post": ("职务", "Post"),
    "TaskForce": ("议事协调机构", "Task force"),
    "Task": ("任务", "Task"),
    "Field": ("分管领域", "Field"),
    "Document": ("文件", "Document"),
    "IN_COUNTY": ("属于", "in county"),
    "POST_IN": ("职务属于", "post in"),
    "HOLDS": ("任职", "holds"),
    "APPOINTED_TO": ("任免", "appointed to"),
    "MEMBER_OF": ("成员", "member of"),
    "SUBGROUP_OF": ("下设于", "sub-group of"),
    "OFFICE_AT": ("办公室设在", "office at"),
    "RESPONSIBLE_FOR": ("负责", "responsible for"),
    "OVERSEES": ("分管", "oversees"),
    "ISSUED_BY": ("发文机关", "issued by"),
    "MENTIONED_IN": ("提及于", "mentioned in"),
    "lead": ("牵头", "Lead"),
    "support": ("配合", "Support"),
    "responsible": ("负责", "Responsible"),
    "appoint": ("任命", "appoint"),
    "remove": ("免去", "remove"),
    "appointment": ("任命", "appointment"),
    "removal": ("免职", "removal"),
    "roster": ("名单", "roster"),
    "portfolio": ("分工", "portfolio"),
    "generic": ("泛指单位", "generic"),
    "government": ("政府部门", "government"),
    "party": ("党委部门", "party"),
    "state_branch": ("垂直管理单位", "state branch"),
    "enterprise": ("企业", "enterprise"),
    "mass_org": ("群团组织", "mass organisation"),
    "township": ("乡镇", "township"),
    "court": ("法院、检察院", "court"),
    "other": ("其他", "other"),
    "taskforce": ("议事协调机构", "task force"),
    "subgroup": ("工作组", "sub-group"),
    "seen": ("见于名单", "seen"),
    "appointed": ("任命", "appointed"),
    "removed": ("免职", "removed"),
    "current": ("现任", "current"),
    "ended": ("已离任", "ended"),
    "unknown": ("不详", "unknown"),
}


# The named queries' titles in Chinese (the registry's titles are the English ones).
QUERY_TITLES_ZH: dict[str, str] = {
    "accountability_chain": "任务的责任链",
    "agency_duties": "机构的职责",
    "agency_history": "机构职责的沿革",
    "agency_lineage": "机构的沿革",
    "agency_profile": "机构概况",
    "busiest_agencies": "职责最多的机构",
    "busiest_people": "分管最多的人员",
    "busiest_taskforce_members": "参加议事协调机构最多的人员",
    "entity": "按 id 查看实体",
    "facts_without_provenance": "缺少出处的事实",
    "find": "查找（排序、分页）",
    "graph_overview": "图谱概况",
    "orphan_nodes": "孤立节点",
    "oversight_on_date": "某日的领导分工",
    "person_profile": "人员概况",
    "person_timeline": "人员时间线（甘特图）",
    "post_history": "职务的任职沿革",
    "post_holders_on": "某日的职务任职人",
    "posts_on_date": "某日谁任何职",
    "review_queue": "待审核事实",
    "rosters_on_date": "某日的议事协调机构组成",
    "search": "搜索",
    "shared_duties": "与某机构共同承担职责的机构",
    "shared_tasks": "两个机构的共同任务",
    "shortest_paths": "最短责任路径",
    "single_mention_agencies": "只出现一次的机构（可能未合并的写法）",
    "taskforce_composition": "议事协调机构的组成",
    "taskforce_overlap": "两个议事协调机构的共同成员",
    "tasks_without_lead": "无人牵头的任务",
    "top_shared_duty_pairs": "共同职责最多的机构对",
}


def query_title(name: str, english: str) -> str:
    """A named query's title in the session's language (its English title where no Chinese one is known)."""
    return QUERY_TITLES_ZH.get(name, english) if lang() == "zh" else english


def lang() -> str:
    """The session's language: the sidebar choice, else ``?lang=`` in the URL, else Chinese."""
    chosen = st.session_state.get("lang")
    if chosen in LANGS:
        return str(chosen)
    asked = st.query_params.get("lang", DEFAULT_LANG)
    return asked if asked in LANGS else DEFAULT_LANG


def t(key: str, **kw: Any) -> str:
    """The interface string ``key`` in the session's language (the key itself if unknown)."""
    pair = STRINGS.get(key)
    if pair is None:
        return key
    text = pair[LANGS.index(lang())]
    # The interface strings are Markdown; the values put into them (ids, names, errors) are shown as text.
    return text.format(**{k: md(v) for k, v in kw.items()}) if kw else text


def label(name: str | None) -> str:
    """A node label, relationship type or role as the interface names it (unknown names as they are)."""
    if name is None:
        return ""
    pair = LABELS.get(name)
    return pair[LANGS.index(lang())] if pair else name

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
    "page_number": ("页码（共 {n} 页）", "Page (of {n})"),
    "page_rows": ("第 {first}–{last} 条，共 {n} 条", "Rows {first}–{last} of {n}"),
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
    "tf_top_level": ("其中顶层机构", "Top-level ones"),
    "tf_deputies": ("担任副职", "Deputy seats"),
    "tf_roles": ("角色（次数）", "Roles (times)"),
    "tf_by_role": ("按角色统计席位", "Seats by role"),
    "tf_role": ("角色", "Role"),
    "tf_members": ("成员", "Members"),
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
    "param_cli": ("{text}（命令行参数 {name}）", "{text} (on the command line: {name})"),
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


# Column titles of result tables: every field of every named query's rows (the Export page shows any of them), and
# the columns the pages derive (link, type, *_text …). A column shown without its own title gets this one.
COLUMNS: dict[str, tuple[str, str]] = {
    # entities and their names
    "id": ("标识", "Id"),
    "name": ("名称", "Name"),
    "label": ("类型", "Type"),
    "type": ("类型", "Type"),
    "kind": ("类别", "Kind"),
    "county": ("县", "County"),
    "aliases": ("别名", "Aliases"),
    "generic": ("泛指单位", "Generic body"),
    "merge_rules": ("合并规则", "Merge rules"),
    "properties": ("属性", "Properties"),
    "agency": ("机构", "Agency"),
    "agency_id": ("机构 id", "Agency id"),
    "person": ("人员", "Person"),
    "person_id": ("人员 id", "Person id"),
    "post": ("职务", "Post"),
    "post_id": ("职务 id", "Post id"),
    "task": ("任务", "Task"),
    "task_id": ("任务 id", "Task id"),
    "taskforce": ("议事协调机构", "Task force"),
    "taskforce_id": ("议事协调机构 id", "Task force id"),
    "member": ("成员", "Member"),
    "member_id": ("成员 id", "Member id"),
    "member_label": ("成员类型", "Member type"),
    "member_type": ("成员类型", "Member type"),
    "target": ("分管对象", "Overseen"),
    "target_id": ("对象 id", "Target id"),
    "target_label": ("对象类型", "Target type"),
    "target_type": ("对象类型", "Target type"),
    "from_id": ("起点 id", "From id"),
    "from_name": ("起点", "From"),
    "to_id": ("终点 id", "To id"),
    "to_name": ("终点", "To"),
    "a": ("甲", "A"),
    "a_id": ("甲 id", "A id"),
    "b": ("乙", "B"),
    "b_id": ("乙 id", "B id"),
    # counts
    "counts": ("计数", "Counts"),
    "nodes": ("节点", "Nodes"),
    "relationships": ("关系", "Relationships"),
    "counties": ("县", "Counties"),
    "documents": ("文件", "Documents"),
    "undated_documents": ("无日期文件", "Undated documents"),
    "generic_agencies": ("泛指单位", "Generic bodies"),
    "first_document_date": ("最早文件", "First document"),
    "last_document_date": ("最新文件", "Last document"),
    "first_date": ("最早文件", "First document"),
    "last_date": ("最新文件", "Last document"),
    "agencies": ("机构", "Agencies"),
    "people": ("人员", "People"),
    "posts": ("职务", "Posts"),
    "taskforces": ("议事协调机构", "Task forces"),
    "fields": ("分管领域", "Fields"),
    "tasks": ("任务", "Tasks"),
    "lead": ("牵头", "Lead"),
    "support": ("配合", "Support"),
    "responsible": ("负责", "Responsible"),
    "overseers": ("分管领导", "Overseers"),
    "portfolios": ("分管", "Portfolios"),
    "appointments": ("任免", "Appointments"),
    "issued": ("发文", "Issued"),
    "score": ("得分", "Score"),
    "count": ("数量", "Count"),
    "total": ("总数", "Total"),
    "rank": ("排名", "Rank"),
    "seats": ("席位", "Seats"),
    "leads": ("担任组长等", "Chairs"),
    "roles": ("角色", "Roles"),
    "names": ("名称", "Names"),
    "shared": ("共同任务", "Shared tasks"),
    "this_lead": ("本机构牵头", "This one leads"),
    "this_support": ("本机构配合", "This one supports"),
    "other_lead": ("对方牵头", "The other leads"),
    "other_support": ("对方配合", "The other supports"),
    "a_lead": ("甲牵头", "A leads"),
    "b_lead": ("乙牵头", "B leads"),
    "a_role": ("甲的角色", "A's role"),
    "b_role": ("乙的角色", "B's role"),
    "examples": ("示例任务", "Examples"),
    "shared_people": ("共同人员", "Shared people"),
    "shared_agencies": ("共同机构", "Shared agencies"),
    "people_a": ("甲的人员", "People of A"),
    "people_b": ("乙的人员", "People of B"),
    "agencies_a": ("甲的机构", "Agencies of A"),
    "agencies_b": ("乙的机构", "Agencies of B"),
    "jaccard": ("Jaccard 系数", "Jaccard"),
    "degree": ("连接数", "Links"),
    "partners": ("合作机构数", "Partners"),
    "lead_tasks": ("牵头任务", "Lead tasks"),
    "weighted_degree": ("加权度", "Weighted degree"),
    "betweenness": ("中介中心度", "Betweenness"),
    "relations": ("分管关系", "Relations"),
    "top_level": ("其中顶层机构", "Top-level ones"),
    "chairs": ("担任组长等", "Chairs"),
    "deputies": ("担任副职", "Deputy seats"),
    # facts
    "role": ("角色", "Role"),
    "role_text": ("角色", "Role"),
    "text": ("原文", "Text"),
    "deadline": ("时限", "Deadline"),
    "co_units": ("共同承担单位", "Other units"),
    "co_unit_names": ("共同承担单位", "Other units"),
    "co_units_text": ("共同承担单位", "Other units"),
    "leaders": ("分管领导、责任人", "Leaders"),
    "leader_names": ("分管领导、责任人", "Leaders"),
    "units": ("承担单位", "Units"),
    "heads": ("主要负责人", "Heads"),
    "task_leaders": ("任务的分管领导、责任人", "Task leaders"),
    "held_by": ("承担机构", "Held by"),
    "held_by_id": ("承担机构 id", "Held by (id)"),
    "steps_back": ("前身层级", "Steps back"),
    "step": ("步", "Step"),
    "change": ("变化", "Change"),
    "judgement": ("审核决定", "Judgement"),
    "relation": ("关系", "Relation"),
    "as_of": ("日期", "Date"),
    "since": ("最早见于", "First seen"),
    "start": ("起始", "From"),
    "end": ("截止", "Until"),
    "status": ("状态", "Status"),
    "status_text": ("状态", "Status"),
    "basis": ("依据", "Basis"),
    "basis_text": ("依据", "Basis"),
    "ended_by": ("终止依据", "Ended by"),
    "ended_by_person": ("继任者", "Ended by (person)"),
    "is_head": ("正职", "Head"),
    "head": ("职务", "Post"),
    "titles": ("职务", "Posts"),
    "titles_text": ("职务", "Posts"),
    "posts_text": ("职务", "Posts"),
    "names_text": ("议事协调机构", "Task forces"),
    "via_post": ("因职务入选", "Via post"),
    "parent": ("上级机构", "Parent"),
    "members": ("成员", "Members"),
    "subgroups": ("下设工作组", "Sub-groups"),
    "offices": ("办公室设在", "Office at"),
    "action": ("任免", "Action"),
    "action_text": ("任免", "Action"),
    "note": ("备注", "Note"),
    "tier": ("环节", "Tier"),
    "detail": ("说明", "Detail"),
    "type_text": ("关系", "Relation"),
    "reason": ("原因", "Reason"),
    "missing": ("缺少", "Missing"),
    "similar": ("相似机构", "Similar"),
    "fact_id": ("事实 id", "Fact id"),
    "fact_key": ("事实键", "Fact key"),
    "review_status": ("审核状态", "Review status"),
    "confidence": ("置信度", "Confidence"),
    "doubts": ("疑点", "Doubts"),
    "conflicts": ("冲突", "Conflicts"),
    "statements": ("表述", "Statements"),
    "original": ("原抽取值", "Extracted values"),
    "hops": ("步数", "Hops"),
    "path": ("路径", "Path"),
    "variants": ("同长路径数", "Variants"),
    "match": ("匹配", "Match"),
    # provenance
    "doc": ("文件", "Document"),
    "doc_id": ("文件 id", "Document id"),
    "doc_number": ("文号", "Number"),
    "doc_title": ("文件", "Document"),
    "doc_date": ("日期", "Date"),
    "date": ("日期", "Date"),
    "title": ("文件", "Document"),
    "source": ("文件名", "File"),
    "line": ("行号", "Line"),
    "page": ("页码", "Page"),
    "url": ("原文地址", "Source address"),
    "evidence": ("原文句子", "Sentence"),
    # links made by the pages
    "link": ("名称", "Name"),
    "person_link": ("人员", "Person"),
    "agency_link": ("机构", "Agency"),
    "tf_link": ("议事协调机构", "Task force"),
    "pair": ("两个机构的共同任务", "Tasks of a pair"),
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

# Said in the Chinese description of every query whose rows carry a fact's source (the registry's SOURCE_LINKS).
_SOURCE_LINKS_ZH = "读自 PDF 或网页的事实另有 page（PDF 页码）和 url（原文地址），读自文本文件的这两项为空。"
_GENERIC_LEFT_OUT = "“有关部门”等泛指单位不计入，除非选择“包括泛指单位”。"

# The named queries' descriptions in Chinese (the registry's descriptions are the English ones). Column names of
# the result (task_id, doc_number …) are kept as the result table shows them.
QUERY_DESCRIPTIONS_ZH: dict[str, str] = {
    "accountability_chain": (
        "一项任务（task_id）或原文含关键词的各项任务（新文件在前）的责任链，每项任务一行：task_id、任务名称（task）、"
        "原文（text）、时限（deadline）及出处（doc_id、文号 doc_number、文件标题 doc_title、文件日期 doc_date、"
        "文件名 source、行号 line、原句 evidence）；units：承担任务的单位（agency_id、agency，角色 role：lead 牵头、"
        "support 配合、responsible 责任单位，是否泛指单位 generic，行号、原句）；heads：各单位每个正职职务的最新已知任"
        "职人，任务文件日期当天的任职人若另有其人也一并列出（held：最新已知 / 任务日期当天，起止日期、状态、"
        "依据及出处）；overseers：在点名该单位的最新一份领导工作分工中分管、主管、联系或协助该单位的领导（关系、"
        "分工文件日期 as_of 及出处）；task_leaders：任务本身写明的分管领导、责任人（关系及出处）。"
        "须给出 task_id 或关键词。" + _SOURCE_LINKS_ZH
    ),
    "agency_duties": (
        "某机构承担的每项任务一行：task_id、任务简称（task）、原文（text）、类别（kind：assignment 标明责任单位的任务，"
        "duty 行文中写明的职责）、该机构的角色（role：lead 牵头、support 配合、responsible 责任单位）、"
        "时限（deadline）、同一任务的其他单位（co_units：id、名称、角色）、任务写明的领导（leaders：id、姓名、"
        "关系——分管领导或责任人），以及出处：doc_id、文号（doc_number）、文件标题、文件日期、文件名（source）、"
        "行号（line）、原句（evidence）。新文件在前。" + _SOURCE_LINKS_ZH
    ),
    "agency_history": (
        "某机构的任务，并沿 SUCCEEDED_BY（前身—后继）关系上溯其前身机构的任务（如县国土资源局的任务属于县自然资源局的沿"
        "革）：task_id、任务、角色、held_by_id 和 held_by（文件中写明的承担机构）、steps_back（上溯步数，0 为本机构）、"
        "审核状态（review_status），以及出处：doc_id、文号、文件日期、行号、原句。新文件在前。" + _SOURCE_LINKS_ZH
    ),
    "agency_lineage": (
        "根据审核人员的认定，经 SUCCEEDED_BY 关系列出某机构的前身和后继（更名、合并、拆分）：agency_id、机构、"
        "step（负数为前身，0 为本机构，正数为后继）、变动类型（change）、离本机构最近一环的日期和文件、认定记录的 id。"
    ),
    "agency_profile": (
        "某机构的概况（一行）：名称、所属县、类别、是否泛指单位、各种写法（aliases）及合并依据（merge_rules）；"
        "各项计数（牵头、配合、责任单位、任务、议事协调机构、职务、分管领导、提及它的文件、它发出的文件）；它牵头、"
        "配合或负责的任务（task_id、任务、角色、时限、doc_id、文号、文件标题、文件日期、行号）；"
        "它所在的议事协调机构（角色、负责人写法、名单日期及出处）；它的职务及任职人，新的在前（是否正职；"
        "任职人的起止日期、状态、依据、doc_id、行号）；分管、主管、联系或协助它的领导（关系、分工文件日期及出处）；"
        "提及它的文件（文号、标题、日期、行号）和它发出的文件。"
    ),
    "busiest_agencies": (
        "按承担任务多少排列的机构：id、名称、所属县、类别、任务数（tasks），按角色分列的任务数（lead 牵头、"
        "support 配合、responsible 责任单位），在议事协调机构中的席位数（taskforces）、分管领导人数（overseers）、"
        "提及它的文件数（documents）。" + _GENERIC_LEFT_OUT
    ),
    "busiest_people": (
        "按职责多少排列的人员，得分（score）= 所在议事协调机构数 + 分管的机构和领域数 + 被写明为分管领导或责任人的任务"
        "数：id、姓名、所属县、得分、议事协调机构数（taskforces，不重复计）、担任组长、总指挥等的机构数（leads）、"
        "分管对象数（portfolios：分管的机构和领域）、任务数（tasks）、职务（posts，最多 3 个，新的在前）、"
        "提及此人的文件数（documents）。"
    ),
    "busiest_taskforce_members": (
        "按参加议事协调机构多少排列的人员和机构（在工作组中的席位计入其所属的议事协调机构）：member_id、"
        "成员名称（member）、成员类型（member_label：人员 Person 或机构 Agency）、所属县、参加的议事协调机构数（"
        "taskforces，只计顶层，不重复）、席位数（seats，全部成员关系，含工作组）、担任组长、总指挥、"
        "召集人等的席位数（leads）、担任的角色（roles）、所在议事协调机构名称（names，最多 10 个）。泛指单位不计入。"
    ),
    "entity": "按 id 查看一个节点：其类型（label）及全部属性。",
    "facts_without_provenance": (
        "缺少出处的事实：承载事实的关系（HOLDS 任职、APPOINTED_TO 任免、MEMBER_OF 成员、SUBGROUP_OF 下设于、"
        "OFFICE_AT 办公室设在、RESPONSIBLE_FOR 负责、OVERSEES 分管、ISSUED_BY 发文机关）和任务中，缺少 fact_id、"
        "doc_id、source（文件名）、line（行号）、evidence（原句）任何一项，或 doc_id 所指文件不在图谱中的："
        "kind（relationship 关系 / node 节点）、类型（type）、fact_id、doc_id、两端的 id 和名称（from_id、from_name、"
        "to_id、to_name）、missing（缺少的属性；所引文件不存在时为 document）。结果为空即检查通过。"
        "结果为最近一次构建（govkg build）检查全图的发现。"
    ),
    "find": (
        "搜索框应显示的结果：名称、别名、标题或文号与输入完全相同的节点（rank 0）、以输入开头的（1）、包含输入的（2）"
        "以及全文索引找到的（3）；同一等级中名称短的在前。各行：id、类型（label）、名称、所属县、文号（doc_number）、"
        "等级（rank）、得分（score）、匹配总数（total，配合“跳过条数”和“最多条数”分页）。"
    ),
    "graph_overview": (
        "一行：各类节点的数量（nodes）、各类关系的数量（relationships）、各县情况（counties：文件数、"
        "最早和最晚文件日期，机构、人员、职务、议事协调机构、分管领域、任务的数量）、文件总数、无日期文件数、"
        "最早和最晚文件日期、泛指单位数。"
    ),
    "orphan_nodes": (
        "没有与图谱相连的节点：id、类型、名称、所属县、原因（reason：no document mentions it——机构、人员、职务、"
        "议事协调机构、分管领域或任务没有任何文件提及；no fact links it——除所属县、提及文件外没有任何问责关系；"
        "document without facts——文件既未提及任何实体，也没有发文机关）。结果为空即检查通过。"
        "结果为最近一次构建（govkg build）检查全图的发现。"
    ),
    "oversight_on_date": (
        "某县截至某日的领导分工：取该日或之前最新一份领导工作分工文件（县政府领导工作分工）中的分管、主管、联系、协助、"
        "负责、主持安排，按文件中的顺序。每项安排一行：person_id、领导（person）、关系（relation）、"
        "分管对象（target_id、target）、对象类型（target_label：机构 Agency 或分管领域 Field）、"
        "括号中写明的名称（aliases）、分工文件日期（as_of）、doc_id、文号、文件标题、行号、原句。" + _SOURCE_LINKS_ZH
    ),
    "person_profile": (
        "某人的概况（一行）：姓名、所属县、别名、各项计数；posts：任职经历，早的在前（职务、所属机构、是否正职，"
        "依据——任命、名单或免职，起止日期、状态、文号、文件标题、文件日期、行号、原句）；taskforces："
        "在议事协调机构中的席位（角色、职务、依据、经由的职务、名单日期及出处）；portfolios：分管安排（分管对象——机构或"
        "分管领域，关系——分管、主管、联系、协助、负责、主持，括号中写明的名称，分工文件日期及出处）；tasks："
        "被写明为分管领导或责任人的任务（关系及出处）；appointments：任命和免职（任免、职务、日期、备注及出处）；"
        "documents：提及此人的文件（文号、标题、日期、行号）。"
    ),
    "person_timeline": (
        "某人每条带日期的事实一行，按时间先后，供甘特图使用：kind（post：任职或在名单中见于某职务，"
        "已推断出离任日期时 end 为该日期；taskforce：名单日期上在某议事协调机构中的席位；portfolio："
        "分工文件日期上的分管、联系等安排；appointment / removal：任命或免职，起止均为其日期）、label（职务名称、"
        "“角色 · 议事协调机构”、“关系 对象”）、target_id、start、end、状态（status：职务为 current 现任、ended 已离任、"
        "unknown 不详；席位和分管为 seen 见于；任免为 appointed 任命、removed 免职），以及出处（doc_id、文号、"
        "文件标题、行号、原句）。无日期文件中的事实不列出。" + _SOURCE_LINKS_ZH
    ),
    "post_history": (
        "某职务的任职沿革，按时间先后，每条任职事实一行：post_id、职务、person_id、姓名、依据（basis："
        "appointment 任命、roster 名单、removal 免职）、起始日期（start）、截止日期（end：推断的离任日期或免职日期）、"
        "状态（status：current 现任、ended 已离任、unknown 不详）、使其结束的事实（ended_by）及相关人员（"
        "ended_by_person：继任者或被免职者），以及出处：doc_id、文号、文件标题、文件日期、行号、原句。"
        + _SOURCE_LINKS_ZH
    ),
    "post_holders_on": (
        "某日某职务的任职人：任职期覆盖该日的（该日或之前任命且当时未离任），以及该日或之前见于名单、"
        "此后没有事实表明离任的。每人一行：agency_id、机构、post_id、职务、是否正职（is_head）、person_id、姓名、"
        "since（覆盖该日的最早事实的日期）、start（该日或之前最近一条事实的日期，即所引的事实）、end（推断的离任日期，"
        "如在该日之后）、状态（current：已任命且无离任记录；unknown：见于名单，此后情况不详；ended：在该日之后离任）、"
        "依据（appointment 任命、roster 名单），以及所引事实的出处：doc_id、文号、文件标题、行号、原句。"
        "日期只写到月或年（2023-07、2023）时，指该月或该年内的任一时间。" + _SOURCE_LINKS_ZH
    ),
    "posts_on_date": (
        "某县截至某日谁任何职（任职期覆盖该日的，以及该日或之前见于名单、此后没有离任记录的）。每个职务的每位任职人一"
        "行，按机构 id 排列，正职在前：agency_id、机构、post_id、职务、是否正职（is_head）、person_id、姓名、"
        "since（覆盖该日的最早事实的日期）、start（该日或之前最近一条事实的日期，即所引的事实）、end（推断的离任日期，"
        "如在该日之后）、状态（current：已任命且无离任记录；unknown：见于名单，此后情况不详；ended：在该日之后离任）、"
        "依据（appointment 任命、roster 名单），以及所引事实的出处：doc_id、文号、文件标题、行号、原句。"
        "日期只写到月或年（2023-07、2023）时，指该月或该年内的任一时间。" + _SOURCE_LINKS_ZH
    ),
    "review_queue": (
        "待审核的事实，有冲突的在前，其余按置信度由低到高：每条事实一行，含 fact_id、fact_key（审核认定引用该事实所用的"
        "键）、审核状态（status：machine-only 仅机器抽取、confirmed 已确认、corrected 已更正）、置信度（confidence）、"
        "疑点（doubts：ocr 文字识别所得、prose 从行文中读出、single_mention 只出现一次、prose_duty 行文中的职责）、"
        "冲突（conflicts）、事实内容（statements：关系、起点、终点、角色）、更正前抽取的值（original，JSON），"
        "以及出处：doc_id、文号、文件标题、文件日期、文件名、行号、原句。" + _SOURCE_LINKS_ZH
    ),
    "rosters_on_date": (
        "某县截至某日各议事协调机构及其工作组的组成：每个机构取该日或之前最新一份名单。每个席位一行，组长等在前："
        "taskforce_id、议事协调机构、上级机构（parent，工作组才有）、角色（role）、member_id、成员（member）、"
        "成员类型（member_label：人员或机构）、职务（titles，按原文）、机构席位的负责人写法（head，如“主要负责人”）、"
        "依据（basis：roster 名单；by_post 按职务推定——当时担任该机构正职的人）、经由的职务（via_post）、"
        "名单日期（as_of）、doc_id、文号、文件标题、行号、原句。" + _SOURCE_LINKS_ZH
    ),
    "search": (
        "全文检索（中文 cjk 分词），范围为机构、人员、职务、议事协调机构、分管领域、任务和文件，按相关度排列：id、"
        "类型（label）、名称（或标题）、所属县、得分（score）。输入按词语检索（Lucene 运算符和括号不起作用）。"
    ),
    "shared_duties": (
        "与某机构承担相同任务的机构，共同任务多的在前：agency_id、机构、是否泛指单位（generic）、共同任务数（shared）、"
        "牵头与配合的分布（this_lead、this_support：本机构牵头、配合的任务数；other_lead、other_support：对方牵头、"
        "配合的任务数），以及这些任务（tasks，最多 100 项：task_id、任务、本机构的角色、对方的角色、doc_id、行号）。"
        + _GENERIC_LEFT_OUT
    ),
    "shared_tasks": (
        "机构甲（a）和机构乙（b）都承担的任务（task_id、任务），新文件在前，各含甲的角色（a_role）、"
        "乙的角色（b_role）、时限，以及甲这条事实的出处：doc_id、文号、文件标题、文件日期、文件名、行号、"
        "原句（日期和文件出自同一条事实）。可按任务或原句中的关键词、文件年份范围筛选；total 为通过筛选的任务总数（配合"
        "“跳过条数”和“最多条数”分页）。" + _SOURCE_LINKS_ZH
    ),
    "shortest_paths": (
        "两个实体（机构、人员、职务、议事协调机构、任务、分管领域、文件均可，按 id 指定）之间经问责关系的最短路径（"
        "HOLDS 任职、APPOINTED_TO 任免、MEMBER_OF 成员、SUBGROUP_OF 下设于、OFFICE_AT 办公室设在、"
        "RESPONSIBLE_FOR 负责、OVERSEES 分管、ISSUED_BY 发文机关、POST_IN 职务属于；不经 MENTIONED_IN 提及于和 "
        "IN_COUNTY 属于），方向不限，最长为“最多步数”。经过不同节点、不同种类关系的每条路径一行，按可读路径排序："
        "步数（hops）、路径（path，可读的一行）、variants（它代表多少条经由同类其他事实的平行路径，"
        "如两份名单写明同一职务）、其中一条的节点（id、类型、名称）和关系（类型、起点、终点、角色、关系、doc_id、文号、"
        "文件标题、文件名、行号、原句）。路径不经过“有关部门”等泛指单位，除非选择“允许经过泛指单位”。"
    ),
    "single_mention_agencies": (
        "只在一份文件的一行中出现的机构（不含泛指单位）：往往是机构合并时漏掉的一种写法。id、名称、所属县、类别、别名、"
        "这次提及（doc_id、文号、文件标题、行号及该处一条事实的原句），以及 similar：同县中规范名称包含该名称或被其包含"
        "的机构，最多 5 个（id、名称、提及次数），即可合并的候选，经全文索引查找。按县和名称列出前若干个（“最多条"
        "数”），有候选的在前；选择“只列有合并候选的”时只列出有候选的（要逐个检索只出现一次的机构，图谱大时较慢）。"
    ),
    "taskforce_composition": (
        "某议事协调机构的组成（一行）：id、名称、所属县、类别（taskforce 议事协调机构、subgroup 工作组），"
        "工作组另有上级机构（parent：id、名称）；roles：按角色分组的成员，组长等在前；members：每个席位一条（角色、"
        "member_id、成员、成员类型——人员或机构、职务、负责人写法、依据——roster 名单或 by_post 按职务推定、经由的职务、"
        "名单日期、doc_id、文号、文件标题、行号、原句）；subgroups：下设的工作组（id、名称、成员、组长）；offices："
        "办公室设在哪个机构（agency_id、机构、行号、原句）；documents：成立或列出该机构的文件（doc_id、文号、标题、"
        "日期、行号）。"
    ),
    "taskforce_overlap": (
        "两个议事协调机构（含各自的工作组）都有的人员和机构：a_id、a、b_id、b，共同的人员（shared_people）"
        "和机构（shared_agencies）（id、名称、在甲中的角色 roles_a、在乙中的角色 roles_b；在工作组中的角色写作“角色（工"
        "作组）”），各自的人员数和机构数（people_a、people_b、agencies_a、agencies_b），以及 jaccard："
        "成员的杰卡德指数（共同成员数 / 全部成员数）。"
    ),
    "tasks_without_lead": (
        "没有可问责单位的任务，原因（reason）为：no unit（没有任何单位）、support units only（只有配合单位，"
        "没有牵头单位）、only generic units（牵头单位或责任单位都是“有关部门”等泛指单位）；选择“严格”"
        "时另列 no lead (joint responsibility)（有多个责任单位共同负责，但无一牵头）。各行：task_id、任务、原因、"
        "单位（units：名称、角色、是否泛指单位）、任务写明的领导（leaders）、doc_id、文号、文件标题、所属县、行号、"
        "原句。" + _SOURCE_LINKS_ZH
    ),
    "top_shared_duty_pairs": (
        "在某县或全部县中共同承担任务最多的机构对（a、b）：所属县、a_id、a、b_id、b、共同任务数（shared）、"
        "其中甲牵头和乙牵头的任务数（a_lead、b_lead）、任务举例（examples，最多 3 个任务名称）。" + _GENERIC_LEFT_OUT
    ),
}

# The named queries' parameters as the Export form labels them (the same name means the same thing in every query).
PARAM_LABELS: dict[str, tuple[str, str]] = {
    "a_id": ("机构甲 id", "Agency A id"),
    "agency_id": ("机构 id", "Agency id"),
    "b_id": ("机构乙 id", "Agency B id"),
    "county": ("县", "County"),
    "date": ("日期", "Date"),
    "follow_lineage": ("包括前身机构", "Include predecessors"),
    "from_id": ("起点实体 id", "From (id)"),
    "id": ("节点 id", "Node id"),
    "include_generic": ("包括泛指单位", "Include generic bodies"),
    "keyword": ("关键词", "Keyword"),
    "label": ("节点类型", "Node type"),
    "limit": ("最多条数", "At most"),
    "max_hops": ("最多步数", "At most hops"),
    "only_flagged": ("只看有冲突或疑点的", "Only flagged facts"),
    "person_id": ("人员 id", "Person id"),
    "post_id": ("职务 id", "Post id"),
    "role": ("角色", "Role"),
    "skip": ("跳过条数", "Skip"),
    "status": ("审核状态", "Review status"),
    "strict": ("严格", "Strict"),
    "task_id": ("任务 id", "Task id"),
    "taskforce_a": ("议事协调机构甲 id", "Task force A id"),
    "taskforce_b": ("议事协调机构乙 id", "Task force B id"),
    "taskforce_id": ("议事协调机构 id", "Task force id"),
    "text": ("检索词", "Text"),
    "to_id": ("终点实体 id", "To (id)"),
    "with_similar": ("只列有合并候选的", "Only with merge candidates"),
    "year_from": ("起始年份", "From year"),
    "year_to": ("截止年份", "To year"),
}

_COUNTY_OR_ALL = "只看此县（县名，如 稷山县）；留空：全部县"
_COUNTY_NAMED = "县名，如 稷山县"
_DATE = "日期，YYYY-MM-DD（也可只写 YYYY-MM 或 YYYY）"

# The named queries' parameter help in Chinese, query by query (the registry's descriptions are the English ones).
PARAM_HELP_ZH: dict[str, dict[str, str]] = {
    "accountability_chain": {
        "task_id": "任务的 id，如 task:ass-…；给出时优先于关键词",
        "keyword": "任务原文中的词，如 四好农村路",
        "limit": "最多列出这么多项任务",
    },
    "agency_duties": {
        "agency_id": "机构的 id，如 agency:稷山县:水利局",
        "role": "只看该机构担任此角色的任务（全部、牵头、配合、责任单位）",
        "limit": "最多列出这么多项任务",
    },
    "agency_history": {
        "agency_id": "机构的 id，如 agency:稷山县:自然资源局",
        "follow_lineage": "一并列出前身机构的任务",
        "limit": "最多列出这么多项任务",
    },
    "agency_lineage": {"agency_id": "机构的 id，如 agency:稷山县:自然资源局"},
    "agency_profile": {"agency_id": "机构的 id，如 agency:稷山县:水利局"},
    "busiest_agencies": {
        "county": _COUNTY_OR_ALL,
        "include_generic": "“有关部门”等泛指单位也参加排名",
        "limit": "最多列出这么多个机构",
    },
    "busiest_people": {"county": _COUNTY_OR_ALL, "limit": "最多列出这么多人"},
    "busiest_taskforce_members": {"county": _COUNTY_OR_ALL, "limit": "最多列出这么多个成员"},
    "entity": {"id": "节点的 id，如 agency:稷山县:水利局"},
    "facts_without_provenance": {"limit": "最多列出这么多行"},
    "find": {
        "text": "输入的内容，如 应急管理局 或 稷政办发〔2023〕20号",
        "label": "只看此类型的节点（Agency 机构、Person 人员……）；留空：全部类型",
        "skip": "先跳过这么多条结果（用于分页）",
        "limit": "最多列出这么多条结果",
    },
    "orphan_nodes": {"limit": "最多列出这么多行"},
    "oversight_on_date": {"county": _COUNTY_NAMED, "date": _DATE},
    "person_profile": {"person_id": "人员的 id，如 person:稷山县:南选智"},
    "person_timeline": {"person_id": "人员的 id，如 person:稷山县:南选智"},
    "post_history": {"post_id": "职务的 id，如 post:稷山县:水利局局长"},
    "post_holders_on": {"post_id": "职务的 id，如 post:稷山县:水利局局长", "date": _DATE},
    "posts_on_date": {"county": _COUNTY_NAMED, "date": _DATE, "limit": "最多列出这么多行"},
    "review_queue": {
        "status": "只看此审核状态的事实（仅机器抽取、已确认、已更正、全部）",
        "only_flagged": "只看有冲突或疑点的事实",
        "limit": "最多列出这么多条事实",
    },
    "rosters_on_date": {"county": _COUNTY_NAMED, "date": _DATE, "limit": "最多列出这么多个席位"},
    "search": {"text": "要查找的词，如 水利局 或 南选智", "limit": "最多列出这么多条结果"},
    "shared_duties": {
        "agency_id": "机构的 id，如 agency:稷山县:水利局",
        "include_generic": "“有关部门”等泛指单位也计入",
        "limit": "最多列出这么多个机构",
    },
    "shared_tasks": {
        "a_id": "一个机构的 id，如 agency:稷山县:水利局",
        "b_id": "另一个机构的 id",
        "keyword": "只看任务名称或原句含此词的任务；留空：全部",
        "year_from": "只看此年份及以后的文件；0：不限",
        "year_to": "只看此年份及以前的文件；0：不限",
        "skip": "先跳过这么多项任务（用于分页）",
        "limit": "最多列出这么多项任务",
    },
    "shortest_paths": {
        "from_id": "第一个实体的 id，如 person:稷山县:南选智",
        "to_id": "第二个实体的 id，如 agency:稷山县:水利局",
        "max_hops": "只列出不超过这么多步的路径",
        "limit": "最多列出这么多条路径",
        "include_generic": "允许路径经过“有关部门”等泛指单位",
    },
    "single_mention_agencies": {
        "county": _COUNTY_OR_ALL,
        "with_similar": "只列有合并候选的机构",
        "limit": "最多列出这么多个机构",
    },
    "taskforce_composition": {"taskforce_id": "议事协调机构的 id，如 taskforce:稷山县:一泓清水入黄河工作专班"},
    "taskforce_overlap": {
        "taskforce_a": "一个议事协调机构的 id，如 taskforce:稷山县:一泓清水入黄河工作专班",
        "taskforce_b": "另一个议事协调机构的 id",
    },
    "tasks_without_lead": {
        "county": _COUNTY_OR_ALL,
        "strict": "另列有多个责任单位共同负责、但无一牵头的任务",
        "limit": "最多列出这么多项任务",
    },
    "top_shared_duty_pairs": {
        "county": _COUNTY_OR_ALL,
        "include_generic": "“有关部门”等泛指单位也参加配对",
        "limit": "最多列出这么多对机构",
    },
}

# Values a parameter chooses from, as the Export form names them (roles are in LABELS).
CHOICE_LABELS: dict[str, tuple[str, str]] = {
    "all": ("全部", "all"),
    "machine-only": ("仅机器抽取", "machine-only"),
    "confirmed": ("已确认", "confirmed"),
    "corrected": ("已更正", "corrected"),
}


def query_description(name: str, english: str) -> str:
    """A named query's description in the session's language (its English one where no Chinese one is known)."""
    return QUERY_DESCRIPTIONS_ZH.get(name, english) if lang() == "zh" else english


def param_label(name: str) -> str:
    """A query parameter's label in the session's language (its name where none is known)."""
    pair = PARAM_LABELS.get(name)
    return pair[LANGS.index(lang())] if pair else name


def param_help(query: str, param: str, english: str) -> str:
    """A query parameter's help in the session's language, naming the parameter as the command line takes it."""
    text = PARAM_HELP_ZH.get(query, {}).get(param, english) if lang() == "zh" else english
    return t("param_cli", text=text, name=param)


def choice_label(value: object) -> str:
    """A parameter's choice (all, lead, machine-only …) as the interface names it; numbers as they are."""
    if not isinstance(value, str):
        return str(value)
    pair = CHOICE_LABELS.get(value)
    return pair[LANGS.index(lang())] if pair else label(value)


def column_label(name: str) -> str:
    """A table column's title in the session's language (the column's name where none is known)."""
    pair = COLUMNS.get(name)
    return pair[LANGS.index(lang())] if pair else name


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

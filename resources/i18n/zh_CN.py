# ruff: noqa: E501 - a table of sentences; their lines are as long as the sentences
"""The Simplified Chinese words for the console, written into console_zh_CN.ts.

Run ``python resources/i18n/zh_CN.py`` after ``pyside6-lupdate`` (see README in this
folder); it fills every message it knows and lists the ones it does not.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

WORDS = {
    # states, categories, kinds
    "On track": "正常", "Warning": "预警", "Critical": "临期", "Overdue": "逾期",
    "Consultation": "咨询", "Suggestion": "建议", "Complaint": "投诉", "Help": "求助",
    "Report": "举报", "Praise": "表扬", "Other": "其他",
    "Consult.": "咨询", "Suggest.": "建议",
    "Sign": "签收", "On site": "到场", "Reply": "回复",
    "running": "计时中", "met": "已完成", "ended": "已终止", "late": "超时",
    "Accepted": "受理", "Dispatched": "派单", "Signed": "签收", "Replied": "回复",
    "Closed": "办结", "Returned": "退单", "Transferred": "转办", "Reopened": "重新办理",
    "Urged": "催办", "Escalated": "督办", "Note": "备注", "Marked disputed": "标记争议",
    "not our jurisdiction": "非本单位职责", "information missing": "信息不全",
    "other reason": "其他原因",
    "Phone": "电话", "Web": "网站", "App": "客户端", "WeChat": "微信",
    "Urgent": "紧急", "Shuffled": "推诿扯皮", "Disputed": "管辖争议",
    "Urgent 急": "急", "Shuffled 推诿": "推诿", "Disputed 争议": "争议", "Escalated 督办": "督办",
    "Discipline commission (纪委)": "纪委", "Organization dept. (组织部)": "组织部",
    "Supervision office (督查室)": "市政府督查室",
    "open": "待处理", "acknowledged": "已受理", "resolved": "已办结", "withdrawn": "已撤回",
    # board
    "Number": "工单号", "State": "状态", "Time left": "剩余时间", "Due": "时限",
    "Urgency": "紧急", "Category": "类别", "Title": "标题", "Unit": "承办单位",
    "District": "区域", "Ret. · Trf.": "退单·转办", "Flags": "标记",
    "Returns (退单) · transfers (转办)": "退单次数 · 转办次数",
    "(nothing on the board yet)": "（看板上还没有）", "Search": "搜索", "Met": "待办结", "Missed a deadline today": "今日有时限逾期", "Every deadline met (the unit replied): waiting to be closed (待办结)": "时限均已完成（承办单位已回复），等待办结",
    "No deadline": "无时限",
    "No deadline running (无时限): praise has no reply deadline; a reopened ticket's "
    "deadlines were met when it was closed":
        "无进行中的时限：表扬类工单没有答复时限；重新办理的工单，其时限已在办结时完成",
    "<b>Database connection lost</b> at %1 — the board shows the tickets as last read and "
    "keeps counting down. Reconnecting automatically…":
        "<b>数据库连接中断</b>（%1）— 看板保留最后读取的工单并继续倒计时，正在自动重连…",
    "Database connection lost": "数据库连接中断",
    "%1 is on duty as a viewer and cannot acknowledge.": "%1 以查看者身份值班，不能确认。",
    "%1 is not on the staff list and cannot acknowledge: a supervisor adds them.":
        "%1 不在值班人员名单上，不能确认：请督办员添加。",
    "That notification no longer exists.": "该提醒已不存在。",
    "The notice could not be written to %1: %2": "督办通知单无法写入 %1：%2",
    "Only a supervisor may acknowledge: you are on duty as a viewer":
        "只有督办员可以确认：您当前以查看者身份值班",
    "The connection to the database was lost at %1.": "与数据库的连接于 %1 中断。",
    "Deadline": "时限项", "Left / met": "剩余 / 完成",
    "Channel": "来源渠道", "Address": "地址", "Citizen": "来电人", "Lead unit": "主办单位",
    "Co-units": "协办单位", "Returns / transfers": "退单 / 转办", "Status": "办理状态",
    "Escalations": "督办", "Deadlines": "办理时限", "Timeline": "办理过程",
    "Select a ticket to see its details": "选择一张工单查看详情",
    "Loading %1…": "正在读取 %1…", "Could not load %1: %2": "无法读取 %1：%2",
    "Ticket %1 no longer exists": "工单 %1 已不存在", "at the center": "在中心（待派单）",
    "Closed %1": "已办结 %1",
    "%1 is hidden by the current filters.\nClear them to see it again.":
        "工单 %1 不在当前筛选结果中。\n清除筛选即可再次看到。",
    "Unit · note": "单位 · 说明",
    "%1d": "%1天", "%1d %2": "%1天%2",
    "Type your name to continue.": "请填写姓名后继续。",
    "Supervisor on duty": "值班督办员",
    "Your name signs every action you take in the console. It is asked once and remembered "
    "on this workstation.": "您的姓名将签署您在督办台上的每一项操作，只需填写一次，本机会记住。",
    "Name, e.g. 李娜": "姓名，例如 李娜",
    "Reading the board…": "正在读取看板…", "No open tickets": "没有在办工单",
    "Tickets appear here as soon as they are imported. Import a feed with File → Import "
    "feed…, run “python main.py import FILE”, or see a working center at once with "
    "“python main.py --demo”.":
        "工单导入后立即显示在这里。可通过“文件 → 导入工单数据…”导入，或运行"
        "“python main.py import 文件”；想马上看到一个运转中的中心，请运行"
        "“python main.py --demo”。",
    "Import feed…": "导入工单数据…", "No ticket matches these filters": "没有符合筛选条件的工单",
    "Change the filters or the search, or show every ticket.": "请调整筛选或搜索条件，或显示全部工单。",
    "Clear filters": "清除筛选",
    "Search number, title or address  (Ctrl+F)": "搜索工单号、标题或地址（Ctrl+F）",
    "Flag": "标记", "Clear all filters": "清除全部筛选",
    "Save these filters as a view": "将当前筛选保存为常用视图", "Delete the chosen view": "删除所选视图",
    "All tickets": "全部工单", "Save view": "保存视图", "Name of the view:": "视图名称：",
    "Overdue now": "当前逾期", "Open escalations": "督办中", "Overdue today": "今日逾期",
    "Deadlines due today (from midnight, center time) that were missed: still open past their "
    "due time, or met or ended after it. Compared with the whole of yesterday. Click to show "
    "those tickets still open.":
        "今日（中心时间零点起）到期而未按时完成的时限：已过期仍未完成，或超时后才完成或终止。"
        "与昨日全天对比。点击显示其中仍在办的工单。",
    "Escalations still open. Click to show escalated tickets.": "尚未办结的督办。点击显示被督办的工单。",
    "Returned twice or more, sent to three or more units, or sent back to a unit that "
    "returned it (推诿扯皮)": "退单两次及以上、派往三个及以上单位，或被派回曾退单的单位（推诿扯皮）",
    "%1 yesterday": "昨日 %1",
    "12345 Hotline Supervisor Console": "12345 热线督办台", "On duty: %1": "值班：%1",
    "%1 open tickets": "在办工单 %1 件", "%1 of %2 tickets shown": "显示 %1 / 共 %2 件",
    "● %1 — reconnecting…": "● %1 — 正在重连…", "● %1 — updated %2": "● %1 — 更新于 %2",
    "Import feed": "导入工单数据", "Feed files (*.jsonl *.json);;All files (*)":
        "工单数据文件 (*.jsonl *.json);;所有文件 (*)",
    "An import is still running.": "上一次导入尚未完成。", "Importing %1…": "正在导入 %1…",
    "Imported %1 events, %2 duplicates, %3 rejected.": "导入 %1 条事件，重复 %2 条，拒收 %3 条。",
    "Import finished": "导入完成",
    "Rejected lines, with their reasons, are kept in:\n%1": "拒收的行及原因已保存在：\n%1",
    "Import failed": "导入失败",
    "When": "时间", "Who": "操作人", "What": "事项", "%1, recorded %2": "%1，记录于 %2",
    "feed": "系统接入",
    "12345 Hotline Command Center · Supervision": "12345 政府服务热线指挥中心 · 督办大屏",
    "  (demo)": "（演示）", "Most urgent tickets": "最紧急工单",
    "Today by the hour: accepted and missed deadlines": "今日分时段：受理量与逾期时限",
    "Units with most overdue tickets now": "当前逾期工单最多的单位",
    "Missed deadlines": "逾期时限", "None — well done": "无 — 保持良好",
    "yesterday %1": "昨日 %1", "● live": "● 实时", "● database lost at %1 — reconnecting":
        "● 数据库于 %1 中断 — 正在重连",
    "The policy cannot be used:\n%1": "无法使用办理规则：\n%1",
    "Policy": "办理规则", "Database": "数据库", "The database cannot be opened:\n%1": "无法打开数据库：\n%1",
    # menus
    "Search tickets": "搜索工单", "Back to the board": "回到看板",
    "Move through the board": "在看板中移动", "Open the selected ticket's detail": "打开所选工单详情",
    "Clear the search (in the search box)": "清除搜索（在搜索框中）",
    "Switch to saved view 1 … 9": "切换到常用视图 1 … 9",
    "Save the filters as a view": "将筛选保存为视图", "Import a feed file": "导入工单数据文件",
    "Read the board again now": "立即重新读取看板", "Quit": "退出",
    "&File": "文件(&F)", "&Import feed…": "导入工单数据(&I)…", "&Quit": "退出(&Q)",
    "&View": "视图(&V)", "&Search": "搜索(&S)", "&Board": "看板(&B)",
    "Save filters as &view…": "保存为常用视图(&V)…", "&All tickets": "全部工单(&A)",
    "&Refresh now": "立即刷新(&R)", "&Theme": "主题(&T)", "Light": "浅色", "Dark": "深色",
    "&Language": "语言(&L)", "Follow the system": "跟随系统", "&Duty": "值班(&D)",
    "&Change supervisor on duty…": "更换值班督办员(&C)…", "&Help": "帮助(&H)",
    "&Keyboard shortcuts": "快捷键(&K)", "&About": "关于(&A)", "About": "关于",
    "Keyboard shortcuts": "快捷键", "Language": "语言",
    "The new language is used from the next start of the console.": "新语言将在下次启动督办台时生效。",
    "<h3>12345 Hotline Supervisor Console</h3><p>A live board of every open ticket with the "
    "countdown to its next deadline, for the supervisors of a 12345 government-service hotline "
    "command center.</p>":
        "<h3>12345 热线督办台</h3><p>为 12345 政府服务热线指挥中心督办员提供的实时看板："
        "每一件在办工单及其下一时限的倒计时。</p>",
    # supervisor actions: the action table, dialogs, register (issue 9, act-gui)
    "&Ticket": "工单(&T)", "&Escalations": "督办(&E)", "Actions": "操作",
    # the wall display (大屏), issue 11
    "Key figures": "关键指标", "Due within 30 minutes": "30 分钟内到期", "counting…": "统计中…",
    "target %1": "目标 %1", "Trends": "趋势", "today": "今日", "same weekday last week": "上周同日",
    "Tickets per hour: %1  %2": "每小时受理工单：%1  %2",
    "Missed deadlines per day, last 30 days (target: 0)": "近 30 天每日逾期（目标：0）",
    "Missed deadlines per day since %1 (target: 0)": "%1 以来每日逾期（目标：0）",
    "Tickets per hour: %1": "每小时受理工单：%1",
    "Units by missed deadlines this month": "本月各单位逾期排名", "on time %1": "按时率 %1",
    "None open": "暂无", "%1 open": "%1 件", "+%1 more": "另有 %1 件",
    "open %1": "已督办 %1", "No ticket is in warning, critical or overdue now": "当前没有预警、临期或逾期工单",
    "Reading the latest figures…": "正在读取最新数据…", " (demo)": "（演示）", "next in %1 s": "%1 秒后翻页",
    "● reconnecting": "● 正在重连", "● connecting": "● 正在连接",
    "Database connection lost at %1 — showing the figures as last read. Reconnecting automatically…":
        "数据库连接于 %1 中断 — 显示最后读取的数据，正在自动重连…",
    # notifications: center, toasts, tray, settings (issue 10, notify)
    "&Notification center": "通知中心(&N)", "Show or hide the notification center": "显示或隐藏通知中心",
    "Notification &settings…": "通知设置(&S)…", "Sound, volume and toasts": "提示音、音量和弹窗",
    "All kinds": "全部类型", "All levels": "全部级别", "All units": "全部单位",
    "Unacknowledged only": "仅未确认", "Acknowledge": "确认",
    "Acknowledge for the whole center (your name and the time)": "为全中心确认（记录您的姓名和时间）",
    "Open ticket": "打开工单", "Snooze": "暂停提醒",
    "No toasts or sounds for this ticket for a while": "一段时间内不再为此工单弹窗或响铃",
    "Stop snoozing": "恢复提醒", "%1 minutes": "%1 分钟", "%1 hours": "%1 小时",
    "Notifications": "通知", "%1 (%2 unread)": "%1（%2 条未读）",
    "%1 lines, %2 unacknowledged": "%1 行，%2 条未确认",
    "Notification center (your unread notifications)": "通知中心（您的未读通知）",
    "Notifications %1": "通知 %1",
    "Notification settings": "通知设置",
    "Sound for critical and overdue notifications": "临期和逾期通知响铃",
    "Test": "试听", " s": " 秒", "Volume": "音量", "Toasts stay for": "弹窗停留",
    "Show the console": "显示督办台", "Notification center": "通知中心", "Mute sounds": "静音",
    "%1 unacknowledged notifications": "%1 条未确认通知",
    "No unacknowledged notifications": "没有未确认的通知",
    "Overdue at the office": "督办单位逾期", "Proposal": "建议操作",
    "%1 deadline nearing its due time at %2": "%2的%1时限即将到期",
    "%1 deadline critical at %2": "%2的%1时限临期",
    "%1 deadline overdue at %2": "%2的%1时限已逾期",
    "Shuffled between units": "在单位间推诿扯皮",
    "Disputed: units disagree on jurisdiction": "管辖争议：单位对职责有分歧",
    "Escalation overdue at the office": "督办事项在督办单位逾期未办",
    "%1 tickets reached warning": "%1 件工单进入预警", "%1 tickets became critical": "%1 件工单临期",
    "%1 tickets became overdue": "%1 件工单逾期", "%1 tickets were shuffled": "%1 件工单推诿扯皮",
    "%1 tickets became disputed": "%1 件工单出现管辖争议",
    "%1 escalations overdue at the office": "%1 件督办事项在督办单位逾期",
    "Raised": "提醒时间", "Level": "级别", "Acknowledged": "确认",
    # assessment (统一考核) and the supervision bulletin (issue 13, assess)
    "&Bulletin…": "督办通报(&B)…", "Write the supervision bulletin of a period": "生成一段时间的督办通报",
    "A&ssessment": "统一考核(&S)", "Units ranked for a period (assessment)": "承办单位考核排名",
    "Rank": "名次", "Score": "综合得分", "Signed on time": "按时签收率",
    "Replied on time": "按时回复率", "Closed on time": "按时办结率", "Satisfied": "满意率",
    "Returns": "退单", "Overdue at end": "期末超时",
    "%1 signed, %2 of them late": "签收 %1 件，其中超时 %2 件",
    "%1 replied, %2 of them late": "回复 %1 件，其中超时 %2 件",
    "%1 closed, %2 with a late deadline": "办结 %1 件，其中有超时时限 %2 件",
    "%1 of %2 return visits satisfied or basic": "回访 %2 件，满意或基本满意 %1 件",
    "Assessment": "统一考核", "Today": "今天", "This week": "本周", "This month": "本月",
    "Range": "自选时段", "Refresh": "刷新", "Show on board": "在看板中查看",
    "Filter the board to the chosen unit's tickets": "看板只显示所选单位的工单",
    "First day": "起始日", "Last day (included)": "截止日（含）",
    "Choose a unit to see its score week by week": "选择一个单位，查看其逐周得分",
    "%1: score over the last %2 weeks": "%1：近 %2 周得分",
    "Counting…": "正在统计…",
    "%1 units, %2 to %3; score %4 for the center": "%1 个单位，%2 至 %3；全中心得分 %4",
    "The figures could not be read: %1": "无法读取统计数据：%1",
    "Supervision bulletin": "督办通报", "From": "起始日", "To (included)": "截止日（含）",
    "Save as…": "另存为…", "Save the bulletin": "保存督办通报",
    "PDF, to print (*.pdf);;CSV, the ranking (*.csv)": "PDF，用于打印 (*.pdf);;CSV，考核排名 (*.csv)",
    "Counting the period's figures…": "正在统计本期数据…", "Written: %1": "已生成：%1",
    "The bulletin could not be written: %1": "无法生成督办通报：%1",
    "Return visit": "回访", "satisfied": "满意", "basically satisfied": "基本满意",
    "unsatisfied": "不满意", "Bulletin written: %1": "督办通报已生成：%1",
    # supervisor actions, continued (issue 9, act-gui)
    # supervisor actions, continued (issue 9, act-gui)
    # supervisor actions, continued (issue 9, act-gui)
    "&Urge (催办)…": "催办(&U)…", "&Escalate (督办)…": "督办(&E)…",
    "Mark &disputed…": "标记争议(&D)…", "C&lear disputed…": "取消争议标记(&L)…",
    "&Coordinate (协调)…": "协调(&C)…", "E&xtend deadline (延期)…": "延期(&X)…",
    "Add &note…": "添加备注(&N)…", "Escalation &register": "督办台账(&R)",
    "Urge the unit of the selected tickets": "催办所选工单的承办单位",
    "Press the current unit of the selected tickets to act (催办)": "催促所选工单当前承办单位尽快办理（催办）",
    "Escalate the selected tickets to an office": "将所选工单提交督办部门",
    "Refer the selected tickets to the discipline commission, the organization department or the "
    "supervision office (督办)": "将所选工单提交纪委、组织部或市政府督查室督办",
    "Mark the ticket disputed": "将工单标记为管辖争议", "Clear the disputed mark": "取消争议标记",
    "Rule on a dispute: lead unit and co-units": "裁定争议：主办单位与协办单位",
    "Rule on a dispute: send the ticket to a lead unit (主办) with co-units (协办)":
        "裁定争议：将工单派给主办单位，并指定协办单位",
    "Extend an open deadline of the ticket": "延长工单在办时限",
    "Add a note to the selected tickets": "为所选工单添加备注",
    "Show the escalation register": "打开督办台账",
    "Select several tickets": "选择多张工单", "The selected tickets' actions": "所选工单的操作菜单",
    "Dispute cleared": "取消争议", "Coordinated": "协调派单", "Extended": "延期",
    "Office replied": "部门答复", "Escalation resolved": "督办办结", "Escalation withdrawn": "督办撤回",
    "CDI 纪委": "纪委", "Org. dept 组织部": "组织部", "Sup. office 督查室": "督查室",
    "overdue": "超期未办", "shuffled between units": "推诿扯皮", "jurisdiction disputed": "管辖争议",
    "repeated complaints": "重复投诉", "other": "其他",
    # the dialogs
    "At most %1 characters.": "最多 %1 个字。", "Type the text to continue.": "请填写内容后继续。",
    "Escalate (督办)": "督办", "What the office should know (optional)": "需要督办部门了解的情况（可不填）",
    "&Office": "督办部门(&O)", "&Reason": "原因(&R)", "&Note": "备注(&N)",
    "&Back": "上一步(&B)", "&Next…": "下一步(&N)…", "&Send": "发送(&S)",
    "Ticket %1 — %2": "工单 %1 — %2", "%1 tickets: %2": "%1 张工单：%2",
    "… and %1 more tickets": "… 另有 %1 张",
    # a mass escalation is confirmed by its count (fixact)
    "Escalate %1 tickets to %2": "将 %1 张工单督办至%2", "Escalate ticket %1 to %2": "将工单 %1 督办至%2",
    "I have checked: send %1 escalations": "已核对：发送 %1 件督办", "&Send %1": "发送 %1 件(&S)",
    "Warning: %1 of these tickets do not match the reason “%2”: %3": "注意：其中 %1 张工单与督办原因“%2”不符：%3",
    "The following will be sent to <b>%1</b> and entered in the escalation register:":
        "以下内容将发送至<b>%1</b>，并登记到督办台账：",
    "Each ticket gets its own escalation; the office answers within its response time.":
        "每张工单分别登记一件督办；督办部门须在答复时限内答复。",
    "Reason": "原因", "Reason:": "督办原因：", "Note:": "备注：", "Signed:": "签发人：",
    "Coordinate a dispute (协调)": "协调争议工单", "Search units…": "搜索单位…",
    "The ticket is dispatched to the lead unit with new sign and on-site deadlines; the co-units help.":
        "工单将派给主办单位并重新计算签收、到场时限；协办单位配合办理。",
    "The ruling, for the record (optional)": "协调意见，留档备查（可不填）",
    "&Coordinate": "协调派单(&C)", "&Lead unit (主办)": "主办单位(&L)", "Co-&units (协办)": "协办单位(&U)",
    "Choose the lead unit to continue.": "请选择主办单位后继续。",
    "Lead: %1 · co-units: %2": "主办：%1 · 协办：%2",
    "Extend a deadline (延期)": "延期", "%1 — due %2": "%1 — 时限 %2",
    "Why the unit gets more time": "准予延期的理由", "&Extend": "批准延期(&E)",
    "&Deadline": "时限项(&D)", "New &due time": "新的时限(&D)",
    "The ticket has no open deadline.": "该工单没有在办时限。",
    "The new due time must be later than the deadline now.": "新的时限必须晚于当前时限。",
    "Give the reason to continue.": "请填写理由后继续。",
    "Urge (催办)": "催办", "&Urge": "催办(&U)",
    "Words for the unit (optional): what is late and what is expected.": "对承办单位的催办意见（可不填）：哪里超期、要求何时办结。",
    "Ticket %1 — %2 (%3)": "工单 %1 — %2（%3）",
    "Mark disputed (争议)": "标记管辖争议", "Why the dispute is over (optional).": "争议已解决的说明（可不填）。",
    "Which units disagree, and about what (optional).": "哪些单位对什么有争议（可不填）。",
    "Add a note": "添加备注", "The note, kept on the ticket's timeline with your name:": "备注将以您的姓名记入工单办理过程：",
    "Record the office's reply": "登记部门答复", "The office's reply, as received:": "督办部门的答复（照录）：",
    "Resolve the escalation": "督办办结", "The outcome (what the office did, what changed):": "办理结果（督办部门做了什么、有何改变）：",
    "Withdraw the escalation": "撤回督办", "Why it is withdrawn (a mistake is withdrawn, never deleted):": "撤回原因（误提交的督办只能撤回，不会删除）：",
    "Escalation %1 of ticket %2": "工单 %2 的督办 %1",
    "Urge": "催办", "Escalate": "督办", "Mark disputed": "标记争议", "Clear disputed": "取消争议标记",
    "Coordinate": "协调", "Extend a deadline": "延期", "Office's reply": "部门答复", "Resolve": "办结",
    "Withdraw": "撤回",
    "Urged %n ticket(s): %1": "已催办 %n 张工单：%1",
    "Escalated %n ticket(s) to %1: %2": "已将 %n 张工单提交%1督办：%2",
    "Noted on %n ticket(s): %1": "已为 %n 张工单添加备注：%1",
    "Ticket %1 is at the center, not at a unit: there is no unit to urge. Dispatch it first.":
        "工单 %1 在中心，尚未派给承办单位：没有可催办的单位。请先派单。",
    "Choose the reason…": "请选择督办原因…",
    "Choose the reason for the escalation.": "请选择督办原因后继续。",
    "Warning: this ticket does not match the reason “%1”.": "注意：该工单与督办原因“%1”不符。",
    "… and %n more ticket(s)": "… 另有 %n 张",
    "Warning: %n of these tickets do not match the reason “%1”: %2": "注意：其中 %n 张工单与督办原因“%1”不符：%2",
    "%1 is marked disputed.": "%1 已标记为管辖争议。", "%1 is no longer marked disputed.": "%1 已取消争议标记。",
    "%1 is dispatched to %2 as lead unit.": "%1 已派给主办单位 %2。",
    "The deadline of %1 is extended.": "%1 的时限已延期。",
    "Escalation %1 is acknowledged with the office's reply.": "督办 %1 已登记部门答复（已受理）。",
    "Escalation %1 is resolved.": "督办 %1 已办结。", "Escalation %1 is withdrawn.": "督办 %1 已撤回。",
    "Not done (%1):": "未办理（%1）：",
    "%1 (viewer: sees, does not act)": "%1（只读：可查看，不能操作）",
    # the register
    "Escalation register (督办台账)": "督办台账", "No.": "编号", "Ticket": "工单", "Office": "督办部门",
    "Opened": "督办时间", "By": "督办人", "Office due": "答复时限", "Response": "答复用时",
    "Outcome": "办理结果", "replied in %1": "%1 内答复", "overdue %1": "超时 %1", "%1 left": "剩余 %1",
    "Overdue at the office: no answer within its response time": "督办部门逾期：未在答复时限内答复",
    "&Status": "状态(&S)", "U&nit": "单位(&N)", "&Period": "时间(&P)",
    "All offices": "全部督办部门", "Any status": "全部状态", "Still open": "未办结",
    "Any time": "全部时间",
    "Last 7 days": "最近 7 天", "Last 30 days": "最近 30 天",
    "Record &reply…": "登记答复(&R)…", "Re&solve…": "办结(&S)…", "&Withdraw…": "撤回(&W)…",
    "&Print notice…": "打印督办通知单(&P)…", "Show &ticket": "查看工单(&T)",
    "The office answered: record its reply (acknowledged)": "督办部门已答复：登记答复（已受理）",
    "The matter is settled: record the outcome": "事项已解决：登记办理结果",
    "Opened by mistake: withdraw it (never deleted)": "误提交：撤回（不会删除）",
    "The supervision notice (督办通知单) as a PDF": "督办通知单（PDF）",
    "%1 of %2 shown": "显示 %1 / %2 件", "%n escalation(s)": "共 %n 件督办",
    "%1 overdue at the office": "%1 件督办部门逾期",
    # why an action was refused
    "You are on duty as a viewer: viewers see the board but cannot act.": "您以只读身份值班：只能查看看板，不能操作。",
    "This console's database connection may only read: it acts as a viewer.": "本督办台的数据库连接只有读权限：只能查看。",
    "The supervisor on duty is not known to the database. Change the supervisor on duty (Duty menu) and try again.":
        "数据库中没有当前值班督办员。请在“值班”菜单更换值班督办员后重试。",
    "There is no ticket %1.": "没有工单 %1。",
    "Ticket %1 is closed: only a note can be added to it.": "工单 %1 已办结：只能添加备注。",
    "There is no escalation %1.": "没有督办 %1。",
    "Escalation %1 is %2: that step no longer applies to it.": "督办 %1 状态为“%2”：不能再做这一步。",
    "The new time for %1 is earlier than its deadline now (%2): an extension only moves a deadline later.":
        "%1 的新时限早于当前时限（%2）：延期只能推后时限。",
    "Ticket %1 has no open %2 deadline to extend.": "工单 %1 没有可延期的在办“%2”时限。",
    "Ticket %1 already has an open escalation to this office, opened by %2 at %3.":
        "工单 %1 已有提交该部门的督办未办结（%2 于 %3 提交）。",
    "Ticket %1 changed since it was shown (another workstation or the feed wrote to it). Nothing was done; the fresh ticket is shown — look and act again.":
        "工单 %1 在您查看后已有变化（其他工位或工单系统已更新）。本次操作未执行，已显示最新内容，请核对后重新操作。",
    "There is no unit %1.": "没有单位 %1。", "There is no office %1.": "没有督办部门 %1。",
    "Please check the field “%1”: it is empty or too long.": "请检查“%1”：内容为空或过长。",
    "The database did not take it: %1": "数据库未能保存：%1",
    "note": "备注", "reason": "原因", "text": "内容", "outcome": "办理结果", "new due time": "新的时限",
    "name": "姓名", "lead unit": "主办单位", "office": "督办部门",
    "Urged (催办)": "催办次数", ", ": "、",
    "A name new to this center joins as a viewer: it sees the board but cannot act until a supervisor gives it the role (staff add NAME --role supervisor).":
        "本中心新出现的姓名以只读身份加入：可查看看板，须由督办员授予督办权限（staff add 姓名 --role supervisor）后才能操作。",
    "Save the supervision notice": "保存督办通知单", "PDF (*.pdf)": "PDF 文件 (*.pdf)",
    "Supervision notice": "督办通知单", "Notice written to %1": "督办通知单已保存到 %1",
    "lead %1": "主办 %1", "Urged×%1": "催×%1", "Escalated to %1": "已提交%1督办",
    "Urged %1 time(s)": "已催办 %1 次",
}  # fmt: skip
# board trust (issue 8): loading states, views, errors, columns, context menus
WORDS.update({
    "Shows: %1": "显示：%1",
    "Delete view": "删除视图",
    "Delete the saved view “%1”?": "删除已保存的视图“%1”？",
    "Save the filters in force as a view, to come back to them with one click or Ctrl+1…9.":
        "把当前筛选条件保存为视图，之后点一下或按 Ctrl+1…9 即可回到这些条件。",
    "Type a name to save the view.": "输入名称后即可保存视图。",
    "A view of this name exists: saving replaces it.": "已有同名视图：保存将替换它。",
    "&Columns…": "列(&C)…",
    "Show or hide the board's columns (also a right click on its header)": "显示或隐藏看板的列（也可在表头上单击右键）",
    "Standard column &widths": "标准列宽(&W)",
    "Standard column widths": "标准列宽",
    "&Copy number": "复制工单号(&C)",
    "Copy the chosen ticket's number": "复制所选工单的工单号",
    "&Open detail": "打开详情(&O)",
    "Show the chosen ticket's detail (Enter)": "显示所选工单的详情（回车）",
    "Hidden for want of room: widen the window": "因空间不足已隐藏：加宽窗口即可显示",
    "Details…": "详细信息…",
    "Details": "详细信息",
    "Ticket %1 could not be loaded.": "工单 %1 无法读取。",
    "The database server does not answer. Check the network and that the server is running; the console keeps trying.":
        "数据库服务器没有响应。请检查网络以及服务器是否在运行；督办台会继续自动重试。",
    "The database refused the user name or password the console signs in with.":
        "数据库拒绝了督办台登录所用的用户名或密码。",
    "The database named in the connection settings does not exist.": "连接设置中指定的数据库不存在。",
    "The database file is busy with another program. Try again in a moment.":
        "数据库文件正被其他程序占用，请稍后再试。",
    "The file is not a database of this console, or it is damaged.": "该文件不是督办台的数据库，或已损坏。",
    "The database file cannot be opened: check that its folder exists and that this account may write there.":
        "无法打开数据库文件：请检查所在文件夹是否存在，以及当前账户是否有写入权限。",
    "The database address (--db) is not one this console can use.": "数据库地址（--db）不是督办台可以使用的地址。",
    "The database reported an error. The details say which.": "数据库报告了一个错误，详细信息中有具体说明。",
    "Copied %1": "已复制 %1",
    "Every rejected line, with its reason, is kept in %1": "所有被拒绝的行及其原因都保存在 %1",
    "The import stopped.": "导入已中止。",
    "The import stopped (exit code %1).": "导入意外中止（退出码 %1）。",
    "The database cannot be opened.": "无法打开数据库。",
    "line %1: %2": "第 %1 行：%2",
    "… and %1 more lines": "……另有 %1 行",
    # the escalation ladder's To act queue (issue 15, ladder)
    "To &act queue": "待办队列(&A)",
    "Show the To act queue: the steps the escalation ladder proposes": "显示待办队列：督办阶梯建议的下一步",
    "To act": "待办",
    "Steps the escalation ladder proposes (urge, escalate, rule). Click to show the To act queue.": "督办阶梯建议的下一步（催办、督办、协调）。点击显示待办队列。",
    "A step to act on (To act queue)": "有待办的下一步（待办队列）",
    "To act 待办": "待办",
    "Proposed next step: see the To act queue": "建议的下一步：见待办队列",
    "%1 new proposals to act on": "%1 条新的待办建议",
    "To act (待办)": "待办",
    "&Dismiss…": "驳回(&D)…",
    "Working out the proposals…": "正在计算建议…",
    "Nothing to act on: the ladder proposes no step now.": "暂无待办：督办阶梯目前没有建议。",
    "%1 proposed steps, oldest first": "%1 条建议，最早的在前",
    "&Act…": "执行(&A)…",
    "A viewer sees the proposals and does not act": "查看员只能查看建议，不能操作",
    "Not this step: say why (kept on the ticket's timeline). It comes back only when the situation changes.": "不采取这一步：请说明原因（记入工单时间线）。只有工单情况变化时才会再次建议。",
    "Dismiss the proposal": "驳回建议",
    "Why this step is not taken (kept on the ticket's timeline; the step comes back only when the ticket's situation changes):": "不采取这一步的原因（记入工单时间线；只有工单情况变化时才会再次建议）：",
    "&Dismiss": "驳回(&D)",
    "%1 — proposed: %2": "%1 — 建议：%2",
    "Dismiss": "驳回",
    "The proposal for %1 is dismissed.": "%1 的建议已驳回。",
    "Urge the unit (催办)": "催办承办单位",
    "Escalate to %1 (%2)": "督办至%1（%2）",
    "Rule: name a lead unit (协调)": "协调：指定主办单位",
    "&Urge…": "催办(&U)…",
    "&Escalate…": "督办(&E)…",
    "&Rule…": "协调(&R)…",
    "%1 deadline due %2, %3 past it": "%1时限 %2 到期，已超 %3",
    "Shuffled: %1 returns and transfers": "推诿扯皮：退单和转办共 %1 次",
    "Disputed since %1, no ruling": "自 %1 起管辖争议，尚未协调",
    "%1 tickets from the same citizen in %2 days: %3": "同一市民 %2 天内 %1 张同类工单：%3",
    "Ladder step: %1": "阶梯步骤：%1",
    "Due since": "应办时间",
    "Proposed step": "建议步骤",
    "Why": "原因",
    # the escalation ladder on the wall (issue 15): the To act tile's note
    "urge %1": "催办 %1", "escalate %1": "督办 %1", "rule %1": "协调 %1",
    # the ticket detail's ladder section (issue 15)
    "Ladder (督办阶梯)": "督办阶梯",
    "Proposed now: %1 — due since %2": "当前建议：%1 — 自 %2 起应办",
    "Escalated → %1 (%2)": "督办至%1（%2）",
    "Dismissed: %1 — %2": "驳回：%1 — %2",
    "Ruled: lead unit %1": "协调：主办单位 %1",
    "Proposal dismissed": "驳回建议",
    # the To act queue's cells, short (issue 15)
    "Urge (催办)": "催办", "Escalate → %1": "督办 → %1", "Rule (协调)": "协调",
    "due since %1": "自 %1 起应办", "%1 due %2, overdue %3": "%1时限 %2 到期，已超 %3",
})  # fmt: skip
# the same English word, another Chinese one, in one place
BY_CONTEXT = {
    ("Assessment", "Unit"): "承办单位",
    ("Assessment", "Dispatched"): "派单",
    ("Assessment", "Escalations"): "督办",
    ("KpiStrip", "Open"): "在办",
    ("Notifications", "Deadline"): "时限",
    ("Notifications", "Warning"): "预警",
    ("NotificationModel", "Ticket"): "工单",
    ("WallWindow", "Open"): "在办",
    ("DetailPane", "Open"): "办理中",
    ("DetailPane", "Accepted"): "受理时间",
    ("DetailPane", "Phone"): "联系电话",
    ("DetailPane", "Category"): "类别",
    ("DetailPane", "District"): "区域",
    ("WallWindow", "Accepted"): "受理",
    ("DeadlinesModel", "Unit"): "单位",
    ("WallWindow", "Escalations"): "督办中",
    ("KpiStrip", "Shuffled"): "推诿扯皮",
    ("KpiStrip", "Disputed"): "管辖争议",
    ("WallWindow", "Shuffled"): "推诿扯皮",
    ("WallWindow", "Disputed"): "管辖争议",
    ("EscalationsPage", "Escalations"): "督办",
    ("UrgentPage", "Most urgent tickets"): "最紧急工单",
    # supervisor actions, continued (issue 9, act-gui)
    ("RegisterModel", "Status"): "状态",
    ("RegisterPane", "Overdue at the office"): "督办部门逾期",
    ("RegisterModel", "Unit"): "承办单位",
    ("RegisterModel", "Reason"): "督办原因",
}


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    missing = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            target = msg.find("translation")
            assert target is not None
            text = BY_CONTEXT.get((name or "", source)) or WORDS.get(source)
            if text is None:
                missing += 1
                print(f"missing: {name}: {source!r}", file=sys.stderr)
                continue
            forms = target.findall("numerusform")
            for form in forms:  # a plural (%n): Chinese has the one form
                form.text = text
            if not forms:
                target.text = text
            target.attrib.pop("type", None)  # no longer "unfinished"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    sys.exit(1 if fill(HERE / "console_zh_CN.ts") else 0)

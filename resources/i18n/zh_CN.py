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
    "running": "计时中", "met": "已完成", "ended": "已终止",
    "Accepted": "受理", "Dispatched": "派单", "Signed": "签收", "Replied": "回复",
    "Closed": "办结", "Returned": "退单", "Transferred": "转办", "Reopened": "重新办理",
    "Urged": "催办", "Escalated": "督办", "Note": "备注", "Marked disputed": "标记争议",
    "not our jurisdiction": "非本单位职责", "information missing": "信息不全",
    "other reason": "其他原因",
    "Phone": "电话", "Web": "网站", "App": "客户端", "WeChat": "微信",
    "Urgent": "紧急", "Shuffled": "推诿扯皮", "Disputed": "管辖争议",
    "URG": "急", "SHF": "推诿", "DSP": "争议", "ESC": "督办",
    "Discipline inspection commission": "纪委", "Organization department": "组织部",
    "Government supervision office": "市政府督查室",
    "open": "待处理", "acknowledged": "已受理", "resolved": "已办结", "withdrawn": "已撤回",
    # board
    "Number": "工单号", "State": "状态", "Time left": "剩余时间", "Due": "时限",
    "Urgency": "紧急", "Category": "类别", "Title": "标题", "Unit": "承办单位",
    "District": "区域", "Ret. · Trf.": "退单·转办", "Flags": "标记",
    "Returns (退单) · transfers (转办)": "退单次数 · 转办次数",
    "(nothing on the board yet)": "（看板上还没有）",
    "<b>Database connection lost</b> at %1 — the board shows the tickets as last read and "
    "keeps counting down. Reconnecting automatically…":
        "<b>数据库连接中断</b>（%1）— 看板保留最后读取的工单并继续倒计时，正在自动重连…",
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
    "the tickets overdue now.":
        "今日（中心时间零点起）到期而未按时完成的时限：已过期仍未完成，或超时后才完成或终止。"
        "与昨日全天对比。点击显示当前逾期的工单。",
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
}  # fmt: skip
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
            target.text = text
            target.attrib.pop("type", None)  # no longer "unfinished"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    sys.exit(1 if fill(HERE / "console_zh_CN.ts") else 0)

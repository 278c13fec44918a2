"""The bulletin's words in the languages the console speaks (zh_CN first, en).

The bulletin is written by console/ (no Qt), so its words cannot go through Qt's
translator; they are kept here, one table per language, with the same keys.
"""

from __future__ import annotations

_ZH: dict[str, str] = {
    "title": "督办通报",
    "made": "生成于",
    "center": "全中心情况",
    "accepted": "受理工单",
    "dispatched": "派单",
    "closed": "办结",
    "late": "其中超时",
    "sign_rate": "按时签收率",
    "reply_rate": "按时回复率",
    "close_rate": "按时办结率",
    "satisfaction": "满意率",
    "returns": "退单",
    "escalations": "督办",
    "overdue_at_end": "期末超时",
    "overdue_in_period": "期内超时时限",
    "score": "综合得分",
    "overdue_chart": "每日超时",
    "ranking": "承办单位考核排名",
    "rank": "名次",
    "unit": "代码",
    "name": "承办单位",
    "formula": (
        "综合得分 = 各项指标（按时签收、按时回复、按时办结、满意、少退单、少督办、少超时，"
        "各为 0–1）按政策 [assessment] 权重的加权平均 × 100；无可计之项不计入。"
    ),
    "cases": "推诿扯皮及争议工单",
    "ticket": "工单",
    "subject": "诉求",
    "category": "类别",
    "units_sent": "派往单位",
    "transfers": "转办",
    "flags": "标记",
    "shuffled": "推诿",
    "disputed": "争议",
    "status": "状态",
    "status:open": "在办",
    "status:closed": "已办结",
    "escalation_list": "督办事项及结果",
    "id": "编号",
    "office": "督办机关",
    "reason": "事由",
    "opened": "督办时间",
    "outcome": "结果",
    "office:discipline": "纪委",
    "office:organization": "组织部",
    "office:supervision": "督查室",
    "reason:overdue": "超时",
    "reason:shuffled": "推诿",
    "reason:disputed": "争议",
    "reason:repeated": "重复投诉",
    "reason:other": "其他",
    "esc:open": "已督办",
    "esc:acknowledged": "已回复",
    "esc:resolved": "已办结",
    "esc:withdrawn": "已撤回",
    "cat:consultation": "咨询",
    "cat:suggestion": "建议",
    "cat:complaint": "投诉",
    "cat:help": "求助",
    "cat:report": "举报",
    "cat:praise": "表扬",
    "cat:other": "其他",
    "none": "本期无。",
    "more": "另有 {n} 件未列出。",
    "masked": "本通报中市民个人信息已脱敏。",
}

_EN: dict[str, str] = {
    "title": "Supervision bulletin",
    "made": "made",
    "center": "The center",
    "accepted": "Tickets accepted",
    "dispatched": "Dispatched",
    "closed": "Closed",
    "late": "late",
    "sign_rate": "Signed on time",
    "reply_rate": "Replied on time",
    "close_rate": "Closed on time",
    "satisfaction": "Satisfied",
    "returns": "Returns",
    "escalations": "Escalations",
    "overdue_at_end": "Overdue at end",
    "overdue_in_period": "Deadlines missed",
    "score": "Score",
    "overdue_chart": "Overdue per day",
    "ranking": "Units ranked",
    "rank": "Rank",
    "unit": "Code",
    "name": "Unit",
    "formula": (
        "Score = the weighted mean (weights: the policy's [assessment]) of the indicators "
        "signed on time, replied on time, closed on time, satisfied, few returns, few "
        "escalations, few overdue — each 0 to 1 — times 100; an indicator with nothing "
        "to count is left out."
    ),
    "cases": "Shuffled and disputed cases",
    "ticket": "Ticket",
    "subject": "Subject",
    "category": "Category",
    "units_sent": "Sent to",
    "transfers": "Transfers",
    "flags": "Flags",
    "shuffled": "shuffled",
    "disputed": "disputed",
    "status": "Status",
    "status:open": "open",
    "status:closed": "closed",
    "escalation_list": "Escalations and their outcomes",
    "id": "No.",
    "office": "Office",
    "reason": "Reason",
    "opened": "Opened",
    "outcome": "Outcome",
    "office:discipline": "Discipline",
    "office:organization": "Organization",
    "office:supervision": "Supervision",
    "reason:overdue": "overdue",
    "reason:shuffled": "shuffled",
    "reason:disputed": "disputed",
    "reason:repeated": "repeated",
    "reason:other": "other",
    "esc:open": "open",
    "esc:acknowledged": "acknowledged",
    "esc:resolved": "resolved",
    "esc:withdrawn": "withdrawn",
    "cat:consultation": "consultation",
    "cat:suggestion": "suggestion",
    "cat:complaint": "complaint",
    "cat:help": "help",
    "cat:report": "report",
    "cat:praise": "praise",
    "cat:other": "other",
    "none": "None in this period.",
    "more": "{n} more not listed.",
    "masked": "Citizens' personal data is masked in this bulletin.",
}

LANGUAGES = {"zh_CN": _ZH, "en": _EN}


def words(lang: str) -> dict[str, str]:
    """The bulletin's words in ``lang`` (zh_CN or en; other Chinese locales read zh_CN)."""
    if lang.lower().startswith("zh"):
        return _ZH
    return _EN

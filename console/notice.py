"""The supervision notice (督办通知单) for one escalation, as HTML for the PDF writer.

Built here without Qt (so it is testable and the same from the window and the command
line); ``widgets/pdf_render.py`` lays it out on A4. Everything from the database is
escaped, and citizens' names and phone numbers are masked (张**, 138****5678), in the
fields and inside the free text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from sqlalchemy import Engine, select

from console.board_detail import TicketDetail, load_detail
from console.day_end import due_text
from console.escalations import EscalationEntry, escalation_entry
from console.masking import mask_name, mask_phone, mask_text
from console.policy import Policy
from console.refusals import ActionRefused
from db.tables import TICKET_EVENTS as E
from db.tables import UNITS as U

OFFICES_SHORT = {"discipline": "纪委", "organization": "组织部", "supervision": "督查室"}
OFFICE_NAMES = {
    "discipline": "市纪委监委",
    "organization": "市委组织部",
    "supervision": "市政府督查室",
}
REASON_NAMES = {
    "overdue": "逾期未办结",
    "shuffled": "推诿扯皮",
    "disputed": "管辖争议",
    "repeated": "重复投诉",
    "other": "其他",
}
STATUS_NAMES = {
    "open": "待回复",
    "acknowledged": "已回复",
    "resolved": "已办结",
    "withdrawn": "已撤回",
}
CATEGORY_NAMES = {
    "consultation": "咨询",
    "suggestion": "建议",
    "complaint": "投诉",
    "help": "求助",
    "report": "举报",
    "praise": "表扬",
    "other": "其他",
}
CHANNEL_NAMES = {"phone": "电话", "web": "网站", "app": "App", "wechat": "微信", "other": "其他"}
DEADLINE_NAMES = {"sign": "签收", "onsite": "到场", "reply": "答复"}
DEADLINE_STATES = {"open": "进行中", "met": "已完成", "ended": "已终止"}
EVENT_NAMES = {
    "created": "受理",
    "dispatched": "派单",
    "signed": "签收",
    "onsite": "到达现场",
    "replied": "答复市民",
    "closed": "办结",
    "reopened": "重新办理",
    "returned": "退单",
    "transferred": "转办",
    "urged": "催办",
    "escalated": "督办",
    "office_replied": "督办部门回复",
    "escalation_resolved": "督办办结",
    "escalation_withdrawn": "督办撤回",
    "marked_disputed": "标记争议",
    "cleared_disputed": "取消争议标记",
    "coordinated": "协调派单",
    "extended": "批准延期",
    "note": "备注",
}
RETURN_REASONS = {"jurisdiction": "非本单位职责"}

_CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
  "Microsoft YaHei", sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 20pt; text-align: center; margin: 0; letter-spacing: 6px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }
p.sub { text-align: center; color: #444; margin-top: 2px; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #666; padding: 3px; vertical-align: top; }
table.grid th { background: #eee; font-weight: bold; text-align: left; }
table.grid td.sec { border: none; font-size: 12pt; font-weight: bold; padding: 14px 0 4px 0; }
td.k { background: #f4f4f4; }
td.t { white-space: nowrap; }
.late { color: #b00000; font-weight: bold; }
p.sign { text-align: right; margin-top: 24px; }
"""


def notice_html(engine: Engine, escalation_id: int, *, policy: Policy, now: datetime) -> str:
    """The notice of escalation ``escalation_id`` as an HTML document."""
    entry = escalation_entry(engine, escalation_id, now=now)
    if entry is None:
        raise ActionRefused("unknown_escalation", escalation=escalation_id)
    detail = load_detail(engine, entry.ticket)
    if detail is None:  # the ticket row is kept with its escalations; never expected
        raise ActionRefused("unknown_ticket", ticket=entry.ticket)
    with engine.connect() as conn:
        names: dict[str, str] = dict(conn.execute(select(U.c.code, U.c.name)).all())
        query = (
            select(E.c.at, E.c.kind, E.c.actor, E.c.source, E.c.unit, E.c.payload)
            .where(E.c.ticket == entry.ticket)
            .order_by(E.c.at, E.c.id)
        )
        steps = [_step(r, names, policy) for r in conn.execute(query)]
    return render_notice(entry, detail, steps, policy=policy, now=now)


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the notice's timeline."""

    at: datetime
    kind: str
    who: str  # the unit for a feed event, the supervisor for an action
    text: str  # what it said (free text: masked when shown)


def _step(r: Any, names: dict[str, str], policy: Policy) -> Step:
    try:
        data = json.loads(r.payload)
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    unit = names.get(r.unit, r.unit or "") if r.unit else ""

    def name(code: object) -> str:
        return names.get(str(code), str(code))

    kind = r.kind
    if r.source != "feed":
        who = f"督办员 {r.actor}"
        note = str(data.get("note") or "")
        if kind == "escalated":
            office = OFFICES_SHORT.get(str(data.get("office")), str(data.get("office")))
            reason = REASON_NAMES.get(str(data.get("reason")), str(data.get("reason")))
            text = f"报{office}：{reason}" + (f"。{note}" if note else "")
        elif kind == "office_replied":
            text = str(data.get("reply") or "")
        elif kind == "escalation_resolved":
            text = str(data.get("outcome") or "")
        elif kind == "coordinated":
            co = "、".join(name(c) for c in data.get("co_units") or [])
            text = f"主办 {name(data.get('lead'))}" + (f"，协办 {co}" if co else "")
            text += f"。{note}" if note else ""
        elif kind == "extended":
            what = DEADLINE_NAMES.get(str(data.get("deadline")), str(data.get("deadline")))
            try:
                until = datetime.fromisoformat(str(data.get("until")))
                shown = until.astimezone(policy.tz).strftime("%Y-%m-%d %H:%M")
            except ValueError:
                shown = str(data.get("until"))
            text = f"{what}时限延至 {shown}"
            text += f"：{data.get('reason') or ''}"
        else:
            text = note
        return Step(r.at, kind, who, text)
    text = str(data.get("note") or data.get("message") or "")
    if kind == "created":
        text = str(data.get("title") or text)
    elif kind == "returned":
        reason = str(data.get("reason") or "")
        text = f"{RETURN_REASONS.get(reason, reason)} {text}".strip()
    elif kind == "transferred":
        unit = name(data.get("from"))
        text = f"转至 {data.get('to_name') or name(data.get('to'))} {text}".strip()
    elif kind == "dispatched" and data.get("co_units"):
        text = f"协办 {'、'.join(name(c) for c in data['co_units'])} {text}".strip()
    return Step(r.at, kind, unit, text)


def render_notice(
    entry: EscalationEntry,
    detail: TicketDetail,
    steps: list[Step],
    *,
    policy: Policy,
    now: datetime,
) -> str:
    tz = policy.tz

    def when(value: datetime | None) -> str:
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else "—"

    def due(value: datetime | None) -> str:
        return due_text(value, tz) if value else "—"  # midnight: the day before, 24:00

    citizen = [detail.citizen_name] if detail.citizen_name else []

    def free(text: str | None) -> str:
        """Free text: personal data masked, then escaped, line breaks kept."""
        return escape(mask_text(text or "", names=citizen)).replace("\n", "<br>")

    names = {code: name for code, name in detail.co_units}
    unit_then = entry.unit or ""
    if unit_then == detail.unit:
        unit_then_name = detail.unit_name
    else:
        unit_then_name = names.get(unit_then, unit_then)
    year = entry.created_at.astimezone(tz).year
    parts: list[str] = [
        f"<html><head><meta charset='utf-8'><style>{_CSS}</style></head><body>",
        "<h1>督办通知单</h1>",
        f"<p class='sub'>12345政务服务便民热线 · 督办〔{year}〕第 {entry.id} 号</p>",
        _rows(
            [
                (
                    "督办部门",
                    escape(OFFICE_NAMES.get(entry.office, entry.office)),
                    "督办事由",
                    escape(REASON_NAMES.get(entry.reason, entry.reason)),
                ),
                ("督办人", escape(entry.created_by), "督办时间", when(entry.created_at)),
                (
                    "责任单位",
                    escape(unit_then_name or "—"),
                    "回复期限",
                    _late(due(entry.due_at), entry.office_overdue),
                ),
                (
                    "督办状态",
                    escape(STATUS_NAMES.get(entry.status, entry.status)),
                    "工单编号",
                    escape(detail.number),
                ),
            ]
        ),  # fmt: skip
        "<h2>督办意见</h2>",
        f"<p>{free(entry.note) or '（无）'}</p>",
        "<h2>工单情况</h2>",
        _ticket(detail, free, when),
        "<h2>办理时限</h2>",
        _deadlines(detail, now, when, due),
        _timeline(steps, free, when),
    ]
    if entry.reply or entry.outcome:
        parts.append("<h2>督办部门反馈</h2>")
        rows = []
        if entry.reply:
            rows.append(("回复", f"{free(entry.reply)}（{when(entry.replied_at)}）"))
        if entry.outcome:
            label = "撤回说明" if entry.status == "withdrawn" else "办理结果"
            rows.append((label, f"{free(entry.outcome)}（{when(entry.closed_at)}）"))
        parts.append(_pairs(rows))
    parts.append(
        f"<p class='sign'>12345政务服务便民热线指挥中心<br>{when(now)[:10]}</p>"
        "<p style='color:#666; font-size:8pt'>本通知单中市民姓名、电话已脱敏处理。"
        "请于回复期限前将办理情况反馈指挥中心。</p></body></html>"
    )
    return "".join(parts)


def _late(text: str, late: bool) -> str:
    return f"<span class='late'>{text}（已超期）</span>" if late else text


def _rows(rows: list[tuple[str, str, str, str]]) -> str:
    body = "".join(
        f"<tr><td class='k' width='16%'>{a}</td><td width='34%'>{b}</td>"
        f"<td class='k' width='16%'>{c}</td><td width='34%'>{d}</td></tr>"
        for a, b, c, d in rows
    )
    return f"<table class='grid' width='100%' cellspacing='0'>{body}</table>"


def _pairs(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td class='k' width='16%'>{k}</td><td>{v}</td></tr>" for k, v in rows)
    return f"<table class='grid' width='100%' cellspacing='0'>{body}</table>"


def _ticket(d: TicketDetail, free: Any, when: Any) -> str:
    kind = CATEGORY_NAMES.get(d.category, d.category) + ("（紧急）" if d.urgent else "")
    flags = [w for w, on in (("推诿扯皮", d.shuffled), ("管辖争议", d.disputed)) if on]
    co = "、".join(escape(name) for _, name in d.co_units) or "—"
    return _pairs([
        ("标题", free(d.title)),
        ("类别 / 渠道", f"{escape(kind)} / {escape(CHANNEL_NAMES.get(d.channel, d.channel))}"),
        ("受理时间", when(d.accepted_at)),
        ("市民", f"{escape(mask_name(d.citizen_name)) or '—'}　"
                 f"{escape(mask_phone(d.citizen_phone)) if d.citizen_phone else ''}"),
        ("区域 / 地址", f"{escape(d.district) or '—'} {free(d.address)}"),
        ("诉求内容", free(d.description) or "—"),
        ("承办单位", escape(d.unit_name or "（退回指挥中心）")),
        ("协办单位", co),
        ("退单 / 转办", f"{d.returns} 次 / {d.transfers} 次"
                       + (f"　<span class='late'>{'、'.join(flags)}</span>" if flags else "")),
    ])  # fmt: skip


def _deadlines(d: TicketDetail, now: datetime, when: Any, due: Any) -> str:
    head = (
        "<tr><th width='11%'>时限</th><th width='23%'>单位</th><th width='15%'>起算</th>"
        "<th width='15%'>期限</th><th width='15%'>完成</th><th width='21%'>状态</th></tr>"
    )
    rows = []
    for dl in d.deadlines:
        late = dl.late or (dl.status == "open" and now > dl.due_at)
        state = DEADLINE_STATES.get(dl.status, dl.status)
        if late:
            state = f"<span class='late'>{state}（超时）</span>"
        done = dl.met_at if dl.status == "met" else dl.ended_at
        rows.append(
            f"<tr><td>{escape(DEADLINE_NAMES.get(dl.kind, dl.kind))}</td>"
            f"<td>{escape(dl.unit_name or '—')}</td><td>{when(dl.started_at)}</td>"
            f"<td>{due(dl.due_at)}</td><td>{when(done)}</td><td class='t'>{state}</td></tr>"
        )
    if not rows:
        rows.append("<tr><td colspan='6'>（无）</td></tr>")
    return f"<table class='grid' width='100%' cellspacing='0'>{head}{''.join(rows)}</table>"


def _timeline(steps: list[Step], free: Any, when: Any) -> str:
    # the section's title rides in the table's header, so it never ends a page alone
    head = (
        "<thead><tr><td colspan='4' class='sec'>办理经过</td></tr>"
        "<tr><th width='20%'>时间</th><th width='13%'>事项</th><th width='22%'>单位 / 经办</th>"
        "<th width='45%'>说明</th></tr></thead>"
    )
    rows = [
        f"<tr><td class='t' width='20%'>{when(s.at)}</td>"
        f"<td class='t' width='13%'>{escape(EVENT_NAMES.get(s.kind, s.kind))}</td>"
        f"<td width='22%'>{escape(s.who) or '—'}</td><td width='45%'>{free(s.text)}</td></tr>"
        for s in steps
    ]
    return f"<table class='grid' width='100%' cellspacing='0'>{head}{''.join(rows)}</table>"

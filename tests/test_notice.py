"""The supervision notice (督办通知单): what it says, masked and escaped; the A4 PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console import actions
from console.notice import notice_html
from console.policy import load_policy
from console.refusals import ActionRefused
from console.staff import add_staff
from tests.feedkit import created, ev, load

NOW = datetime(2024, 10, 8, 3, 0, tzinfo=UTC)
POLICY = load_policy("haikou")


def escalated(engine: Engine) -> int:
    load(engine, [
        created("A", "2024-10-08T09:00:00+08:00", title="市民张三丰反映噪音，电话13812345678",
                description="<b>夜间施工</b>，联系0898-66668888",
                citizen={"name": "张三丰", "phone": "13812345678"}),
        ev("dispatched", "A", "2024-10-08T09:01:00+08:00", unit="CGJ", unit_name="市综合执法局"),
        ev("returned", "A", "2024-10-08T09:20:00+08:00", unit="CGJ", reason="jurisdiction"),
        ev("dispatched", "A", "2024-10-08T09:25:00+08:00", unit="SWJ", unit_name="市水务局"),
    ])  # fmt: skip
    add_staff(engine, "张督办", "supervisor", now=NOW)
    actions.urge(engine, "张督办", "A", note="请尽快签收", now=NOW)
    return actions.escalate(engine, "张督办", "A", office="discipline", reason="shuffled",
                            note="<script>x</script> 已退单一次", now=NOW)  # fmt: skip


def test_notice_html_masks_and_escapes(sqlite_engine: Engine) -> None:
    eid = escalated(sqlite_engine)
    html = notice_html(sqlite_engine, eid, policy=POLICY, now=NOW)
    for shown in ("督办通知单", "市纪委监委", "推诿扯皮", "张督办", "市水务局", "催办", "退单",
                  "非本单位职责", "答复", "张**", "138****5678", "0898-****8888",
                  "2024-10-08 11:00", "&lt;script&gt;", "&lt;b&gt;夜间施工"):  # fmt: skip
        assert shown in html, shown
    for hidden in ("张三丰", "13812345678", "66668888", "<script>", "<b>夜间"):
        assert hidden not in html, hidden
    with pytest.raises(ActionRefused) as info:
        notice_html(sqlite_engine, 999, policy=POLICY, now=NOW)
    assert info.value.code == "unknown_escalation"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_notice_pdf_is_a4_with_the_chinese_font_embedded(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    from widgets.pdf_render import write_pdf

    eid = escalated(sqlite_engine)
    out = tmp_path / "notice.pdf"
    write_pdf(notice_html(sqlite_engine, eid, policy=POLICY, now=NOW), out)
    assert out.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all("yes" in row[-5:-3] for row in rows), fonts  # every font embedded
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "A4" in info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "督办通知单" in text and "张**" in text and "张三丰" not in text

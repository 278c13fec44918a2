"""The supervision bulletin (督办通报): its figures, its HTML and CSV, masking, the PDF."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console.assessment import Period
from console.bulletin import bulletin_html, chart_series, gather, ranking_csv
from console.policy import load_policy
from tests import assess_feed as hand
from tests.feedkit import created, ev, load

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2024-10-05T12:00:00+08:00")
PHONE = "13912345678"

# a shuffled ticket whose title carries a citizen's phone number
SHUFFLED = [
    created("S1", "2024-10-01T13:00:00+08:00", title=f"请回电{PHONE}，楼道堆物",
            citizen={"name": "李四", "phone": PHONE}),
    ev("dispatched", "S1", "2024-10-01T13:05:00+08:00", unit="A"),
    ev("returned", "S1", "2024-10-01T13:10:00+08:00", unit="A", reason="other"),
    ev("dispatched", "S1", "2024-10-01T13:15:00+08:00", unit="A"),
]  # fmt: skip


@pytest.fixture
def bulletin_db(engine: Engine) -> Engine:
    assert load(engine, hand.FEED + SHUFFLED).rejected == 0
    return engine


def test_figures_of_the_hand_made_feed(bulletin_db: Engine) -> None:
    b = gather(bulletin_db, load_policy(), Period.parse(hand.FROM, hand.TO), now=NOW)
    assert b.accepted == 5  # T1–T4 and S1; T5 came the day before
    # missed deadlines by due day: 10-01 T2 sign, T3 sign at B, T4 sign at C, T5 reply,
    # S1's second sign (13:45, never met); 10-02 T2 reply
    assert b.overdue_per_day == [(date(2024, 10, 1), 5), (date(2024, 10, 2), 1)]
    assert chart_series(b) == (["10-01", "10-02"], [5, 1])
    assert [c.ticket for c in b.cases] == ["S1"] and b.cases_total == 1
    assert b.cases[0].shuffled and b.cases[0].units_sent == ["A"]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_html_and_csv_mask_personal_data(bulletin_db: Engine, lang: str) -> None:
    b = gather(bulletin_db, load_policy(), Period.parse(hand.FROM, hand.TO), now=NOW)
    page = bulletin_html(b, chart_src="data:image/png;base64,AAAA", lang=lang)
    assert PHONE not in page and "李四" not in page
    assert "139****5678" in page
    assert ("督办通报" in page) == (lang == "zh_CN")
    assert 'src="data:image/png;base64,AAAA"' in page
    rows = list(csv.reader(io.StringIO(ranking_csv(b, lang))))
    assert [r[1] for r in rows[1:]] == ["A", "C", "B"]  # S1 adds to A: ranked as before
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert PHONE not in ranking_csv(b, lang)


def test_bulletin_pdf_and_csv_from_the_command_line(
    bulletin_db: Engine, db_url: str, tmp_path: Path
) -> None:
    for name in ("b.pdf", "b.csv"):
        out = tmp_path / name
        p = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", db_url, "--lang", "zh_CN",
             "bulletin", "--from", hand.FROM, "--to", hand.TO, "--out", str(out)],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )  # fmt: skip
        assert p.returncode == 0, p.stderr
        assert out.stat().st_size > 0
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    text = (tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("名次,")
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_printed_page_names_units_and_center_and_never_splits_a_number(
    engine: Engine, lang: str
) -> None:
    """Codes (CGJ → XYQ) and the policy's key ("haikou") meant nothing on paper; a ticket's
    number split at its hyphen and a score of 100.00 wrapped in narrow columns."""
    at = "2024-10-01T13:{:02}:00+08:00"
    feed = [
        created("HK20241001-00547", at.format(0), title="楼道堆物"),
        ev("dispatched", "HK20241001-00547", at.format(5), unit="CGJ", unit_name="市城管局"),
        ev("returned", "HK20241001-00547", at.format(10), unit="CGJ", reason="jurisdiction"),
        ev("dispatched", "HK20241001-00547", at.format(15), unit="XYQ", unit_name="秀英区政府"),
        ev("returned", "HK20241001-00547", at.format(20), unit="XYQ", reason="jurisdiction"),
        ev("dispatched", "HK20241001-00547", at.format(25), unit="CGJ", unit_name="市城管局"),
    ]
    assert load(engine, feed).rejected == 0
    b = gather(engine, load_policy(), Period.parse(hand.FROM, hand.TO), now=NOW)
    assert [c.ticket for c in b.cases] == ["HK20241001-00547"]
    page = bulletin_html(b, chart_src=None, lang=lang)
    assert "市城管局 → 秀英区政府" in page and "CGJ" not in page
    center = "海口市 12345 政务服务便民热线" if lang == "zh_CN" else "Haikou 12345 government"
    assert center in page and "haikou" not in page
    # every listing has its columns' widths; a ticket number and the figures stay whole
    tables = page.split("<table")[1:]
    assert all('<th width="' in t for t in tables[2:])  # the ranking and the listings
    assert '<td style="white-space: nowrap">HK20241001-00547</td>' in page
    assert '<td class="num" style="white-space: nowrap">' in page

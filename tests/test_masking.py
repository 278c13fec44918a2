"""Personal data masked in one place: names, mobiles, landlines, and both inside free text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.masking import SURNAMES, mask_name, mask_phone, mask_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("0898-66668888", "0898-****8888"),
        ("(0898) 6666 8888", "0898-****8888"),
        ("010-12345678", "010-****5678"),
        ("66668888", "****8888"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_phone_keeps_at_most_the_prefix_and_the_last_four(raw: str, shown: str) -> None:
    assert mask_phone(raw) == shown


def test_name_keeps_the_family_name() -> None:
    assert mask_name("张三丰") == "张**"
    assert mask_name("王女士") == "王**"
    assert mask_name("李") == "李*"
    assert mask_name("") == ""


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("王建国反映小区噪音，电话13812345678", "王**反映小区噪音，电话138****5678"),
        ("市民王建国投诉夜间施工", "市民王**投诉夜间施工"),
        ("市民王海反映路灯不亮", "市民王**反映路灯不亮"),
        ("请回电0898-66668888", "请回电0898-****8888"),
        ("联系人：李海 0898 6666 8888", "联系人：李** 0898-****8888"),
        ("陈女士来电咨询医保", "陈**来电咨询医保"),
        ("身份证460100199001011234遗失", "身份证**************1234遗失"),
        # no personal data: left alone
        ("2017年9月18日起停水", "2017年9月18日起停水"),
        ("黄金海岸小区停水", "黄金海岸小区停水"),
        ("龙华区金贸路路灯不亮", "龙华区金贸路路灯不亮"),
    ],
)
def test_free_text_hides_names_and_numbers(raw: str, shown: str) -> None:
    assert mask_text(raw) == shown


def test_known_names_are_masked_wherever_they_appear() -> None:
    title = "王建国家门口下水道堵塞"  # no cue around the name: only knowing it finds it
    assert mask_text(title, names=["王建国"]) == "王**家门口下水道堵塞"
    assert mask_text(title) == title


@given(
    st.text(alphabet="路灯水电话，。 -()（）0123456789", max_size=40),
    st.sampled_from(["13812345678", "0898-66668888", "66668888", "460100199001011234"]),
    st.text(alphabet="路灯水电话，。", max_size=10),
)
def test_no_long_run_of_digits_survives(before: str, number: str, after: str) -> None:
    shown = mask_text(f"{before}，{number}，{after}")
    assert not re.search(r"\d{7,}", shown)
    assert number not in shown
    assert "****" in shown


@given(st.sampled_from(SURNAMES), st.text(alphabet="建国海丽强芳", min_size=1, max_size=2))
def test_a_caller_after_a_cue_word_keeps_only_the_family_name(surname: str, given_: str) -> None:
    shown = mask_text(f"来电人{surname}{given_}，地址不详")
    assert shown == f"来电人{surname}**，地址不详"

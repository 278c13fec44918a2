"""Citizens' personal data as a room or an export may see it (脱敏), without Qt.

The wall display, exports and anything else shown beyond the supervisor's desk pass names,
phone numbers and free text (titles, descriptions) through here, so one set of rules
decides what is hidden:

- a name keeps its family name: 王建国 → 王**, 王女士 → 王**;
- a mobile number keeps its first 3 and last 4 digits: 13812345678 → 138****5678;
- a landline keeps at most its area code and last 4: 0898-66668888 → 0898-****8888;
- any other run of 7 or more digits (an ID card, a local number) keeps its last 4;
- inside free text, names are found by what surrounds them (市民王建国, 联系人：李海,
  王先生, 符强反映…): a family name from the common list followed by one or two given
  names. Masking too much is the safe side of the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the common family names (百家姓 by frequency, and Hainan's: 符, 邢, 云, 羊 …)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤符邢云羊麦吉蒙卓冼庞翁"
)
_SURNAME = f"[{SURNAMES}]"
_GIVEN = r"[\u4e00-\u9fff]"

# a mobile number, with or without spaces or dashes between its blocks
_MOBILE = re.compile(r"(?<![\d*])(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?![\d*])")
# a landline with its area code: 0898-66668888, (0898) 6666 8888, 010-12345678
_LANDLINE = re.compile(r"(?<![\d*])[(（]?(0\d{2,3})[)）]?[- ]?(\d{3,4})[- ]?(\d{4})(?![\d*])")
# any other run of 7+ digits (local numbers, ID cards, 400 numbers): keep the last 4
_DIGITS = re.compile(r"(?<![\d*])\d{6,}[\dXx](?![\d*])")

_HONORIFIC = "先生|女士|小姐|阿姨|大爷|大妈|师傅|老师|同志|阿婆|阿公|老伯"
_CUE = (
    "市民|来电人|来电者|联系人|投诉人|反映人|举报人|当事人|业主|居民|村民|租户|家属|姓名|名叫|叫做"
)
_VERB = "反映|来电|投诉|举报|称|表示|诉求|咨询|求助|报称"
# 王先生 / 王女士: the family name stays, the honorific goes too (it tells the sex)
_WITH_HONORIFIC = re.compile(f"({_SURNAME})(?:{_HONORIFIC})")
# 市民王建国, 联系人：李海
_AFTER_CUE = re.compile(f"(?:{_CUE})[:：]?\\s*({_SURNAME})({_GIVEN}(?:(?!{_VERB}){_GIVEN})?)")
# 符强反映…, 王建国来电 (at the start of a text or after punctuation)
_BEFORE_VERB = re.compile(
    f"(?:^|(?<=[，。；、,;:：\\s（(]))({_SURNAME})({_GIVEN}{{1,2}}?)(?={_VERB})"
)


def mask_name(name: str) -> str:
    """王建国 → 王**, 王女士 → 王**: the family name only."""
    name = name.strip()
    return name[:1] + "*" * max(len(name) - 1, 1) if name else ""


def mask_phone(phone: str) -> str:
    """138****5678 and 0898-****8888: enough to tell numbers apart, not to call them."""
    text = phone.strip()
    if not text:
        return ""
    if m := _MOBILE.fullmatch(text):
        return f"{m.group(1)}****{m.group(3)}"
    if m := _LANDLINE.fullmatch(text):
        return f"{m.group(1)}-****{m.group(3)}"
    digits = [c for c in text if c.isdigit() or c in "Xx"]
    if len(digits) >= 7:
        return "*" * (len(digits) - 4) + "".join(digits[-4:])
    return "*" * len(digits)


def mask_text(text: str, *, names: Iterable[str] = ()) -> str:
    """Free text (a title, a description) with the phone numbers and the names in it
    masked; ``names`` are known names (the ticket's caller) masked wherever they appear."""
    if not text:
        return text
    for name in sorted({n.strip() for n in names if n and len(n.strip()) > 1}, key=len)[::-1]:
        text = text.replace(name, mask_name(name))
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)
    text = _LANDLINE.sub(lambda m: f"{m.group(1)}-****{m.group(3)}", text)
    text = _DIGITS.sub(lambda m: mask_phone(m.group(0)), text)
    text = _WITH_HONORIFIC.sub(lambda m: m.group(1) + "**", text)
    text = _AFTER_CUE.sub(lambda m: m.group(0)[: m.start(2) - m.start(0)] + "**", text)
    return _BEFORE_VERB.sub(lambda m: m.group(1) + "**", text)

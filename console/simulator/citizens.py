"""The callers: fake but plausible names and phone numbers.

Surnames lean to Hainan's (符, 林, 吴, 陈 …). Phone numbers use real mobile prefixes with
the middle block 0000, the same pattern as the spec's examples: plausible on screen,
clearly not anybody's number.
"""

from __future__ import annotations

import random

_SURNAMES = (
    "符", "林", "吴", "陈", "王", "李", "黄", "邢", "云", "冯",
    "蔡", "周", "张", "刘", "杨", "郑", "韩", "羊", "许", "梁",
)  # fmt: skip
_SURNAME_WEIGHTS = (9, 8, 8, 9, 8, 7, 6, 3, 2, 3, 3, 3, 5, 4, 3, 3, 2, 1, 2, 2)
_GIVEN = (
    "海", "丽", "强", "芳", "伟", "敏", "军", "静", "涛", "霞", "明", "燕", "华", "婷",
    "志", "玲", "振", "秀", "文", "春", "国", "琼", "晓", "红", "建", "英", "俊", "娜",
)  # fmt: skip
_PREFIXES = ("130", "133", "135", "136", "138", "139", "150", "152", "158", "177", "180", "189")


def name(rng: random.Random) -> str:
    """王女士 / 李先生 as the agent records most callers, sometimes a full name."""
    surname = rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0]
    if rng.random() < 0.7:
        return surname + ("女士" if rng.random() < 0.5 else "先生")
    given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.7 else "")
    return surname + given


def phone(rng: random.Random) -> str:
    return f"{rng.choice(_PREFIXES)}0000{rng.randrange(10_000):04d}"


def citizen(rng: random.Random) -> dict[str, str] | None:
    """The caller as the feed gives it; ``None`` for the few who stay anonymous."""
    if rng.random() < 0.06:
        return None
    return {"name": name(rng), "phone": phone(rng)}

"""The city: a Haikou-like center's units, districts and places.

About 40 units: the municipal functional departments, the four district governments, a
grid-worker team per district (the "12345 + grid" model) and the emergency teams. Each
unit carries a behaviour profile (see ``people``) so that the same units are prompt,
slow or shuffling in every simulated run, as real units are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    name: str
    kind: str  # department | district | grid | emergency
    profile: str  # key into people.PROFILES


# fmt: off
UNITS: tuple[Unit, ...] = (
    # functional departments (职能部门)
    Unit("CGJ", "市综合行政执法局", "department", "overloaded"),
    Unit("SWJ", "市水务局", "department", "steady"),
    Unit("GAJ", "市公安局", "department", "prompt"),
    Unit("JJZD", "市公安局交通警察支队", "department", "steady"),
    Unit("SJJ", "市市场监督管理局", "department", "steady"),
    Unit("ZJJ", "市住房和城乡建设局", "department", "slow"),
    Unit("FGJ", "市住房保障和房屋管理局", "department", "shuffler"),
    Unit("JTJ", "市交通运输局", "department", "steady"),
    Unit("RSJ", "市人力资源和社会保障局", "department", "overloaded"),
    Unit("STJ", "市生态环境局", "department", "slow"),
    Unit("WJW", "市卫生健康委员会", "department", "steady"),
    Unit("JYJ", "市教育局", "department", "steady"),
    Unit("YBJ", "市医疗保障局", "department", "steady"),
    Unit("MZJ", "市民政局", "department", "prompt"),
    Unit("ZRJ", "市自然资源和规划局", "department", "shuffler"),
    Unit("YLJ", "市园林和环境卫生管理局", "department", "overloaded"),
    Unit("GJJ", "海口住房公积金管理局", "department", "prompt"),
    Unit("SWUJ", "市商务局", "department", "steady"),
    Unit("LWJ", "市旅游和文化广电体育局", "department", "steady"),
    Unit("YJJ", "市应急管理局", "department", "prompt"),
    Unit("SFJ", "市司法局", "department", "prompt"),
    Unit("NYJ", "市农业农村局", "department", "slow"),
    Unit("SSWJ", "国家税务总局海口市税务局", "department", "prompt"),
    Unit("GDJ", "海南电网海口供电局", "department", "prompt"),
    Unit("RQGS", "海口市燃气公司", "department", "steady"),
    Unit("GJJT", "海口市公共交通集团", "department", "steady"),
    Unit("ZWZX", "市政务服务中心", "department", "prompt"),
    # district governments (区政府)
    Unit("XYQ", "秀英区政府", "district", "steady"),
    Unit("LHQ", "龙华区政府", "district", "overloaded"),
    Unit("QSQ", "琼山区政府", "district", "shuffler"),
    Unit("MLQ", "美兰区政府", "district", "steady"),
    # grid workers (网格员)
    Unit("XYWG", "秀英区网格服务管理中心", "grid", "prompt"),
    Unit("LHWG", "龙华区网格服务管理中心", "grid", "prompt"),
    Unit("QSWG", "琼山区网格服务管理中心", "grid", "prompt"),
    Unit("MLWG", "美兰区网格服务管理中心", "grid", "prompt"),
    # emergency teams (应急处置队伍)
    Unit("SFQX", "市三防应急抢险队", "emergency", "emergency"),
    Unit("SZQX", "市政设施抢修队", "emergency", "emergency"),
    Unit("GSQX", "海口水务集团供水抢修队", "emergency", "emergency"),
    Unit("DLQX", "海口供电局电力抢修队", "emergency", "emergency"),
    Unit("XFZD", "市消防救援支队", "emergency", "emergency"),
)
# fmt: on

UNITS_BY_CODE: dict[str, Unit] = {u.code: u for u in UNITS}


@dataclass(frozen=True, slots=True)
class District:
    name: str
    government: str  # unit code of the district government
    grid: str  # unit code of its grid-worker team
    weight: float  # share of the city's tickets
    roads: tuple[str, ...]
    subdistricts: tuple[str, ...]  # 街道 / 镇


DISTRICTS: tuple[District, ...] = (
    District(
        "秀英区",
        "XYQ",
        "XYWG",
        0.18,
        ("长滨路", "海秀西路", "滨海大道西段", "丽晶路", "南海大道西段", "西秀路", "港澳大道"),
        ("秀英街道", "海秀街道", "长流镇", "西秀镇", "石山镇", "永兴镇"),
    ),
    District(
        "龙华区",
        "LHQ",
        "LHWG",
        0.32,
        ("金贸中路", "国贸路", "玉沙路", "龙昆南路", "海秀中路", "金盘路", "大同路", "龙华路"),
        ("金宇街道", "滨海街道", "大同街道", "中山街道", "海垦街道", "城西镇"),
    ),
    District(
        "琼山区",
        "QSQ",
        "QSWG",
        0.22,
        ("琼山大道", "凤翔东路", "红城湖路", "高登西街", "文庄路", "椰海大道", "中山南路"),
        ("府城街道", "国兴街道", "滨江街道", "凤翔街道", "云龙镇", "红旗镇"),
    ),
    District(
        "美兰区",
        "MLQ",
        "MLWG",
        0.28,
        ("和平大道", "人民大道", "海府路", "白龙南路", "国兴大道", "海甸三西路", "沿江一东路"),
        ("海甸街道", "人民路街道", "白龙街道", "博爱街道", "演丰镇", "灵山镇"),
    ),
)

DISTRICT_WEIGHTS: tuple[float, ...] = tuple(d.weight for d in DISTRICTS)

_ESTATE_HEAD = (
    "金色", "南国", "椰城", "滨江", "海景", "书香", "锦绣", "世纪", "阳光", "碧海",
    "兰亭", "翡翠", "椰林", "万绿", "华侨", "明珠", "御景", "福安", "凤凰", "新港",
)  # fmt: skip
_ESTATE_TAIL = ("花园", "小区", "家园", "新村", "名苑", "公馆", "雅居", "城")


def resolve_unit(ref: str, district: District) -> Unit:
    """A topic names a unit by code, or the ticket's own district as ``@district`` / ``@grid``."""
    if ref == "@district":
        return UNITS_BY_CODE[district.government]
    if ref == "@grid":
        return UNITS_BY_CODE[district.grid]
    return UNITS_BY_CODE[ref]


def estate(rng: random.Random) -> str:
    return rng.choice(_ESTATE_HEAD) + rng.choice(_ESTATE_TAIL)


def address(rng: random.Random, district: District) -> tuple[str, str]:
    """A plausible address in the district, and the short place name used in titles."""
    road = rng.choice(district.roads)
    if rng.random() < 0.2:
        other = rng.choice(district.roads)
        if other != road:
            place = f"{road}与{other}交叉口"
            return f"海口市{district.name}{place}", place
    place = estate(rng)
    number = rng.randint(1, 260)
    return f"海口市{district.name}{rng.choice(district.subdistricts)}{road}{number}号{place}", place

"""What citizens call about: topics per category, their wording and who handles them.

Each topic has cases: a title and the matching account the agent writes down (the
description opens with 来电人, which becomes 网民 for web / app / WeChat tickets).
Texts may hold ``{place}``, a street corner or housing estate of the ticket's district.

A topic names its handling unit by code, or ``@district`` / ``@grid`` for the ticket's own
district, or ``*`` for any unit (praise). ``partner`` is the unit it is commonly disputed
with (职能交叉): the two units that send such a ticket back and forth. ``urgent`` is the
share of the topic's tickets accepted as urgent (紧急类), handled on site by
``urgent_unit``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    category: str
    weight: float  # relative weight within its category
    unit: str
    cases: tuple[tuple[str, str], ...]  # (title, what the citizen describes)
    asks: tuple[str, ...]  # what the citizen asks for (诉求)
    replies: tuple[str, ...]  # the unit's answer
    partner: str | None = None
    urgent: float = 0.0
    urgent_unit: str | None = None
    located: bool = True  # the ticket has an address


_T = Topic

# fmt: off
CONSULTATION: tuple[Topic, ...] = (
    _T("social_security", "consultation", 14, "RSJ", (
        ("咨询灵活就业人员社保缴费标准", "来电人是灵活就业人员，想了解今年社保缴费基数和缴费方式"),
        ("咨询社保缴费年限查询方式", "来电人想查询本人社保累计缴费年限，不知道在哪里查"),
        ("咨询异地社保关系转移流程", "来电人从外省来海口工作，想把原参保地的社保关系转过来")),
       ("请告知办理流程和所需材料。",),
       ("已电话告知缴费标准及线上办理渠道。", "已告知可通过海南政务服务网查询和办理。"),
       located=False),
    _T("pension", "consultation", 6, "RSJ", (
        ("咨询退休养老金领取手续", "来电人即将退休，不清楚养老金领取需要办理哪些手续"),
        ("咨询养老金调整发放时间", "来电人想了解今年养老金调整后的补发时间")),
       ("请告知办理时间和地点。",),
       ("已告知退休审批流程及所需材料。", "已告知养老金调整发放安排。"), located=False),
    _T("medical_insurance", "consultation", 10, "YBJ", (
        ("咨询异地就医备案办理方式", "来电人需到外省就医，想了解医保异地备案手续"),
        ("咨询城乡居民医保缴费时间", "来电人想了解城乡居民医保的缴费截止时间"),
        ("咨询门诊特殊病种报销比例", "来电人家人患慢性病，想了解门诊特殊病种的报销比例")),
       ("请告知具体办理方式。",),
       ("已告知可通过国家医保服务平台APP办理。", "已答复相关政策及办理渠道。"),
       located=False),
    _T("housing_fund", "consultation", 7, "GJJ", (
        ("咨询租房提取住房公积金条件", "来电人租房居住，想提取住房公积金支付房租"),
        ("咨询公积金贷款额度计算", "来电人准备买房，想了解公积金贷款最高能贷多少")),
       ("请告知条件和办理渠道。",),
       ("已告知提取条件及线上办理方式。", "已告知贷款额度计算方法。"), located=False),
    _T("school_enrollment", "consultation", 9, "JYJ", (
        ("咨询{place}所属学区", "来电人孩子今年适龄入学，想了解{place}所属学区及报名时间"),
        ("咨询随迁子女入学材料", "来电人为非本市户籍，想了解随迁子女入学所需材料")),
       ("请告知相关政策。",),
       ("已告知今年招生工作安排及报名材料。",)),
    _T("household_registration", "consultation", 8, "GAJ", (
        ("咨询人才落户办理条件", "来电人想了解人才引进落户需要的条件和材料"),
        ("咨询居住证办理流程", "来电人想办理居住证，不清楚在哪里办理"),
        ("咨询新生儿户口登记", "来电人孩子刚出生，想了解新生儿上户口的手续")),
       ("请告知办理地点和所需材料。",),
       ("已告知可就近到派出所户籍窗口办理。",), located=False),
    _T("business_license", "consultation", 6, "SJJ", (
        ("咨询个体工商户营业执照办理", "来电人准备开小餐馆，想了解营业执照和食品经营许可如何办理"),
        ("咨询企业名称变更登记", "来电人公司需要变更名称，想了解变更登记的流程")),
       ("请告知办理流程。",),
       ("已告知可通过海南e登记平台网上办理。",), located=False),
    _T("tax", "consultation", 5, "SSWJ", (
        ("咨询个人所得税汇算清缴", "来电人想了解个人所得税年度汇算如何办理"),
        ("咨询小规模纳税人减免政策", "来电人经营个体店铺，想了解小规模纳税人的减免政策")),
       ("请告知操作方法。",),
       ("已告知可通过个人所得税APP办理。", "已告知相关减免政策。"), located=False),
    _T("driving", "consultation", 5, "JJZD", (
        ("咨询驾驶证到期换证", "来电人驾驶证即将到期，想了解换证手续"),
        ("咨询外地车辆通行规定", "来电人想了解外地号牌车辆在市区的通行规定")),
       ("请告知相关规定。",),
       ("已告知可通过交管12123办理。", "已告知相关通行规定。"), located=False),
    _T("bus_route", "consultation", 4, "GJJT", (
        ("咨询{place}公交线路调整", "来电人发现{place}附近公交站点停用，想了解线路调整情况"),
        ("咨询夜班公交运营时间", "来电人下夜班回家，想了解夜班公交的运营时间")),
       ("请告知替代线路。",),
       ("已告知线路调整情况及替代线路。", "已告知夜班公交运营时间。")),
    _T("outage_notice", "consultation", 5, "SWJ", (
        ("咨询{place}停水原因及恢复时间", "来电人所在{place}今日停水，未看到通知"),
        ("咨询{place}计划停水通知", "来电人听说{place}近期要停水，想了解具体时间")),
       ("请告知供水安排。",),
       ("已告知系管网维修计划停水，预计当日恢复。",)),
    _T("power_notice", "consultation", 4, "GDJ", (
        ("咨询{place}计划停电时间", "来电人收到{place}停电通知，想了解具体停电时段"),
        ("咨询居民电费阶梯计价", "来电人觉得本月电费偏高，想了解阶梯电价标准")),
       ("请告知相关情况。",),
       ("已告知计划检修停电时段。", "已解释阶梯电价计费方式。")),
    _T("vaccination", "consultation", 3, "WJW", (
        ("咨询{place}附近儿童疫苗接种点", "来电人想了解{place}附近的预防接种门诊"),
        ("咨询HPV疫苗预约方式", "来电人想为女儿预约HPV疫苗，不清楚预约渠道")),
       ("请告知预约方式。",),
       ("已告知就近接种门诊及预约渠道。",)),
    _T("property_registration", "consultation", 4, "ZRJ", (
        ("咨询不动产登记办理进度", "来电人去年办理的不动产登记至今未拿到证书"),
        ("咨询房产证加名手续", "来电人想在房产证上加配偶的名字，想了解手续")),
       ("请告知办理进度和方式。",),
       ("已告知办理进度及领证时间。", "已告知办理所需材料。"), located=False),
    _T("government_service", "consultation", 5, "ZWZX", (
        ("咨询政务服务中心周末办理时间", "来电人想了解政务服务中心周末是否对外办公"),
        ("咨询一网通办线上办理", "来电人想了解哪些事项可以在网上办理")),
       ("请告知相关安排。",),
       ("已告知政务服务中心周末延时服务安排。", "已告知线上办理渠道。"), located=False),
)

COMPLAINT: tuple[Topic, ...] = (
    _T("construction_noise", "complaint", 12, "CGJ", (
        ("{place}工地夜间施工噪音扰民", "来电人反映{place}旁工地夜间22点后仍在施工，噪音影响休息"),
        ("{place}附近工地凌晨打桩", "来电人反映{place}旁边工地凌晨还在打桩，整栋楼都睡不着")),
       ("请相关部门到场查处。", "要求停止夜间施工。"),
       ("执法队员已到场核查，责令施工单位停止夜间施工。",
        "经查该工地已办理夜间施工许可，已要求其采取降噪措施。"),
       partner="STJ"),
    _T("social_noise", "complaint", 7, "GAJ", (
        ("{place}广场舞音响声音过大", "来电人反映{place}附近每晚广场舞音响声音很大，持续到深夜"),
        ("{place}酒吧夜间噪音扰民", "来电人反映{place}楼下酒吧每晚放音乐到凌晨")),
       ("请尽快处理。",),
       ("民警已到场劝导，音响音量已调小。",),
       partner="CGJ", urgent=0.05, urgent_unit="GAJ"),
    _T("street_vendors", "complaint", 10, "CGJ", (
        ("{place}占道经营影响通行", "来电人反映{place}门口长期有摊贩占道经营，人行道无法通行"),
        ("{place}门口流动摊贩聚集", "来电人反映{place}门口每天傍晚聚集大量流动摊贩，垃圾遍地")),
       ("请相关部门清理。",),
       ("已安排执法队员清理占道摊点，并加强巡查。",),
       partner="@district"),
    _T("illegal_parking", "complaint", 9, "JJZD", (
        ("{place}车辆乱停放占用人行道", "来电人反映{place}人行道长期停满车辆，行人只能走机动车道"),
        ("{place}消防通道被车辆占用", "来电人反映{place}消防通道长期被私家车占用")),
       ("请相关部门治理。",),
       ("已安排交警到场处理，对违停车辆进行处罚。",),
       partner="CGJ"),
    _T("wage_arrears", "complaint", 9, "RSJ", (
        ("{place}项目拖欠农民工工资", "来电人在{place}附近一处工地务工，施工方拖欠工资约两万元"),
        ("公司拖欠员工三个月工资", "来电人称原单位拖欠其三个月工资未发放，多次讨要无果")),
       ("请相关部门协调追讨。",),
       ("劳动监察大队已立案调查，督促企业限期支付工资。",
        "经协调，企业已承诺在本月底前结清欠薪。")),
    _T("property_management", "complaint", 7, "FGJ", (
        ("{place}物业服务不到位", "来电人反映{place}物业公司长期不清理垃圾、电梯故障无人维修"),
        ("{place}物业乱收停车费", "来电人反映{place}物业擅自上调停车费，未经业主大会同意")),
       ("请相关部门督促整改。",),
       ("已约谈物业公司，责令限期整改。",),
       partner="@district"),
    _T("garbage", "complaint", 7, "YLJ", (
        ("{place}垃圾清运不及时", "来电人反映{place}附近垃圾堆积多日，气味难闻"),
        ("{place}垃圾桶满溢无人清理", "来电人反映{place}门口垃圾桶天天满溢，没人清理")),
       ("请尽快清运。",),
       ("已安排环卫作业人员清运，并增加清运频次。",),
       partner="@district"),
    _T("cooking_fumes", "complaint", 5, "STJ", (
        ("{place}餐饮店油烟扰民", "来电人反映{place}楼下餐饮店油烟直排，住户无法开窗"),
        ("{place}烧烤摊油烟直排", "来电人反映{place}路边烧烤摊每晚油烟很大")),
       ("请相关部门查处。",),
       ("已要求商户安装油烟净化设施。",),
       partner="CGJ"),
    _T("food_safety", "complaint", 6, "SJJ", (
        ("{place}餐馆卫生条件差", "来电人在{place}附近一家餐馆就餐，发现后厨卫生条件很差"),
        ("{place}超市销售过期食品", "来电人在{place}附近超市购买的食品已过保质期")),
       ("请相关部门查处。",),
       ("市场监管所已到店检查，督促商家整改并依法处理。",)),
    _T("price", "complaint", 4, "SJJ", (
        ("{place}商铺未明码标价", "来电人反映{place}附近商铺商品不标价，结账时随意要价"),
        ("{place}海鲜排档价格欺诈", "来电人反映在{place}附近海鲜排档消费时被按高价收费")),
       ("请相关部门处理。",),
       ("经调解，商家已退还多收款项。",)),
    _T("taxi", "complaint", 5, "JTJ", (
        ("出租车拒载绕路", "来电人在{place}附近乘坐出租车，司机绕路多收费"),
        ("网约车司机态度恶劣", "来电人在{place}附近乘坐网约车，司机态度恶劣并中途甩客")),
       ("请相关部门处理司机。",),
       ("已核实并对驾驶员进行教育处罚。",)),
    _T("illegal_building", "complaint", 5, "CGJ", (
        ("{place}楼顶私搭乱建", "来电人反映{place}有住户在楼顶加建房屋"),
        ("{place}一楼住户违规扩建", "来电人反映{place}一楼住户占用公共绿地扩建院子")),
       ("请相关部门查处。",),
       ("已立案调查，责令当事人限期自行拆除。",),
       partner="ZRJ"),
    _T("renovation_noise", "complaint", 4, "@grid", (
        ("{place}住户装修噪音扰民", "来电人反映{place}有住户在午休时间装修"),
        ("{place}周末装修施工", "来电人反映{place}有住户周末一早就开始装修电钻")),
       ("请协调处理。",),
       ("网格员已上门协调，装修户承诺按规定时间施工。",)),
    _T("secondary_water", "complaint", 3, "SWJ", (
        ("{place}二次供水水质发黄", "来电人反映{place}自来水发黄有异味"),
        ("{place}高层水压不足", "来电人反映{place}高层住户水压很小，洗澡都困难")),
       ("请相关部门检测处理。",),
       ("已安排人员检测并清洗二次供水水箱。", "已对加压设备进行检修。"),
       partner="ZJJ"),
    _T("service_attitude", "complaint", 2, "ZWZX", (
        ("办事窗口工作人员态度差", "来电人在政务服务中心办理业务时，窗口人员态度生硬"),
        ("办事窗口排队时间过长", "来电人在政务服务中心排队两个多小时仍未办理")),
       ("请相关部门核实处理。",),
       ("已核实并对相关人员进行批评教育。", "已增开窗口缩短等候时间。"), located=False),
)

HELP: tuple[Topic, ...] = (
    _T("water_outage", "help", 14, "SWJ", (
        ("{place}突然停水", "来电人所在{place}从早上开始停水，没有收到任何通知"),
        ("{place}停水超过24小时", "来电人反映{place}已停水一整天，老人孩子生活困难")),
       ("请尽快恢复供水。",),
       ("系供水管道爆裂，抢修后已恢复供水。",),
       urgent=0.50, urgent_unit="GSQX"),
    _T("power_outage", "help", 11, "GDJ", (
        ("{place}突然停电", "来电人反映{place}整栋楼突然停电"),
        ("{place}电压不稳", "来电人反映{place}电压忽高忽低，家电已烧坏")),
       ("请尽快抢修。",),
       ("抢修人员已到场，已恢复供电。",),
       urgent=0.50, urgent_unit="DLQX"),
    _T("road_damage", "help", 11, "ZJJ", (
        ("{place}路面塌陷", "来电人反映{place}路面出现塌陷坑洞，已有电动车摔倒"),
        ("{place}井盖缺失", "来电人反映{place}路面井盖缺失，过往行人车辆很危险")),
       ("请尽快修复。",),
       ("已设置警示标志并安排修复。",),
       partner="SWJ", urgent=0.50, urgent_unit="SZQX"),
    _T("street_light", "help", 7, "ZJJ", (
        ("{place}路灯不亮", "来电人反映{place}路灯连续多晚不亮，夜间出行不安全"),
        ("{place}一排路灯损坏", "来电人反映{place}一整排路灯损坏，路面漆黑")),
       ("请尽快维修。",),
       ("已安排维修，路灯恢复正常。",),
       partner="@district"),
    _T("drain_blocked", "help", 8, "SWJ", (
        ("{place}下水道堵塞污水外溢", "来电人反映{place}下水道堵塞，污水漫到路面"),
        ("{place}雨水井堵塞积水", "来电人反映{place}雨水井堵塞，一下雨就积水")),
       ("请疏通。",),
       ("已安排疏通作业。",),
       urgent=0.20, urgent_unit="SZQX"),
    _T("gas_leak", "help", 4, "RQGS", (
        ("{place}闻到燃气味", "来电人在{place}楼道闻到浓烈燃气味"),
        ("{place}燃气管道漏气", "来电人反映{place}室外燃气管道有漏气声")),
       ("请立即派人检查。",),
       ("抢险人员已到场关阀检修，隐患已排除。",),
       urgent=0.85, urgent_unit="XFZD"),
    _T("fallen_tree", "help", 6, "YLJ", (
        ("{place}树木倾斜有倒伏危险", "来电人反映{place}一棵大树倾斜，随时可能倒下"),
        ("{place}枯树枝有掉落危险", "来电人反映{place}行道树枯枝悬挂，有砸人危险")),
       ("请尽快处理。",),
       ("已安排园林工人修剪清理。",),
       urgent=0.35, urgent_unit="SFQX"),
    _T("missing_person", "help", 2, "GAJ", (
        ("老人走失求助", "来电人家中患阿尔茨海默病的老人在{place}附近走失"),
        ("孩子放学未回家", "来电人孩子放学后一直未回家，最后出现在{place}附近")),
       ("请帮助寻找。",),
       ("民警已协助找到走失人员。",),
       urgent=0.80, urgent_unit="GAJ"),
    _T("hardship_aid", "help", 4, "MZJ", (
        ("困难家庭申请临时救助", "来电人家庭困难，家人患重病，希望申请临时救助"),
        ("咨询低保申请条件", "来电人失业在家，想了解低保的申请条件")),
       ("请给予帮助。",),
       ("已转所在街道核实情况，符合条件的将纳入救助。",)),
    _T("stray_animals", "help", 3, "@grid", (
        ("{place}流浪狗伤人", "来电人反映{place}有流浪狗咬伤路人"),
        ("{place}流浪犬聚集", "来电人反映{place}有多只流浪犬，孩子上学不安全")),
       ("请处理。",),
       ("网格员已联系相关单位收容。",),
       partner="CGJ"),
    _T("elevator", "help", 3, "SJJ", (
        ("{place}电梯困人", "来电人反映{place}电梯突然停运，有人被困在里面"),
        ("{place}电梯频繁故障", "来电人反映{place}电梯经常停运，老人上下楼困难")),
       ("请督促维修。",),
       ("已督促维保单位检修。",),
       urgent=0.35, urgent_unit="XFZD"),
)

SUGGESTION: tuple[Topic, ...] = (
    _T("bus_stop", "suggestion", 5, "GJJT", (
        ("建议{place}增设公交站点", "来电人认为{place}附近居民较多，没有公交站点"),
        ("建议延长夜班公交运营时间", "来电人认为{place}一带夜班公交收车太早")),
       ("建议相关部门研究。",),
       ("感谢建议，已纳入线路优化研究。",)),
    _T("traffic_light", "suggestion", 4, "JJZD", (
        ("建议{place}增设红绿灯", "来电人认为{place}车流量大，行人过马路危险"),
        ("建议优化{place}信号灯配时", "来电人认为{place}红灯时间过长，早晚高峰车辆拥堵")),
       ("建议相关部门研究。",),
       ("已组织现场勘查，将研究优化方案。",)),
    _T("parking_spaces", "suggestion", 3, "JTJ", (
        ("建议{place}增加停车位", "来电人反映{place}停车难，车辆只能停在路边"),
        ("建议开放学校周边临时停车", "来电人认为{place}学校周边接送孩子时段停车困难")),
       ("建议规划停车场。",),
       ("感谢建议，已转相关部门研究。",)),
    _T("park_facilities", "suggestion", 3, "YLJ", (
        ("建议{place}公园增设公共厕所", "来电人经常在{place}附近公园散步，公园里没有厕所"),
        ("建议增加公园座椅遮阳设施", "来电人认为{place}附近公园座椅太少，也没有遮阳")),
       ("建议完善设施。",),
       ("已纳入公园提升改造计划。",)),
    _T("community_fitness", "suggestion", 2, "@district", (
        ("建议{place}增设健身器材", "来电人所在{place}缺少健身场地和器材"),
        ("建议社区增设老年活动场所", "来电人认为{place}老人多，缺少活动场所")),
       ("建议增设。",),
       ("已转社区研究落实。",)),
    _T("online_service", "suggestion", 3, "ZWZX", (
        ("建议更多事项实现网上办理", "来电人办事时需要多次往返办事大厅"),
        ("建议简化证明材料", "来电人认为办事需要提交的证明材料过多")),
       ("建议优化流程。",),
       ("感谢建议，已反馈相关业务部门。",), located=False),
)

REPORT: tuple[Topic, ...] = (
    _T("illegal_taxi", "report", 5, "JTJ", (
        ("举报{place}黑车非法营运", "来电人举报{place}附近长期有黑车拉客"),
        ("举报{place}摩的聚集拉客", "来电人举报{place}门口摩的聚集揽客，存在安全隐患")),
       ("请相关部门查处。",),
       ("已组织执法人员查处非法营运车辆。",)),
    _T("unlicensed_business", "report", 5, "SJJ", (
        ("举报{place}无证经营", "来电人举报{place}附近一家店无证经营"),
        ("举报{place}向未成年人售卖电子烟", "来电人举报{place}附近小卖部向学生售卖电子烟")),
       ("请查处。",),
       ("已到场检查，责令停业整改。",),
       partner="CGJ"),
    _T("sewage", "report", 4, "STJ", (
        ("举报{place}偷排污水", "来电人举报{place}附近有企业往河道排放污水"),
        ("举报{place}夜间焚烧垃圾", "来电人举报{place}附近有人夜间焚烧垃圾，烟味刺鼻")),
       ("请查处。",),
       ("已采样检测并立案调查。",),
       urgent=0.25, urgent_unit="STJ"),
    _T("fraud", "report", 3, "GAJ", (
        ("举报电信诈骗线索", "来电人接到冒充客服的诈骗电话，要求其转账"),
        ("举报非法集资", "来电人举报有公司以高息为诱饵向老人非法集资")),
       ("请依法处理。",),
       ("已转反诈中心核查。",), located=False),
    _T("fire_passage", "report", 3, "XFZD", (
        ("举报{place}消防通道堵塞", "来电人举报{place}楼道内堆放大量杂物，堵塞消防通道"),
        ("举报{place}电动车楼道充电", "来电人举报{place}有人在楼道里给电动车充电")),
       ("请检查处理。",),
       ("已检查并督促清理，消除隐患。",),
       urgent=0.35, urgent_unit="XFZD"),
    _T("illegal_clinic", "report", 2, "WJW", (
        ("举报{place}非法行医", "来电人举报{place}有人无证行医"),),
       ("请查处。",),
       ("已立案调查。",)),
)

PRAISE: tuple[Topic, ...] = (
    _T("praise_staff", "praise", 1, "*", (
        ("表扬工作人员认真负责", "来电人对工作人员热情耐心的服务表示感谢"),
        ("感谢工作人员及时处理诉求", "来电人反映的问题已很快解决，特此致谢")),
       ("希望给予表扬。",),
       ("已转达市民的感谢。",), located=False),
)

OTHER: tuple[Topic, ...] = (
    _T("other", "other", 1, "@grid", (
        ("{place}邻里纠纷求助调解", "来电人反映{place}邻里之间因楼上漏水问题发生纠纷"),
        ("{place}宠物扰民", "来电人反映{place}邻居养的狗整夜吠叫")),
       ("请协调处理。",),
       ("网格员已上门调解。",)),
)

# A typhoon or rainstorm day (三防): what floods the lines.
SURGE: tuple[Topic, ...] = (
    _T("flooding", "help", 10, "SWJ", (
        ("{place}道路严重积水", "来电人反映受强降雨影响，{place}积水已没过膝盖"),
        ("{place}地下车库进水", "来电人反映{place}地下车库大量进水，车辆被淹")),
       ("请尽快排涝。",),
       ("三防抢险队已到场排涝。",),
       urgent=0.75, urgent_unit="SFQX"),
    _T("storm_tree", "help", 8, "YLJ", (
        ("{place}大树被风吹倒压住车辆", "来电人反映{place}一棵大树被风吹倒，压住了停在路边的车"),
        ("{place}树木倒伏堵路", "来电人反映台风过后{place}多棵大树倒伏，道路不通")),
       ("请尽快清理。",),
       ("已清理倒伏树木，道路恢复通行。",),
       urgent=0.70, urgent_unit="SFQX"),
    _T("storm_power", "help", 7, "GDJ", (
        ("{place}大面积停电", "来电人反映{place}从昨晚起停电，一直未恢复"),
        ("{place}电线被风刮断", "来电人反映{place}电线被风刮断，掉落在路边")),
       ("请尽快抢修。",),
       ("电力抢修队已到场，已恢复供电。",),
       urgent=0.70, urgent_unit="DLQX"),
    _T("storm_billboard", "report", 3, "CGJ", (
        ("{place}广告牌松动有坠落危险", "来电人反映{place}楼顶广告牌被风吹松，随时可能掉落"),),
       ("请立即处置。",),
       ("已拆除存在隐患的广告牌。",),
       urgent=0.80, urgent_unit="SFQX"),
    _T("storm_trapped", "help", 2, "XFZD", (
        ("{place}有人员被困", "来电人反映{place}有老人被困家中，积水还在上涨"),
        ("{place}危房需要转移群众", "来电人反映{place}有危房在大风中摇晃，住户需要转移")),
       ("请立即救援。",),
       ("救援人员已将被困人员转移至安全地点。",),
       urgent=0.95, urgent_unit="XFZD"),
)
# fmt: on

BY_CATEGORY: dict[str, tuple[Topic, ...]] = {
    "consultation": CONSULTATION,
    "complaint": COMPLAINT,
    "help": HELP,
    "suggestion": SUGGESTION,
    "report": REPORT,
    "praise": PRAISE,
    "other": OTHER,
}

WEIGHTS: dict[str, tuple[float, ...]] = {
    cat: tuple(t.weight for t in topics) for cat, topics in BY_CATEGORY.items()
}
SURGE_WEIGHTS: tuple[float, ...] = tuple(t.weight for t in SURGE)

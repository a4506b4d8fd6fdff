#!/usr/bin/env python3
"""Generate the ScreenBoard demo supervision list (assets/demo-list.json).

Deterministic (fixed seed, standard library only). The city (青川市), its units and its leaders are
fictional. The file uses the "screenboard-list/1" format: dates are "MM-dd" inside the year the
list is loaded in ("year": null), and the title carries the {year} placeholder.

The generator decides the status every task should have on the evaluation date 11-25
(docs/scoring.md §3), builds dates, milestones and progress reports that produce it with a safe
margin from every threshold, and checks the result for a non-leap (2026) and a leap year (2028).
Run tools/demo-gen/check_demo.py afterwards for the independent checks.

Usage:  python3 tools/demo-gen/gen_demo.py [output-path]
"""

import datetime
import json
import os
import random
import sys
from fractions import Fraction

SEED = 20260325
BASE_YEAR = 2026          # dates are generated as day-of-year in a non-leap year
LEAP_YEAR = 2028
EVAL = "11-25"            # the evaluation date the status spread is designed for
LAST_DATA = "11-24"       # no report or notice date after this
REPORT_GRACE = 40         # reports at most this many days after the deadline
MARGIN = Fraction(3, 200)  # keep A−X at least 1.5 points away from every threshold

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "assets", "demo-list.json"))

rng = random.Random(SEED)


# ----------------------------------------------------------------------------- dates

def doy(md):
    m, d = int(md[:2]), int(md[3:])
    return datetime.date(BASE_YEAR, m, d).timetuple().tm_yday


def md(n):
    return (datetime.date(BASE_YEAR, 1, 1) + datetime.timedelta(days=n - 1)).strftime("%m-%d")


def as_date(mmdd, year):
    return datetime.date(year, int(mmdd[:2]), int(mmdd[3:]))


def cn_date(mmdd):
    return f"{int(mmdd[:2])}月{int(mmdd[3:])}日"


E_DOY = doy(EVAL)
LAST_DOY = doy(LAST_DATA)
MONTH_ENDS = [doy(x) for x in ("01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31",
                                "08-31", "09-30", "10-31", "11-30", "12-31")]
MID_MONTHS = [doy(f"{m:02d}-15") for m in range(1, 13)]


# ----------------------------------------------------------------------------- scoring (§1–§3)

def expected(task, e, year):
    """X of docs/scoring.md §1 as a Fraction."""
    E = as_date(e, year)
    S = as_date(task["start"], year)
    D = as_date(task["deadline"], year)
    if E < S:
        return Fraction(0)
    if E >= D:
        return Fraction(1)
    if not task["milestones"]:
        return Fraction((E - S).days, (D - S).days)
    pts = [(S, Fraction(0))]
    cum = Fraction(0)
    for m in task["milestones"]:
        cum += Fraction(str(m["share"]))
        pts.append((as_date(m["due"], year), cum))
    pts.append((D, Fraction(1)))
    prev = max((p for p in pts if p[0] <= E), key=lambda p: (p[0], p[1]))
    nxt = [p for p in pts if p[0] > E][0]
    if prev[0] == E:
        return prev[1]
    return prev[1] + (nxt[1] - prev[1]) * Fraction((E - prev[0]).days, (nxt[0] - prev[0]).days)


def actual(task, e, year):
    E = as_date(e, year)
    acc = [r for r in task["reports"] if r["state"] == "Accepted" and as_date(r["date"], year) <= E]
    if not acc:
        return Fraction(0)
    last = max(enumerate(acc), key=lambda ir: (as_date(ir[1]["date"], year), ir[0]))[1]
    return Fraction(last["percent"], 100)


def status(task, e, year):
    E = as_date(e, year)
    S = as_date(task["start"], year)
    D = as_date(task["deadline"], year)
    if E < S:
        return "NotStarted"
    done = [as_date(r["date"], year) for r in task["reports"]
            if r["state"] == "Accepted" and r["percent"] == 100 and as_date(r["date"], year) <= E]
    if done:
        return "CompletedOnTime" if min(done) <= D else "CompletedLate"
    if E > D:
        return "Overdue"
    x, a = expected(task, e, year), actual(task, e, year)
    if a - x >= Fraction(1, 10):
        return "Ahead"
    if x - a > Fraction(1, 20):
        return "Lagging"
    return "OnSchedule"


def robust_status(task, e):
    """The status on e if it is the same in both years and no threshold is within MARGIN."""
    found = set()
    for year in (BASE_YEAR, LEAP_YEAR):
        st = status(task, e, year)
        if st in ("Ahead", "Lagging", "OnSchedule"):
            d = actual(task, e, year) - expected(task, e, year)
            if abs(d - Fraction(1, 10)) < MARGIN or abs(d + Fraction(1, 20)) < MARGIN:
                return None
        found.add(st)
    return found.pop() if len(found) == 1 else None


# ----------------------------------------------------------------------------- units and leaders

DEPARTMENTS = [
    ("FGW", "市发展和改革委员会", None),
    ("CZJ", "市财政局", None),
    ("ZJJ", "市住房和城乡建设局", None),
    ("CGJ", "市城市管理局", None),
    ("NYJ", "市农业农村局", None),
    ("JYJ", "市教育局", None),
    ("WJW", "市卫生健康委员会", None),
    ("JTJ", "市交通运输局", None),
    ("HBJ", "市生态环境局", None),
    ("SWJ", "市商务局", None),
    ("GXJ", "市工业和信息化局", None),
    ("ZRJ", "市自然资源和规划局", None),
    ("SLJ", "市水利局", None),
    ("MZJ", "市民政局", None),
    ("RSJ", "市人力资源和社会保障局", None),
    ("SCJ", "市市场监督管理局", None),
    ("WLJ", "市文化广电和旅游局", None),
    ("YJJ", "市应急管理局", None),
    ("SJJ", "市数据局", "FGW"),
    ("GAJ", "市公安局", None),
    ("KJJ", "市科学技术局", None),
    ("XZJ", "市行政审批局", None),
    ("DCS", "市委督查室", None),
]
TOWNS = [("QSZ", "青石镇"), ("LXZ", "柳溪镇"), ("BSZ", "白沙镇"), ("LQZ", "龙泉镇"),
         ("TYZ", "桃源镇"), ("YSZ", "云山镇"), ("SHZ", "双河镇"), ("MLZ", "梅岭镇")]
STREETS = [("CDJD", "城东街道", "CGJ"), ("CXJD", "城西街道", "CGJ"), ("JBJD", "江北街道", "CGJ"),
           ("FHJD", "凤凰街道", "MZJ"), ("WCJD", "文昌街道", "MZJ"), ("XHJD", "新华街道", "MZJ")]

UNITS = ([{"code": c, "name": n, "kind": "Department", "competent": comp} for c, n, comp in DEPARTMENTS]
         + [{"code": c, "name": n, "kind": "Town", "competent": "NYJ"} for c, n in TOWNS]
         + [{"code": c, "name": n, "kind": "Street", "competent": comp} for c, n, comp in STREETS])
UNIT = {u["code"]: u for u in UNITS}

# Fictional leaders of a fictional city.
L = {
    "SJ": "周明远（市委书记）",
    "SZ": "陈启航（市委副书记、市长）",
    "FSJ": "赵德润（市委副书记）",
    "CW": "孙立诚（市委常委、常务副市长）",
    "MS": "许晓岚（市委常委、秘书长）",
    "GY": "钱文博（副市长）",
    "CJ": "吴志清（副市长）",
    "NY": "何建平（副市长）",
    "SH": "郑秀兰（副市长）",
    "GA": "冯国栋（副市长、市公安局局长）",
}

# ----------------------------------------------------------------------------- task templates
# (category, source, kind, title, goal, lead, co-units, supervisor candidates, leader key)
# kind selects narratives and milestone titles: project | policy | rectify | service | hotline

MA, KE, PL = "Major", "Key", "PeopleLivelihood"
AN, LI, HL, IF = "AnnualList", "LeaderInstruction", "Hotline12345", "InspectionFinding"

TEMPLATES = []


def T(cat, src, kind, title, goal, lead, co, sup, leader, fixed=None):
    TEMPLATES.append(dict(cat=cat, src=src, kind=kind, title=title, goal=goal, lead=lead, co=co,
                          sup=sup, leader=L[leader], fixed=fixed))


def per_unit(codes, cat, src, kind, title, goal, co, sup, leader):
    for code in codes:
        T(cat, src, kind, title.format(u=UNIT[code]["name"]), goal, code, co, sup, leader)


# 大事 Major
T(MA, AN, "project", "新能源电池产业园一期建设", "完成12万平方米标准化厂房及配套设施建设，年内实现首条产线试投产", "GXJ", ["FGW", "ZRJ", "ZJJ"], ["FGW"], "GY")
T(MA, AN, "project", "年产20万吨高性能新材料项目建设", "完成主体设备安装调试，一期工程建成投产，全年完成投资15亿元", "GXJ", ["FGW", "HBJ"], ["FGW"], "GY")
T(MA, AN, "policy", "市级重点项目年度投资计划执行", "42个市级重点项目全年完成投资180亿元以上，计划新开工项目开工率达到100%", "FGW", ["CZJ", "ZRJ", "GXJ"], ["DCS"], "CW")
T(MA, AN, "policy", "固定资产投资稳增长", "全年固定资产投资增长6%以上，其中工业投资增长10%以上", "FGW", ["GXJ", "CZJ"], ["DCS"], "CW")
T(MA, AN, "project", "城市更新行动年度计划", "实施城市更新项目18个，完成棚户区改造1200户", "ZJJ", ["ZRJ", "CZJ", "CGJ"], ["FGW"], "CJ")
T(MA, AN, "project", "高铁青川站综合交通枢纽配套工程", "完成站前广场、公交换乘中心及地下停车场主体工程", "JTJ", ["ZJJ", "ZRJ", "GAJ"], ["FGW"], "CJ")
T(MA, AN, "project", "环城北路快速化改造工程", "完成高架主线桥梁下部结构及地面道路改造4.8公里", "JTJ", ["ZJJ", "CGJ", "GAJ"], ["FGW"], "CJ")
T(MA, AN, "project", "青川港区二期码头工程", "建成5000吨级泊位4个，完成港区集疏运道路建设", "JTJ", ["SLJ", "ZRJ"], ["FGW"], "CJ")
T(MA, AN, "policy", "数字经济核心产业倍增行动", "数字经济核心产业增加值增长12%，新引育数字经济企业50家", "SJJ", ["GXJ", "KJJ"], ["FGW"], "GY")
T(MA, AN, "policy", "制造业智能化改造和数字化转型", "推动120家规上工业企业实施智能化改造数字化转型，新增省级智能工厂5家", "GXJ", ["SJJ", "KJJ", "CZJ"], ["FGW"], "GY")
T(MA, AN, "policy", "招商引资攻坚行动", "新签约亿元以上项目60个、10亿元以上项目8个，实际到位资金增长10%", "SWJ", ["FGW", "GXJ", "ZRJ"], ["DCS"], "SZ")
T(MA, AN, "policy", "外贸稳规模优结构", "全年进出口总额增长5%，培育跨境电商企业30家", "SWJ", ["GXJ", "CZJ"], ["FGW"], "GY")
T(MA, AN, "policy", "创建国家级高新技术产业开发区", "完成创建申报材料编制并通过省级评审，高新区规上工业产值增长10%", "KJJ", ["FGW", "GXJ", "ZRJ"], ["FGW"], "GY")
T(MA, AN, "policy", "高新技术企业培育", "全年净增高新技术企业80家，科技型中小企业入库400家", "KJJ", ["GXJ", "CZJ"], ["GXJ"], "GY")
T(MA, AN, "project", "青川江沿江生态廊道建设", "完成沿江生态廊道建设12公里，修复岸线湿地1800亩", "HBJ", ["SLJ", "ZRJ", "WLJ"], ["FGW"], "NY")
T(MA, AN, "policy", "国土空间规划实施和重点片区控规编制", "完成中心城区6个重点片区控制性详细规划编制并报批", "ZRJ", ["ZJJ", "FGW"], ["FGW"], "CJ")
T(MA, AN, "policy", "建设用地要素保障", "全年完成新增建设用地报批3000亩，盘活批而未供和闲置土地1500亩", "ZRJ", ["FGW", "GXJ"], ["FGW"], "CW")
T(MA, AN, "project", "城乡供水一体化二期工程", "新建改造供水主管网86公里，农村规模化供水覆盖率达到95%", "SLJ", ["ZJJ", "NYJ", "CZJ"], ["FGW"], "NY")
T(MA, AN, "project", "高标准农田建设", "新建高标准农田3.5万亩，改造提升1.2万亩", "NYJ", ["ZRJ", "SLJ", "CZJ"], ["FGW"], "NY")
T(MA, AN, "policy", "重点用能单位节能降碳改造", "完成30家重点用能企业节能改造，单位地区生产总值能耗下降3%", "FGW", ["GXJ", "HBJ"], ["GXJ"], "GY")
T(MA, AN, "project", "市人民医院新院区建设", "完成门诊医技楼、住院楼主体结构封顶，累计完成投资9亿元", "WJW", ["ZJJ", "CZJ", "ZRJ"], ["FGW"], "SH")
T(MA, AN, "project", "城市运行管理中心二期建设", "建成城市运行“一网统管”平台，接入部门业务系统40个", "SJJ", ["GAJ", "CGJ", "YJJ"], ["FGW"], "GY")
T(MA, AN, "project", "老城区雨污分流改造工程", "完成老城区雨污分流改造4.2平方公里，新建改造污水管网65公里", "CGJ", ["ZJJ", "HBJ", "SLJ"], ["ZJJ"], "CJ")
T(MA, AN, "project", "青川古镇创建国家5A级旅游景区", "完成景区提升改造工程并通过省级景观质量评审", "WLJ", ["ZJJ", "ZRJ", "JTJ"], ["FGW"], "SH")
T(MA, AN, "policy", "一般公共预算收入稳增长", "一般公共预算收入增长5%，税收占比保持在80%以上", "CZJ", ["FGW", "SWJ"], ["DCS"], "CW")
T(MA, AN, "policy", "地方政府债务风险化解", "按期完成年度债务化解任务，债务风险等级保持在绿色区间", "CZJ", ["FGW"], ["DCS"], "CW")
T(MA, AN, "policy", "省级新型城镇化示范建设", "常住人口城镇化率提高1个百分点，完成县城补短板项目12个", "FGW", ["ZJJ", "ZRJ", "RSJ"], ["DCS"], "CW")
T(MA, AN, "policy", "新能源汽车零部件产业集群培育", "引进配套企业15家，产业集群规模突破300亿元", "GXJ", ["SWJ", "KJJ"], ["FGW"], "GY")
per_unit(["QSZ", "LXZ", "TYZ", "YSZ"], MA, AN, "project", "{u}乡村振兴示范片区建设", "建成乡村振兴示范村3个，村级集体经营性收入平均达到50万元以上", ["NYJ", "ZRJ", "CZJ"], ["NYJ"], "NY")
per_unit(["BSZ", "SHZ", "MLZ", "LQZ"], MA, AN, "project", "{u}工业集中区标准厂房建设", "新建标准厂房8万平方米，引进入驻企业10家以上", ["GXJ", "ZRJ"], ["GXJ"], "GY")
per_unit(["CXJD", "JBJD"], MA, AN, "project", "{u}旧城改造片区房屋征收", "完成片区房屋征收签约率95%以上，启动安置房建设", ["ZJJ", "ZRJ", "CZJ"], ["ZJJ"], "CJ")

# 要事 Key
T(KE, AN, "policy", "营商环境优化提升行动", "营商环境评价进入全省前十，企业满意度达到90%以上", "FGW", ["XZJ", "SCJ", "SJJ"], ["DCS"], "SZ")
T(KE, AN, "policy", "“高效办成一件事”改革", "上线企业和个人全生命周期高频事项20个，一次办结率达到90%", "XZJ", ["SJJ", "RSJ", "SCJ"], ["FGW"], "CW")
T(KE, AN, "policy", "工程建设项目审批制度改革", "一般社会投资项目全流程审批时间压缩至40个工作日以内", "XZJ", ["ZJJ", "ZRJ"], ["FGW"], "CJ")
T(KE, AN, "policy", "社会信用体系建设", "城市信用监测排名保持全省前三，实现信用修复提醒全覆盖", "FGW", ["SCJ", "SJJ"], ["SCJ"], "CW")
T(KE, AN, "rectify", "安全生产治本攻坚三年行动年度任务", "完成重点行业领域隐患排查整治，生产安全事故起数和死亡人数双下降", "YJJ", ["GXJ", "ZJJ", "JTJ"], ["DCS"], "GA")
T(KE, AN, "rectify", "城镇燃气安全专项整治", "完成老旧燃气管网改造120公里，餐饮场所燃气报警器安装率100%", "ZJJ", ["CGJ", "YJJ", "SCJ"], ["YJJ"], "CJ")
T(KE, AN, "rectify", "经营性自建房安全专项整治", "完成经营性自建房安全隐患整治销号，建立长效管理机制", "ZJJ", ["ZRJ", "YJJ"], ["YJJ"], "CJ")
T(KE, AN, "project", "病险水库除险加固和汛期防御", "完成5座病险水库除险加固，汛期不发生重大险情", "SLJ", ["YJJ", "ZRJ"], ["YJJ"], "NY")
T(KE, AN, "policy", "创建国家食品安全示范城市", "完成创建各项指标任务，群众食品安全满意度达到85%以上", "SCJ", ["NYJ", "JYJ", "WJW"], ["DCS"], "GA")
T(KE, AN, "policy", "全国文明城市常态长效管理", "文明城市测评成绩保持全省前列，测评问题整改率100%", "CGJ", ["ZJJ", "GAJ", "WLJ"], ["DCS"], "MS")
T(KE, AN, "policy", "常态化扫黑除恶斗争", "涉黑涉恶线索核查办结率100%，重点行业领域乱象整治见效", "GAJ", ["SCJ", "ZJJ"], ["DCS"], "GA")
T(KE, AN, "policy", "打击治理电信网络诈骗", "电信网络诈骗发案数同比下降15%，被骗资金返还率明显提升", "GAJ", ["SJJ"], ["DCS"], "GA")
T(KE, AN, "policy", "道路交通安全“减量控大”", "较大道路交通事故零发生，事故死亡人数同比下降10%", "GAJ", ["JTJ", "YJJ"], ["YJJ"], "GA")
T(KE, AN, "policy", "大气污染防治攻坚", "PM2.5平均浓度控制在32微克/立方米以下，空气优良天数比率达到82%", "HBJ", ["ZJJ", "GXJ", "GAJ"], ["DCS"], "NY")
T(KE, AN, "policy", "河湖长制工作提档升级", "完成重点河湖健康评价，省考断面水质优Ⅲ比例达到100%", "SLJ", ["HBJ", "NYJ"], ["HBJ"], "NY")
T(KE, AN, "rectify", "耕地保护和违法占地整治", "完成耕地“非农化”问题整改，耕地保有量和永久基本农田保护面积不减少", "ZRJ", ["NYJ", "GAJ"], ["NYJ"], "NY")
T(KE, AN, "policy", "粮食稳产保供", "粮食播种面积稳定在86万亩以上，总产量保持在38万吨以上", "NYJ", ["ZRJ", "SLJ"], ["FGW"], "NY")
T(KE, AN, "policy", "公共数据资源开发利用", "开放公共数据集300个，建成市级数据共享交换平台", "SJJ", ["FGW", "XZJ"], ["FGW"], "GY")
T(KE, AN, "policy", "政务服务“一网通办”", "政务服务事项网上可办率达到98%，全程网办率达到85%", "SJJ", ["XZJ"], ["XZJ"], "GY")
T(KE, AN, "policy", "预算绩效管理改革", "部门预算绩效目标实现全覆盖，重点项目绩效评价覆盖率达到30%", "CZJ", ["FGW"], ["DCS"], "CW")
T(KE, AN, "policy", "市属国有企业改革深化提升", "完成市属国有企业整合重组3家，国有资本经营预算收入增长8%", "CZJ", ["FGW"], ["DCS"], "CW")
T(KE, AN, "policy", "经营主体培育壮大", "全年新增经营主体2.5万户，“个转企”500户", "SCJ", ["XZJ", "SWJ"], ["FGW"], "GY")
T(KE, AN, "policy", "促进消费扩容提质", "社会消费品零售总额增长6%，举办促消费活动30场以上", "SWJ", ["WLJ", "SCJ"], ["FGW"], "GY")
T(KE, AN, "policy", "“青川英才”引育计划", "引进高层次人才200名，新增高技能人才3000人", "RSJ", ["KJJ", "JYJ"], ["DCS"], "FSJ")
T(KE, AN, "policy", "科技成果转化和产学研合作", "促成校企合作项目60项，技术合同成交额突破20亿元", "KJJ", ["GXJ", "JYJ"], ["GXJ"], "GY")
T(KE, AN, "policy", "工业企业亩均效益评价", "完成规上工业企业亩均效益评价全覆盖，盘活低效工业用地2000亩", "GXJ", ["ZRJ", "CZJ"], ["ZRJ"], "GY")
T(KE, AN, "policy", "城市精细化管理提升", "完成主次干道市容秩序整治120条，数字城管案件结案率95%以上", "CGJ", ["GAJ", "SJJ"], ["ZJJ"], "CJ")
T(KE, AN, "policy", "农村集体产权制度改革深化", "完成农村集体资产清产核资复核，村级集体经济收入全部达到30万元以上", "NYJ", ["CZJ"], ["CZJ"], "NY")
T(KE, AN, "policy", "排污许可和固定污染源监管", "实现排污许可证核发全覆盖，开展固定污染源执法检查300家次", "HBJ", ["GXJ"], ["GXJ"], "NY")
T(KE, AN, "project", "林长制和国土绿化", "森林覆盖率稳定在38%以上，完成国土绿化1.5万亩", "ZRJ", ["NYJ", "YJJ"], ["NYJ"], "NY")
per_unit(["BSZ", "LQZ", "SHZ", "MLZ"], KE, AN, "rectify", "{u}河道“清四乱”常态化整治", "完成辖区河道“四乱”问题清理整治，河道保洁覆盖率100%", ["SLJ", "HBJ"], ["SLJ"], "NY")
per_unit(["QSZ", "YSZ", "TYZ", "LXZ"], KE, AN, "policy", "{u}耕地保护和“进出平衡”", "完成耕地流出问题整改，落实耕地“进出平衡”年度指标", ["ZRJ", "NYJ"], ["ZRJ"], "NY")
per_unit(["QSZ", "BSZ", "SHZ"], KE, AN, "rectify", "{u}安全生产网格化监管", "完成辖区企业安全生产隐患排查全覆盖，重大隐患整改率100%", ["YJJ"], ["YJJ"], "GA")
per_unit(["CDJD", "JBJD", "FHJD", "XHJD"], KE, AN, "rectify", "{u}违法建设治理", "完成存量违法建设拆除整治，新增违法建设“零容忍”", ["CGJ", "ZRJ"], ["CGJ"], "CJ")
per_unit(["CDJD", "WCJD", "CXJD"], KE, AN, "policy", "{u}网格化社会治理提升", "完成网格划分优化，网格事件按期办结率达到98%", ["GAJ", "MZJ"], ["GAJ"], "FSJ")

# 实事 PeopleLivelihood
T(PL, AN, "service", "城镇老旧小区改造", "完成58个老旧小区改造，惠及居民1.3万户", "ZJJ", ["CGJ", "CZJ"], ["FGW"], "CJ")
T(PL, AN, "service", "既有住宅加装电梯", "全年完成既有住宅加装电梯150台", "ZJJ", ["SCJ"], ["SCJ"], "CJ")
T(PL, AN, "project", "市第三实验学校新建工程", "新建36班九年一贯制学校，秋季学期前投入使用", "JYJ", ["ZJJ", "ZRJ", "CZJ"], ["FGW"], "SH")
T(PL, AN, "project", "青川中学扩建工程", "新建教学综合楼及学生宿舍，新增学位900个", "JYJ", ["ZJJ", "CZJ"], ["ZJJ"], "SH")
T(PL, AN, "project", "城东片区公办幼儿园新建工程", "新建公办幼儿园2所，新增学位720个", "JYJ", ["ZJJ", "CDJD"], ["ZJJ"], "SH")
T(PL, AN, "service", "义务教育课后服务提质", "课后服务覆盖率保持100%，开设特色课程200门以上", "JYJ", ["WLJ"], ["DCS"], "SH")
T(PL, AN, "service", "社区嵌入式养老服务设施建设", "新建社区嵌入式养老服务中心12家，新增养老床位600张", "MZJ", ["ZJJ", "WJW"], ["WJW"], "SH")
T(PL, AN, "service", "老年助餐服务点建设", "新建老年助餐点40个，实现城市社区全覆盖", "MZJ", ["SCJ"], ["SCJ"], "SH")
T(PL, AN, "project", "乡镇卫生院提档升级", "完成8家乡镇卫生院提档升级，建成农村区域医疗卫生次中心2个", "WJW", ["CZJ", "ZJJ"], ["FGW"], "SH")
T(PL, AN, "service", "家庭医生签约服务提质", "重点人群家庭医生签约率达到80%以上", "WJW", ["MZJ"], ["DCS"], "SH")
T(PL, AN, "service", "普惠托育服务扩容", "新增普惠托位800个，每千人口托位数达到4.5个", "WJW", ["JYJ", "MZJ"], ["MZJ"], "SH")
T(PL, AN, "service", "口袋公园和城市绿道建设", "新建口袋公园15个、城市绿道20公里", "CGJ", ["ZRJ", "ZJJ"], ["ZJJ"], "CJ")
T(PL, AN, "service", "公共停车泊位建设", "新增公共停车泊位5000个，建成智慧停车管理平台", "CGJ", ["GAJ", "ZRJ"], ["GAJ"], "CJ")
T(PL, AN, "service", "新能源汽车充电基础设施建设", "新建公共充电桩1200个，实现乡镇公共充电站全覆盖", "FGW", ["ZJJ", "CGJ"], ["GXJ"], "GY")
T(PL, AN, "project", "农村公路提档升级", "完成农村公路提档升级120公里，危桥改造15座", "JTJ", ["NYJ", "CZJ"], ["NYJ"], "CJ")
T(PL, AN, "service", "城乡公交线网优化", "新开优化公交线路12条，城乡公交一体化率保持100%", "JTJ", ["GAJ"], ["DCS"], "CJ")
T(PL, AN, "project", "农村生活污水治理", "新增完成120个行政村生活污水治理，治理率达到75%", "HBJ", ["NYJ", "ZJJ"], ["NYJ"], "NY")
T(PL, AN, "service", "农贸市场标准化改造", "完成10家农贸市场标准化改造提升", "SWJ", ["SCJ", "CGJ"], ["SCJ"], "GY")
T(PL, AN, "service", "全民健身设施补短板", "新建改建体育公园3个、社区健身点60个", "WLJ", ["ZRJ", "ZJJ"], ["DCS"], "SH")
T(PL, AN, "service", "文化惠民送戏下乡和城市书房建设", "开展送戏下乡演出300场，建成城市书房10家", "WLJ", ["CZJ"], ["DCS"], "SH")
T(PL, AN, "service", "残疾人康复和托养服务", "残疾人基本康复服务覆盖率达到90%，新建托养机构2家", "MZJ", ["WJW", "RSJ"], ["WJW"], "SH")
T(PL, AN, "policy", "城乡低保提标扩面", "城乡低保标准提高5%，实现应保尽保、动态管理", "MZJ", ["CZJ"], ["CZJ"], "SH")
T(PL, AN, "policy", "城镇新增就业和重点群体就业", "城镇新增就业1.2万人，高校毕业生就业率保持在90%以上", "RSJ", ["JYJ", "GXJ"], ["DCS"], "SH")
T(PL, AN, "service", "零工市场和社区就业驿站建设", "建成市级零工市场1个、社区就业驿站30个", "RSJ", ["MZJ"], ["MZJ"], "SH")
T(PL, AN, "policy", "放心消费环境建设", "新增放心消费示范单位300家，消费投诉按期办结率98%", "SCJ", ["SWJ"], ["SWJ"], "GA")
T(PL, AN, "project", "城市易涝积水点改造", "完成18处易涝积水点改造，主城区不发生严重内涝", "CGJ", ["ZJJ", "SLJ"], ["SLJ"], "CJ")
T(PL, AN, "service", "城市生活垃圾分类", "生活垃圾分类小区覆盖率达到95%，建成厨余垃圾处理设施1座", "CGJ", ["HBJ", "ZJJ"], ["HBJ"], "CJ")
T(PL, AN, "project", "农村饮水安全巩固提升", "完成32个村供水管网改造，农村自来水普及率保持100%", "SLJ", ["NYJ", "WJW"], ["NYJ"], "NY")
per_unit([c for c, _ in TOWNS], PL, AN, "service", "{u}农村人居环境整治提升", "巩固提升农村户厕改造成果，村庄保洁覆盖率100%，建成美丽庭院200户", ["NYJ", "HBJ"], ["NYJ"], "NY")
per_unit([c for c, _, _ in STREETS], PL, AN, "service", "{u}背街小巷环境整治", "完成背街小巷整治10条，实现路面平整、立面整洁、管线有序", ["CGJ", "ZJJ"], ["CGJ"], "CJ")
per_unit(["CXJD", "FHJD", "WCJD", "XHJD"], PL, AN, "service", "{u}社区养老服务站建设", "建成社区养老服务站3个，为老服务覆盖辖区全部社区", ["MZJ"], ["MZJ"], "SH")
per_unit(["JBJD", "XHJD", "CDJD"], PL, AN, "service", "{u}老旧小区物业管理全覆盖", "实现老旧小区物业服务全覆盖，物业服务满意度达到85%", ["ZJJ"], ["ZJJ"], "CJ")

# 12345 热线
T(PL, HL, "hotline", "锦绣花园周边夜间施工噪音扰民", "12345热线集中投诉（工单21件）：督促施工单位严格执行夜间施工审批，噪音投诉清零", "CDJD", ["CGJ", "HBJ", "ZJJ"], ["HBJ"], "CJ")
T(PL, HL, "hotline", "滨江路下穿通道雨后积水", "12345热线反映雨后积水影响通行：完成排水管网疏通扩容，积水问题彻底解决", "JBJD", ["CGJ", "ZJJ"], ["ZJJ"], "CJ")
T(PL, HL, "hotline", "市人民医院周边停车难、交通拥堵", "新增临时停车泊位300个，优化周边交通组织，相关投诉下降50%", "GAJ", ["WJW", "CGJ"], ["CGJ"], "GA")
T(PL, HL, "hotline", "凤凰农贸市场周边占道经营", "规范设置疏导点，市场周边占道经营问题动态清零", "FHJD", ["CGJ", "SCJ"], ["CGJ"], "CJ")
T(PL, HL, "hotline", "柳溪集镇生活污水直排河道", "完成集镇截污纳管改造，消除污水直排口", "LXZ", ["HBJ", "SLJ"], ["HBJ"], "NY")
T(PL, HL, "hotline", "新华路沿街餐饮油烟扰民", "沿街餐饮单位全部安装油烟净化设施并定期清洗，投诉办结率100%", "XHJD", ["HBJ", "SCJ"], ["HBJ"], "CJ")
T(PL, HL, "hotline", "城西老旧小区电动自行车充电难", "新建集中充电车棚20处，消除“飞线充电”安全隐患", "CXJD", ["YJJ", "ZJJ"], ["YJJ"], "GA")
T(PL, HL, "hotline", "市实验小学周边上下学交通拥堵", "优化接送交通组织，设置临时停车区和护学岗", "GAJ", ["JYJ", "CGJ"], ["JYJ"], "GA")
T(PL, HL, "hotline", "阳光水岸小区物业服务纠纷", "督促物业企业整改服务问题，完成业委会换届，投诉化解率90%以上", "ZJJ", ["WCJD"], ["DCS"], "CJ")
T(PL, HL, "hotline", "白沙镇通村公路破损", "完成通村公路破损路段修复6.5公里", "BSZ", ["JTJ"], ["JTJ"], "CJ")
T(PL, HL, "hotline", "城区公交站台设置不合理", "完成28处公交站台优化调整，增设候车亭", "JTJ", ["CGJ", "GAJ"], ["CGJ"], "CJ")
T(KE, HL, "hotline", "健身房预付卡退费难", "建立预付式消费资金监管机制，涉事投诉退费处置率100%", "SCJ", ["WLJ", "GAJ"], ["SWJ"], "GA")
T(KE, HL, "hotline", "农民工工资拖欠投诉集中办理", "涉及在建项目欠薪问题全部清零，落实农民工工资专户监管", "RSJ", ["ZJJ", "JTJ"], ["ZJJ"], "SH")
T(PL, HL, "hotline", "文昌广场广场舞噪音扰民", "划定活动区域和时段，配置音量监测设备，相关投诉清零", "WCJD", ["GAJ", "WLJ"], ["WLJ"], "CJ")
T(PL, HL, "hotline", "主城区生活垃圾清运不及时", "优化清运线路和频次，实现生活垃圾日产日清", "CGJ", ["HBJ"], ["HBJ"], "CJ")
T(PL, HL, "hotline", "主城区部分路段路灯不亮", "完成故障路灯排查维修1200盏，建立路灯巡查机制", "CGJ", ["ZJJ"], ["ZJJ"], "CJ")
T(PL, HL, "hotline", "桃源镇部分村组自来水水压不足", "完成加压泵站建设和管网改造，保障用水高峰时段正常供水", "TYZ", ["SLJ"], ["SLJ"], "NY")
T(PL, HL, "hotline", "云山镇养殖场异味扰民", "完成养殖场粪污处理设施改造，异味投诉清零", "YSZ", ["NYJ", "HBJ"], ["HBJ"], "NY")
T(PL, HL, "hotline", "江北新城学区入学政策集中咨询投诉", "优化学区划分并提前公示，完成入学政策解读和个案处理", "JYJ", ["JBJD"], ["DCS"], "SH")

# 督查发现问题
T(KE, IF, "rectify", "市体育中心消防设施隐患整改", "完成消防设施维修更换和消防通道清理，隐患整改销号", "WLJ", ["YJJ"], ["YJJ"], "GA")
T(KE, IF, "rectify", "高层住宅小区消防通道占用整改", "完成42个高层住宅小区消防通道标识划线和占用清理", "ZJJ", ["GAJ", "CGJ"], ["YJJ"], "GA")
T(KE, IF, "rectify", "危险化学品企业安全隐患整改", "完成督查发现的37项安全隐患整改，复查合格率100%", "YJJ", ["GXJ"], ["GXJ"], "GA")
T(KE, IF, "rectify", "建筑工地扬尘管控不到位问题整改", "在建工地扬尘治理“六个百分之百”落实率100%，建立扬尘在线监测", "ZJJ", ["HBJ", "CGJ"], ["HBJ"], "CJ")
T(KE, IF, "rectify", "惠民惠农财政补贴资金发放问题整改", "完成补贴资金“一卡通”问题清理，违规资金全部追回", "CZJ", ["NYJ", "MZJ"], ["DCS"], "CW")
T(KE, IF, "rectify", "市级重点项目开工滞后问题整改", "督查发现的6个未按期开工项目全部开工建设", "FGW", ["ZRJ", "ZJJ"], ["DCS"], "CW")
T(KE, IF, "rectify", "农村饮水安全督查问题整改", "完成督查发现的水质不达标问题整改，水质抽检合格率100%", "SLJ", ["WJW"], ["WJW"], "NY")
T(KE, IF, "rectify", "养老机构安全隐患整改", "完成全市养老机构消防、食品安全隐患整改", "MZJ", ["YJJ", "SCJ"], ["YJJ"], "SH")
T(PL, IF, "rectify", "学校食堂食品安全问题整改", "完成督查发现的学校食堂问题整改，“互联网+明厨亮灶”覆盖率100%", "JYJ", ["SCJ"], ["SCJ"], "SH")
T(KE, IF, "rectify", "道路反复开挖“马路拉链”问题整改", "建立道路挖掘统筹计划，同一路段年内重复开挖零发生", "CGJ", ["ZJJ", "JTJ"], ["ZJJ"], "CJ")
T(KE, IF, "rectify", "入河排污口排查整治", "完成入河排污口溯源整治，整治完成率100%", "HBJ", ["SLJ"], ["SLJ"], "NY")
T(KE, IF, "rectify", "政务服务窗口推诿扯皮问题整改", "落实首问负责和一次性告知，办事群众差评整改率100%", "XZJ", ["SJJ"], ["DCS"], "CW")
T(KE, IF, "rectify", "惠企政策兑现滞后问题整改", "涉企奖补资金兑现时限压缩至30日以内，兑现率100%", "GXJ", ["CZJ", "SWJ"], ["CZJ"], "GY")
T(KE, IF, "rectify", "中央生态环境保护督察反馈问题整改", "按期完成督察反馈问题整改并销号", "HBJ", ["ZRJ", "SLJ", "ZJJ"], ["DCS"], "NY")
per_unit(["TYZ", "YSZ", "MLZ"], KE, IF, "rectify", "{u}秸秆禁烧督查问题整改", "落实网格化巡查，督查发现的火点问题全部整改，秸秆综合利用率达到95%", ["HBJ", "NYJ"], ["HBJ"], "NY")

# 领导批示件
T(KE, LI, "policy", "市委主要领导批示：解决新能源电池产业园企业用电接入问题", "协调完成园区110千伏变电站配套线路建设，企业按期通电投产", "GXJ", ["FGW", "ZRJ"], ["DCS"], "SJ")
T(KE, LI, "rectify", "市委主要领导批示：严厉打击青川江非法采砂", "开展非法采砂专项打击，建立部门联合巡查长效机制", "SLJ", ["GAJ", "JTJ"], ["DCS"], "SJ")
T(PL, LI, "policy", "市长批示：提升中小学校午餐质量", "完成学校午餐供应商评估和配餐标准修订，家长满意度明显提升", "JYJ", ["SCJ"], ["DCS"], "SZ")
T(KE, LI, "project", "市委主要领导批示：高速出入口城市门户景观提升", "完成3个高速出入口景观提升改造", "CGJ", ["ZJJ", "JTJ"], ["DCS"], "SJ")
T(PL, LI, "project", "市长批示：加快城西安置房交付", "完成安置房配套设施建设和交付，回迁群众如期入住", "CXJD", ["ZJJ", "ZRJ"], ["DCS"], "SZ")
T(KE, LI, "policy", "市长批示：缓解中小企业融资难", "设立5亿元转贷应急资金，新增普惠小微贷款20亿元", "CZJ", ["GXJ", "SCJ"], ["DCS"], "SZ")
T(KE, LI, "project", "市委主要领导批示：人才公寓建设和分配", "筹建人才公寓800套，完成首批分配入住", "ZJJ", ["RSJ", "ZRJ"], ["DCS"], "SJ")
T(KE, LI, "project", "市长批示：龙泉镇山体滑坡隐患治理", "完成滑坡体工程治理和受威胁群众搬迁避让", "LQZ", ["ZRJ", "YJJ"], ["DCS"], "SZ")
T(KE, LI, "policy", "市委主要领导批示：规范涉企行政检查", "建立涉企检查统筹机制，检查频次同比下降30%", "SCJ", ["XZJ", "GAJ"], ["DCS"], "SJ")
T(PL, LI, "rectify", "市长批示：整治主城区电动车乱停放", "规范设置非机动车停放区，重点路段乱停放问题动态清零", "GAJ", ["CGJ"], ["DCS"], "SZ")
T(KE, LI, "policy", "市长批示：提升12345热线办理质效", "热线工单按期办结率98%以上，群众满意率90%以上", "XZJ", ["SJJ"], ["DCS"], "SZ")
T(KE, LI, "policy", "市委主要领导批示：加快批而未供土地处置", "完成批而未供土地处置1200亩", "ZRJ", ["FGW"], ["DCS"], "SJ")
T(PL, LI, "policy", "市长批示：做好高温天气户外劳动者权益保障", "督促用人单位落实防暑降温措施和高温津贴发放", "RSJ", ["YJJ", "WJW"], ["DCS"], "SZ")
T(KE, LI, "policy", "市委副书记批示：双河镇集体经济薄弱村帮扶", "集体经济薄弱村年收入全部达到30万元以上", "SHZ", ["NYJ", "CZJ"], ["DCS"], "FSJ")
T(MA, LI, "project", "市委主要领导批示：梅岭镇废弃矿山生态修复", "完成废弃矿山生态修复360亩", "MLZ", ["ZRJ", "HBJ"], ["DCS"], "SJ")

# 年末启动的工作（评价日 11-25 尚未开始）
T(KE, AN, "rectify", "岁末年初安全生产大检查", "对全市重点行业领域开展安全生产大检查，重大隐患整改率100%", "YJJ", ["GXJ", "ZJJ", "JTJ"], ["DCS"], "GA", fixed="NotStarted")
T(PL, AN, "policy", "元旦春节期间市场保供稳价", "重要民生商品供应充足、价格基本稳定，开展节日市场专项检查", "SWJ", ["SCJ", "FGW"], ["FGW"], "GY", fixed="NotStarted")
T(KE, AN, "rectify", "冬季城镇燃气安全专项检查", "完成燃气经营企业和餐饮场所用气安全检查全覆盖", "CGJ", ["ZJJ", "YJJ"], ["YJJ"], "CJ", fixed="NotStarted")
T(KE, AN, "policy", "春运交通运输保障准备", "完成春运运力安排和应急预案编制，开展客运场站安全检查", "JTJ", ["GAJ", "YJJ"], ["YJJ"], "CJ", fixed="NotStarted")
T(KE, AN, "rectify", "根治欠薪冬季专项行动", "在建工程项目欠薪问题动态清零，欠薪案件按期办结率100%", "RSJ", ["ZJJ", "JTJ", "GAJ"], ["DCS"], "SH", fixed="NotStarted")
T(PL, AN, "service", "冬季困难群众走访慰问", "完成低保、特困等困难群众走访慰问全覆盖，及时发放救助资金", "MZJ", ["CZJ"], ["CZJ"], "SH", fixed="NotStarted")
T(KE, AN, "policy", "冬春季森林防火专项行动", "落实森林防火网格化管理，不发生重大森林火灾", "ZRJ", ["YJJ", "NYJ"], ["YJJ"], "NY", fixed="NotStarted")

# ----------------------------------------------------------------------------- narratives

NARR = {
    "project": [
        ["已成立项目推进专班，完成可行性研究报告编制，正在办理用地预审和规划选址手续。",
         "项目立项和环评批复已完成，施工图设计和预算编制正在加紧推进。",
         "完成施工招标，施工单位已进场，正在进行场地平整和临时设施建设。",
         "完成初步设计审查和概算批复，累计完成投资{m}亿元。"],
        ["基础工程施工完成，主体结构施工有序推进，累计完成投资{m}亿元，现场施工人员{w}人。",
         "主体工程完成约{p}%，本月协调解决管线迁改、临时用地等问题{n}个。",
         "已完成桩基和地下结构施工，正在进行主体结构施工，累计完成投资{m}亿元。"],
        ["主体结构基本完成，正在开展机电安装和配套管网施工，累计完成投资{m}亿元。",
         "主体工程已封顶，室内装修和室外配套工程同步推进。",
         "完成年度投资计划的{p}%，正在进行设备安装调试和附属工程施工。"],
        ["工程进入扫尾阶段，正在开展专项验收和竣工资料整理。",
         "主体及配套工程全部完工，已提请组织竣工验收。"],
        ["项目已通过竣工验收，年度目标任务全面完成，佐证材料已上传，申请销号。",
         "全部建设内容已完成并投入使用，经主管部门现场核验，申请销号。"],
    ],
    "policy": [
        ["已制定印发工作实施方案，明确责任分工和时间节点，召开全市动员部署会。",
         "完成基础情况摸底调查，建立工作台账，正在细化年度推进计划。",
         "成立工作领导小组，出台配套政策{n}项，各项工作有序启动。"],
        ["主要指标稳步推进，完成年度目标的{p}%，已开展专题调度{n}次。",
         "重点任务按计划推进，本季度召开推进会{n}次，协调解决问题{k}个。",
         "完成阶段性目标，形成典型经验做法{n}项，部分指标增速高于全省平均水平。"],
        ["主要指标完成年度目标的{p}%，正对照任务清单逐项查漏补缺。",
         "重点任务大部分已完成，剩余任务已明确完成时限和责任人。"],
        ["年度各项任务基本完成，正在开展自查评估和总结。",
         "主要指标已接近年度目标，正在做好收官阶段各项工作。"],
        ["年度目标任务已全面完成，经主管部门审核确认，申请销号。",
         "各项指标均达到或超过年度目标，总结报告及佐证材料已报送，申请销号。"],
    ],
    "rectify": [
        ["已对督查发现问题逐项建立整改台账，制定整改方案，明确整改责任人和时限。",
         "完成问题现场复核，共梳理具体问题{k}个，已全面启动整改。"],
        ["已完成整改问题{n}个，剩余问题正在按计划推进整改。",
         "组织开展集中整治行动{n}次，整改完成率{p}%。"],
        ["大部分问题已整改到位，剩余问题涉及资金和工程实施，正在加快推进。",
         "已完成整改{p}%，对已整改问题开展“回头看”，防止反弹。"],
        ["整改任务基本完成，正在组织复查验收。"],
        ["全部问题已整改到位，经复查验收合格，已建立长效管理机制，申请销号。"],
    ],
    "service": [
        ["已完成点位选址和需求摸排，实施方案经市政府常务会议审议通过。",
         "项目资金已下达，完成招投标，正在组织施工进场。"],
        ["已建成{n}处，其余点位正在施工，完成年度任务的{p}%。",
         "按照“成熟一批、推进一批”原则有序实施，完成年度任务的{p}%。"],
        ["完成年度任务的{p}%，已建成点位陆续投入使用，群众反映良好。",
         "主体建设任务大部分完成，正在进行设施配套和运营主体招引。"],
        ["年度任务基本完成，正在组织验收并开展群众满意度回访。"],
        ["民生实事任务全面完成，经验收合格并已投入使用，申请销号。",
         "全部建设内容已完成并通过验收，群众满意度调查结果良好，申请销号。"],
    ],
    "hotline": [
        ["已联系投诉人并现场核实情况，会同相关部门制定整改方案。",
         "已召开现场协调会，明确责任主体和整改时限，已向投诉人告知办理进度。"],
        ["已落实临时管控措施，相关投诉明显减少，长效整改措施正在实施。",
         "完成整改工程量的{p}%，已向投诉人反馈阶段性办理情况。"],
        ["主要整改措施已落实到位，正在开展回访，群众满意度逐步提升。"],
        ["整改基本完成，正在开展回访评价。"],
        ["问题已整改到位，经回访投诉人表示满意，工单办结，申请销号。"],
    ],
}
DIFFICULTIES = {
    "project": ["部分地块征迁进度较慢", "施工受连续降雨影响", "前期手续办理周期较长", "施工单位组织力量不足",
                "上级资金拨付滞后"],
    "policy": ["涉及多部门协同推进", "部分指标受宏观经济形势影响较大", "配套政策尚未全部落地", "基层工作力量不足"],
    "rectify": ["部分问题属历史遗留", "整改资金尚未落实到位", "涉及多部门协同处置", "部分当事人配合度不高"],
    "service": ["部分点位选址难", "部分群众意愿不统一", "上级资金拨付滞后", "运营主体招引困难"],
    "hotline": ["涉及多个责任主体", "部分群众意愿不统一", "整改工程受天气影响"],
}
NEXT_STEPS = ["下一步将加强调度，确保按期完成。", "下一步将倒排工期、挂图作战，加快推进。",
              "下一步将加强现场督导，确保完成年度目标。"]
RETURN_REASONS = ["佐证材料不全，请补充现场照片", "进度数据与工作台账不一致，请核实后重新报送",
                  "未附主管部门审核意见，请补充后报送", "投资完成额缺少统计部门佐证材料",
                  "报送内容过于笼统，请细化具体工作量", "报送进度与节点完成情况不符，请重新测算"]
MILESTONE_TITLES = {
    "project": ["完成项目立项及可研批复", "完成施工图设计审查", "完成施工招标并开工建设", "完成基础工程",
                "主体结构封顶", "完成设备安装调试", "完成竣工验收"],
    "policy": ["出台实施方案", "完成摸底排查并建立台账", "完成阶段性目标任务", "完成主要目标任务", "完成总结评估"],
    "rectify": ["建立问题整改台账", "完成整改方案制定", "完成主要问题整改", "完成复查验收"],
    "service": ["完成选址和方案设计", "完成项目招标", "完成半数点位建设", "建成投用"],
    "hotline": ["完成现场核查", "落实临时管控措施", "完成整改工程"],
}


def stage(p):
    return 0 if p < 25 else 1 if p < 60 else 2 if p < 90 else 3 if p < 100 else 4


def narrative(kind, p, lagging=False):
    text = rng.choice(NARR[kind][stage(p)]).format(
        p=p, m=round(rng.uniform(0.3, 12.0), 1), w=rng.randint(60, 420), n=rng.randint(2, 12), k=rng.randint(8, 60))
    if p < 100:
        if lagging and rng.random() < 0.6:
            text += f"存在的困难：{rng.choice(DIFFICULTIES[kind])}，已提请协调解决。"
        elif rng.random() < 0.25:
            text += rng.choice(NEXT_STEPS)
    return text


# ----------------------------------------------------------------------------- dates per status

SHORT_SOURCES = (HL, IF, LI)


def annual_start():
    return 1 if rng.random() < 0.72 else doy(rng.choice(["02-01", "03-01", "03-15", "04-01", "05-01"]))


def pick(options, weights=None):
    return rng.choices(options, weights=weights)[0]


def design(src, st):
    """Start, deadline and the key date (C: completion report; L: last accepted report)."""
    short = src in SHORT_SOURCES
    if st == "NotStarted":
        return rng.randint(doy("12-01"), doy("12-15")), 365, None
    if st == "CompletedOnTime":
        if short:
            s = rng.randint(doy("01-15"), doy("09-20"))
            d = min(s + rng.randint(30, 100), 365)
        else:
            s = annual_start()
            d = pick([m for m in MONTH_ENDS if m >= s + 60], None)
        hi = min(d, LAST_DOY)
        lo = max(s + 20, hi - 25 if d <= LAST_DOY else doy("10-20"))
        return s, d, rng.randint(lo, hi)
    if st == "CompletedLate":
        if short:
            s = rng.randint(doy("01-10"), doy("08-31"))
            d = s + rng.randint(30, 75)
        else:
            s = annual_start()
            d = pick([m for m in MONTH_ENDS if s + 60 <= m <= doy("10-31")])
        c = d + rng.randint(5, min(35, LAST_DOY - d))
        return s, d, c
    if st == "Overdue":
        if short:
            s = rng.randint(doy("03-01"), doy("09-10"))
            d = min(s + rng.randint(30, 90), doy("11-20"))
        else:
            s = annual_start()
            d = pick([doy(x) for x in ("06-30", "07-31", "08-31", "09-30", "10-31", "11-15", "11-20")
                      if doy(x) >= s + 90])
        last = min(d + rng.randint(-20, 30), LAST_DOY, d + REPORT_GRACE)
        return s, d, max(last, s + 20)
    # in progress on 11-25: Ahead | Lagging | OnSchedule
    d = pick([doy("11-30"), doy("12-15"), 365], [1, 1, 4])
    if short:
        s = rng.randint(doy("06-01"), doy("10-10"))
    else:
        s = annual_start() if rng.random() < 0.8 else doy(rng.choice(["06-01", "07-01", "08-01", "09-01"]))
    last = rng.randint(doy("11-01"), LAST_DOY) if rng.random() < 0.8 else rng.randint(doy("10-10"), doy("10-31"))
    return s, d, max(last, s + 20)


def milestones_for(kind, s, d, st):
    cands = sorted(x for x in set(MONTH_ENDS + MID_MONTHS) if s + 20 <= x <= d - 15)
    if not cands:
        return []
    n = rng.randint(1, min(3, len(cands)))
    dues = sorted(rng.sample(cands, n))
    # cumulative shares roughly follow elapsed time; Ahead tasks are back-loaded
    factor = rng.uniform(0.55, 0.8) if st == "Ahead" else rng.uniform(0.75, 1.15)
    cums = []
    prev = 0
    for due in dues:
        c = round(((due - s) / (d - s)) * factor * 20)   # in 5 % steps
        c = max(c, prev + 1)
        cums.append(c)
        prev = c
    if cums[-1] > 19:
        return []
    if st != "Ahead" and dues[-1] >= d - 45 and rng.random() < 0.4:
        cums[-1] = 20                                       # the last milestone completes the task
    # titles follow the cumulative share: an early milestone gets an early step of the work
    titles = MILESTONE_TITLES[kind]
    k = len(titles)
    out, prev, prev_idx = [], 0, -1
    for j, (due, c) in enumerate(zip(dues, cums)):
        idx = k - 1 if c == 20 else min(k - 2, (c * (k - 1)) // 20)
        idx = max(idx, prev_idx + 1)
        idx = min(idx, k - 1 - (n - 1 - j))
        out.append({"title": titles[idx], "due": md(due), "share": (c - prev) / 20})
        prev, prev_idx = c, idx
    return out


def report_dates(s, last):
    """Accepted report dates from about three weeks after the start up to `last`."""
    dates = []
    t = s + rng.randint(15, 35)
    while t < last - 18:
        dates.append(t)
        t += rng.randint(28, 62)
    dates.append(last)
    return dates


def trajectory(task, dates, final, pace, cap):
    """Accepted percents: expected progress × pace, non-decreasing, ending at `final`."""
    out = []
    for i, t in enumerate(dates):
        if i == len(dates) - 1:
            out.append(final)
            break
        x = float(expected(task, md(t), BASE_YEAR))
        p = int(round(100 * x * pace + rng.uniform(-3, 3)))
        p = max(0, min(p, cap))
        if out:
            p = max(p, out[-1])
        out.append(p)
    return out


def choose_percent(task, st):
    xs = [expected(task, EVAL, y) for y in (BASE_YEAR, LEAP_YEAR)]
    lo_x, hi_x = min(xs), max(xs)
    if st == "Ahead":
        lo = int(((hi_x + Fraction(1, 10) + MARGIN) * 100).__ceil__()) + 1
        hi = min(99, lo + 12)
    elif st == "Lagging":
        hi = int(((lo_x - Fraction(1, 20) - MARGIN) * 100).__floor__()) - 1
        lo = max(5, hi - 30)
    else:
        lo = max(0, int(((hi_x - Fraction(1, 20) + MARGIN) * 100).__ceil__()) + 1)
        hi = min(99, int(((lo_x + Fraction(1, 10) - MARGIN) * 100).__floor__()) - 1)
    if lo > hi:
        return None
    return rng.randint(lo, hi)


def build_task(tpl, st):
    kind = tpl["kind"]
    for _ in range(500):
        s, d, key = design(tpl["src"], st)
        task = {"start": md(s), "deadline": md(d), "milestones": [], "reports": []}
        if st != "NotStarted" and d - s >= 100 and rng.random() < (0.55 if st == "Ahead" else 0.42):
            task["milestones"] = milestones_for(kind, s, d, st)
        if st == "NotStarted":
            return task
        reports = []
        if st in ("CompletedOnTime", "CompletedLate"):
            dates = report_dates(s, key)
            if st == "CompletedOnTime":
                pace = 1 / max(float(expected(task, md(key), BASE_YEAR)), 0.3) * rng.uniform(0.95, 1.05)
            else:
                pace = rng.uniform(0.55, 0.85)
            pcts = trajectory(task, dates, 100, pace, 95)
        elif st == "Overdue":
            final = rng.randint(35, 92)
            dates = report_dates(s, key)
            pace = final / 100 / max(float(expected(task, md(key), BASE_YEAR)), 0.3)
            pcts = trajectory(task, dates, final, pace, final)
        else:
            final = choose_percent(task, st)
            if final is None:
                continue
            dates = report_dates(s, key)
            pace = final / 100 / max(float(expected(task, md(key), BASE_YEAR)), 0.05)
            pcts = trajectory(task, dates, final, pace, final)
        lag = st in ("Lagging", "Overdue", "CompletedLate")
        for t, p in zip(dates, pcts):
            reports.append({"date": md(t), "percent": p, "narrative": narrative(kind, p, lag and p < 100),
                            "state": "Accepted", "returnReason": None})
        task["reports"] = reports
        if robust_status(task, EVAL) == st:
            return task
    raise RuntimeError(f"could not build a {st} task for {tpl['title']}")


# ----------------------------------------------------------------------------- post-processing

def add_returned(task, kind):
    acc = task["reports"]
    options = []
    for i, r in enumerate(acc):
        prev = doy(acc[i - 1]["date"]) if i else doy(task["start"])
        if doy(r["date"]) - prev >= 8:
            options.append(i)
    if not options:
        return False
    i = rng.choice(options)
    r = acc[i]
    t = doy(r["date"]) - rng.randint(3, 7)
    p = min(100, r["percent"] + rng.choice([0, 0, 3, 5]))
    acc.insert(i, {"date": md(t), "percent": p, "narrative": narrative(kind, p), "state": "Returned",
                   "returnReason": rng.choice(RETURN_REASONS)})
    return True


def add_pending(task, kind, lead):
    last = max(doy(r["date"]) for r in task["reports"])
    hi = min(LAST_DOY, doy(task["deadline"]) + REPORT_GRACE)
    if last + 3 > hi:
        return False
    t = rng.randint(last + 3, hi)
    acc = [r for r in task["reports"] if r["state"] == "Accepted"]
    base = acc[-1]["percent"] if acc else 0
    p = min(100, base + rng.randint(3, 15))
    state = "Reviewed" if UNIT[lead]["competent"] and rng.random() < 0.6 else "Submitted"
    task["reports"].append({"date": md(t), "percent": p, "narrative": narrative(kind, p), "state": state,
                            "returnReason": None})
    return True


def correct_downwards(task, kind):
    acc = [r for r in task["reports"] if r["state"] == "Accepted"]
    if len(acc) < 3:
        return False
    before, last = acc[-2], acc[-1]
    high = min(97, last["percent"] + rng.randint(6, 12))
    if high <= before["percent"] or high <= last["percent"]:
        return False
    before["percent"] = high
    before["narrative"] = narrative(kind, high)
    last["narrative"] = (f"经督查室实地核查，前期报送的{high}%含尚未完成的工作量，现更正实际进度为{last['percent']}%。"
                         + rng.choice(NEXT_STEPS))
    return True


# ----------------------------------------------------------------------------- notices

STEP_SPECS = ([("step1", False)] * 9 + [("step1", True)] * 4 + [("yellow", False)] * 7
              + [("yellow", True)] * 3 + [("red", False)] * 3)


def lag_info(task, e):
    """(status, X, A) if the task is robustly lagging/overdue on e in both years, else None."""
    sts = {status(task, e, y) for y in (BASE_YEAR, LEAP_YEAR)}
    if len(sts) != 1:
        return None
    st = sts.pop()
    if st == "Overdue":
        return st, Fraction(1), actual(task, e, BASE_YEAR)
    if st != "Lagging":
        return None
    gaps = [expected(task, e, y) - actual(task, e, y) for y in (BASE_YEAR, LEAP_YEAR)]
    if min(gaps) < Fraction(8, 100):
        return None
    return st, expected(task, e, BASE_YEAR), actual(task, e, BASE_YEAR)


def notice_reason(task, issue):
    st, x, a = lag_info(task, issue)
    pa = int(a * 100)
    if st == "Overdue":
        return (f"该事项完成时限为{cn_date(task['deadline'])}，已逾期未完成，截至{cn_date(issue)}实际进度仅{pa}%，"
                f"属“慢落实”问题，请限期整改并书面报告。")
    missed = [m for m in task["milestones"] if doy(m["due"]) < doy(issue)]
    px = int(round(x * 100))
    text = f"截至{cn_date(issue)}实际进度{pa}%，低于序时进度{px}%，落后{px - pa}个百分点"
    if missed:
        text += f"，“{missed[-1]['title']}”节点（{cn_date(missed[-1]['due'])}）未按期完成"
    return text + "，存在推进缓慢、落实不力问题，请限期整改。"


def plan_notice(task, kind_of_spec, resolved):
    """Try to place a notice chain on the task; returns the notice dict or None."""
    s = doy(task["start"])
    acc_dates = [doy(r["date"]) for r in task["reports"] if r["state"] == "Accepted"]
    cands = [t + rng.randint(3, 10) for t in acc_dates]
    if status(task, EVAL, BASE_YEAR) == "Overdue" or doy(task["deadline"]) < LAST_DOY:
        cands += [doy(task["deadline"]) + rng.randint(3, 12)]
    cands = sorted(set(t for t in cands if s + 20 <= t <= LAST_DOY))
    rng.shuffle(cands)
    good = ("CompletedOnTime", "CompletedLate", "OnSchedule", "Ahead")

    def recovery_after(t0):
        """The first accepted report after t0 that leaves the task no longer behind (both years)."""
        for t in sorted(acc_dates):
            if t > t0 and status(task, md(t), BASE_YEAR) in good \
                    and status(task, md(t), LEAP_YEAR) == status(task, md(t), BASE_YEAR):
                return t
        return None

    for issue in cands:
        if lag_info(task, md(issue)) is None:
            continue
        fix = issue + rng.randint(10, 15)
        steps = {"issued": issue, "fixDeadline": fix}
        last = issue
        ok = True
        if kind_of_spec in ("yellow", "red"):
            y = fix + rng.randint(1, 5)
            yfix = y + rng.randint(10, 15)
            steps.update(yellow=y, yellowFixDeadline=yfix)
            last = y
            if kind_of_spec == "red":
                r = yfix + rng.randint(1, 5)
                rfix = r + rng.randint(7, 15)
                steps.update(red=r, redFixDeadline=rfix)
                last = r
        if max(steps.values()) > LAST_DOY:
            continue
        # each escalation happens while the task is still behind
        for k in ("yellow", "red"):
            if k in steps and lag_info(task, md(steps[k])) is None:
                ok = False
        if not ok:
            continue
        if resolved:
            # resolved once the recovery report is in, after the last step
            res = recovery_after(last)
            if res is None or res > LAST_DOY:
                continue
            steps["resolved"] = res
        elif status(task, EVAL, BASE_YEAR) not in ("Lagging", "Overdue"):
            continue
        return steps
    return None


def build_notices(tasks):
    notices = []
    used = set()
    by_status = {}
    for t in tasks:
        by_status.setdefault(status(t, EVAL, BASE_YEAR), []).append(t)
    open_pool = by_status.get("Lagging", []) + by_status.get("Overdue", [])
    res_pool = by_status.get("CompletedLate", []) + by_status.get("OnSchedule", []) + by_status.get("CompletedOnTime", [])
    rng.shuffle(open_pool)
    rng.shuffle(res_pool)
    for spec, resolved in STEP_SPECS:
        pool = res_pool if resolved else open_pool
        for task in pool:
            if task["code"] in used:
                continue
            steps = plan_notice(task, spec, resolved)
            if steps is None:
                continue
            used.add(task["code"])
            n = {"task": task["code"], "unit": task["lead"], "reason": notice_reason(task, md(steps["issued"]))}
            for k in ("issued", "fixDeadline", "yellow", "yellowFixDeadline", "red", "redFixDeadline", "resolved"):
                n[k] = md(steps[k]) if k in steps else None
            notices.append(n)
            break
        else:
            print(f"warning: no task found for a {spec} notice (resolved={resolved})", file=sys.stderr)
    notices.sort(key=lambda n: (doy(n["issued"]), n["task"]))
    return notices


# ----------------------------------------------------------------------------- assembly

STATUS_SHARES = [("CompletedOnTime", 0.35), ("CompletedLate", 0.08), ("Overdue", 0.08),
                 ("Ahead", 0.10), ("Lagging", 0.15)]


def assign_statuses(templates):
    free = [i for i, t in enumerate(templates) if not t["fixed"]]
    n = len(templates)
    pool = []
    for st, share in STATUS_SHARES:
        pool += [st] * int(round(n * share))
    pool += ["OnSchedule"] * (len(free) - len(pool))
    rng.shuffle(pool)
    out = [t["fixed"] for t in templates]
    for i, st in zip(free, pool):
        out[i] = st
    return out


def build():
    statuses = assign_statuses(TEMPLATES)
    prefix = {MA: "DS", KE: "YS", PL: "SS"}
    counters = {MA: 0, KE: 0, PL: 0}
    tasks = []
    # keep the list in a natural order: 大事, 要事, 实事; within a category as authored
    order = sorted(range(len(TEMPLATES)), key=lambda i: ([MA, KE, PL].index(TEMPLATES[i]["cat"]), i))
    for i in order:
        tpl, st = TEMPLATES[i], statuses[i]
        counters[tpl["cat"]] += 1
        body = build_task(tpl, st)
        co = [c for c in tpl["co"] if c != tpl["lead"]]
        co = co[:rng.randint(max(0, len(co) - 1), len(co))] if co else []
        sup = next((c for c in tpl["sup"] + ["DCS"] if c != tpl["lead"] and UNIT[c]["kind"] == "Department"), "DCS")
        weight = 1
        if tpl["cat"] == MA:
            weight = pick([1, 2, 1.5], [6, 3, 2])
        task = {
            "code": f"{prefix[tpl['cat']]}-{counters[tpl['cat']]:03d}",
            "title": tpl["title"], "goal": tpl["goal"], "category": tpl["cat"], "source": tpl["src"],
            "lead": tpl["lead"], "coUnits": co, "leader": tpl["leader"], "supervisor": sup,
            "start": body["start"], "deadline": body["deadline"], "weight": weight,
            "milestones": body["milestones"], "reports": body["reports"],
            "_status": st, "_kind": tpl["kind"],
        }
        tasks.append(task)

    # variety in report states and a few downward corrections
    corrected = 0
    for task in tasks:
        st = task["_status"]
        if corrected < 3 and st in ("Lagging", "Overdue") and correct_downwards(task, task["_kind"]):
            corrected += 1
            task["_corrected"] = True
    for task in tasks:
        if not task["reports"]:
            continue
        if rng.random() < 0.13:
            add_returned(task, task["_kind"])
        if task["_status"] in ("Lagging", "Overdue", "OnSchedule", "Ahead") and rng.random() < 0.25:
            add_pending(task, task["_kind"], task["lead"])
    # two stalled tasks: nothing accepted yet, only a returned report
    stalled = 0
    for task in tasks:
        if stalled >= 2 or task["_status"] != "Lagging" or task["milestones"] or task.get("_corrected"):
            continue
        if any(r["state"] != "Accepted" for r in task["reports"]):
            continue
        first = task["reports"][0]
        trial = dict(task, reports=[{"date": first["date"], "percent": 0,
                                      "narrative": "已成立工作专班，正在开展前期调研和方案编制。",
                                      "state": "Returned", "returnReason": "报送内容过于笼统，请细化具体工作量"}])
        if robust_status(trial, EVAL) == "Lagging":
            task["reports"] = trial["reports"]
            stalled += 1

    for task in tasks:
        got = robust_status(task, EVAL)
        if got != task["_status"]:
            raise RuntimeError(f"{task['code']}: expected {task['_status']}, got {got}")

    notices = build_notices(tasks)
    for task in tasks:
        for k in ("_status", "_kind", "_corrected"):
            task.pop(k, None)
    return {
        "format": "screenboard-list/1",
        "list": {"title": "青川市{year}年度市委市政府重点工作督查清单", "year": None},
        "units": UNITS,
        "tasks": tasks,
        "notices": notices,
    }


# ----------------------------------------------------------------------------- output

def dumps(obj, indent=0):
    """JSON with one line per unit, milestone, report and notice (readable and compact)."""
    pad, inner = "  " * indent, "  " * (indent + 1)

    def flat(v):
        return not isinstance(v, (dict, list)) or (isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v))

    if isinstance(obj, dict):
        if all(flat(v) for v in obj.values()):
            return json.dumps(obj, ensure_ascii=False)
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {dumps(v, indent + 1)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if all(not isinstance(x, (dict, list)) for x in obj):
            return json.dumps(obj, ensure_ascii=False)
        if not obj:
            return "[]"
        return "[\n" + ",\n".join(inner + dumps(x, indent + 1) for x in obj) + "\n" + pad + "]"
    return json.dumps(obj, ensure_ascii=False)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    data = build()
    text = dumps(data) + "\n"
    json.loads(text)  # sanity
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {out}: {len(data['units'])} units, {len(data['tasks'])} tasks, "
          f"{sum(len(t['reports']) for t in data['tasks'])} reports, {len(data['notices'])} notices, "
          f"{len(text.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main()

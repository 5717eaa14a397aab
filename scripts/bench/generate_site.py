#!/usr/bin/env python3
"""Write a synthetic gongkai content folder of any size, deterministically from a seed.

    python3 scripts/bench/generate_site.py --townships 20 --villages-per-township 50 \
        --seed 1 --out /tmp/site [--hugo /tmp/site/hugo]

writes /tmp/site/content/ (a complete content folder: site.yaml, plan/, pages/about.md and
N townships x M villages with every list, projects and disclosures) and, with --hugo, a
Hugo site with the same number of HTML pages (see generate_hugo_site.py).

The same arguments always give byte-identical files: all randomness comes from
random.Random seeded with a string built from the seed and the village's code (only the project
statuses, which rotate through the site, depend on the village's position), iteration is in
sorted order, and nothing reads the clock. No text contains a mobile number, an ID number or a 16-19 digit run:
phone numbers are 0439-xxxxxxx landlines and amounts are written with thousands separators.

Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import time

GENERATOR_VERSION = 1
COUNTY_PREFIX = "229901"  # a fictional county under 吉林省 (22); township = prefix + 3 digits
REGION = "示例县"
AREA_CODE = "0439"

# ---------------------------------------------------------------------------------------------
# Vocabulary. Every Chinese sentence is assembled from these lists.

SYLLABLES = list(
    "东西南北青松柳杨桦榆石泉河沟岭山岔湾坪川台营屯林花兴安平和丰福宝金银红旗新民胜利光明长永德盛隆"
    "太阳星月云龙凤鹤鹿马牛羊双三五六七八九十百顺通达富强荣华春秋夏冬清源江溪峰岗堡庄")
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段")

SUBJECTS = [
    "村党支部", "村民委员会", "村务监督委员会", "社区党委", "社区居委会", "驻村工作队", "网格员队伍",
    "村民代表会议", "党员志愿服务队", "村集体经济组织", "妇女联合会", "老年人协会", "人民调解委员会",
    "便民服务站", "村级报账员", "民兵连", "新时代文明实践站", "农家书屋管理员",
]
ADVERBS = [
    "认真", "及时", "按照有关规定", "坚持问题导向", "全面", "定期", "进一步", "扎实", "持续",
    "严格按照程序", "主动", "分批次", "结合本村实际", "围绕群众关切", "依法依规",
]
VERBS = [
    "组织开展", "落实", "推进", "完善", "加强", "公开", "核实", "审议", "研究部署", "督促完成",
    "排查", "整改", "登记", "走访了解", "统筹安排", "宣传解读", "跟踪落实", "复核",
]
OBJECTS = [
    "村级财务收支情况", "集体资产资源管理", "惠农补贴发放", "农村人居环境整治", "村屯道路养护",
    "饮水安全巡查", "党员教育培训", "低保对象动态管理", "矛盾纠纷排查化解", "农田水利设施维护",
    "秸秆禁烧和综合利用", "防汛抗旱准备", "森林防火宣传", "留守老人关爱服务", "困境儿童帮扶",
    "就业技能培训", "医保参保登记", "垃圾分类和清运", "文化广场管理", "一事一议项目建设",
    "集体经济合同清理", "村规民约修订", "移风易俗宣传", "安全生产检查", "冬季清雪保畅",
]
CLAUSES = [
    "确保资金使用规范透明", "主动接受群众监督", "群众满意度进一步提高", "相关材料已整理存档备查",
    "有关情况已向镇党委报告", "整改事项已全部销号", "做到底数清、情况明", "形成了长效管理机制",
    "群众反映的问题得到及时回应", "为下一阶段工作打下基础", "未发现违规问题", "各项任务按期完成",
    "村民代表一致表示同意", "具体明细在村务公开栏同步张贴", "对存在的问题明确了整改时限",
]
OPENERS = [
    "根据镇党委、政府统一部署，", "按照村务公开有关要求，", "为保障村民的知情权、参与权和监督权，",
    "经村“两委”联席会议研究，", "在镇包村干部指导下，", "本期内，", "截至本期末，", "对照年初工作计划，",
]

SERVICES = [
    ("低保申请受理", "为民", "身份证、户口簿、家庭收入及财产情况声明", "受理后3个工作日内报镇政府"),
    ("高龄津贴申请", "为民", "身份证、户口簿、本人银行账户信息", "5个工作日内报镇政府"),
    ("残疾人证代办", "政务代办", "身份证、户口簿、近期一寸免冠照片3张", "当场受理"),
    ("城乡居民医保参保登记", "政务代办", "身份证或户口簿", "即时办结"),
    ("耕地地力保护补贴申报", "政务代办", "身份证、土地承包经营权证、“一卡通”存折", "按镇政府统一时限"),
    ("农资和农产品代购代销", "便民", "无", "即时"),
    ("矛盾纠纷调解", "安民", "调解申请（可口头提出）", "受理后15日内调解"),
    ("居住证明开具", "便民", "身份证、户口簿", "即时办结"),
    ("养老保险待遇资格认证", "为民", "身份证", "即时办结"),
    ("临时救助申请", "为民", "身份证、户口簿、困难情况说明", "受理后5个工作日内报镇政府"),
    ("就业失业登记", "政务代办", "身份证、近期一寸免冠照片1张", "当场受理"),
    ("法律咨询", "安民", "无", "预约后3个工作日内安排"),
    ("快递代收代发", "便民", "收件短信或取件码", "即时"),
    ("生育登记服务", "政务代办", "夫妻双方身份证、户口簿、结婚证", "当场受理"),
]
NEEDS = [
    ("村屯道路硬化", "基础设施"), ("冬季饮水管线防冻改造", "基础设施"), ("中药材种植技术培训", "产业发展"),
    ("留守老人日间照料", "养老服务"), ("文化广场增设照明和健身器材", "文体活动"), ("山货冷藏保鲜库", "产业发展"),
    ("老旧楼道扶手和照明改造", "基础设施"), ("儿童课后托管", "未成年人关爱"), ("独居老人定期探访", "养老服务"),
    ("河道护坡加固", "基础设施"), ("电商销售技能培训", "就业创业"), ("卫生室药品和设备补充", "医疗卫生"),
    ("垃圾收集点增设", "人居环境"), ("小区停车秩序整治", "社区治理"), ("村屯路灯维修", "基础设施"),
    ("残疾人康复辅具适配", "助残服务"), ("农家书屋图书更新", "文体活动"), ("防汛物资储备", "应急管理"),
]
NEED_SOURCES = ["村民代表会议", "入户走访", "网格员收集", "意见箱", "居民议事会", "12345热线转办"]
RESOURCES = [
    ("镇农业技术推广站技术员", "专业服务", "镇农业技术推广站", "2名"), ("村卫生室", "场地设施", "本村", "1处"),
    ("“银龄互助”志愿服务队", "志愿者", "本村", "16人"), ("村文化广场", "场地设施", "本村", "1处（2400平方米）"),
    ("县人民医院巡回医疗队", "专业服务", "县人民医院", "每月1次"), ("党员先锋岗", "志愿者", "村党支部", "12人"),
    ("社会工作服务站社工", "专业服务", "镇社会工作服务站", "3名"), ("闲置村小学校舍", "场地设施", "村集体", "6间"),
    ("爱心企业捐赠物资", "资金物资", "县工商联", "价值2万元"), ("法律顾问", "专业服务", "县司法局", "1名"),
]
PROJECT_TITLES = [
    "村屯道路硬化", "饮水管线防冻改造", "文化广场照明及健身器材", "楼道扶手和照明改造", "河道护坡加固",
    "冷藏保鲜库建设", "卫生室标准化改造", "垃圾收集点建设", "村屯路灯更换", "老年人助餐点建设",
    "儿童之家改造", "排水沟渠疏通", "便民服务站提升改造", "农田机耕路修缮",
]
IMPLEMENTERS = ["县交通运输局", "县水利局", "县民政局", "县住房和城乡建设局", "村委会", "社区居委会", "镇人民政府"]
STATUSES = ["计划", "在建", "完工", "验收"]
POWER_ITEMS = [
    ("村级重大事项决策", "村党支部、村委会", "党支部提议 → 两委会议商议 → 党员大会审议 → 村民代表会议决议 → 公开实施", "《中华人民共和国村民委员会组织法》"),
    ("村级工程项目建设", "村委会", "村民代表会议决议 → 镇政府审核 → 公开招投标或比选 → 组织施工 → 验收公示", "《中华人民共和国招标投标法》"),
    ("村集体资产资源发包、出租", "村委会", "村民代表会议决议 → 公开交易 → 签订合同 → 结果公示", "《中华人民共和国农村集体经济组织法》"),
    ("村级财务收支", "村委会、村报账员", "经办人填单 → 村务监督委员会审核 → 村主任审批 → 镇农经站报账 → 按季公开", "《农村集体经济组织财务制度》"),
    ("低保、特困等救助对象初审", "村委会", "受理申请 → 入户调查 → 村民代表评议 → 村内公示 → 报镇政府审核", "《社会救助暂行办法》"),
    ("宅基地申请初审", "村委会", "受理申请 → 村民小组会议讨论 → 村内公示 → 报镇政府审批", "《中华人民共和国土地管理法》"),
]
CATEGORIES = [("党务", "dangwu"), ("村务", "cunwu"), ("财务", "caiwu")]
FINANCE_ROWS = [
    "上期结余", "村级组织运转经费（财政拨付）", "村集体林地租赁收入", "村集体土地发包收入", "一事一议财政奖补",
    "村干部报酬", "办公及水电费", "村屯环境卫生保洁", "农家书屋及文化活动", "道路养护费用", "困难群众慰问",
    "防汛物资购置", "治安巡逻补贴", "会议及培训费用",
]
PARTY_ROWS = [
    "召开支部委员会", "召开党员大会", "上党课", "主题党日活动", "发展党员", "接收预备党员转正", "党费收缴",
    "党员志愿服务", "走访困难党员", "民主评议党员", "党员积分考评", "流动党员联系", "入党积极分子培养",
]
AFFAIRS_ROWS = [
    "耕地地力保护补贴发放", "低保金发放", "高龄津贴发放", "残疾人两项补贴", "医保参保人数", "养老保险参保人数",
    "村民代表会议召开", "矛盾纠纷调解", "人居环境整治出动人次", "清运垃圾", "道路养护里程", "就业培训人次",
    "困难群众慰问户数", "防火宣传次数",
]


# ---------------------------------------------------------------------------------------------
# Text helpers (also used by generate_hugo_site.py).

def sentence(rng: random.Random) -> str:
    opener = rng.choice(OPENERS) if rng.random() < 0.4 else ""
    return (opener + rng.choice(SUBJECTS) + rng.choice(ADVERBS) + rng.choice(VERBS) + rng.choice(OBJECTS)
            + "，" + rng.choice(CLAUSES) + "。")


def paragraph(rng: random.Random, sentences: int) -> str:
    return "".join(sentence(rng) for _ in range(sentences))


def place_name(rng: random.Random) -> str:
    return rng.choice(SYLLABLES) + rng.choice(SYLLABLES)


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "某某"


def money(value: float) -> str:
    """12345.5 -> '12,345.50' (thousands separators keep long digit runs out of the text)."""
    return f"{value:,.2f}"


def markdown_table(rng: random.Random, category: str) -> str:
    """A 10-row Markdown table for a disclosure of the category (财务, 党务 or 村务)."""
    if category == "财务":
        labels = rng.sample(FINANCE_ROWS, 10)
        lines = ["| 项目 | 收入（元） | 支出（元） |", "|---|---:|---:|"]
        for i, label in enumerate(labels):
            amount = money(rng.randint(500, 90000) + rng.choice([0, 0.5]))
            lines.append(f"| {label} | {amount} | |" if i % 2 == 0 else f"| {label} | | {amount} |")
    elif category == "党务":
        labels = rng.sample(PARTY_ROWS, 10)
        lines = ["| 事项 | 次数（人数） | 完成情况 |", "|---|---:|---|"]
        for label in labels:
            lines.append(f"| {label} | {rng.randint(1, 60)} | {rng.choice(['已完成', '按计划推进', '已完成并存档', '持续开展'])} |")
    else:
        labels = rng.sample(AFFAIRS_ROWS, 10)
        lines = ["| 事项 | 数量 | 金额（元） | 责任人 |", "|---|---:|---:|---|"]
        for label in labels:
            lines.append(f"| {label} | {rng.randint(1, 400)} | {money(rng.randint(200, 60000))} | {person(rng)} |")
    return "\n".join(lines) + "\n"


def markdown_body(rng: random.Random, category: str, lead: str, target_bytes: int = 2048) -> str:
    """About target_bytes of Chinese Markdown: a lead paragraph, a 10-row table, more text."""
    parts = [lead + paragraph(rng, 2) + "\n", markdown_table(rng, category)]
    size = sum(len(p.encode("utf-8")) for p in parts)
    while size < target_bytes - 60:
        para = paragraph(rng, rng.randint(2, 4)) + "\n"
        parts.append(para)
        size += len(para.encode("utf-8")) + 1
    parts.append("（以上为示例数据）\n")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Dates.

def day(year: int, month: int, d: int) -> str:
    return f"{year:04d}-{month:02d}-{d:02d}"


def add_days(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def period_end(year: int, kind: str, n: int) -> str:
    """Last day of month n, quarter n or the year."""
    if kind == "month":
        month = n
    elif kind == "quarter":
        month = 3 * n
    else:
        month = 12
    first_next = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (first_next - dt.timedelta(days=1)).isoformat()


# ---------------------------------------------------------------------------------------------
# CSV writing (values never contain a quote; a comma, newline or leading space means quoting).

def csv_cell(value) -> str:
    text = str(value)
    if any(c in text for c in ",\"\n\r"):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_text(header: list[str], rows: list[list]) -> str:
    out = [",".join(header)]
    for row in rows:
        out.append(",".join(csv_cell(v) for v in row))
    return "\n".join(out) + "\n"


def write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def yaml_block(text: str, indent: int = 2) -> str:
    pad = " " * indent
    return "|\n" + "\n".join(pad + line if line else "" for line in text.split("\n")) + "\n"


# ---------------------------------------------------------------------------------------------
# Site-level files.

def site_files(seed: int) -> dict[str, str]:
    rng = random.Random(f"gongkai-bench/{seed}/site")
    files: dict[str, str] = {}
    files["site.yaml"] = (
        f"title: {REGION}村(居)务公开网（性能测试）\n"
        f"region: {REGION}\n"
        "base_url: https://gongkai.example.cn/\n"
        f"description: {REGION}“十四五”城乡社区服务体系建设规划及村（社区）务公开信息。本站内容由程序随机生成，仅用于性能测试。\n"
        f"publisher: {REGION}民政局\n")
    summary = paragraph(rng, 4)
    goals = paragraph(rng, 4)
    files["plan/plan.yaml"] = (
        f"title: {REGION}“十四五”城乡社区服务体系建设规划（示例）\n"
        f"issuer: {REGION}人民政府办公室\n"
        "issued_on: 2022-06-30\n"
        "period:\n  start: 2021\n  end: 2025\n"
        "baseline_year: 2020\n"
        "basis:\n"
        "  - title: 吉林省人民政府办公厅关于印发吉林省“十四五”城乡社区服务体系建设规划的通知\n"
        "    document_number: 吉政办发〔2022〕18号\n"
        "actuals_note: 本站各年度实际值和各村（社区）数据均为程序生成的示例数据。\n"
        "summary: " + yaml_block(summary) +
        "goals: " + yaml_block(goals))
    indicators = [
        ("rural-facility-coverage", "农村社区综合服务设施覆盖率", "100%", "100%", "预期性", "rural_facility_coverage",
         ["100%", "100%", "100%", "100%"]),
        ("urban-facility-coverage", "城市社区综合服务设施覆盖率", "100%", "100%", "预期性", "urban_facility_coverage",
         ["100%", "100%", "100%", "100%"]),
        ("commercial-facility-area-share", "社区商业和综合服务设施面积占社区总建筑面积比例", "—", "≥10%", "预期性", None,
         [None, "6.5%", "7.8%", "8.6%"]),
        ("facility-area-per-100-households", "每百户城乡居民拥有社区综合服务设施面积", "30 平方米", "≥30 平方米", "预期性",
         "facility_area_per_100_households", ["30 平方米", "31 平方米", "32.5 平方米", "33 平方米"]),
        ("activity-area-share", "城乡居民活动区域面积占社区综合服务设施总建筑面积比例", "—", "≥60%", "预期性", None,
         [None, "52%", "56%", "61%"]),
        ("urban-self-service-coverage", "城市社区政务通用自助服务覆盖率", "—", "100%", "预期性", None,
         [None, "40%", "65%", "80%"]),
        ("workers-per-10000-urban-residents", "每万城镇常住人口拥有社区工作者", "15.4 人", "18 人", "预期性",
         "community_workers_per_10000_urban_residents", ["15.6 人", "15.9 人", "16.2 人", "16.4 人"]),
        ("social-workers-per-urban-community", "平均每个城市社区拥有“社工师”人数", "2.9 人", "≥3 人", "约束性", None,
         ["2.9 人", "3.0 人", "3.1 人", "3.2 人"]),
    ]
    lines = ["title: 专栏1 “十四五”城乡社区服务体系主要指标", "indicators:"]
    for number, (ident, name, baseline, target, attribute, computed, actuals) in enumerate(indicators, 1):
        lines += [f"  - number: {number}", f"    id: {ident}", f"    name: {name}", f"    baseline: {baseline}",
                  f"    target: {target}", f"    attribute: {attribute}", "    direction: 正向"]
        if computed:
            lines.append(f"    computed: {computed}")
        lines.append("    actuals:")
        for year, value in zip(range(2021, 2025), actuals):
            if value is not None:
                lines.append(f"      {year}: {value}")
    files["plan/indicators.yaml"] = "\n".join(lines) + "\n"

    sections = [("二、", "优化城乡社区服务体系"), ("三、", "扩大城乡社区服务有效供给"), ("四、", "提升城乡社区服务效能")]
    lines = ["sections:"]
    task_numbers = iter(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）"])
    units = ["县委组织部", "县民政局", "县财政局", "县农业农村局", "县卫生健康局", "县人力资源和社会保障局", "县住房和城乡建设局"]
    for number, title in sections:
        lines += [f"  - number: {number}", f"    title: {title}", "    tasks:"]
        for _ in range(3):
            lines += [f"      - number: {next(task_numbers)}", f"        title: {rng.choice(VERBS)}{rng.choice(OBJECTS)}",
                      "        text: " + yaml_block(paragraph(rng, 6), 10).rstrip("\n"), "        responsible:"]
            lines += [f"          - {u}" for u in sorted(rng.sample(units, 3), key=units.index)]
            lines.append("        responsible_also: 等部门及各乡镇、街道")
    files["plan/tasks.yaml"] = "\n".join(lines) + "\n"

    lines = ["columns:"]
    for column, (number, title) in enumerate([("二、", "社会力量参与社区服务行动"), ("三、", "社区服务质量提升行动")], 2):
        lines += [f"  - number: {column}", f"    title: {title}", f"    section: {number}", "    items:"]
        for item in range(1, 5):
            target = rng.randint(2, 9)
            text = paragraph(rng, 3) + f"到2025年，全县达到{target}个。"
            lines += [f'      - number: "{item}."', f"        title: 实施{rng.choice(OBJECTS)}行动",
                      "        text: " + yaml_block(text, 10).rstrip("\n")]
            if item % 2 == 1:
                lines += ["        targets:", "          - year: 2025", f"            text: 到2025年，全县达到{target}个",
                          f"            value: {target}个"]
    files["plan/columns.yaml"] = "\n".join(lines) + "\n"

    files["pages/about.md"] = (
        "---\ntitle: 关于本站\nslug: about\norder: 1\nmenu: true\n---\n"
        "本站是 gongkai 性能测试用的示例网站，全部乡镇（街道）、村（社区）、清单和公开内容均由程序按固定的随机数种子生成，"
        "系虚构，不是真实情况。\n\n" + paragraph(rng, 3) + "\n")
    return files


# ---------------------------------------------------------------------------------------------
# Townships and villages.

def township_yaml(rng: random.Random, code: str, name: str, kind: str, index: int) -> str:
    return (
        f"name: {name}{kind}\n"
        f"kind: {kind}\n"
        f"address: {REGION}{name}{kind}政府街{rng.randint(1, 99)}号\n"
        f"phone: {AREA_CODE}-5{index % 1000:03d}{rng.randint(0, 999):03d}\n"
        "summary: " + yaml_block(
            f"{name}{kind}位于{REGION}{rng.choice(['东部', '西部', '南部', '北部', '中部'])}。" + paragraph(rng, 2)
            + "\n\n**说明**：本站数据均为程序生成的示例数据。"))


def village_files(seed: int, code: str, township_name: str, village_index: int) -> tuple[dict[str, str], str]:
    """All files of one village, keyed by path relative to the village folder; and its kind."""
    rng = random.Random(f"gongkai-bench/{seed}/village/{code}")
    kind = "社区" if rng.random() < 0.3 else "村"
    name = place_name(rng) + kind
    four_lists = rng.random() < 0.25
    with_milestones = rng.random() < 1 / 3
    phone = f"{AREA_CODE}-{rng.randint(5, 8)}{rng.randint(0, 999999):06d}"
    phone2 = f"{AREA_CODE}-{rng.randint(5, 8)}{rng.randint(0, 999999):06d}"
    households = rng.randint(150, 4000) if kind == "社区" else rng.randint(120, 900)
    population = int(households * rng.uniform(2.1, 2.9))
    has_facility = rng.random() < 0.92
    facility_area = rng.randint(200, 900) if has_facility else 0
    activity_area = int(facility_area * rng.uniform(0.45, 0.8))
    head = "社区党委书记、居委会主任" if kind == "社区" else "村党支部书记、村委会主任"
    files: dict[str, str] = {}
    files["village.yaml"] = (
        f"name: {name}\n"
        f"kind: {kind}\n"
        f'code: "{code}"\n'
        f"address: {township_name}{name}{rng.randint(1, 9)}组\n"
        "station:\n"
        f"  name: {name}党群服务中心\n"
        f"  address: {'居委会' if kind == '社区' else '村委会'}院内\n"
        "  hours: 周一至周五 8:30—17:00，节假日值班\n"
        f"  phone: {phone}\n"
        "contacts:\n"
        f"  - role: {head}\n"
        f"    name: {person(rng)}\n"
        f"    phone: {phone}\n"
        f"  - role: {'居务' if kind == '社区' else '村务'}监督委员会主任\n"
        f"    name: {person(rng)}\n"
        f"    phone: {phone2}\n"
        f"households: {households}\n"
        f"population: {population}\n"
        f"lists: {'四项清单' if four_lists else '三项清单'}\n"
        "facts:\n"
        "  as_of: 2024-12-31\n"
        f"  has_facility: {'true' if has_facility else 'false'}\n"
        f"  facility_area: {facility_area}\n"
        f"  activity_area: {activity_area}\n"
        f"  community_workers: {rng.randint(3, 15)}\n"
        f"  social_workers: {rng.randint(0, 4)}\n"
        f"  self_service_kiosk: {'true' if rng.random() < 0.5 else 'false'}\n"
        "summary: " + yaml_block(
            f"{name}位于{township_name}{rng.choice(['东部', '西部', '南部', '北部', '中心'])}，"
            f"常住人口{population}人。" + paragraph(rng, 3)
            + f"\n\n本{'社区' if kind == '社区' else '村'}实行“{'四项清单' if four_lists else '三项清单'}”管理。以上均为示例数据。"))

    services = rng.sample(SERVICES, 6)
    files["services.csv"] = csv_text(
        ["服务事项", "类别", "办理地点", "办理时间", "联系电话", "所需材料", "承诺时限", "备注"],
        [[s, c, rng.choice(["便民服务室", "党群服务中心一楼大厅", "调解室", "电商服务点"]), "周一至周五 8:30—17:00",
          phone, m, t, ""] for s, c, m, t in services])

    needs = rng.sample(NEEDS, 5)
    need_rows = []
    for i, (title, category) in enumerate(needs, 1):
        need_rows.append([f"N{i}", title, category, rng.choice(NEED_SOURCES),
                          day(rng.choice([2024, 2025]), rng.randint(1, 8), rng.randint(1, 28)), rng.randint(5, 400), ""])
    files["needs.csv"] = csv_text(["编号", "需求", "类别", "来源", "提出日期", "涉及人数", "备注"], need_rows)

    resources = rng.sample(RESOURCES, 3)
    answered = ["N1", "N2;N3", ""] if rng.random() < 0.5 else ["N3", "N1", "N4"]
    files["resources.csv"] = csv_text(
        ["编号", "资源", "类别", "提供方", "数量", "联系电话", "对应需求", "备注"],
        [[f"R{i}", r, c, p, q, phone, answered[i - 1], ""] for i, (r, c, p, q) in enumerate(resources, 1)])

    project_rows, projects = [], []
    titles = rng.sample(PROJECT_TITLES, 3)
    for k in range(3):
        status = STATUSES[(village_index * 3 + k) % 4]
        budget = round(rng.uniform(5, 150), 1)
        if status == "计划":
            start = day(2026, rng.randint(3, 5), rng.randint(1, 28))
            end, spent, pct = add_days(start, rng.randint(60, 180)), 0.0, 0
        elif status == "在建":
            start = day(2025, rng.randint(3, 6), rng.randint(1, 28))
            pct = rng.randint(10, 90)
            end, spent = add_days(start, rng.randint(150, 360)), round(budget * pct / 100, 1)
        else:
            start = day(2024, rng.randint(3, 6), rng.randint(1, 28))
            pct = 100
            end, spent = add_days(start, rng.randint(90, 200)), round(budget * rng.uniform(0.9, 1.0), 1)
        answers = rng.choice(["N1", "N2", "N3", "N4", "N2;N4", ""])
        project_rows.append([f"P{k + 1}", titles[k], status, start, end, f"{budget:.1f}", f"{spent:.1f}", f"{pct}%",
                             answers, rng.choice(IMPLEMENTERS), ""])
        projects.append((f"P{k + 1}", status, start, end))
    files["projects.csv"] = csv_text(
        ["编号", "项目名称", "状态", "开工日期", "计划完工日期", "预算(万元)", "已支出(万元)", "完成进度", "对应需求",
         "实施单位", "备注"], project_rows)

    if with_milestones:
        rows = []
        for pid, status, start, end in projects:
            if status == "计划":
                continue
            finished = status in ("完工", "验收")
            mid = add_days(start, (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days // 2)
            rows += [[pid, start, "开工", "是", ""], [pid, mid, "主体工程完成", "是" if finished else "否", ""],
                     [pid, end, "竣工验收", "是" if finished else "否", ""]]
        files["milestones.csv"] = csv_text(["项目编号", "日期", "节点", "是否完成", "备注"], rows)

    if four_lists:
        files["responsibilities.csv"] = csv_text(
            ["编号", "责任事项", "责任主体", "责任人", "完成时限", "对应需求", "备注"],
            [[f"D{i}", f"督促落实{needs[i - 1][0]}", rng.choice(["村委会", "社区居委会", "网格员", "镇城建办"]), person(rng),
              day(2025, rng.randint(6, 12), rng.randint(1, 28)), f"N{i}", ""] for i in range(1, 5)])

    files["lists/xiaowei-quanli.yaml"] = (
        "title: 小微权力清单\n"
        f"description: {name}小微权力事项及办理流程（示例数据）。\n"
        "columns: [序号, 事项名称, 责任主体, 办理流程, 法规依据]\n")
    files["lists/xiaowei-quanli.csv"] = csv_text(
        ["序号", "事项名称", "责任主体", "办理流程", "法规依据"],
        [[i, *item] for i, item in enumerate(POWER_ITEMS, 1)])

    for category, slug_word in CATEGORIES:
        year = rng.choice([2024, 2025])
        kind_of_period = rng.choice(["month", "quarter", "year", "special"])
        if kind_of_period == "month":
            n = rng.randint(1, 12 if year == 2024 else 9)
            period, slug, label = f"{year}-{n:02d}", f"{year}-{n:02d}-{slug_word}", f"{year}年{n}月"
            published = add_days(period_end(year, "month", n), rng.randint(3, 20))
        elif kind_of_period == "quarter":
            n = rng.randint(1, 4 if year == 2024 else 3)
            period, slug, label = f"{year}-Q{n}", f"{year}-q{n}-{slug_word}", f"{year}年第{'一二三四'[n - 1]}季度"
            published = add_days(period_end(year, "quarter", n), rng.randint(3, 20))
        elif kind_of_period == "year":
            year = 2024
            period, slug, label = "2024", f"2024-{slug_word}", "2024年度"
            published = add_days(period_end(2024, "year", 0), rng.randint(5, 40))
        else:
            period, slug, label = "专项", f"{year}-zhuanxiang-{slug_word}", f"{year}年专项"
            published = day(year, rng.randint(1, 10), rng.randint(1, 28))
        title = f"{label}{category}公开"
        lead = f"现将{name}{label}{category}公开事项公布如下，欢迎群众监督。"
        body = markdown_body(rng, category, lead)
        files[f"disclosures/{slug}.md"] = (
            f"---\ntitle: {title}\ncategory: {category}\nperiod: {period}\npublished_on: {published}\n---\n{body}")
    return files, kind


TOWNSHIP_KINDS = ["镇", "镇", "镇", "乡", "街道"]


def generate(townships: int, villages: int, seed: int, out: str, quiet: bool = False) -> dict:
    """Writes out/content/ and returns a summary (counts)."""
    if not 1 <= townships <= 999 or not 1 <= villages <= 999:
        raise SystemExit("--townships and --villages-per-township must be between 1 and 999 "
                         "(3 digits each in the 9- and 12-digit codes)")
    content = os.path.join(out, "content")
    if os.path.exists(content):
        shutil.rmtree(content)
    made_dirs: set[str] = set()

    def put(relative: str, text: str) -> None:
        path = os.path.join(content, relative)
        folder = os.path.dirname(path)
        if folder not in made_dirs:
            os.makedirs(folder, exist_ok=True)
            made_dirs.add(folder)
        write(path, text)

    files_written = 0
    for relative, text in sorted(site_files(seed).items()):
        put(relative, text)
        files_written += 1
    kinds = {"村": 0, "社区": 0}
    village_index = 0
    started = time.monotonic()
    for t in range(1, townships + 1):
        tcode = f"{COUNTY_PREFIX}{t:03d}"
        trng = random.Random(f"gongkai-bench/{seed}/township/{tcode}")
        tname = place_name(trng)
        tkind = TOWNSHIP_KINDS[t % len(TOWNSHIP_KINDS)]
        put(f"townships/{tcode}/township.yaml", township_yaml(trng, tcode, tname, tkind, t))
        files_written += 1
        for v in range(1, villages + 1):
            vcode = f"{tcode}{v:03d}"
            files, kind = village_files(seed, vcode, tname + tkind, village_index)
            kinds[kind] += 1
            village_index += 1
            base = f"townships/{tcode}/villages/{vcode}/"
            for relative in sorted(files):
                put(base + relative, files[relative])
            files_written += len(files)
        if not quiet and townships >= 10 and t % max(1, townships // 10) == 0:
            print(f"  {t}/{townships} townships, {village_index} villages, {time.monotonic() - started:.1f} s",
                  file=sys.stderr)
    return {"townships": townships, "villages": village_index, "villages_kind_cun": kinds["村"],
            "villages_kind_shequ": kinds["社区"], "files": files_written}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--townships", type=int, required=True, help="number of townships (1-999)")
    parser.add_argument("--villages-per-township", type=int, required=True, help="villages per township (1-999)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="folder to write content/ into (content/ is replaced)")
    parser.add_argument("--hugo", metavar="DIR2", help="also write a Hugo site with the same number of HTML pages")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    started = time.monotonic()
    summary = generate(args.townships, args.villages_per_township, args.seed, args.out, quiet=args.quiet)
    if not args.quiet:
        print(f"wrote {summary['files']} files for {summary['villages']} villages "
              f"({summary['villages_kind_cun']} 村, {summary['villages_kind_shequ']} 社区) to "
              f"{os.path.join(args.out, 'content')} in {time.monotonic() - started:.1f} s")
    if args.hugo:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import generate_hugo_site
        result = generate_hugo_site.generate(os.path.join(args.out, "content"), args.hugo)
        if not args.quiet:
            print(f"wrote Hugo site with {result['pages']} HTML pages ({result['disclosures']} with disclosure "
                  f"text) to {args.hugo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

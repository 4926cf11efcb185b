"""Build the sample workbooks in samples/ by filling the template, as an officer would.

    python samples/build_samples.py

Sample 1, 金水区智慧城市管理中心-2021.xlsx, is the seed report (shared/seed, a real 2021 部门整体绩效
自评报告 of 郑州市金水区智慧城市管理中心) entered into the template: every indicator of its 申报表
with the actual values its text states, as reported (预算执行率 105%, “三公经费”控制率 180%,
群众满意率 "98%左右"), and its budget figures.  Where the report gives no figure, a plausible one was
picked; the sheet 样例说明 in the workbook lists each such choice.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from openpyxl import load_workbook  # noqa: E402

from selfeval_xl.templates import build_template  # noqa: E402

SEED_GOAL = ("金水区智慧城市管理中心是承担全区城市管理事件、部件类案件接收、派遣、回复；对专业部门处置情况进行高位监督、"
             "统一考核；对全区城市管理案件进行统计分析并为领导提供决策的部门。")
SEED_TASKS = [
    ("路长制工作", "用于全区路长制工作各项经费支出，保障路长制各项工作顺利开展。"),
    ("网络维护", "用于维护数字化管理指挥中心市级-区级-各街道系统指挥平台网络正常运转。"),
    ("设备维修", "在此费用的基础上，保证本年度城市管理数字化平台市级-区级-各街道办事处系统的正常运转，"
                 "保证全年案件处置率95%以上，按期处置率95%以上。"),
    ("代整治工作", "保障数字化城市管理部分突发案件、扯皮案件以及无主管案件有效处置处理，确保数字化城市管理案件总体成绩。"),
]
# (一级, 二级, 三级, 指标值, 度量单位, 实际完成值, 来源) — 一级/二级 left blank where they repeat,
# as officers do; the reader inherits them.
SEED_INDICATORS = [
    ("投入管理指标", "工作目标管理", "年度履职目标相关性", "相关", "定性指标", "相关", "选定：报告称围绕部门职能制定全年任务"),
    (None, None, "工作任务科学性", "科学", "定性指标", "科学", "选定：报告未逐项列示"),
    (None, None, "绩效指标合理性", "合理", "定性指标", "合理", "选定：报告未逐项列示"),
    (None, "预算和财务管理", "预算编制完整性", "完整", "定性指标", "完整", "报告：部门预算收入均编入收入预算"),
    (None, None, "专项资金细化率", "≥99", "%", "100%", "报告：细化率达100%"),
    (None, None, "预算执行率", "≥90", "%", "105%", "报告：预算执行率105%"),
    (None, None, "预算调整率", "≤5", "%", None, "报告未列示，留空由工具按资金执行情况计算"),
    (None, None, "结转结余率", "≤5", "%", "0%", "报告：结转结余率0%"),
    (None, None, "“三公经费”控制率", "≤100", "%", "180%", "报告：“三公经费”控制率180%"),
    (None, None, "政府采购执行率", "≥90", "%", "100%", "选定：报告只说“项目开支符合政府采购管理要求”，未给金额"),
    (None, None, "决算真实性", "真实", "定性指标", "真实", "报告：会计信息资料真实、准确、完整"),
    (None, None, "资金使用合规性", "合规", "定性指标", "合规", "报告：资金使用符合国家财经法规"),
    (None, None, "管理制度健全性", "健全", "定性指标", "基本健全", "报告：财务管理制度基本完备，内部控制制度基本健全"),
    (None, None, "预决算信息公开性", "及时完整", "定性指标", "及时完整", "选定：报告称拟随决算公开"),
    (None, None, "资产管理规范性", "规范", "定性指标", "规范", "选定：报告未逐项列示"),
    (None, "绩效管理", "绩效目标编制完成率", "100", "%", "100%", "选定：报告未列示"),
    (None, None, "绩效监控完成率", "100", "%", "100%", "选定：报告未列示"),
    (None, None, "绩效自评完成率", "100", "%", "100%", "选定：本次自评已完成"),
    (None, None, "部门绩效评价完成率", "100", "%", "100%", "选定：报告未列示"),
    (None, None, "评价结果应用率", "≥80", "%", "100%", "选定：报告称将落实整改、建立考核结果应用机制"),
    ("产出指标", "履职目标和主要任务完成情况", "路长制工作", "≥100", "%", "100%", "报告：路长制工作等项目已全部完成"),
    (None, None, "代整治工作", "≥100", "%", "100%", "报告：代整治工作等项目已全部完成"),
    (None, None, "全区路长制工作顺利开展", "≥100", "%", "100%", "报告：项目已全部完成"),
    (None, None, "全区数字化城市管理案件结案率明显提升", "≥100", "%", "100%", "报告：项目已全部完成"),
    ("效果指标", "履职效益", "总体工作完成率", "≥90", "%", "100%", "选定：报告称项目已全部完成"),
    (None, "满意度", "群众满意率", "≥98", "%", "98%左右", "报告：满意度均在98%左右"),
]
SEED_BUDGET = {  # 万元, from the report's text
    "年初预算数": 768.94, "全年预算数": 814.75, "全年执行数": 814.75, "结转结余数": 0,
    "“三公经费”预算数": 7.2, "“三公经费”实际支出数": 0.04,
}


def _find(ws, text, col=None):
    for row in ws.iter_rows():
        for c in row:
            if c.value == text and (col is None or c.column == col):
                return c
    raise KeyError(text)


def build_seed(path: Path) -> Path:
    build_template(path)
    wb = load_workbook(path)
    ws = wb["整体绩效目标申报表"]
    ws["B2"] = 2021
    ws["D2"] = 99                      # the report's own total: "最终得分为99分"
    ws["B3"] = "金水区智慧城市管理中心"
    ws["B4"] = SEED_GOAL
    for i, (name, content) in enumerate(SEED_TASKS):
        ws.cell(6 + i, 2, name)
        ws.cell(6 + i, 3, content)
    ws["D10"] = 56                     # 部门预算总额（万元），as the 申报表 states
    ws["D11"] = 56                     # 财政性资金
    ws["D14"] = 56                     # 项目支出
    header = _find(ws, "一级指标").row
    for i, (first, second, third, target, unit, actual, _src) in enumerate(SEED_INDICATORS):
        r = header + 1 + i
        for c, v in enumerate((first, second, third, target, unit, actual), start=1):
            if v is not None:
                ws.cell(r, c, v)
    wb2 = wb["资金执行情况"]
    for label, value in SEED_BUDGET.items():
        wb2.cell(_find(wb2, label, col=1).row, 2, value)
    notes = wb.create_sheet("样例说明")
    notes.column_dimensions["A"].width = 36
    notes.column_dimensions["B"].width = 80
    notes["A1"] = "本样例由 2021 年度郑州市金水区智慧城市管理中心部门整体绩效自评报告录入。"
    notes["A2"] = "“报告：”表示数值取自报告原文；“选定：”表示报告未给出，由录入人选定的合理数值。"
    notes["A4"], notes["B4"] = "三级指标", "实际完成值的来源"
    for i, row in enumerate(SEED_INDICATORS):
        notes.cell(5 + i, 1, row[2])
        notes.cell(5 + i, 2, row[6])
    r = 6 + len(SEED_INDICATORS)
    notes.cell(r, 1, "资金执行情况")
    notes.cell(r, 2, "报告：年初 768.94 万元，调整预算 814.75 万元，执行 814.75 万元，结转结余率 0%，"
                     "“三公经费”年初预算 7.2 万元、实际支出 0.04 万元；政府采购、公用经费未列示，留空。")
    notes.cell(r + 1, 1, "部门预算总额")
    notes.cell(r + 1, 2, "报告的申报表：部门预算总额 56 万元（财政性资金 56，项目支出 56），与年初预算数 768.94 万元不一致，照录。")
    notes.cell(r + 2, 1, "自评总分")
    notes.cell(r + 2, 2, "报告：最终得分为 99 分（预算执行 10、投入管理 19、产出 40、效益 30）。")
    wb.save(path)
    return path


# --------------------------------------------------------------------------------------------
# Sample 2: the seed typed the messy way (issue 3) — it must score exactly as sample 1.
# --------------------------------------------------------------------------------------------
FW = str.maketrans("0123456789%.", "０１２３４５６７８９％．")


def _messy_target(t: str) -> str:
    """Full-width operators and digits: "≥99" → "＞＝９９", "≤5" → "≦５", "100" → "１００"."""
    return t.replace("≥", "＞＝").replace("≤", "≦").translate(FW)


def build_messy_seed(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "整体绩效目标申报表"
    # no merged cells anywhere; the year comes from the title; labels carry colons and numbering
    ws["B1"] = "部门（单位）整体绩效目标申报表（2021 年度）"
    ws["A3"], ws["C3"] = "部门（单位）名称：", "金水区智慧城市管理中心"
    ws["A4"], ws["C4"] = "年度履职目标：", SEED_GOAL
    ws["A5"], ws["B5"], ws["C5"] = "年度主要任务", "任务名称", "主要内容"
    for i, (name, content) in enumerate(SEED_TASKS):
        ws.cell(6 + i, 2, name)
        ws.cell(6 + i, 3, content)
    ws["A10"], ws["B10"], ws["C10"] = "预算情况", "部门预算总额（万元）", "56"          # a number as text
    ws["B11"], ws["C11"], ws["D11"] = "1、资金来源：（1）财政性资金", "万元", 56        # a unit cell to skip
    ws["B12"] = "（2）其他资金"
    ws["B13"] = "2、资金结构：（1）基本支出"
    ws["B14"], ws["C14"] = "（2）项目支出", "５６"
    ws["B15"], ws["C15"] = "自评总分", "99分"
    # columns reordered, an extra column (备注), 分值 left out entirely
    heads = ["三级指标", "一级指标", "二级指标", "备注", "实际完成值", "指标值", "度量单位", "自评得分",
             "偏差原因分析及改进措施"]
    top = 18
    for c, h in enumerate(heads, start=1):
        ws.cell(top, c, h)
    r = top
    first = second = None
    for i, (f, sec, third, target, unit, actual, src) in enumerate(SEED_INDICATORS):
        r += 1
        if i in (7, 21):
            r += 2                      # two blank rows inside the table (three would end it)
        first, second = f or first, sec or second
        ws.cell(r, 1, third)
        # 一级/二级 written on every row of 投入管理, left blank (inherited) elsewhere
        if f or first == "投入管理指标":
            ws.cell(r, 2, first)
        if sec or first == "投入管理指标":
            ws.cell(r, 3, second)
        ws.cell(r, 4, "=见自评报告" if i == 0 else src[:3])   # an extra column, text that looks like a formula
        ws.cell(r, 4).data_type = "s"
        a = ws.cell(r, 5)
        if actual is None:
            pass
        elif actual.endswith("%") and actual[:-1].isdigit():
            # percent-formatted numeric cells (Excel stores 105% as 1.05) — or text with a full-width %
            if i % 3 == 0:
                a.value = actual.translate(FW)
            else:
                a.value = int(actual[:-1]) / 100
                a.number_format = "0%" if i % 2 else "0.0%"
        else:
            a.value = actual
        ws.cell(r, 6, _messy_target(target) if unit == "%" else target)
        ws.cell(r, 7, unit)
    ws.cell(r + 2, 1, "注：本表由单位填报，分值未填写的按类别平均分配。")
    b = wb.create_sheet("资金执行情况")
    # aliases, a figure in 元 (converted with a 提示), numbers stored as text, labels not in column A
    rows = [("年初预算数（元）", 7689400), ("调整后预算数", "814.75"), ("预算执行金额", "８１４．７５"),
            ("结转结余数", 0), ("“三公经费”预算数", 7.2), ("“三公经费”实际支出数", "0.04万元")]
    for i, (k, v) in enumerate(rows, start=3):
        b.cell(i, 2, k)
        b.cell(i, 4, v)
    b["B1"] = "资金执行情况（单位：万元，另注明者除外）"
    wb.save(path)
    return path


# --------------------------------------------------------------------------------------------
# Sample 3: 四川's published layout (指标性质, 完成值, 权重, 得分, 未完成原因分析) — scheme "project".
# --------------------------------------------------------------------------------------------
SICHUAN_ROWS = [
    # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 未完成原因分析
    ("产出指标", "数量指标", "补贴发放面积", "≥", 12, "万亩", 12.3, 20, 20, None),
    ("产出指标", "质量指标", "补贴发放准确率", "=", 100, "%", 99.5, 15, 14.93, "2户承包信息变更未及时更新，已补发"),
    ("产出指标", "时效指标", "补贴资金兑付时限", "≤", 30, "天", 35, 15, 12.86, "一卡通账户核验延迟，下年提前核验"),
    ("效益指标", "经济效益指标", "亩均补贴标准", "≥", 100, "元", 105, 15, 15, None),
    ("效益指标", "可持续影响指标", "耕地地力保护意识", "定性", "逐步提高", None, "基本实现", 15, 11,
     "部分农户仍存在撂荒，下年加强宣传"),
    ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", 90, "%", 93, 10, 10, None),
]


def build_sichuan(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    ws["A1"] = "部门预算项目支出绩效自评表（2023年度）"
    ws.merge_cells("A1:J1")
    ws["A2"], ws["C2"] = "项目名称", "耕地地力保护补贴"
    ws["A3"], ws["C3"] = "部门（单位）名称", "某县农业农村局（示例）"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:J3")
    heads = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
             "未完成原因分析"]
    ws.append([])
    ws.append(["绩效指标（90分）"])
    for c, h in enumerate(heads, start=1):
        ws.cell(6, c, h)
    for i, row in enumerate(SICHUAN_ROWS, start=7):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(i, c, v)
    # 一级 merged over its rows, as the published form does
    ws.merge_cells("A7:A9")
    ws.merge_cells("A10:A11")
    for r in (8, 9, 11):
        pass
    ws.cell(13, 1, "合计")
    ws.cell(13, 8, 90)
    b = wb.create_sheet("资金执行情况")
    for i, (k, v) in enumerate([("年初预算数", 1500), ("调整后预算数", 1480), ("预算执行金额", 1450)], start=1):
        b.cell(i, 1, k)
        b.cell(i, 2, v)
    notes = wb.create_sheet("样例说明")
    notes["A1"] = ("示例数据：版式取自四川“部门预算项目支出绩效自评表”（指标性质、完成值、权重、得分、未完成原因分析），"
                   "数字为示例。请用 --scheme project 评分（产出 50、效益 30、满意度 10、预算执行 10）。")
    wb.save(path)
    return path


# --------------------------------------------------------------------------------------------
# Sample 4: a clean workbook — consistent figures, reasons given — that yields no 错误 or 警告.
# --------------------------------------------------------------------------------------------
CLEAN_ROWS = [
    # 一级, 二级, 三级, 指标值, 度量单位, 实际完成值, 分值, 自评得分, 偏差原因
    ("投入管理指标", "工作目标管理", "年度履职目标相关性", "相关", "定性指标", "相关", 4, 4, None),
    (None, "预算和财务管理", "预算执行率", "≥90%", None, "96%", 4, 4, None),
    (None, None, "预算调整率", "≤5%", None, "2%", 4, 4, None),
    (None, None, "结转结余率", "≤5%", None, "4%", 4, 4, None),
    (None, None, "资金使用合规性", "合规", "定性指标", "合规", 4, 4, None),
    ("产出指标", "数量指标", "档案接收进馆数量", "≥3000件", None, "3250件", 10, 10, None),
    (None, "质量指标", "档案数字化合格率", "≥98%", None, "99.2%", 10, 10, None),
    (None, "时效指标", "查档申请办结时限", "≤3个工作日", None, "2个工作日", 10, 10, None),
    (None, "成本指标", "单卷数字化成本", "≤12元", None, "12.5元", 10, 9.6,
     "部分档案纸张老化，增加修复工序；下年度按卷况分类招标，控制单价"),
    ("效益指标", "社会效益", "年度查档服务人次", "≥2000人次", None, "2300人次", 15, 15, None),
    (None, "满意度", "查档群众满意度", "≥95%", None, "97%", 15, 15, None),
]


def build_clean(path: Path) -> Path:
    build_template(path)
    wb = load_workbook(path)
    ws = wb["整体绩效目标申报表"]
    ws["B2"], ws["D2"] = 2023, 99.2
    ws["B3"] = "某县档案馆（示例）"
    ws["B4"] = "负责全县档案的接收、保管、数字化和利用服务。"
    ws.cell(6, 2, "档案数字化")
    ws.cell(6, 3, "完成馆藏档案数字化加工与质检。")
    for r, v in zip(range(10, 15), (500, 480, 20, 350, 150)):
        ws.cell(r, 4, v)
    header = _find(ws, "一级指标").row
    for i, row in enumerate(CLEAN_ROWS, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(header + i, c, v)
    b = wb["资金执行情况"]
    figures = {"年初预算数": 500, "全年预算数": 510, "全年执行数": 489.6, "结转结余数": 20.4,
               "“三公经费”预算数": 3, "“三公经费”实际支出数": 2.1}
    for label, value in figures.items():
        b.cell(_find(b, label, col=1).row, 2, value)
    notes = wb.create_sheet("样例说明")
    notes["A1"] = "示例数据（非真实单位）：各项数字相互一致，用于演示没有错误和警告的复核结果。"
    wb.save(path)
    return path


# --------------------------------------------------------------------------------------------
# Samples 5 and 6: two real published 项目支出绩效自评表, exactly as the corpus of tests/realforms
# types them (the source URL and the copied text are there), with a sheet naming the source.
# --------------------------------------------------------------------------------------------
REAL_SAMPLES = {
    "hebei-langfang-spgcxx-nuantong-2019": "河北廊坊-食品工程学校暖通改造-2019-项目支出绩效自评表.xlsx",
    "yunnan_lijiang_gucheng_satellite_enforcement": "云南丽江古城区-卫片执法-项目支出绩效自评表.xlsx",
}


def build_real(slug: str, path: Path) -> Path:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from realforms import all_tables, build

    table = next(t for t in all_tables() if t.slug == slug)
    built = build(table, path.parent)
    wb = load_workbook(built)
    notes = wb.create_sheet("样例说明")
    notes["A1"] = (f"真实公开的{table.province}项目支出绩效自评表，按原表照录（原有错误保留）。"
                   f"来源：{table.url}")
    wb.save(path)
    if built != path:
        built.unlink()
    return path


def main() -> None:
    print(build_seed(HERE / "金水区智慧城市管理中心-2021.xlsx"))
    print(build_messy_seed(HERE / "金水区智慧城市管理中心-2021-随手填写版.xlsx"))
    print(build_sichuan(HERE / "四川版式-项目支出自评-示例.xlsx"))
    print(build_clean(HERE / "某县档案馆-2023-无问题示例.xlsx"))
    for slug, name in REAL_SAMPLES.items():
        print(build_real(slug, HERE / name))


if __name__ == "__main__":
    main()

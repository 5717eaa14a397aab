#!/usr/bin/env python3
"""Writes docs/errors.md from Sources/GongkaiCore/Diagnostics/DiagnosticCode.swift.

Run it after adding or changing an error code; a test checks that every code has its row.
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
source = (root / "Sources/GongkaiCore/Diagnostics/DiagnosticCode.swift").read_text(encoding="utf-8")

codes = re.findall(r'case (\w+) = "(GK\d+)"', source)
titles_part = source.split("public var title")[1].split("public var defaultSeverity")[0]
severity_part = source.split("public var defaultSeverity")[1].split("public var defaultHint")[0]
hints_part = source.split("public var defaultHint")[1]
titles = dict(re.findall(r'case \.(\w+): "([^"]+)"', titles_part))
hints = dict(re.findall(r'case \.(\w+): "((?:[^"\\]|\\.)+)"', hints_part))
warnings = {
    name
    for names in re.findall(r'case ((?:\.\w+,\s*)*\.\w+): \.warning', severity_part)
    for name in re.findall(r'\.(\w+)', names)
}

groups = [
    ("GK0", "文件和文件夹"),
    ("GK1", "YAML、前言与 CSV 表格"),
    ("GK2", "数值与规划内容"),
    ("GK3", "模板"),
    ("GK4", "写入输出"),
    ("GK5", "乡镇、村（社区）与清单"),
    ("GK6", "个人信息"),
    ("GK7", "已发布内容的完整性"),
    ("GK8", "站内链接"),
]

lines = [
    "# 错误代码",
    "",
    "<!-- 本文件由 scripts/generate-error-docs.py 根据 DiagnosticCode.swift 生成，请勿手工修改。 -->",
    "",
    "gongkai 报告的每个问题都有一个固定的代码，格式为：",
    "",
    "```",
    "plan/indicators.yaml:12:14: 错误 GK201: 目标值“约30%”无法识别：里没有找到数字（字段 indicators[3].target）",
    "  提示：按原文照抄，写成“比较符 + 数字 + 单位”，例如 ≥30 平方米、73.3%、——。",
    "```",
    "",
    "依次是：文件（相对于内容文件夹）、行号、列号、严重程度、代码、说明、出问题的字段（CSV 表格为列名），",
    "下一行是修改建议。一次生成会列出找到的全部问题，按文件排序。",
    "“错误”会使生成失败；“警告”只在 `--strict`（严格模式）下使生成失败。生成失败时，原来的输出文件夹保持不变。",
    "",
    "代码一经发布不再改变含义。",
    "",
]
for prefix, name in groups:
    lines += [f"## {name}（{prefix}xx）", "", "| 代码 | 问题 | 怎么改 |", "|---|---|---|"]
    for case, code in codes:
        if code.startswith(prefix):
            severity = "（警告）" if case in warnings else ""
            hint = hints[case].replace('\\"', '"').replace("|", "\\|")
            lines.append(f"| {code} | {titles[case]}{severity} | {hint} |")
    lines.append("")
(root / "docs/errors.md").write_text("\n".join(lines), encoding="utf-8")
print(f"docs/errors.md: {len(codes)} codes")

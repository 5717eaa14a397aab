#!/usr/bin/env python3
"""Edits one village of a generated site, in a way that can be repeated without undoing it.

    python3 scripts/bench/edit_village.py /tmp/g10k

Each run appends a row to the middle village's needs.csv (in sorted order of the village
folders, as benchmark.py's Edit picks it), changes one more digit in the table of its first
notice and records one more correction for that notice, so every run is a real change that the
publication check accepts. benchmark.py's Edit makes the same change once and undoes it; this
is for timing several one-village rebuilds in a row (BENCHMARKS.md). Prints the notice edited.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchmark import village_folders  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    content = os.path.join(sys.argv[1], "content")
    villages = village_folders(content)
    if not villages:
        raise SystemExit(f"no village folders under {content}")
    village = villages[len(villages) // 2]

    needs_path = os.path.join(village, "needs.csv")
    with open(needs_path, encoding="utf-8") as f:
        needs = f.read()
    rows = [line for line in needs.split("\n")[1:] if line.strip()]
    if not needs.endswith("\n"):
        needs += "\n"
    needs += f"N{len(rows) + 1},村屯排水沟清淤,基础设施,入户走访,2025-09-01,35,基准测试新增\n"
    with open(needs_path, "w", encoding="utf-8") as f:
        f.write(needs)

    folder = os.path.join(village, "disclosures")
    name = sorted(n for n in os.listdir(folder) if n.endswith(".md"))[0]
    path = os.path.join(folder, name)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    end = text.find("\n---\n", 4)
    head, body = text[:end + 1], text[end + 5:]
    published = re.search(r"^published_on:\s*(\S+)", head, re.M).group(1)
    correction = f"  - date: {published}\n    reason: 表中一处数字笔误，已更正\n"
    if re.search(r"^corrections:", head, re.M):
        if not head.rstrip("\n").endswith("已更正"):
            raise SystemExit(f"{path}: corrections are not the last field; edit only generated content")
        head += correction
    else:
        head += "corrections:\n" + correction
    match = re.search(r"\| (\d[\d,]*)(\.\d+)? \|", body)
    if not match:
        raise SystemExit(f"{path}: no number in a table to change")
    position = match.start(1) + len(match.group(1)) - 1
    body = body[:position] + str((int(body[position]) + 1) % 10) + body[position + 1:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + "---\n" + body)
    print(os.path.relpath(path, content))


if __name__ == "__main__":
    main()

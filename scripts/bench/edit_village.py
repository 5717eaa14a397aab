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
from benchmark import correction, edited_village, first_notice, needs_with_one_more_row, one_digit_changed, split_notice  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    content = os.path.join(sys.argv[1], "content")
    village = edited_village(content)

    needs_path = os.path.join(village, "needs.csv")
    with open(needs_path, encoding="utf-8") as f:
        needs = needs_with_one_more_row(f.read())
    with open(needs_path, "w", encoding="utf-8") as f:
        f.write(needs)

    path = first_notice(village)
    with open(path, encoding="utf-8") as f:
        head, body = split_notice(f.read())
    if re.search(r"^corrections:", head, re.M):
        if not head.rstrip("\n").endswith("已更正"):
            raise SystemExit(f"{path}: corrections are not the last field; edit only generated content")
        head += correction(head)
    else:
        head += "corrections:\n" + correction(head)
    body = one_digit_changed(body, anywhere=False)
    if body is None:
        raise SystemExit(f"{path}: no number in a table to change")
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + "---\n" + body)
    print(os.path.relpath(path, content))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write a Hugo site with the same number of HTML pages as gongkai writes for a content folder.

    python3 scripts/bench/generate_hugo_site.py --content /tmp/site/content --out /tmp/site/hugo [--pages N]

Each gongkai page becomes one Hugo page: a disclosure page holds the disclosure's own Markdown
(title and body, front matter dropped); every other page (village overview, lists, projects,
plan, indicators, townships, search, ...) holds comparable Markdown made up for it: about 2 KB
of Chinese text with a 10-row table, deterministic from the page's path. The pages are laid out
in sections of 100 (the section's own _index.md is one of the 100, as it is an HTML page too),
and the first page is the home page, so Hugo writes exactly as many index.html files.

The page list is worked out from the content with gongkai's rules (see pages_for_content);
--pages N instead makes exactly N pages (benchmark.py passes the count of index.html files that
gongkai actually wrote, should the two ever differ). The layout is one single.html and one
list.html (header, content, footer); no theme. Taxonomies, RSS, sitemap, robots.txt and 404
are switched off, so the only HTML files are the pages' index.html.

Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_site import markdown_body, write  # noqa: E402

SECTION_SIZE = 100
HUGO_CONFIG = """\
baseURL = "https://hugo.example.cn/"
languageCode = "zh-cn"
title = "Hugo 对照站（性能测试）"
hasCJKLanguage = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableGitInfo = false

[markup.goldmark.renderer]
unsafe = false
"""
LAYOUT = """\
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ .Site.Title }}</title>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
<footer><p>{{ .Site.Title }}。本站内容为示例数据。</p></footer>
</body>
</html>
"""
LABELS = {
    "": "首页", "plan": "规划", "search": "站内搜索", "services": "服务清单", "needs": "需求对接",
    "projects": "民生项目", "disclosures": "村（居）务公开",
}


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Top-level `key: value` lines of a Markdown file's front matter, and the body."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}, text
    fields = {}
    for line in text[4:end].split("\n"):
        match = re.match(r"^([a-z_]+):\s*(.*)$", line)
        if match:
            fields[match.group(1)] = match.group(2).strip().strip('"')
    return fields, text[end + 5:]


def csv_rows(path: str) -> int:
    """Data rows with any content in a CSV file (what gongkai counts as rows)."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")  # what Excel on Chinese Windows saves
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return sum(1 for row in rows[1:] if any(cell.strip() for cell in row))


def indicator_ids(path: str) -> list[str]:
    ids, number = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^  - number:\s*(\S+)", line)
            if m:
                if number is not None:
                    ids.append(number)
                number = m.group(1).strip('"')
                continue
            m = re.match(r"^    id:\s*(\S+)", line)
            if m and number is not None:
                ids.append(m.group(1))
                number = None
    if number is not None:
        ids.append(number)
    return ids


def pages_for_content(content: str) -> list[dict]:
    """The pages gongkai writes for a content folder: dicts with path, title and (for
    disclosures) the Markdown body. In sorted order of path."""
    pages: list[dict] = [{"path": "", "title": "首页"}, {"path": "plan/", "title": "规划"},
                         {"path": "search/", "title": "站内搜索"}]
    pages += [{"path": f"plan/indicators/{i}/", "title": f"指标 {i}"}
              for i in indicator_ids(os.path.join(content, "plan", "indicators.yaml"))]
    pages_dir = os.path.join(content, "pages")
    if os.path.isdir(pages_dir):
        for name in sorted(os.listdir(pages_dir)):
            if name.endswith(".md"):
                with open(os.path.join(pages_dir, name), encoding="utf-8") as f:
                    fields, body = front_matter(f.read())
                slug = fields.get("slug") or name[:-3]
                pages.append({"path": f"{slug}/", "title": fields.get("title", slug), "body": body})
    townships = os.path.join(content, "townships")
    for tid in sorted(os.listdir(townships)):
        tdir = os.path.join(townships, tid)
        if not os.path.isfile(os.path.join(tdir, "township.yaml")):
            continue
        pages.append({"path": f"townships/{tid}/", "title": f"乡镇 {tid}"})
        vroot = os.path.join(tdir, "villages")
        if not os.path.isdir(vroot):
            continue
        for vid in sorted(os.listdir(vroot)):
            vdir = os.path.join(vroot, vid)
            if not os.path.isfile(os.path.join(vdir, "village.yaml")):
                continue
            base = f"villages/{vid}/"
            pages.append({"path": base, "title": f"村（社区） {vid}"})
            has = lambda name: os.path.isfile(os.path.join(vdir, name))  # noqa: E731
            if has("services.csv") and csv_rows(os.path.join(vdir, "services.csv")):
                pages.append({"path": base + "services/", "title": f"服务清单 {vid}"})
            with open(os.path.join(vdir, "village.yaml"), encoding="utf-8") as f:
                declares_lists = re.search(r"^lists:", f.read(), re.M) is not None
            if declares_lists or has("needs.csv") or has("resources.csv") or has("responsibilities.csv"):
                pages.append({"path": base + "needs/", "title": f"需求对接 {vid}"})
            if has("projects.csv"):
                count = csv_rows(os.path.join(vdir, "projects.csv"))
                if count:
                    pages.append({"path": base + "projects/", "title": f"民生项目 {vid}"})
                    pages += [{"path": base + f"projects/p{k}/", "title": f"项目 {k} {vid}"} for k in range(1, count + 1)]
            lists = os.path.join(vdir, "lists")
            if os.path.isdir(lists):
                for name in sorted(os.listdir(lists)):
                    if name.endswith(".yaml"):
                        pages.append({"path": base + f"lists/{name[:-5]}/", "title": f"清单 {name[:-5]} {vid}"})
            ddir = os.path.join(vdir, "disclosures")
            if os.path.isdir(ddir):
                names = sorted(n for n in os.listdir(ddir) if n.endswith(".md"))
                if names:
                    pages.append({"path": base + "disclosures/", "title": f"村（居）务公开 {vid}"})
                for name in names:
                    with open(os.path.join(ddir, name), encoding="utf-8") as f:
                        fields, body = front_matter(f.read())
                    pages.append({"path": base + f"disclosures/{name[:-3]}/", "title": fields.get("title", name[:-3]),
                                  "body": body, "disclosure": True})
    pages.sort(key=lambda p: p["path"])
    return pages


def fit(pages: list[dict], count: int) -> list[dict]:
    """Exactly `count` pages: drop made-up pages from the end, or add more made-up ones."""
    pages = list(pages)
    index = len(pages) - 1
    while len(pages) > count and index >= 0:
        if not pages[index].get("disclosure") and index > 0:
            del pages[index]
        index -= 1
    del pages[count:]
    extra = 0
    while len(pages) < count:
        extra += 1
        pages.append({"path": f"extra/{extra}/", "title": f"补充页面 {extra}"})
    return pages


def body_for(page: dict) -> str:
    if "body" in page:
        return page["body"]
    rng = random.Random("gongkai-bench/hugo/" + page["path"])
    category = rng.choice(["财务", "党务", "村务"])
    return markdown_body(rng, category, f"{page['title']}。")


def page_file(page: dict, weight: int) -> str:
    return (f"---\ntitle: {json.dumps(page['title'], ensure_ascii=False)}\nweight: {weight}\n"
            f"source: {json.dumps(page['path'] or '/', ensure_ascii=False)}\n---\n{body_for(page)}")


def generate(content: str, out: str, pages: int | None = None) -> dict:
    """Writes the Hugo site into out (replacing it); returns the page counts."""
    entries = pages_for_content(content)
    computed = len(entries)
    if pages is not None:
        entries = fit(entries, pages)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "layouts", "_default"))
    os.makedirs(os.path.join(out, "content"))
    write(os.path.join(out, "hugo.toml"), HUGO_CONFIG)
    write(os.path.join(out, "layouts", "_default", "single.html"), LAYOUT)
    write(os.path.join(out, "layouts", "_default", "list.html"), LAYOUT)
    write(os.path.join(out, "content", "_index.md"), page_file(entries[0], 0))
    rest = entries[1:]
    for s in range(0, len(rest), SECTION_SIZE):
        chunk = rest[s:s + SECTION_SIZE]
        folder = os.path.join(out, "content", f"s{s // SECTION_SIZE + 1:05d}")
        os.makedirs(folder)
        write(os.path.join(folder, "_index.md"), page_file(chunk[0], s // SECTION_SIZE + 1))
        for k, page in enumerate(chunk[1:], 1):
            write(os.path.join(folder, f"p{k:03d}.md"), page_file(page, k))
    summary = {"pages": len(entries), "pages_computed_from_content": computed,
               "disclosures": sum(1 for p in entries if p.get("disclosure")),
               "sections": (len(rest) + SECTION_SIZE - 1) // SECTION_SIZE}
    write(os.path.join(out, "bench-pages.json"), json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--content", required=True, help="a gongkai content folder")
    parser.add_argument("--out", required=True, help="folder for the Hugo site (replaced)")
    parser.add_argument("--pages", type=int, help="make exactly this many HTML pages")
    parser.add_argument("--count-only", action="store_true", help="print the page count gongkai should write, and stop")
    args = parser.parse_args(argv)
    if args.count_only:
        print(len(pages_for_content(args.content)))
        return 0
    summary = generate(args.content, args.out, args.pages)
    print(f"wrote Hugo site with {summary['pages']} HTML pages ({summary['disclosures']} with disclosure text, "
          f"{summary['sections']} sections) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

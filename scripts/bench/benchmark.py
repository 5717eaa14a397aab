#!/usr/bin/env python3
"""Benchmark gongkai against Hugo on a synthetic site of N townships x M villages.

    python3 scripts/bench/benchmark.py --townships 20 --villages-per-township 50 \
        [--seed 1] [--gongkai .build/release/gongkai] [--work /tmp/gongkai-bench] [--skip-hugo] [--repeat 3]

1. Generates the site with generate_site.py (content/ and a Hugo site with the same number of
   HTML pages), or reuses it from WORK/sites/<parameters>/ if it is already there.
2. For gongkai, each in a fresh process: (a) a cold build into an empty output folder, (b) a
   rebuild with nothing changed, (c) a rebuild after adding a row to one village's needs.csv
   and correcting one disclosure (a `corrections` entry in its front matter and one number in
   its body changed, so the integrity check passes); the two files are put back afterwards.
3. Hugo: a cold build into an empty folder on the same filesystem.
4. The same again with both outputs on a RAM disk (/dev/shm), which is emptied afterwards.

Each build runs via subprocess.Popen and os.wait4, which gives that child's own rusage: wall
time (perf_counter around start and wait), CPU time (user + sys) and peak RSS (ru_maxrss, KiB
on Linux). Pages = number of index.html files in the output, counted after the build, outside
the timing. Every measurement is repeated --repeat times (interleaved: a, b, c, Hugo, a, b, c,
Hugo, ...) and the run with the median wall time is reported. Caches are not dropped; one
untimed warm-up build of each tool comes first (--no-warmup to skip it). Nothing here calls
fsync or sync.

Prints a table and the ratios gongkai / Hugo (cold build wall time, on disk and on RAM disk) and
writes everything, every run included, to WORK/results.json. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import generate_hugo_site  # noqa: E402
import generate_site  # noqa: E402

SCENARIOS = [
    ("cold", "cold build, empty folder"),
    ("unchanged", "rebuild, nothing changed"),
    ("changed", "rebuild, 1 list + 1 disclosure"),
]


# ---------------------------------------------------------------------------------------------
# Running one build.

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def machine_busy_s() -> float:
    """CPU time spent by the whole machine so far (all CPUs, not idle or iowait), from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


def run_measured(command: list[str], log_prefix: str) -> dict:
    """Runs command in a fresh process; returns wall, cpu, user, sys (s), maxrss_kib, exit, and
    other_cpu_s: CPU time that the rest of the machine used meanwhile (the machine is shared;
    a large value means the run competed with something else)."""
    with open(log_prefix + ".stdout", "wb") as out, open(log_prefix + ".stderr", "wb") as err:
        busy_before = machine_busy_s()
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        busy = machine_busy_s() - busy_before
    process.returncode = os.waitstatus_to_exitcode(status)  # already reaped; keep Popen quiet
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall_s": wall, "cpu_s": cpu, "user_s": usage.ru_utime, "sys_s": usage.ru_stime,
            "peak_rss_kib": usage.ru_maxrss, "exit": process.returncode,
            "other_cpu_s": max(0.0, busy - cpu), "loadavg_after": os.getloadavg()[0]}


def output_stats(folder: str) -> dict:
    pages = files = size = 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            if name == "index.html":
                pages += 1
            try:
                size += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return {"pages": pages, "files": files, "bytes": size}


class Trash:
    """Outputs on disk are not deleted between measurements but moved here, and deleted after
    the last one. On an ext4 mounted with `discard` (as on the project's machine), deleting tens
    of thousands of files slows the writes that follow by several times, for longer than a
    minute, which would make every measurement depend on what the one before it left behind.
    Outputs on a RAM disk are deleted at once (tmpfs has no such cost). When the disk runs
    short of room, the trash is emptied early, and the results say so."""

    def __init__(self, folder: str):
        self.folder = folder
        self.count = 0
        self.largest = 0
        self.emptied_early = 0

    def retire(self, path: str) -> None:
        self.largest = max(self.largest, output_stats(path)["bytes"])
        if mount_of(path)["fstype"] in ("tmpfs", "ramfs"):
            shutil.rmtree(path)
            return
        os.makedirs(self.folder, exist_ok=True)
        self.count += 1
        os.rename(path, os.path.join(self.folder, str(self.count)))

    def make_room(self, root: str, path: str) -> None:
        if os.path.exists(path):
            shutil.rmtree(path)
        if os.path.isdir(self.folder) and shutil.disk_usage(root).free < 3 * self.largest + (2 << 30):
            print("disk short of room: emptying the trash before the next run", file=sys.stderr)
            self.empty()
            self.emptied_early += 1

    def empty(self) -> None:
        if os.path.isdir(self.folder):
            shutil.rmtree(self.folder)


def read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


# ---------------------------------------------------------------------------------------------
# The edit for scenario (c), and putting it back.

def village_folders(content: str) -> list[str]:
    found = []
    townships = os.path.join(content, "townships")
    for tid in sorted(os.listdir(townships)):
        vroot = os.path.join(townships, tid, "villages")
        if os.path.isdir(vroot):
            found += [os.path.join(vroot, v) for v in sorted(os.listdir(vroot))
                      if os.path.isfile(os.path.join(vroot, v, "village.yaml"))]
    return found


def edited_village(content: str) -> str:
    """The village folder the edit changes: the middle one in sorted order."""
    villages = village_folders(content)
    if not villages:
        raise SystemExit(f"no village folders under {content}")
    return villages[len(villages) // 2]


def first_notice(village: str) -> str:
    """The path of the village's first disclosure in sorted order."""
    folder = os.path.join(village, "disclosures")
    return os.path.join(folder, sorted(n for n in os.listdir(folder) if n.endswith(".md"))[0])


def needs_with_one_more_row(needs: str) -> str:
    """needs.csv with one more need appended, numbered after the rows it has."""
    rows = [line for line in needs.split("\n")[1:] if line.strip()]
    if not needs.endswith("\n"):
        needs += "\n"
    return needs + f"N{len(rows) + 1},村屯排水沟清淤,基础设施,入户走访,2025-09-01,35,基准测试新增\n"


def split_notice(text: str) -> tuple[str, str]:
    """A notice's front matter (from its opening ---, with its last line break) and body."""
    end = text.find("\n---\n", 4)
    return text[:end + 1], text[end + 5:]


def correction(head: str) -> str:
    """One correction entry, dated the notice's publication day."""
    published = re.search(r"^published_on:\s*(\S+)", head, re.M).group(1)
    return f"  - date: {published}\n    reason: 表中一处数字笔误，已更正\n"


def one_digit_changed(body: str, anywhere: bool) -> str | None:
    """The body with the last digit of the first number in a table cell increased by one
    (mod 10); with `anywhere`, the first digit of the body when no cell has a number."""
    match = re.search(r"\| (\d[\d,]*)(\.\d+)? \|", body)
    if match:
        position = match.start(1) + len(match.group(1)) - 1
    elif anywhere and (match := re.search(r"\d", body)):
        position = match.start()
    else:
        return None
    return body[:position] + str((int(body[position]) + 1) % 10) + body[position + 1:]


def edited_files(content: str) -> dict[str, bytes]:
    """The new bytes of the two files scenario (c) changes, keyed by path relative to content.

    The village is the middle one in sorted order; the disclosure is its first in sorted order.
    """
    village = edited_village(content)
    needs_path = os.path.join(village, "needs.csv")
    with open(needs_path, encoding="utf-8") as f:
        needs = needs_with_one_more_row(f.read())

    disclosure_path = first_notice(village)
    with open(disclosure_path, encoding="utf-8") as f:
        head, body = split_notice(f.read())
    if re.search(r"^corrections:", head, re.M):
        raise SystemExit(f"{disclosure_path} already has corrections; the benchmark edits only generated content")
    head += "corrections:\n" + correction(head)
    text = head + "---\n" + one_digit_changed(body, anywhere=True)
    return {os.path.relpath(needs_path, content): needs.encode("utf-8"),
            os.path.relpath(disclosure_path, content): text.encode("utf-8")}


class Edit:
    """Applies the edit with a backup beside the site, so an interrupted run can be undone."""

    def __init__(self, site: str):
        self.content = os.path.join(site, "content")
        self.backup = os.path.join(site, "edit-backup")

    def restore_leftover(self, quiet: bool = False) -> None:
        if not os.path.isdir(self.backup):
            return
        for root, _, names in os.walk(self.backup):
            for name in names:
                source = os.path.join(root, name)
                relative = os.path.relpath(source, self.backup)
                shutil.copyfile(source, os.path.join(self.content, relative))
        shutil.rmtree(self.backup)
        if not quiet:
            print("put back the files an interrupted run had left edited", file=sys.stderr)

    def apply(self) -> list[str]:
        new = edited_files(self.content)
        for relative in new:
            target = os.path.join(self.backup, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(os.path.join(self.content, relative), target)
        for relative, data in new.items():
            with open(os.path.join(self.content, relative), "wb") as f:
                f.write(data)
        return sorted(new)

    def undo(self) -> None:
        self.restore_leftover(quiet=True)


# ---------------------------------------------------------------------------------------------
# Environment.

def mount_of(path: str) -> dict:
    path = os.path.realpath(path)
    best = {"mount": "/", "fstype": "?", "device": "?"}
    try:
        with open("/proc/mounts") as f:
            for line in f:
                device, mount, fstype = line.split()[:3]
                if (path == mount or path.startswith(mount.rstrip("/") + "/")) and len(mount) >= len(best["mount"]):
                    best = {"mount": mount, "fstype": fstype, "device": device}
    except OSError:
        pass
    return best


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version()}
    for line in read_text("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            info["cpu"] = line.split(":", 1)[1].strip()
            break
    for line in read_text("/proc/meminfo").splitlines():
        if line.startswith("MemTotal"):
            info["memory_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    for line in read_text("/etc/os-release").splitlines():
        if line.startswith("PRETTY_NAME="):
            info["os"] = line.split("=", 1)[1].strip('"')
    return info


def version_of(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "?"


# ---------------------------------------------------------------------------------------------

def find_executable(given: str) -> str:
    for candidate in (given, os.path.join(REPO, given)):
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return os.path.abspath(candidate)
    found = shutil.which(given)
    if found:
        return found
    raise SystemExit(f"cannot find the executable {given!r}")


def prepare_site(args, work: str) -> str:
    key = f"t{args.townships}-m{args.villages_per_township}-s{args.seed}-g{generate_site.GENERATOR_VERSION}"
    site = os.path.join(work, "sites", key)
    stamp = os.path.join(site, "complete.json")
    if os.path.isfile(stamp) and not args.regenerate:
        Edit(site).restore_leftover()
        print(f"reusing the site in {site}", file=sys.stderr)
        return site
    if os.path.exists(site):
        shutil.rmtree(site)
    os.makedirs(site)
    print(f"generating {args.townships} x {args.villages_per_township} villages (seed {args.seed}) in {site}",
          file=sys.stderr)
    started = time.perf_counter()
    summary = generate_site.generate(args.townships, args.villages_per_township, args.seed, site)
    hugo = generate_hugo_site.generate(os.path.join(site, "content"), os.path.join(site, "hugo"))
    summary.update(hugo_pages=hugo["pages"], generate_s=round(time.perf_counter() - started, 2))
    with open(stamp, "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    print(f"  {summary['files']} content files, {hugo['pages']} Hugo pages, {summary['generate_s']} s", file=sys.stderr)
    return site


def hugo_pages(site: str) -> int:
    with open(os.path.join(site, "hugo", "bench-pages.json"), encoding="utf-8") as f:
        return json.load(f)["pages"]


def summarise(runs: list[dict]) -> dict:
    ordered = sorted(runs, key=lambda r: r["wall_s"])
    median = ordered[(len(ordered) - 1) // 2]
    result = dict(median)
    result["wall_min_s"], result["wall_max_s"] = ordered[0]["wall_s"], ordered[-1]["wall_s"]
    result["wall_median_s"] = statistics.median(r["wall_s"] for r in runs)
    result["pages_per_s"] = median["pages"] / median["wall_s"] if median["wall_s"] else 0.0
    result["runs"] = runs
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--townships", type=int, required=True)
    parser.add_argument("--villages-per-township", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gongkai", default=os.path.join(REPO, ".build", "release", "gongkai"),
                        help="gongkai binary (default: .build/release/gongkai)")
    parser.add_argument("--templates", default=os.path.join(REPO, "templates"))
    parser.add_argument("--hugo", default="hugo", help="hugo binary (default: hugo on PATH)")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "gongkai-bench"),
                        help="work folder: generated sites, disk outputs, logs, results.json (default: /tmp/gongkai-bench)")
    parser.add_argument("--ramdisk", default="/dev/shm", help="a RAM-backed folder for the second set of builds")
    parser.add_argument("--skip-hugo", action="store_true")
    parser.add_argument("--skip-ramdisk", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the median is reported")
    parser.add_argument("--no-warmup", action="store_true")
    parser.add_argument("--regenerate", action="store_true", help="generate the site again even if it exists")
    args = parser.parse_args(argv)

    gongkai = find_executable(args.gongkai)
    hugo = None if args.skip_hugo else find_executable(args.hugo)
    templates = os.path.abspath(args.templates)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    logs = os.path.join(work, "logs")
    os.makedirs(logs, exist_ok=True)
    site = prepare_site(args, work)
    content = os.path.join(site, "content")
    hugo_source = os.path.join(site, "hugo")
    edit = Edit(site)

    out_root = os.path.join(work, "out")
    if os.path.exists(out_root):  # left by an earlier run; removed before the warm-up
        shutil.rmtree(out_root)
    os.makedirs(out_root)
    targets = [("disk", out_root)]
    ram_root = None
    trash = Trash(os.path.join(out_root, "trash"))
    runs: dict[tuple[str, str, str], list[dict]] = {}
    edited: list[str] = []
    env = machine()
    versions = {"gongkai": {"path": gongkai, "version": version_of([gongkai, "--version"])},
                "hugo": {"path": hugo, "version": version_of([hugo, "version"])} if hugo else None}

    def make_report(complete: bool) -> dict:
        results = {key: summarise(value) for key, value in runs.items()}
        ratios = {}
        for target, _ in targets:
            g, h = results.get(("gongkai", "cold", target)), results.get(("hugo", "cold", target))
            if g and h:
                ratios[target] = {"wall": g["wall_s"] / h["wall_s"], "cpu": g["cpu_s"] / h["cpu_s"],
                                  "peak_rss": g["peak_rss_kib"] / h["peak_rss_kib"]}
        with open(os.path.join(site, "complete.json"), encoding="utf-8") as f:
            site_summary = json.load(f)
        return {
            "complete": complete,
            "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "parameters": {"townships": args.townships, "villages_per_township": args.villages_per_township,
                           "villages": args.townships * args.villages_per_township, "seed": args.seed,
                           "repeat": args.repeat, "warmup": not args.no_warmup},
            "site": site_summary, "site_folder": site, "edited_files": edited,
            "disk_trash_emptied_during_measurements": trash.emptied_early,
            **versions,
            "machine": env,
            "filesystems": {target: mount_of(root) for target, root in targets},
            "results": [{"tool": tool, "scenario": scenario, "output": target, **value}
                        for (tool, scenario, target), value in results.items()],
            "ratios_gongkai_over_hugo_cold": ratios,
            "_results": results,
        }

    def save(report: dict) -> str:
        """results.json, rewritten after every measurement ("complete": false until the end)."""
        report = {k: v for k, v in report.items() if k != "_results"}
        path = os.path.join(work, "results.json")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)
            f.write("\n")
        os.replace(path + ".tmp", path)
        return path

    def record(key: tuple[str, str, str], result: dict) -> dict:
        runs.setdefault(key, []).append(result)
        save(make_report(complete=False))
        return result

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        if not args.skip_ramdisk:
            if mount_of(args.ramdisk)["fstype"] not in ("tmpfs", "ramfs"):
                print(f"warning: {args.ramdisk} is not a tmpfs/ramfs mount", file=sys.stderr)
            ram_root = tempfile.mkdtemp(prefix="gongkai-bench-", dir=args.ramdisk)
            targets.append(("ramdisk", ram_root))

        def gongkai_build(out: str, tag: str) -> dict:
            command = [gongkai, "build", "--content", content, "--templates", templates, "--output", out, "--quiet"]
            result = run_measured(command, os.path.join(logs, tag))
            stderr = read_text(os.path.join(logs, tag + ".stderr")).strip()
            if result["exit"] != 0:
                raise SystemExit(f"gongkai build failed ({tag}, exit {result['exit']}):\n{stderr}")
            if stderr:
                print(f"note: gongkai printed diagnostics ({tag}):\n{stderr}", file=sys.stderr)
            result.update(output_stats(out))
            return result

        def hugo_build(out: str, tag: str) -> dict:
            command = [hugo, "--quiet", "-s", hugo_source, "-d", out]
            result = run_measured(command, os.path.join(logs, tag))
            if result["exit"] != 0:
                raise SystemExit(f"hugo failed ({tag}, exit {result['exit']}):\n"
                                 + read_text(os.path.join(logs, tag + ".stderr")))
            result.update(output_stats(out))
            return result

        checked = [False]

        def match_hugo_pages(pages: int) -> None:
            """The Hugo site must have as many pages as gongkai wrote; rewrite it if not."""
            if checked[0] or not hugo:
                return
            checked[0] = True
            if hugo_pages(site) != pages:
                print(f"gongkai wrote {pages} pages, the Hugo site has {hugo_pages(site)}: "
                      f"rewriting the Hugo site with {pages} pages", file=sys.stderr)
                generate_hugo_site.generate(content, hugo_source, pages=pages)

        def fresh(root: str, name: str) -> str:
            """A new empty output folder; every run gets its own (see Trash)."""
            path = os.path.join(root, name)
            trash.make_room(root, path)
            os.makedirs(path)
            return path

        if not args.no_warmup:
            # Untimed: reads the content, binaries and templates into the page cache.
            print("warm-up build of gongkai ...", file=sys.stderr)
            out = fresh(out_root, "warmup-gongkai")
            match_hugo_pages(gongkai_build(out, "warmup-gongkai")["pages"])
            trash.retire(out)
            if hugo:
                print("warm-up build of Hugo ...", file=sys.stderr)
                out = fresh(out_root, "warmup-hugo")
                hugo_build(out, "warmup-hugo")
                trash.retire(out)

        for target, root in targets:
            for rep in range(1, args.repeat + 1):
                tag = f"{target}-{rep}"
                print(f"[{target} {rep}/{args.repeat}] gongkai cold ...", file=sys.stderr)
                g_out = fresh(root, f"gongkai-{rep}")
                cold = gongkai_build(g_out, f"gongkai-cold-{tag}")
                record(("gongkai", "cold", target), cold)
                match_hugo_pages(cold["pages"])
                print(f"[{target} {rep}/{args.repeat}] gongkai unchanged ...", file=sys.stderr)
                record(("gongkai", "unchanged", target), gongkai_build(g_out, f"gongkai-unchanged-{tag}"))
                print(f"[{target} {rep}/{args.repeat}] gongkai changed ...", file=sys.stderr)
                edited = edit.apply()
                try:
                    record(("gongkai", "changed", target), gongkai_build(g_out, f"gongkai-changed-{tag}"))
                finally:
                    edit.undo()
                trash.retire(g_out)
                if hugo:
                    print(f"[{target} {rep}/{args.repeat}] Hugo cold ...", file=sys.stderr)
                    h_out = fresh(root, f"hugo-{rep}")
                    record(("hugo", "cold", target), hugo_build(h_out, f"hugo-cold-{tag}"))
                    trash.retire(h_out)
    finally:
        # Clean up even if told to stop again meanwhile: the RAM disk first, it holds memory.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        edit.undo()
        if ram_root and os.path.exists(ram_root):
            shutil.rmtree(ram_root)
        print("removing the outputs ...", file=sys.stderr)
        trash.empty()
        shutil.rmtree(out_root, ignore_errors=True)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    report = make_report(complete=True)
    results, ratios, env = report["_results"], report["ratios_gongkai_over_hugo_cold"], report["machine"]
    del report["_results"]
    villages = report["parameters"]["villages"]
    results_path = save(report)

    # The table.
    print()
    print(f"gongkai {report['gongkai']['version']} vs {report['hugo']['version'] if hugo else 'no Hugo'}")
    print(f"{args.townships} townships x {args.villages_per_township} villages = {villages:,} villages, seed {args.seed}; "
          f"median of {args.repeat} run(s){', after a warm-up' if not args.no_warmup else ''}")
    print(f"machine: {env.get('cpu', '?')}, {env['cpus']} CPUs, {env.get('memory_gib', '?')} GiB, {env.get('os', '?')}; "
          + "; ".join(f"{t} = {m['fstype']} ({m['mount']})" for t, m in report["filesystems"].items()))
    print()
    header = (f"{'tool':<8} {'build':<31} {'output':<8} {'pages':>7} {'files':>7} {'wall s':>8} {'(min-max)':>15} "
              f"{'CPU s':>7} {'RSS MiB':>8} {'pages/s':>8} {'other CPU s':>11}")
    print(header)
    print("-" * len(header))
    for target, _ in targets:
        for tool in ("gongkai", "hugo"):
            for scenario, label in SCENARIOS:
                r = results.get((tool, scenario, target))
                if not r:
                    continue
                span = f"({r['wall_min_s']:.2f}-{r['wall_max_s']:.2f})"
                print(f"{'gongkai' if tool == 'gongkai' else 'Hugo':<8} {label:<31} {target:<8} {r['pages']:>7,} "
                      f"{r['files']:>7,} {r['wall_s']:>8.2f} {span:>15} {r['cpu_s']:>7.2f} "
                      f"{r['peak_rss_kib'] / 1024:>8.0f} {r['pages_per_s']:>8,.0f} {r['other_cpu_s']:>11.1f}")
    busy = [f"{'gongkai' if k[0] == 'gongkai' else 'Hugo'} {k[1]} {k[2]} #{i}"
            for k, value in runs.items() for i, r in enumerate(value, 1) if r["other_cpu_s"] > 0.25 * r["wall_s"]]
    if busy:
        print()
        print("note: the rest of the machine used more than a quarter of a CPU during: " + ", ".join(busy))
        print("      (other processes, or kernel writeback of earlier outputs); see other_cpu_s in results.json")
    if ratios:
        print()
        print("gongkai / Hugo, cold build into an empty folder:")
        for target, ratio in ratios.items():
            print(f"  {target:<8} wall {ratio['wall']:.2f}x   CPU {ratio['cpu']:.2f}x   peak RSS {ratio['peak_rss']:.2f}x")
    print()
    print(f"results: {results_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

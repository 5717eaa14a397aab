#!/usr/bin/env python3
"""Times one-village rebuilds of several gongkai binaries side by side, in blocks.

    python3 scripts/bench/compare_rebuilds.py --site /tmp/g10k --output /dev/shm/o10 \\
        --runs 8 BINARY_A BINARY_B BINARY_A BINARY_B

The machine's speed drifts by a fifth within an hour, so two binaries are only compared when
they run in turn on the same edits. For each binary in the order given: one edit
(edit_village.py) and one build that is not timed (a binary of another version may have to list
the output once, since the files it keeps there differ), then RUNS times an edit and a timed
build. Prints, per block, the median, lowest and highest wall time and the mean CPU time (user
and system) of the builds. With --nothing-changed the timed builds follow one more untimed build
and have nothing to do.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def edit(site: str) -> None:
    subprocess.run([sys.executable, os.path.join(HERE, "edit_village.py"), site], check=True, stdout=subprocess.DEVNULL)


def build(binary: str, site: str, output: str, as_of: str) -> tuple[float, float]:
    """Wall and CPU seconds of one build."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(
        [binary, "build", "-q", "-c", os.path.join(site, "content"), "-o", output, "--as-of", as_of], check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True, help="a site made by generate_site.py")
    parser.add_argument("--output", required=True, help="the output folder, kept from block to block")
    parser.add_argument("--runs", type=int, default=8, help="timed builds a block")
    parser.add_argument("--as-of", default="2026-10-31")
    parser.add_argument("--nothing-changed", action="store_true", help="time builds with nothing to do")
    parser.add_argument("binaries", nargs="+", help="one block for each, in this order")
    args = parser.parse_args()

    for binary in args.binaries:
        edit(args.site)
        build(binary, args.site, args.output, args.as_of)
        if args.nothing_changed:
            build(binary, args.site, args.output, args.as_of)
        walls, cpus = [], []
        for _ in range(args.runs):
            if not args.nothing_changed:
                edit(args.site)
            wall, cpu = build(binary, args.site, args.output, args.as_of)
            walls.append(wall)
            cpus.append(cpu)
        print(f"{binary}: wall median {statistics.median(walls):.3f} s (lowest {min(walls):.3f}, highest {max(walls):.3f}), "
              f"CPU mean {statistics.mean(cpus):.3f} s over {args.runs} builds", flush=True)


if __name__ == "__main__":
    main()

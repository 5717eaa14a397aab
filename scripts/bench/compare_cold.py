#!/usr/bin/env python3
"""Times cold builds of several gongkai binaries in turn, into an emptied output folder.

    python3 scripts/bench/compare_cold.py --content /tmp/g1k/content --output /dev/shm/c1 \\
        --runs 6 OLD_BINARY NEW_BINARY

The machine's speed drifts within minutes, so the binaries take turns: each round builds the
site once with every binary, in the order given, each time into an output folder deleted just
before. Prints, per binary, the median and lowest wall time and the median user and CPU (user and
system) time over the rounds. Builds run from the repository's root, where the default templates
are, against the sample's --as-of.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build(binary: str, content: str, output: str, as_of: str) -> tuple[float, float, float]:
    """Wall, user and CPU seconds of one cold build."""
    shutil.rmtree(output, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run([binary, "build", "-q", "-c", content, "-o", output, "--as-of", as_of], check=True, cwd=REPO)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = after.ru_utime - before.ru_utime
    return wall, user, user + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--content", required=True, help="the content folder to build")
    parser.add_argument("--output", required=True, help="the output folder, emptied before every build")
    parser.add_argument("--runs", type=int, default=6, help="rounds: builds per binary")
    parser.add_argument("--as-of", default="2026-10-31")
    parser.add_argument("binaries", nargs="+", help="the binaries, built in this order in every round")
    args = parser.parse_args()

    binaries = [os.path.abspath(binary) for binary in args.binaries]
    times: dict[str, list[tuple[float, float, float]]] = {binary: [] for binary in binaries}
    for _ in range(args.runs):
        for binary in binaries:
            times[binary].append(build(binary, os.path.abspath(args.content), os.path.abspath(args.output), args.as_of))
    shutil.rmtree(args.output, ignore_errors=True)
    for binary in binaries:
        walls, users, cpus = (list(column) for column in zip(*times[binary]))
        print(f"{binary}: wall median {statistics.median(walls):.2f} s (lowest {min(walls):.2f}), "
              f"user median {statistics.median(users):.2f} s, CPU median {statistics.median(cpus):.2f} s over {args.runs} builds")


if __name__ == "__main__":
    main()

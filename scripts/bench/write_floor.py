#!/usr/bin/env python3
"""What creating a build's output files costs by itself, with no build around it.

    python3 scripts/bench/write_floor.py --output /dev/shm/c1 --into /dev/shm/floor --runs 3

Takes the files of an output a build wrote (OUTPUT), and writes files of the same paths and
sizes into an empty folder (INTO), split between two processes as a build splits its pages
between the two cores: a folder created where it is missing, then for each file one open, one
write and one close. Prints the wall time and the user and system CPU of each run. The system
CPU is what the kernel takes to create the files and folders: no build that writes the same
files into an empty folder can take less, whatever it does to make them.
"""
import argparse
import os
import resource
import shutil
import sys
import time
from multiprocessing import Process

WORKERS = 2


def listing(output: str) -> list[tuple[str, int]]:
    files = []
    for folder, _, names in os.walk(output):
        for name in names:
            path = os.path.join(folder, name)
            files.append((os.path.relpath(path, output), os.path.getsize(path)))
    files.sort()
    return files


def write(files: list[tuple[str, int]], into: str, worker: int) -> None:
    largest = max((size for _, size in files), default=0)
    block = b"a" * largest
    made: set[str] = set()
    for path, size in files[worker::WORKERS]:
        target = os.path.join(into, path)
        folder = os.path.dirname(target)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
        os.write(descriptor, block[:size])
        os.close(descriptor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", required=True, help="an output folder a build wrote")
    parser.add_argument("--into", required=True, help="a folder to write into; removed before each run and after the last")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    files = listing(args.output)
    if not files:
        sys.exit(f"{args.output} holds no file")
    print(f"{len(files)} files, {sum(size for _, size in files) / 1_048_576:.0f} MiB, {WORKERS} processes")
    for run in range(args.runs):
        shutil.rmtree(args.into, ignore_errors=True)
        os.sync()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        workers = [Process(target=write, args=(files, args.into, worker)) for worker in range(WORKERS)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        wall = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if any(worker.exitcode != 0 for worker in workers):
            sys.exit("a writing process failed")
        print(f"run {run + 1}: wall {wall:.2f} s, user {after.ru_utime - before.ru_utime:.2f} s, "
              f"system {after.ru_stime - before.ru_stime:.2f} s")
    shutil.rmtree(args.into, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the same sites with two gongkai binaries and lists every output file that differs.

    python3 scripts/bench/compare_outputs.py OLD_BINARY NEW_BINARY [--site CONTENT_FOLDER ...]

A change meant to make builds faster must not change what they write. This builds the sample in
content/, the three fixture sites in Tests/Fixtures/sites/ and any content folder given with
--site (a generated one, for instance), with each binary, against the sample's fixed --as-of, into
a fresh folder on the RAM disk, and compares the two outputs file by file. The records of the
output's folders and of the content's listings (.gongkai-cache/folders, .gongkai-cache/listings)
hold inode numbers and times, which differ between any two builds, and are left out. Exits 1 when
any other file differs or is missing on one side.
"""

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AS_OF = "2026-10-31"
VOLATILE = {".gongkai-cache/folders", ".gongkai-cache/listings"}


def files_under(root):
    found = set()
    for folder, _, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found - VOLATILE


def build(binary, content, output):
    result = subprocess.run(
        [binary, "build", "--content", content, "--templates", os.path.join(REPO, "templates"),
         "--output", output, "--as-of", AS_OF, "--quiet"],
        cwd=REPO, capture_output=True, text=True)
    return result.returncode, result.stderr.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--site", action="append", default=[], help="another content folder to build")
    args = parser.parse_args()

    fixtures = os.path.join(REPO, "Tests", "Fixtures", "sites")
    sites = [os.path.join(REPO, "content")] + [os.path.join(fixtures, name) for name in sorted(os.listdir(fixtures))]
    sites += [os.path.abspath(site) for site in args.site]
    scratch = tempfile.mkdtemp(prefix="gongkai-compare-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    differing = 0
    try:
        for site in sites:
            outputs = []
            for label, binary in (("old", args.old), ("new", args.new)):
                output = os.path.join(scratch, label)
                shutil.rmtree(output, ignore_errors=True)
                code, errors = build(os.path.abspath(binary), site, output)
                outputs.append((output, code, errors))
            (old, old_code, old_errors), (new, new_code, new_errors) = outputs
            if old_code != new_code or old_errors != new_errors:
                print(f"{site}: the builds end differently (exit {old_code} / {new_code})")
                differing += 1
                continue
            if old_code != 0:
                print(f"{site}: both builds fail the same way (exit {old_code})")
                continue
            old_files, new_files = files_under(old), files_under(new)
            changed = sorted(path for path in old_files & new_files
                             if not filecmp.cmp(os.path.join(old, path), os.path.join(new, path), shallow=False))
            only = sorted(old_files ^ new_files)
            print(f"{site}: {len(old_files)} files, {len(changed)} differ, {len(only)} on one side only")
            for path in (changed + only)[:20]:
                print(f"  {path}")
            differing += len(changed) + len(only)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How long a build takes after a small change, against the full build before it, measured as whole processes.

    python3 bench/incremental.py [--size 10000] [--scratch DIR] [--verify]

Copies the generated corpus of the given size (bench/.corpora/, made as bench/run.py makes it) to a scratch folder,
builds it once into an empty output folder (a full build, which records its pages), then makes one change at a time
and builds again into the same folder: nothing changed, one document's body, one document's title, a new document, a
deleted document, a template. Prints wall and CPU time of each build and how many pages it rendered and kept (from
the program's summary line), and with --verify checks that the last output is byte for byte a fresh full build's.
"""

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (the corpus, the published program and the measuring are shared with the build benchmark)

SUMMARY = re.compile(r"(\d+) pages(?: \((\d+) rendered, (\d+) kept unchanged from the previous build\))?")


def build(site, theme, out, env):
    """Builds; returns (wall s, cpu s, pages rendered, pages kept)."""
    log = Path(out).parent / "summary.txt"
    with open(log, "w") as summary:
        command = [str(run.PUBLISHER), "--lang", "en", "build", "--input", str(site), "--output", str(out), "--theme", str(theme)]
        code, wall, cpu, _ = run.measure(["sh", "-c", " ".join(f"'{part}'" for part in command) + f" > '{log}'"], env)
    if code != 0:
        sys.exit(f"the build failed with exit code {code}")
    match = SUMMARY.search(log.read_text(encoding="utf-8"))
    pages = int(match.group(1))
    kept = int(match.group(3) or 0)
    return wall, cpu, pages - kept, kept


def middle_document(site):
    documents = sorted((site / "minutes").rglob("*.md"))
    return documents[len(documents) // 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--scratch", default=None, help="folder for the copy of the corpus and the outputs (default: the system's temporary folder)")
    parser.add_argument("--verify", action="store_true", help="compare the last output with a fresh full build's")
    args = parser.parse_args()

    run.publish()
    source = run.corpus(args.size)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    with tempfile.TemporaryDirectory(prefix="publisher-incremental-", dir=args.scratch) as scratch:
        scratch = Path(scratch)
        site = scratch / "input"
        theme = scratch / "theme"
        out = scratch / "output"
        shutil.copytree(source, site)
        shutil.copytree(run.ROOT / "theme", theme)
        document = middle_document(site)
        text = document.read_text(encoding="utf-8")

        changes = [
            ("full build into an empty folder", lambda: None),
            ("nothing changed", lambda: None),
            ("one document's body", lambda: document.write_text(text + "\nNový odstavec doplněný po jednání.\n", encoding="utf-8")),
            ("one document's title", lambda: document.write_text(re.sub(r'^title: "', 'title: "Opraveno: ', document.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")),
            ("a new document", lambda: (document.parent / "2099-01-01-novy-zapis.md").write_text(
                re.sub(r"^date: .*$", "date: 2026-01-02", text.replace('title: "', 'title: "Nový ', 1), count=1, flags=re.M), encoding="utf-8")),
            ("a deleted document", lambda: (document.parent / "2099-01-01-novy-zapis.md").unlink()),
            ("a template", lambda: (theme / "layouts" / "document.html").write_text(
                (theme / "layouts" / "document.html").read_text(encoding="utf-8").replace("</article>", "<p>Zveřejněno.</p></article>", 1), encoding="utf-8")),
        ]
        print(f"{args.size} documents; {'change':<32} {'wall s':>7} {'cpu s':>7} {'rendered':>9} {'kept':>7}")
        for name, change in changes:
            change()
            wall, cpu, rendered, kept = build(site, theme, out, env)
            print(f"{'':>{len(str(args.size)) + 12}}{name:<32} {wall:>7.2f} {cpu:>7.1f} {rendered:>9} {kept:>7}", flush=True)

        if args.verify:
            fresh = scratch / "fresh"
            build(site, theme, fresh, env)
            differences = compare(out, fresh)
            print("the last output is byte for byte a fresh full build's" if not differences
                  else f"the last output differs from a fresh full build's: {differences[:10]}")
            if differences:
                sys.exit(1)


def compare(left, right):
    """Paths that differ between two folders, or exist in one only."""
    differences = []
    comparison = filecmp.dircmp(left, right)
    stack = [(comparison, "")]
    while stack:
        current, prefix = stack.pop()
        differences += [prefix + name for name in current.left_only + current.right_only + current.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(current.left, current.right, current.common_files, shallow=False)
        differences += [prefix + name for name in mismatch + errors]
        stack += [(sub, prefix + name + "/") for name, sub in current.subdirs.items()]
    return differences


if __name__ == "__main__":
    main()

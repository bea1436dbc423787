#!/usr/bin/env python3
"""Full cold builds of generated corpora, measured as whole processes.

    python3 bench/run.py [--sizes 1000,10000,100000] [--runs 1] [--no-hugo] [--scratch DIR]

For each size it generates the corpus once with ../shared/bench/gen_corpus.py (kept in bench/.corpora/),
builds it with Publisher (published in Release and run with --no-cache, as .ci/netlify-build runs it: a fresh folder
has no pages to keep, and nothing comes after to record them for) into a fresh folder and prints wall time, CPU time (user + system), peak
memory (maximum resident set), pages and bytes written. When `hugo` is on the PATH it builds the same corpus
with the small Hugo site in bench/hugo-site in the same run and prints the ratio of wall times, so both are
measured on the same machine under the same load. Outputs go to a fresh folder in the system's temporary folder,
or in --scratch DIR: a memory file system (/dev/shm) takes the disk's variable cost of writing out of the figures.
Before each build the corpus is read once, unmeasured, so that every build finds it in the system's file cache, as
a build on Netlify finds the clone it has just written: otherwise whichever build comes first after the cache lost
the corpus pays for reading it from the disk.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
GENERATOR = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
# The published program (compiled ahead of time to native code, as the Netlify build runs it), in a folder of its own.
PUBLISHED = BENCH / ".publisher"
PUBLISHER = PUBLISHED / "Publisher"


def publish():
    """Publishes the program as .ci/netlify-build does; a minute or two, as it is compiled to native code."""
    subprocess.run(["dotnet", "publish", "-c", "Release", "--use-current-runtime", "--nologo", "-v", "q",
                    "-o", str(PUBLISHED), str(ROOT / "src" / "Publisher")], check=True)


def measure(command, env=None):
    """Runs a command; returns (exit code, wall s, cpu s, peak MiB) of the process and its children."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.stderr.write(stderr[-4000:])
    return code, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def output_size(folder):
    pages = files = size = 0
    for directory, _, names in os.walk(folder):
        for name in names:
            files += 1
            pages += name.endswith(".html")
            size += os.path.getsize(os.path.join(directory, name))
    return pages, files, size


def read_once(folder):
    """Reads every file of the folder, so that the next build finds them in the system's file cache."""
    for directory, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(directory, name), "rb") as file:
                while file.read(1 << 20):
                    pass


def corpus(size):
    folder = BENCH / ".corpora" / str(size)
    if not (folder / "site.yml").exists():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, str(GENERATOR), "--docs", str(size), "--out", str(folder)], check=True)
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument("--scratch", default=None, help="folder for the outputs (default: the system's temporary folder)")
    args = parser.parse_args()

    publish()
    hugo = None if args.no_hugo else shutil.which("hugo")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")

    print(f"{'tool':<10} {'docs':>7} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'pages':>8} {'files':>8} {'MB':>8}")
    for size in [int(s) for s in args.sizes.split(",")]:
        source = corpus(size)
        for run in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="publisher-bench-", dir=args.scratch) as scratch:
                out = Path(scratch) / "output"
                read_once(source)
                code, wall, cpu, peak = measure(
                    [str(PUBLISHER), "build", "--input", str(source), "--output", str(out), "--theme", str(ROOT / "theme"), "--no-cache"], env)
                if code != 0:
                    sys.exit(f"Publisher failed on {size} documents with exit code {code}")
                pages, files, size_bytes = output_size(out)
                print(f"{'publisher':<10} {size:>7} {wall:>8.1f} {cpu:>8.1f} {peak:>9.0f} {pages:>8} {files:>8} {size_bytes / 1e6:>8.1f}", flush=True)
                if hugo:
                    hugo_out = Path(scratch) / "hugo"
                    read_once(source / "minutes")
                    code, hugo_wall, hugo_cpu, hugo_peak = measure(
                        [hugo, "--source", str(BENCH / "hugo-site"), "--contentDir", str(source / "minutes"),
                         "--destination", str(hugo_out), "--quiet"])
                    if code != 0:
                        print(f"{'hugo':<10} {size:>7} failed with exit code {code}")
                        continue
                    hugo_pages, hugo_files, hugo_bytes = output_size(hugo_out)
                    print(f"{'hugo':<10} {size:>7} {hugo_wall:>8.1f} {hugo_cpu:>8.1f} {hugo_peak:>9.0f} {hugo_pages:>8} {hugo_files:>8} {hugo_bytes / 1e6:>8.1f}"
                          f"   Publisher takes {wall / hugo_wall:.2f}× Hugo's wall time", flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Divides a build's processor time between the code that spends it: the project, each library, the collector.

    perf record -F 999 -g -o perf.data -- bench/.publisher/Publisher build --no-cache --input bench/.corpora/10000 \
        --output /dev/shm/o --theme theme
    perf script -i perf.data -F comm,tid,time,ip,sym | python3 bench/cpu_owners.py [--functions N]

The program is the one bench/run.py publishes (native code, with its symbols). Each sample is charged to one owner:
- the garbage collector, when the sample is in it;
- clearing and first touching new memory, when the sample is the runtime zeroing memory it hands out for new
  objects (memset, or the kernel's page fault under it);
- otherwise the innermost frame that belongs to the project or to a library: work done by .NET's own library or by
  the kernel is charged to whoever called it (writing a page is the project's, a dictionary lookup inside Scriban is
  Scriban's).
With --functions N it also lists, for each owner, the N methods charged the most samples.
"""

import argparse
import collections
import re
import sys

HEADER = re.compile(r"^(\S.*?)\s+(\d+)\s+([\d.]+):")
OFFSET = re.compile(r"\+0x[0-9a-f]+$")

# Native code names each method after its assembly: the prefix says whose code it is.
OWNERS = [
    ("Publisher_", "the project"),
    ("Scriban_", "Scriban (templates)"),
    ("YamlDotNet_", "YamlDotNet (front matter)"),
    ("Markdig_", "Markdig (Markdown)"),
    ("System_Text_Json_", "System.Text.Json"),
    ("System_Text_Encodings_Web_", "System.Text.Encodings.Web"),
    ("Ganss_", "HtmlSanitizer"),
    ("AngleSharp_", "AngleSharp"),
    ("System_CommandLine_", "System.CommandLine"),
]
COLLECTOR = "garbage collector"
CLEARING = "clearing and first touch of new memory"


def samples(lines):
    """Yields the stack of each sample, innermost frame first."""
    stack = None
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if stack:
                yield stack
            stack = None
            continue
        if HEADER.match(line):
            stack = []
            continue
        if stack is not None:
            parts = line.split(None, 1)
            stack.append(OFFSET.sub("", parts[1]) if len(parts) > 1 else "?")
    if stack:
        yield stack


def owner(stack):
    """The owner charged with a sample, and the frame it is charged at."""
    top = stack[0]
    if top.startswith(("SVR::", "WKS::")):
        return COLLECTOR, top
    # The runtime zeroes the memory it gives out for new objects; fresh memory also costs the kernel a page fault.
    near = stack[:8]
    if "memset" in top or (any("page_fault" in f for f in near) and any("a_fit_segment_end" in f or f.startswith("RhpNew") for f in near)):
        return CLEARING, top
    for frame in stack:
        for prefix, name in OWNERS:
            if frame.startswith(prefix):
                return name, frame
    return "other (stacks perf could not walk, ICU, start)", top


def main():
    parser = argparse.ArgumentParser(description="Divides perf samples of a build between the code that spends them.")
    parser.add_argument("--functions", type=int, default=0, metavar="N", help="also list each owner's N costliest methods")
    args = parser.parse_args()
    counts = collections.Counter()
    functions = collections.defaultdict(collections.Counter)
    for stack in samples(sys.stdin):
        name, frame = owner(stack)
        counts[name] += 1
        functions[name][frame] += 1
    total = sum(counts.values())
    if total == 0:
        sys.exit("no samples on standard input: pipe `perf script -F comm,tid,time,ip,sym` into this script")
    print(f"{'owner':<48} {'samples':>8} {'share':>7}")
    for name, count in counts.most_common():
        print(f"{name:<48} {count:>8} {100 * count / total:>6.1f}%")
        for frame, frame_count in functions[name].most_common(args.functions):
            print(f"    {frame[:90]:<90} {frame_count:>8} {100 * frame_count / total:>6.1f}%")
    print(f"{'all':<48} {total:>8}")


if __name__ == "__main__":
    main()

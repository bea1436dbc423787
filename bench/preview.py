#!/usr/bin/env python3
"""How long an edit takes to show in the preview, measured from outside as an editor sees it.

    python3 bench/preview.py [--size 10000] [--edits 5] [--pause 10] [--wait-first 0] [--scratch DIR]

Copies the generated corpus of the given size (bench/.corpora/, made as bench/run.py makes it) to a scratch folder,
starts the published program's `preview` on it, waits for the first build, then edits one document's body at a time
(a new paragraph with a unique word) and polls the document's page until the word is served. Prints the time from
the file write to the new content being served, and to the last build the preview announced after the write (the
whole site up to date again), for each edit, with the medians and the maxima. Between edits it waits --pause seconds,
as an editor reads the page before saving again.
"""

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (the corpus and the published program are shared with the build benchmark)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_for(predicate, timeout, poll=0.01):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(poll)
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--pause", type=float, default=10.0, help="seconds between an edit being shown and the next edit, as an editor reads")
    parser.add_argument("--wait-first", type=float, default=0.0, help="seconds between the first build being served and the first edit (files copied just before stay unstamped until they settle)")
    parser.add_argument("--scratch", default=None, help="folder for the copy of the corpus (default: the system's temporary folder)")
    args = parser.parse_args()

    run.publish()
    source = run.corpus(args.size)
    with tempfile.TemporaryDirectory(prefix="publisher-preview-", dir=args.scratch) as scratch:
        site = Path(scratch) / "input"
        shutil.copytree(source, site)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
        started = time.monotonic()
        preview = subprocess.Popen([str(run.PUBLISHER), "preview", "--lang", "en", "--port", str(port),
                                    "--input", str(site), "--theme", str(run.ROOT / "theme")],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            if not wait_for(lambda: get_ok(base + "/data/documents.json"), timeout=600, poll=0.2):
                sys.exit("the preview did not serve the site within 10 minutes")
            print(f"first build served after {time.monotonic() - started:.1f} s")
            time.sleep(args.wait_first)
            documents = json.loads(get(base + "/data/documents.json")[1])
            entries = documents["documents"] if isinstance(documents, dict) else documents
            latencies = []
            builds = BuildEvents(base + "/_preview/events")
            completions = []
            for edit in range(args.edits):
                entry = entries[(edit * 7919) % len(entries)]
                path = site / entry["source"]
                word = f"nahled{edit}x{int(time.time() * 1000)}"
                text = path.read_text(encoding="utf-8")
                written = time.monotonic()
                path.write_text(text + f"\n\nOdstavec {word}.\n", encoding="utf-8")
                page = base + re.sub(r"^https?://[^/]+", "", entry["url"])
                if not wait_for(lambda: word.encode() in get(page)[1], timeout=600):
                    sys.exit(f"the edit of {entry['source']} did not show within 10 minutes")
                latencies.append(time.monotonic() - written)
                # The editor reads the page; meanwhile the rest of the site is built, and the last build served
                # after the write is when the whole site was up to date again.
                time.sleep(args.pause)
                completions.append(builds.last_after(written) - written)
                print(f"edit {edit + 1}: {entry['source']} shown after {latencies[-1]:.2f} s, whole site after {completions[-1]:.2f} s")
            print(f"shown: median {statistics.median(latencies):.2f} s, max {max(latencies):.2f} s; whole site: median "
                  f"{statistics.median(completions):.2f} s, max {max(completions):.2f} s over {len(latencies)} edits "
                  f"of the {args.size}-document corpus")
        finally:
            preview.terminate()
            preview.wait()


class BuildEvents:
    """The preview's event stream, read in the background: when each build was announced."""

    def __init__(self, url):
        self.times = []
        self._lock = threading.Lock()
        response = urllib.request.urlopen(url, timeout=600)
        threading.Thread(target=self._read, args=(response,), daemon=True).start()

    def _read(self, response):
        for line in response:
            if line.startswith(b"data:"):
                with self._lock:
                    self.times.append(time.monotonic())

    def last_after(self, moment):
        with self._lock:
            later = [t for t in self.times if t > moment]
        return max(later) if later else float("nan")


def get_ok(url):
    try:
        return get(url)[0] == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


if __name__ == "__main__":
    main()

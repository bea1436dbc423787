// Compares Publisher's search with Pagefind (npm package "pagefind", the best-known search for static sites) on
// one built site, in Chromium (Debian's /usr/bin/chromium): the share of a Czech query set that each answers
// correctly in its first ten results, what each transfers per query (gzip), the size of each index and the time
// Pagefind takes to build its own. Pagefind indexes the same document pages (the build's other pages are lists).
//
//   cd bench/search && npm install && node compare.mjs --site ../../output \
//       [--queries ../../tests/Publisher.Tests/Search/relevance-queries.tsv]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchChromium, median, options, serveSite } from "./served-site.mjs";

const args = options(process.argv.slice(2));
const queries = fs.readFileSync(args.queries ?? new URL("../../tests/Publisher.Tests/Search/relevance-queries.tsv", import.meta.url), "utf8")
  .split("\n").filter(line => line && !line.startsWith("#")).map(line => {
    const [query, expected = ""] = line.split("\t");
    return { query, expected: expected.split(" ").filter(Boolean) };
  });

// Pagefind writes into the site's folder: it gets a copy.
const site = fs.mkdtempSync(path.join(os.tmpdir(), "publisher-pagefind-"));
fs.cpSync(path.resolve(args.site ?? "../../output"), site, { recursive: true });
const started = Date.now();
execFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules", ".bin", "pagefind"),
  ["--site", site, "--glob", "**/[0-9][0-9][0-9][0-9]-[0-9][0-9]-*/index.html"], { stdio: "ignore" });
const pagefindSeconds = (Date.now() - started) / 1000;
const folderBytes = folder => fs.readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter(entry => entry.isFile()).reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);

const server = await serveSite(site, ["/hledat/index/", "/pagefind/"]);
const origin = server.origin;
const browser = await launchChromium();

async function publisher(query) {
  const page = await browser.newPage();
  server.resetCount();
  await page.goto(`${origin}/hledat/?${query}`);
  await page.waitForFunction(() => {
    const status = document.querySelector("[data-search-status]");
    return status && status.textContent !== "" && !status.textContent.endsWith("…")
      && document.querySelector("[data-search-results]").getAttribute("aria-busy") === "false";
  });
  const links = await page.$$eval("[data-search-results] a.result-title", links => links.map(a => a.getAttribute("href")));
  await page.close();
  return { links, bytes: server.counted().bytes };
}

async function pagefind(query) {
  const page = await browser.newPage();
  await page.goto(`${origin}/404.html`);
  server.resetCount();
  // Pagefind has no filters of this site, so it is given the words only.
  const words = new URLSearchParams(query).get("q");
  const links = await page.evaluate(async words => {
    const search = await import("/pagefind/pagefind.js");
    const found = await search.search(words);
    const data = await Promise.all(found.results.slice(0, 10).map(result => result.data()));
    return data.map(d => new URL(d.url, location.href).pathname);
  }, words);
  await page.close();
  return { links, bytes: server.counted().bytes };
}

const correct = (links, expected) => expected.length === 0
  ? links.length === 0
  : expected.every(e => links.slice(0, 10).some(link => link.includes(e)));
const totals = { publisher: { correct: 0, bytes: [] }, pagefind: { correct: 0, bytes: [] } };
for (const { query, expected } of queries) {
  const ours = await publisher(query);
  const theirs = await pagefind(query);
  const marks = [];
  for (const [name, result] of [["publisher", ours], ["pagefind", theirs]]) {
    const ok = correct(result.links, expected);
    totals[name].correct += ok ? 1 : 0;
    totals[name].bytes.push(result.bytes);
    marks.push(`${name} ${ok ? "yes" : "NO "} ${(result.bytes / 1024).toFixed(1).padStart(6)} KB`);
  }
  console.log(`${decodeURIComponent(query).padEnd(48)} ${marks.join("   ")}`);
}
await browser.close();
server.close();

for (const name of ["publisher", "pagefind"]) {
  const t = totals[name];
  console.log(`${name}: ${t.correct} of ${queries.length} queries correct in the top 10 (${Math.round(100 * t.correct / queries.length)} %), ` +
    `median ${(median(t.bytes) / 1024).toFixed(1)} KB per query (gzip)`);
}
console.log(`index size: Publisher ${(folderBytes(path.join(site, "hledat", "index")) / 1024).toFixed(0)} KB, ` +
  `Pagefind ${(folderBytes(path.join(site, "pagefind")) / 1024).toFixed(0)} KB; Pagefind indexed the built site in ${pagefindSeconds.toFixed(2)} s`);
fs.rmSync(site, { recursive: true, force: true });

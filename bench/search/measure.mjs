// Measures search on a built site as a reader meets it: Chromium (Debian's /usr/bin/chromium) opens /hledat/,
// types each query, and waits until the results show. A small server gives the site's files gzip-compressed, as
// Netlify does, and counts the bytes of the search index each query makes the browser fetch.
//
//   cd bench/search && npm install && node measure.mjs --site ../../output [--queries queries.txt]
import { chromium } from "playwright-core";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) =>
  value.startsWith("--") ? [...pairs, [value.slice(2), all[i + 1]]] : pairs, []));
const site = path.resolve(args.site ?? "../../output");
const queries = fs.readFileSync(args.queries ?? new URL("queries.txt", import.meta.url), "utf8")
  .split("\n").map(q => q.trim()).filter(q => q && !q.startsWith("#"));

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
let indexBytes = 0;
let indexRequests = 0;
const server = http.createServer((request, response) => {
  const url = new URL(request.url, "http://localhost");
  let file = path.join(site, decodeURIComponent(url.pathname));
  if (!file.startsWith(site)) { response.writeHead(403).end(); return; }
  if (url.pathname.endsWith("/")) file = path.join(file, "index.html");
  fs.readFile(file, (error, content) => {
    if (error) { response.writeHead(404).end(); return; }
    const body = zlib.gzipSync(content, { level: 6 });
    if (url.pathname.startsWith("/hledat/index/")) { indexBytes += body.length; indexRequests++; }
    response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream", "Content-Encoding": "gzip" });
    response.end(body);
  });
});
await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const rows = [];
for (const query of queries) {
  const page = await browser.newPage();
  indexBytes = 0;
  indexRequests = 0;
  await page.goto(`${origin}/hledat/`, { waitUntil: "networkidle" });
  // Timed inside the page: from the input event of the typed query to the first result on screen (or the message
  // that there is none), then the search is left to finish.
  await page.evaluate(() => {
    const results = document.querySelector("[data-search-results]");
    const status = document.querySelector("[data-search-status]");
    document.querySelector("#search-query").addEventListener("input", () => { window.typedAt = performance.now(); }, { once: true });
    new MutationObserver(() => {
      const first = results.querySelector("li") || (results.getAttribute("aria-busy") === "false" && status.textContent !== "");
      if (first && window.shownAt === undefined) requestAnimationFrame(() => { window.shownAt = performance.now(); });
    }).observe(results, { childList: true, attributes: true });
  });
  await page.fill("#search-query", query);
  await page.waitForFunction(() => window.shownAt !== undefined);
  await page.waitForFunction(() => document.querySelector("[data-search-results]").getAttribute("aria-busy") === "false");
  const milliseconds = Math.round(await page.evaluate(() => window.shownAt - window.typedAt));
  await page.waitForLoadState("networkidle");
  const status = await page.textContent("[data-search-status]");
  rows.push({ query, kilobytes: indexBytes / 1024, requests: indexRequests, milliseconds, status });
  console.log(`${query.padEnd(36)} ${(indexBytes / 1024).toFixed(1).padStart(7)} KB ${String(indexRequests).padStart(3)} files ${String(milliseconds).padStart(5)} ms  ${status}`);
  await page.close();
}
await browser.close();
server.close();

const median = values => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`queries ${rows.length}: index transfer median ${median(rows.map(r => r.kilobytes)).toFixed(1)} KB, max ${Math.max(...rows.map(r => r.kilobytes)).toFixed(1)} KB (gzip); ` +
  `first result shown after median ${median(rows.map(r => r.milliseconds))} ms, max ${Math.max(...rows.map(r => r.milliseconds))} ms (from the query typed, 80 ms wait for more typing included)`);

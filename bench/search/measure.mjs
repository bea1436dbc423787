// Measures search on a built site as a reader meets it: Chromium (Debian's /usr/bin/chromium) opens /hledat/,
// types each query, and waits until the results show. A small server gives the site's files gzip-compressed, as
// Netlify does, and counts the bytes of the search index each query makes the browser fetch.
//
//   cd bench/search && npm install && node measure.mjs --site ../../output [--queries queries.txt]
import fs from "node:fs";
import path from "node:path";
import { launchChromium, median, options, serveSite } from "./served-site.mjs";

const args = options(process.argv.slice(2));
const site = path.resolve(args.site ?? "../../output");
const queries = fs.readFileSync(args.queries ?? new URL("queries.txt", import.meta.url), "utf8")
  .split("\n").map(q => q.trim()).filter(q => q && !q.startsWith("#"));

const server = await serveSite(site, ["/hledat/index/"]);
const origin = server.origin;
const browser = await launchChromium();
const rows = [];
for (const query of queries) {
  const page = await browser.newPage();
  server.resetCount();
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
  const { bytes: indexBytes, requests: indexRequests } = server.counted();
  rows.push({ query, kilobytes: indexBytes / 1024, requests: indexRequests, milliseconds, status });
  console.log(`${query.padEnd(36)} ${(indexBytes / 1024).toFixed(1).padStart(7)} KB ${String(indexRequests).padStart(3)} files ${String(milliseconds).padStart(5)} ms  ${status}`);
  await page.close();
}
await browser.close();
server.close();

console.log(`queries ${rows.length}: index transfer median ${median(rows.map(r => r.kilobytes)).toFixed(1)} KB, max ${Math.max(...rows.map(r => r.kilobytes)).toFixed(1)} KB (gzip); ` +
  `first result shown after median ${median(rows.map(r => r.milliseconds))} ms, max ${Math.max(...rows.map(r => r.milliseconds))} ms (from the query typed, 80 ms wait for more typing included)`);

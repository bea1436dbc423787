// What both search benchmarks need: a built site served gzip-compressed (as Netlify serves it) with the bytes of
// chosen folders counted, Debian's Chromium, and the command line's --name value pairs.
import { chromium } from "playwright-core";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export const options = argv => Object.fromEntries(argv.reduce((pairs, value, i, all) =>
  value.startsWith("--") ? [...pairs, [value.slice(2), all[i + 1]]] : pairs, []));

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".json": "application/json" };

/** Serves `root` on a free port of 127.0.0.1; counts the compressed bytes and the files sent below the `counted` address prefixes. */
export async function serveSite(root, counted) {
  let bytes = 0;
  let requests = 0;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (file !== root && !file.startsWith(root + path.sep)) { response.writeHead(403).end(); return; }
    if (url.pathname.endsWith("/")) file = path.join(file, "index.html");
    fs.readFile(file, (error, content) => {
      if (error) { response.writeHead(404).end(); return; }
      const body = zlib.gzipSync(content, { level: 6 });
      if (counted.some(prefix => url.pathname.startsWith(prefix))) { bytes += body.length; requests++; }
      response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream", "Content-Encoding": "gzip" });
      response.end(body);
    });
  });
  await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    counted: () => ({ bytes, requests }),
    resetCount: () => { bytes = 0; requests = 0; },
    close: () => server.close(),
  };
}

export const launchChromium = () => chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

export const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

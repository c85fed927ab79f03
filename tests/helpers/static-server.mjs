// A small static server for a built site, as a production host serves it: under its base path, gzip for
// text, long caching for hashed assets, the 404 page with status 404. Used by the budget, audit and
// benchmark scripts (Astro's preview server sends nothing compressed, which would skew their figures).

import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";

/** Content types by extension; the ones marked text are gzipped on the way out. */
const TYPES = {
  ".html": ["text/html; charset=utf-8", true],
  ".css": ["text/css; charset=utf-8", true],
  ".js": ["text/javascript; charset=utf-8", true],
  ".mjs": ["text/javascript; charset=utf-8", true],
  ".json": ["application/json; charset=utf-8", true],
  ".svg": ["image/svg+xml", true],
  ".txt": ["text/plain; charset=utf-8", true],
  ".md": ["text/markdown; charset=utf-8", true],
  ".xml": ["application/xml; charset=utf-8", true],
  ".webmanifest": ["application/manifest+json", true],
  ".wasm": ["application/wasm", true],
  ".png": ["image/png", false],
  ".jpg": ["image/jpeg", false],
  ".webp": ["image/webp", false],
  ".avif": ["image/avif", false],
  ".ico": ["image/x-icon", false],
  ".woff2": ["font/woff2", false],
  ".woff": ["font/woff", false],
  // Pagefind's index files are gzip-compressed by Pagefind itself and decompressed by its own code.
  ".pagefind": ["application/octet-stream", false],
  ".pf_meta": ["application/octet-stream", false],
  ".pf_index": ["application/octet-stream", false],
  ".pf_fragment": ["application/octet-stream", false],
};

/**
 * Serves `dir` at `http://127.0.0.1:<port><base>`; port 0 picks a free one. `extra` serves a few more
 * documents at exact paths on the same origin (a test's own harness page), never cached.
 * @param {{ dir: string, base?: string, port?: number, extra?: Record<string, { type: string, body: string }> }} options
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function serveStatic({ dir, base = "/", port = 0, extra = {} }) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  const notFound = join(dir, "404.html");

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname = decodeURIComponent(url.pathname);
    const own = Object.hasOwn(extra, pathname) ? extra[pathname] : undefined;
    if (own) return void res.writeHead(200, { "content-type": own.type, "cache-control": "no-store" }).end(own.body);
    if (!pathname.startsWith(prefix)) {
      if (`${pathname}/` === prefix) return void res.writeHead(301, { location: prefix }).end();
      return send404();
    }
    pathname = pathname.slice(prefix.length);
    const safe = normalize(join(dir, pathname));
    if (safe !== dir && !safe.startsWith(dir + sep)) return send404();
    let file = safe;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/") && pathname !== "")
        return void res.writeHead(301, { location: `${prefix}${pathname}/${url.search}` }).end();
      file = join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) return send404();
    sendFile(file, 200);

    function send404() {
      if (existsSync(notFound)) sendFile(notFound, 404);
      else res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    }

    /** @param {string} path @param {number} status */
    function sendFile(path, status) {
      const [type, text] = TYPES[/** @type {keyof typeof TYPES} */ (extname(path))] ?? [
        "application/octet-stream",
        false,
      ];
      const immutable = path.includes(`${sep}_astro${sep}`);
      const stat = statSync(path);
      // A validator, as real hosts send: a page revalidated after a prefetch costs a 304, not the page again.
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      /** @type {Record<string, string>} */
      const headers = {
        "content-type": type,
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
        "x-content-type-options": "nosniff",
        vary: "accept-encoding",
        etag,
      };
      if (status === 200 && req.headers["if-none-match"] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      if (text && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        let body = gzipped.get(path);
        if (!body) {
          body = gzipSync(readFileSync(path));
          gzipped.set(path, body);
        }
        res.writeHead(status, { ...headers, "content-encoding": "gzip", "content-length": String(body.length) });
        res.end(req.method === "HEAD" ? undefined : body);
        return;
      }
      res.writeHead(status, { ...headers, "content-length": String(stat.size) });
      if (req.method === "HEAD") res.end();
      else createReadStream(path).pipe(res);
    }
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(undefined));
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    port: actual,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

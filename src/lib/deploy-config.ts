/**
 * Where the site is published, from two environment variables: `SITE_URL` (the origin,
 * used for canonical and social URLs) and `BASE_PATH` (the folder the site lives in).
 * Read by astro.config.mjs; a wrong value stops the build with a message saying what to write.
 */

const DEFAULT_SITE_URL = "http://localhost:4321";
const DEFAULT_BASE_PATH = "/";

export interface DeployConfig {
  /** The origin the site is served from, without a trailing slash: `https://example.org`. */
  readonly site: string;
  /** The base path, with a leading and a trailing slash: `/` or `/handbook/`. */
  readonly base: string;
}

/** One URL path segment: unreserved characters only, so the base needs no escaping anywhere. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** `SITE_URL` as an origin: an absolute http(s) URL with no path, query or hash. */
export function parseSiteUrl(raw: string | undefined): string {
  const value = (raw ?? "").trim();
  if (value === "") return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL: expected an origin such as https://example.org`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL "${value}" must start with https:// or http:// (for example https://example.org)`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`SITE_URL "${value}" must be an origin only, without credentials, query or hash: ${url.origin}`);
  }
  if (url.pathname !== "/") {
    const path = url.pathname.replace(/\/+$/, "");
    throw new Error(
      `SITE_URL "${value}" has a path: keep SITE_URL to the origin (SITE_URL=${url.origin}) ` +
        `and put the path in BASE_PATH (BASE_PATH=${path}/)`,
    );
  }
  return url.origin;
}

/** `BASE_PATH` normalised to `/a/b/`; empty or `/` is the root. */
export function parseBasePath(raw: string | undefined): string {
  const value = (raw ?? "").trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    throw new Error(
      `BASE_PATH "${value}" looks like a URL: it is only the path, such as /handbook/ (the origin goes in SITE_URL)`,
    );
  }
  const segments = value.split("/").filter((s) => s !== "");
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment === "." || segment === "..") {
      throw new Error(
        `BASE_PATH "${value}" has the segment "${segment}": use letters, digits, "-", "_", "." and "~" only, such as /handbook/`,
      );
    }
  }
  return segments.length === 0 ? DEFAULT_BASE_PATH : `/${segments.join("/")}/`;
}

/** Both settings from an environment (`process.env`). */
export function resolveDeployConfig(env: Readonly<Record<string, string | undefined>>): DeployConfig {
  return { site: parseSiteUrl(env["SITE_URL"]), base: parseBasePath(env["BASE_PATH"]) };
}

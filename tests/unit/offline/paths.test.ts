import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { OFFLINE_LIST, SAVED_KEY } from "../../../src/lib/offline/list";
import {
  MANIFEST,
  SERVICE_WORKER,
  SERVICE_WORKER_CLEANUP_FILE,
  serviceWorkerCleanup,
} from "../../../src/lib/offline/paths";

const ROOT = resolve(import.meta.dirname, "../../..");

describe("offline reading's files", () => {
  it("are named relative to the base path", () => {
    expect([MANIFEST, SERVICE_WORKER, OFFLINE_LIST]).toEqual(["manifest.webmanifest", "sw.js", "offline/files.json"]);
    expect(SAVED_KEY).toBe("site-offline");
  });

  it("have the page that serves the manifest", () => {
    expect(existsSync(join(ROOT, "src/pages", `${MANIFEST}.ts`))).toBe(true);
  });

  it("name the clean-up script after the build, and know any build's", () => {
    expect(serviceWorkerCleanup("3e46a0df8171")).toBe("sw-cleanup-3e46a0df8171.js");
    expect(SERVICE_WORKER_CLEANUP_FILE.test(serviceWorkerCleanup("0f"))).toBe(true);
    expect(SERVICE_WORKER_CLEANUP_FILE.test("sw-cleanup.js")).toBe(false);
    expect(SERVICE_WORKER_CLEANUP_FILE.test(SERVICE_WORKER)).toBe(false);
  });
});

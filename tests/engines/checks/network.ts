// The browser's own traffic stays on this machine: a request for another host goes to the proxy sink
// (network.ts), which hangs up, rather than out to the network.

import { describe, expect, it } from "vitest";
import type { EngineContext } from "../suite.ts";

export function networkChecks(context: EngineContext): void {
  describe("network", () => {
    it("sends a request for another host to the proxy sink, not to the network", async () => {
      const { driver, sink } = context;
      const seen = sink.seen(/example\.invalid/);
      // The sink hangs up, so the browser shows its own error page (or the call fails): either way the request came here.
      await driver.goto("http://example.invalid/engines-proxy-check").catch(() => {});
      const line = await Promise.race([
        seen,
        new Promise<string>((resolve) =>
          setTimeout(
            () => resolve(`nothing reached the sink; it saw: ${sink.requests.join(" | ") || "no request"}`),
            10_000,
          ),
        ),
      ]);
      expect(line).toMatch(/^(GET http:\/\/example\.invalid\/engines-proxy-check|CONNECT example\.invalid:)/);
      await driver.goto("");
      await driver.problems();
    });
  });
}

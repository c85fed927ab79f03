// Where the browsers' own traffic goes: every request to a host other than this machine's loopback is sent to a
// proxy on loopback that notes the request line and hangs up, so it fails at once and never leaves the machine
// (update checks, telemetry, safe-browsing lists, captive-portal probes). The site is served on 127.0.0.1, which
// stays direct. The suite checks per engine that a request for another host really ends here.

import { createServer } from "node:net";

/** Hosts that bypass the proxy. */
export const DIRECT_HOSTS = ["127.0.0.1", "localhost", "::1"] as const;

export interface ProxySink {
  port: number;
  /** First line of each request received (`GET http://example.invalid/ HTTP/1.1`, `CONNECT host:443 HTTP/1.1`). */
  readonly requests: readonly string[];
  /** Resolves with the first request line matching `pattern` (already received or still to come). */
  seen(pattern: RegExp): Promise<string>;
  close(): Promise<void>;
}

export async function startProxySink(): Promise<ProxySink> {
  const requests: string[] = [];
  const waiting: { pattern: RegExp; resolve(line: string): void }[] = [];
  const server = createServer((socket) => {
    socket.once("data", (chunk) => {
      const line = String(chunk).split("\r\n")[0] ?? "";
      requests.push(line);
      for (const w of waiting.filter((x) => x.pattern.test(line))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(line);
      }
      socket.destroy();
    });
    socket.on("error", () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("proxy sink: no port");
  return {
    port: address.port,
    requests,
    seen(pattern) {
      const found = requests.find((line) => pattern.test(line));
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ pattern, resolve }));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

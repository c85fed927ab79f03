/**
 * A build either replaces the output folder with a complete, checked site or leaves it as it was. `astro build`
 * writes into a hidden folder beside the output (`.dist-building-<pid>`); only when every other integration's
 * `astro:build:done` has passed (page check, search index, link check) is it swapped in. A build that fails or ends
 * its process midway, such as content whose code calls process.exit(), leaves the previous output untouched and its
 * own folder removed, and exits non-zero even when that code asked for 0. The build also fails when anything logged an error: Astro logs some problems as [ERROR] and
 * carries on, which would publish a site built from broken input. Register it last.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { isRunning } from "./processes";

interface LogEvent {
  readonly level: string;
  readonly label?: string | null;
  readonly message: string;
}

interface LogDestination {
  write(event: LogEvent): boolean;
  flush?(): void;
  close?(): void;
}

/**
 * Calls `onError` for every error any part of Astro logs. Integration loggers share Astro's log options, so
 * replacing their destination sees every message; without that shape (a future Astro), nothing is watched.
 */
function watchErrors(logger: AstroIntegrationLogger, onError: (event: LogEvent) => void): void {
  const options = (logger as unknown as { options?: { destination?: LogDestination } }).options;
  const destination = options?.destination;
  if (!options || !destination || typeof destination.write !== "function") return;
  options.destination = {
    write(event) {
      if (event.level === "error") onError(event);
      return destination.write(event);
    },
    flush: () => destination.flush?.(),
    close: () => destination.close?.(),
  };
}

/** Removes staging folders that builds which no longer run left beside the output (a killed build). */
function removeAbandoned(parent: string, name: string): void {
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const match = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(?:building|old)-(\\d+)$`).exec(entry);
    if (match && !isRunning(Number(match[1]))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

export function safeOutput(): AstroIntegration {
  let target: string | undefined;
  let staging: string | undefined;
  let swapped = false;
  const errors: LogEvent[] = [];
  return {
    name: "site:safe-output",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig, logger }) => {
        if (command !== "build") return;
        watchErrors(logger, (event) => errors.push(event));
        const out = fileURLToPath(config.outDir).replace(/[\\/]+$/, "");
        target = out;
        staging = join(dirname(out), `.${basename(out)}-building-${process.pid}`);
        removeAbandoned(dirname(out), basename(out));
        rmSync(staging, { recursive: true, force: true });
        const folder = staging;
        const output = out;
        // However this process ends before the swap, its half-written folder goes with it, and a build that stops
        // early (code that calls process.exit(0) while pages render) does not report success.
        process.on("exit", (code) => {
          rmSync(folder, { recursive: true, force: true });
          if (!swapped) {
            process.stderr.write(
              `[site:safe-output] the build stopped before it finished; ${output} was left as it was\n`,
            );
            if (code === 0) process.exitCode = 1;
          }
        });
        // Settings updated here are merged as given, not resolved: outDir must be the URL Astro keeps, not a path.
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      "astro:build:done": async ({ logger }) => {
        if (!target || !staging) return;
        if (errors.length > 0) {
          const list = errors.map((e) => `  - ${e.label ? `[${e.label}] ` : ""}${e.message.split("\n")[0]}`).join("\n");
          throw new Error(
            `The build logged ${errors.length} ${errors.length === 1 ? "error" : "errors"}, so its output is not published (${target} is left as it was):\n${list}`,
          );
        }
        const old = join(dirname(target), `.${basename(target)}-old-${process.pid}`);
        const hadOutput = existsSync(target);
        if (hadOutput) await rename(target, old);
        await rename(staging, target);
        swapped = true;
        if (hadOutput) await rm(old, { recursive: true, force: true });
        logger.info(`output complete and checked: ${target}`);
      },
    },
  };
}

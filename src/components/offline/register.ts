/**
 * Registers the service worker once the page has loaded (so it never competes with the page for the
 * network) and loads "Save for offline" (./on-demand.ts) when the reader presses it. On a page an earlier
 * visit's worker controls, the same chunk comes from that worker's cache after load and watches for a new
 * version (./watch.ts); on a first visit the page is fetched once more when the new worker takes it over,
 * so it is kept. This is the only offline code a first visit downloads before interaction: every byte counts.
 */
import { SERVICE_WORKER } from "~/lib/offline/paths";

const container = navigator.serviceWorker;
const base = import.meta.env.BASE_URL;
const onDemand = () => import("./on-demand");

addEventListener("click", (event) => {
  const control = (event.target as Element).closest("[data-offline-save]");
  if (control) void onDemand().then((m) => m.save(control));
});

if (container) {
  addEventListener("load", async () => {
    const controlled = container.controller;
    // The base path and the worker file joined by hand, not through lib/routes.ts: this script is on every page.
    // A browser that refuses (storage switched off, a policy) leaves the site as it was, online only.
    const registration = await container.register(base + SERVICE_WORKER, { scope: base }).catch(() => undefined);
    // Undefined also where registration is switched off (test browsers can block it).
    if (!registration) return;
    if (controlled) void onDemand().then((m) => m.watch(registration));
    else container.oncontrollerchange = () => fetch(location.href);
  });
}

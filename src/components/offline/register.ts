/**
 * Registers the service worker once the page has loaded (so it never competes with the page for the
 * network), offers a new version when one is waiting, and loads the code of "Save for offline" when the
 * reader presses it, or when a copy saved earlier may need bringing up to date. Everything else loads on
 * demand: this is the only offline code a page downloads before interaction, so it is kept small.
 */
import { SAVED_KEY, SERVICE_WORKER } from "../../lib/offline/paths";

const container = navigator.serviceWorker;
const base = import.meta.env.BASE_URL;
/** Saves when given the pressed control; without one, refreshes a copy saved earlier. */
const saving = (control?: Element) => import("./save").then((m) => (control ? m.save(control) : m.refresh()));

addEventListener("click", (event) => {
  const control = (event.target as Element).closest?.("[data-offline-save]");
  if (control) void saving(control);
});

if (container) {
  addEventListener("load", async () => {
    const controlled = container.controller;
    // updateViaCache "none": the worker and the clean-up script it imports are never taken from the HTTP cache.
    const registration = await container.register(base + SERVICE_WORKER, { scope: base, updateViaCache: "none" });
    // Undefined only where registration is switched off (test browsers can block it).
    if (!registration) return;
    // A worker of a new build waits while this page is open: say so (only to a page an older one controls).
    const offer = () => {
      const waiting = registration.waiting;
      if (waiting && container.controller) void import("./update-prompt").then((m) => m.offerUpdate(waiting));
    };
    offer();
    registration.onupdatefound = () => registration.installing?.addEventListener("statechange", offer);
    // The first worker takes this page over (clientsClaim): fetch the page once more through it, so the
    // first page a reader opens is kept too.
    if (!controlled) container.addEventListener("controllerchange", () => fetch(location.href), { once: true });
    if (localStorage.getItem(SAVED_KEY)) void saving();
  });
}

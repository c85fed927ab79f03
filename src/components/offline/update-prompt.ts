/**
 * "A new version is available": shown when a new build's service worker has installed while this page is
 * open. Reload tells that worker to take over (the SKIP_WAITING message, ./service-worker.ts) and reloads once
 * it has, so the page and its files always come from one build. Later leaves the open page as it is; the new
 * version starts the next time the site is opened.
 */
// Its own stylesheet, fetched with this code: imported as a URL, so no page carries it before it is needed.
import stylesheet from "./update-prompt.css?url";

export function offerUpdate(worker: ServiceWorker): void {
  if (document.querySelector("[data-offline-update]")) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = stylesheet;
  document.head.append(link);
  const region = document.createElement("section");
  region.className = "offline-update";
  region.dataset["offlineUpdate"] = "";
  region.setAttribute("aria-label", "New version");
  const text = document.createElement("p");
  text.setAttribute("role", "status");
  const reload = button("Reload", "offline-update__reload");
  const later = button("Later", "offline-update__later");
  region.append(text, reload, later);
  document.body.append(region);
  // Filled in after the live region is in the page, so screen readers announce it.
  requestAnimationFrame(() => (text.textContent = "A new version is available."));

  reload.addEventListener("click", () => {
    reload.setAttribute("aria-disabled", "true");
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    worker.postMessage({ type: "SKIP_WAITING" });
  });
  later.addEventListener("click", () => region.remove());
}

function button(label: string, className: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = label;
  return element;
}

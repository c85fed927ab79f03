/**
 * For a page a service worker already controls (a returning reader): offers a new version when its worker
 * is waiting, now or once it installs, and brings a copy saved for offline up to date.
 */
import { refresh } from "./save";
import { offerUpdate } from "./update-prompt";

export function watch(registration: ServiceWorkerRegistration): void {
  const offer = () => {
    if (registration.waiting) offerUpdate(registration.waiting);
  };
  offer();
  registration.addEventListener("updatefound", () => registration.installing?.addEventListener("statechange", offer));
  void refresh();
}

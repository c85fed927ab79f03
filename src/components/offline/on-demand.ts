/**
 * What ./register.ts loads when it is needed, as one chunk: saving for offline, the new-version prompt, and
 * `watch()`, which a page a service worker already controls runs after load (from that worker's cache, so
 * it costs no network) to offer a new version and bring a saved copy up to date.
 */
export { refresh, save } from "./save";
export { offerUpdate } from "./update-prompt";
export { watch } from "./watch";

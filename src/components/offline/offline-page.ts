/**
 * The offline page's lists: shows each question and topic this device has saved (found in the caches the
 * service worker reads), and names the page that could not open.
 */
const page = document.querySelector("[data-offline-page]");

if (page) {
  const lead = page.querySelector("[data-offline-lead]");
  const asked = location.pathname;
  const own = page.getAttribute("data-offline-page");
  const items = [...page.querySelectorAll<HTMLAnchorElement>("a[data-offline-item]")];
  // Served in place of another page: say which one.
  if (lead && asked !== own) {
    const title = items.find((a) => new URL(a.href).pathname === asked)?.textContent?.trim();
    lead.textContent = `${title ? `“${title}”` : "This page"} isn't saved on this device, and there is no connection. These pages open without one:`;
  }
  page.querySelector("[data-offline-retry]")?.addEventListener("click", () => location.reload());

  void Promise.all(
    items.map(async (link) => {
      const saved = "caches" in window && (await caches.match(link.href, { ignoreSearch: true })) !== undefined;
      link.closest("li")!.hidden = !saved;
    }),
  ).then(() => {
    for (const group of page.querySelectorAll("[data-offline-group]")) {
      const empty = group.querySelector<HTMLElement>("[data-offline-empty]");
      if (empty) empty.hidden = group.querySelector("li:not([hidden])") !== null;
    }
  });
}

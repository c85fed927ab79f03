/** Files the reader downloads from practice pages (a backup, their answers, a kept copy), made in the browser. */

/** A link that downloads `text` as `name` when followed. */
export function downloadLink(label: string, name: string, text: string, type: string): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.textContent = label;
  return link;
}

/** Downloads `text` as `name` at once (for a button). */
export function download(name: string, text: string, type: string): void {
  const link = downloadLink(name, name, text, type);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

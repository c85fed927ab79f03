import { saveTheme, savedTheme, themeChoice } from "~/lib/theme";

// Blocked or full storage only means the choice is not remembered: the theme still switches on this page.
const storage = () => localStorage;

class SiteThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector("select");
    if (!select) return;
    select.value = savedTheme(storage) ?? themeChoice(document.documentElement.dataset["theme"]);
    select.addEventListener("change", () => {
      const value = themeChoice(select.value);
      if (value === "auto") delete document.documentElement.dataset["theme"];
      else document.documentElement.dataset["theme"] = value;
      saveTheme(storage, value);
    });
  }
}
customElements.define("site-theme-select", SiteThemeSelect);

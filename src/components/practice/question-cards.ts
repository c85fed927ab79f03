class SitePrintButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button");
    if (!button) return;
    button.addEventListener("click", () => window.print());
  }
}
customElements.define("site-print-button", SitePrintButton);

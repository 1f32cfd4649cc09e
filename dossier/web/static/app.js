// dossier workbench: a little progressive enhancement; every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Evidence links land on <mark id="hl">: centre it and make it blink once.
  const hl = document.getElementById("hl");
  if (hl) {
    hl.scrollIntoView({ block: "center" });
    hl.classList.add("flash");
  }
  // Clicking an event or claim in the text selects it in the side panel (and back).
  const text = document.getElementById("text");
  const panel = document.getElementById("facts");
  if (!text || !panel) return;
  const clear = () => document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
  const select = (ids, scroll) => {
    clear();
    let first = null;
    for (const id of ids) {
      panel.querySelectorAll(".fact-item").forEach((item) => {
        if (item.dataset.fact === id) { item.classList.add("active"); first = first || item; }
      });
      text.querySelectorAll(".fact").forEach((span) => {
        if ((span.dataset.facts || "").split(" ").includes(id)) span.classList.add("active");
      });
    }
    if (first && scroll) first.scrollIntoView({ block: "nearest" });
  };
  const fromSpan = (event) => {
    const span = event.target.closest(".fact");
    if (!span || event.target.closest("a")) return;
    select((span.dataset.facts || "").split(" ").filter(Boolean), true);
  };
  text.addEventListener("click", fromSpan);
  text.addEventListener("keydown", (event) => { if (event.key === "Enter") fromSpan(event); });
  panel.addEventListener("mouseover", (event) => {
    const item = event.target.closest(".fact-item");
    if (item) select([item.dataset.fact], false);
  });
});

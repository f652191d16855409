// Interface strings are data (/ui/i18n/<lang>.json); this module only looks them up.
const LANGS = ["fr", "en"];
let strings = {};
let types = {}; // ACLED event types, sub-event types and kinds in the page's language (data)
let current = "fr";

export function lang() { return current; }

export async function setLang(code) {
  current = LANGS.includes(code) ? code : "fr";
  const response = await fetch(`/ui/i18n/${current}.json`);
  strings = await response.json();
  types = {};
  if (current !== "en") {
    const labels = await fetch(`/ui/i18n/acled-${current}.json`);
    if (labels.ok) types = await labels.json();
  }
  document.documentElement.lang = current;
  try { localStorage.setItem("chronique.lang", current); } catch (e) { /* private mode */ }
  apply(document);
}

export function initialLang() {
  let saved = null;
  try { saved = localStorage.getItem("chronique.lang"); } catch (e) { /* private mode */ }
  if (saved && LANGS.includes(saved)) return saved;
  const nav = (navigator.language || "fr").slice(0, 2);
  return LANGS.includes(nav) ? nav : "fr";
}

export function t(key, vars = {}) {
  let text = strings[key] ?? key;
  for (const [name, value] of Object.entries(vars)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

// An ACLED event type, sub-event type or chronique kind as the page's language says it.
export function label(value) {
  if (!value) return "";
  return types[value] ?? (current === "en" ? String(value).replaceAll("_", " ") : String(value));
}

export function apply(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
  for (const button of root.querySelectorAll("[data-lang]")) {
    button.classList.toggle("on", button.dataset.lang === current);
  }
}

// DOM helpers. Article data only ever reaches the page as text nodes or checked attributes:
// nothing here parses HTML.

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className") el.className = value;
    else if (key === "text") el.textContent = String(value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "on") for (const [name, fn] of Object.entries(value)) el.addEventListener(name, fn);
    else if (key === "href") { const safe = safeUrl(value); if (safe) el.setAttribute("href", safe); }
    else if (key.startsWith("on")) throw new Error("use props.on for listeners");
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// Only http(s) links and same-origin paths become hrefs: never javascript:, data:, etc.
export function safeUrl(value) {
  try {
    const url = new URL(String(value), window.location.href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (e) {
    return null;
  }
}

// `text` with the half-open [start, end) ranges wrapped in <mark>, as DOM nodes.
// ranges: [{start, end, className, dataset}] (offsets into text; overlaps are clipped).
export function highlighted(text, ranges) {
  const frag = document.createDocumentFragment();
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, pos);
    const end = Math.min(range.end, text.length);
    if (start >= end) continue;
    if (start > pos) frag.appendChild(document.createTextNode(text.slice(pos, start)));
    frag.appendChild(h("mark", { className: range.className || "evidence", dataset: range.dataset },
      text.slice(start, end)));
    pos = end;
  }
  if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
  return frag;
}

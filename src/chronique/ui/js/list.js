// The event list: newest first; each row says when, where, what, who and how many died, and
// marks events that did not (or not yet) happen, are alleged, unconfirmed or background.
// Click selects; checkboxes choose events to merge.
import { clear, h } from "./dom.js";
import { lang, label, t } from "./i18n.js";
import { marks } from "./marks.js";

const MAX_ROWS = 500; // the rest is one filter away (and in the CSV/GeoJSON exports)

export function countryName(code) {
  if (!code) return "";
  try {
    return new Intl.DisplayNames([lang()], { type: "region" }).of(String(code).toUpperCase()) || code;
  } catch (e) {
    return code;
  }
}

export function placeText(p) {
  if (p.place) return [p.place, p.admin1 && p.admin1 !== p.place ? p.admin1 : null].filter(Boolean).join(", ");
  if (p.country) return t("list.country", { c: countryName(p.country) });
  return t("list.noplace");
}

// The most telling type: ACLED's sub-event type, unless it is "Other" (then chronique's kind).
export function typeText(p) {
  if (p.sub_event_type === "Other") return label(p.kind) || label(p.event_type);
  return label(p.sub_event_type) || label(p.event_type) || label(p.kind);
}

export class EventList {
  constructor(element, count, mergeButton, { onSelect, onMerge }) {
    this.element = element;
    this.count = count;
    this.mergeButton = mergeButton;
    this.onSelect = onSelect;
    this.checked = new Set();
    this.selected = null;
    mergeButton.addEventListener("click", () => onMerge([...this.checked]));
  }

  render(features) {
    clear(this.element);
    // newest first; events without a date last
    const day = (feature) => feature.properties.date || "";
    const rows = [...features].sort((a, b) => day(b).localeCompare(day(a)));
    this.count.textContent = rows.length === 1 ? t("list.count.one") : t("list.count", { n: rows.length });
    this.count.dataset.count = String(rows.length);
    const ids = new Set(rows.map((f) => f.properties.id));
    for (const id of [...this.checked]) if (!ids.has(id)) this.checked.delete(id);
    if (!rows.length) this.element.appendChild(h("li", { className: "empty", text: t("list.empty") }));
    for (const feature of rows.slice(0, MAX_ROWS)) this.element.appendChild(this.row(feature.properties));
    if (rows.length > MAX_ROWS) {
      this.element.appendChild(h("li", { className: "more", text: `+ ${rows.length - MAX_ROWS}` }));
    }
    this.updateMerge();
    this.highlight(this.selected);
  }

  row(p) {
    const box = h("input", { type: "checkbox", "aria-label": p.id });
    box.checked = this.checked.has(p.id);
    box.addEventListener("click", (e) => e.stopPropagation());
    box.addEventListener("change", () => {
      if (box.checked) this.checked.add(p.id); else this.checked.delete(p.id);
      this.updateMerge();
    });
    const status = p.review && p.review !== "unreviewed"
      ? h("span", { className: `badge ${p.review}`, text: t(`status.${p.review}`) }) : null;
    const found = marks(p);
    const badges = found.map((mark) => h("span", { className: `badge mark ${mark}`, dataset: { mark }, text: t(`mark.${mark}`) }));
    const actors = [p.actor1, p.actor2].filter(Boolean).join(" — ");
    const li = h("li", { dataset: { id: p.id, date: p.date || "", marks: found.join(" ") }, tabindex: 0,
      className: found.length ? `marked ${found.join(" ")}` : null },
      box,
      h("span", { className: "date", text: p.date || "?" }),
      h("span", { className: "what" },
        h("strong", { className: `place${p.place ? "" : " vague"}`, text: placeText(p) }), " · ",
        h("span", { className: "type", text: typeText(p) }),
        " ", ...badges, " ", status,
        actors ? h("span", { className: "actors", text: actors }) : null),
      h("span", { className: "deaths", title: t("field.fatalities_best"), text: p.fatalities_best ?? "" }));
    li.addEventListener("click", () => this.onSelect(p.id));
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") this.onSelect(p.id); });
    return li;
  }

  updateMerge() {
    this.mergeButton.hidden = this.checked.size < 2;
  }

  highlight(id) {
    this.selected = id;
    for (const li of this.element.querySelectorAll("li.sel")) li.classList.remove("sel");
    if (!id) return;
    const li = this.element.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    if (li) { li.classList.add("sel"); li.scrollIntoView({ block: "nearest" }); }
  }
}

// The event panel: each field with its value, review status and evidence (the sentence with
// the span highlighted, its source); the sources, the figures per source, the review log.
import { get, post } from "./api.js";
import { clear, h, highlighted } from "./dom.js";
import { label, lang, t } from "./i18n.js";
import { countryName } from "./list.js";

const FIELDS = ["date", "event_type", "kind", "place", "actor1", "actor2", "fatalities_best",
  "certainty", "modality", "summary"];
const ALIASES = {
  date: ["date", "date_end", "time", "date_precision", "date_prec"],
  event_type: ["event_type", "sub_event_type", "trigger", "event", "plover", "plover_mode"],
  kind: ["kind"],
  place: ["place", "location", "where_prec", "geo_precision", "admin1", "country"],
  actor1: ["actor1", "assoc1"],
  actor2: ["actor2", "assoc2"],
  fatalities_best: ["fatalities", "fatalities_best", "fatalities_low", "fatalities_high", "figure", "figures"],
  certainty: ["certainty", "attribution"],
  modality: ["modality"],
  summary: ["summary"],
};
const INT_FIELDS = new Set(["fatalities_best", "fatalities_low", "fatalities_high", "date_precision"]);

function fieldOf(evidenceField) {
  return FIELDS.find((field) => ALIASES[field].includes(evidenceField)) || "other";
}

// The evidence of one field, one card per sentence: every span of that sentence highlighted,
// and every field of the event the sentence supports.
function sentenceKey(ev) {
  return ev.context ? `${ev.article_id}|${ev.context.start}|${ev.context.end}`
    : `${ev.article_id}|${ev.start}|${ev.end}`;
}

export function groupEvidence(evidence, allEvidence) {
  const supports = new Map();
  for (const ev of allEvidence) {
    const key = sentenceKey(ev);
    if (!supports.has(key)) supports.set(key, new Set());
    supports.get(key).add(fieldOf(ev.field));
  }
  const cards = new Map();
  for (const ev of evidence) {
    const key = sentenceKey(ev);
    if (!cards.has(key)) cards.set(key, { key, first: ev, spans: new Map(), fields: supports.get(key) });
    cards.get(key).spans.set(`${ev.start}|${ev.end}`, ev);
  }
  return [...cards.values()];
}

function fieldLabel(field) {
  const text = t(`field.${field}`);
  return text === `field.${field}` ? field : text;
}

// A reviewed value as a reader reads it: a place by its name, actors by their names.
export function plain(value) {
  if (value === null || value === undefined || value === "") return t("log.none");
  if (Array.isArray(value)) return value.map(plain).join("; ");
  if (typeof value === "object") {
    if (value.name || value.text) {
      const where = value.name || value.text;
      return value.lat != null ? `${where} (${value.lat}, ${value.lon})` : where;
    }
    if (value.canonical) return value.canonical;
    return Object.entries(value).map(([k, v]) => `${k}: ${plain(v)}`).join(", ");
  }
  return String(value);
}

function when(at) {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return at || "";
  return new Date(time).toLocaleString(lang() === "fr" ? "fr-FR" : "en-GB",
    { dateStyle: "medium", timeStyle: "short" });
}

function names(actors) {
  return (actors || []).map((a) => a.canonical || a.text || a.actor_id).filter(Boolean).join("; ");
}

function display(event, field) {
  const value = event[field];
  if (field === "place") {
    if (!value) return event.country ? t("list.country", { c: countryName(event.country) }) : "";
    const where = [value.name || value.text, value.admin1, value.country].filter(Boolean).join(", ");
    return value.lat != null ? `${where} (${value.lat}, ${value.lon})` : where;
  }
  if (field === "actor1" || field === "actor2") return names(value);
  if (field === "fatalities_best") {
    const range = event.fatalities_low != null || event.fatalities_high != null
      ? ` (${event.fatalities_low ?? "?"}–${event.fatalities_high ?? "?"})` : "";
    return value == null ? "" : `${value}${range}`;
  }
  if (field === "event_type") return [label(event.event_type), label(event.sub_event_type)].filter(Boolean).join(" — ");
  if (field === "kind") return label(value);
  if (field === "certainty" || field === "modality") {
    const label = value ? t(`${field}.${value}`) : "";
    return label === `${field}.${value}` ? String(value) : label;
  }
  return value == null ? "" : String(value);
}

export class Detail {
  constructor(panel, body, { onChange, onClose, who, status }) {
    this.panel = panel;
    this.body = body;
    this.onChange = onChange;
    this.who = who;
    this.status = status;
    panel.querySelector("#detail-close").addEventListener("click", onClose);
  }

  close() { this.panel.hidden = true; this.event = null; }

  async open(id) {
    this.event = await get(`/api/events/${encodeURIComponent(id)}`);
    this.panel.hidden = false;
    this.panel.dataset.id = id;
    this.render();
  }

  async review(body, path) {
    try {
      await post(path || `/api/events/${encodeURIComponent(this.event.id)}/review`, { who: this.who(), ...body });
      this.status(t("review.saved"));
      await this.onChange(this.event.id);
    } catch (error) {
      this.status(t("error", { m: error.message }), true);
    }
  }

  render() {
    const event = this.event;
    this.activeField = null;
    clear(this.body);
    const title = [display(event, "event_type") || event.kind, display(event, "place").split(" (")[0], event.date]
      .filter(Boolean).join(" · ");
    this.body.appendChild(h("h2", {}, title, " ",
      h("span", { className: `badge ${event.status}`, dataset: { status: event.status }, text: t(`status.${event.status}`) })));
    this.body.appendChild(h("div", { className: "actions" },
      this.button("review.event.accept", () => this.review({ action: "accept", field: "*" })),
      this.button("review.event.reject", () => this.review({ action: "reject", field: "*" })),
      this.button("review.event.reset", () => this.review({ action: "reset", field: "*" }))));
    const byField = new Map();
    for (const ev of event.evidence) {
      const field = fieldOf(ev.field);
      if (!byField.has(field)) byField.set(field, []);
      byField.get(field).push(ev);
    }
    const table = h("table", { className: "fields" });
    for (const field of FIELDS) table.appendChild(this.fieldRow(field, byField.get(field) || []));
    if (byField.has("other")) table.appendChild(this.fieldRow("other", byField.get("other")));
    this.body.appendChild(table);
    this.body.appendChild(this.claims());
    this.body.appendChild(this.sources());
    this.body.appendChild(this.log());
  }

  button(key, action) {
    return h("button", { type: "button", text: t(key), on: { click: (e) => { e.stopPropagation(); action(); } } });
  }

  fieldRow(field, evidence) {
    const event = this.event;
    const reviewed = field !== "other" ? event.review[field] : null;
    const value = field === "other" ? "" : display(event, field);
    const cell = h("td", {},
      h("span", { className: "value", dataset: { field }, text: value }), " ",
      reviewed ? h("span", { className: `badge ${reviewed.status}`, text: t(`status.${reviewed.status}`),
        title: t("review.machine", { v: JSON.stringify(reviewed.machine) }) }) : null);
    if (field !== "other") {
      cell.appendChild(h("div", { className: "actions" },
        this.button("review.accept", () => this.review({ action: "accept", field })),
        this.button("review.reject", () => this.review({ action: "reject", field })),
        this.button("review.edit", () => this.editor(cell, field)),
        reviewed ? this.button("review.reset", () => this.review({ action: "reset", field })) : null));
    }
    for (const card of groupEvidence(evidence, event.evidence)) cell.appendChild(this.evidenceCard(card, field));
    if (!evidence.length && field !== "other") cell.appendChild(h("div", { className: "ev src", text: t("detail.noevidence") }));
    const row = h("tr", { className: "field", dataset: { field } }, h("th", { text: t(`field.${field}`) }), cell);
    row.addEventListener("click", () => this.activate(field));
    return row;
  }

  evidenceCard(card, field) {
    const ev = card.first;
    const spans = [...card.spans.values()];
    const line = h("div", { className: "ev", dataset: { article: ev.article_id, field, sentence: card.key } });
    if (ev.context) {
      const offset = ev.context.start;
      line.appendChild(highlighted(ev.context.text, spans.map((span) => ({ start: span.start - offset,
        end: span.end - offset, className: "evidence", dataset: { field, article: ev.article_id } }))));
    } else {
      line.appendChild(h("mark", { className: "evidence", dataset: { field }, text: ev.text }));
    }
    const fields = [...(card.fields || [])].filter((f) => f !== "other").map(fieldLabel);
    if (fields.length) line.appendChild(h("div", { className: "fields", text: t("detail.supports", { f: fields.join(", ") }) }));
    const where = spans.map((span) => `[${span.start}, ${span.end})`).join(" ");
    line.appendChild(h("div", { className: "src" },
      `${t("detail.source")} : ${ev.source || ev.article_source || "?"} — `,
      h("em", { text: ev.article_title || ev.article_id }), ` ${where} · ${ev.stage}`));
    return line;
  }

  activate(field) {
    this.activeField = field;
    for (const row of this.body.querySelectorAll("tr.field")) row.classList.toggle("active", row.dataset.field === field);
    let first = null;
    for (const mark of this.body.querySelectorAll("mark.evidence")) {
      const on = mark.dataset.field === field;
      mark.classList.toggle("active", on);
      if (on && !first && mark.closest(".article-text")) first = mark;
    }
    if (first) first.scrollIntoView({ block: "center" });
  }

  editor(cell, field) {
    const event = this.event;
    const form = h("form", { className: "editor" });
    const inputs = {};
    if (field === "place") {
      const place = event.place || {};
      for (const key of ["name", "lat", "lon"]) {
        inputs[key] = h("input", { className: "edit", name: key, placeholder: key, value: place[key] ?? "" });
        form.appendChild(inputs[key]);
      }
    } else {
      const current = field === "actor1" || field === "actor2" ? names(event[field]) : event[field] ?? "";
      inputs.value = h("input", { className: "edit", name: field, value: current,
        type: INT_FIELDS.has(field) ? "number" : "text", min: INT_FIELDS.has(field) ? 0 : null });
      form.appendChild(inputs.value);
    }
    form.appendChild(h("button", { type: "submit", text: t("review.save") }));
    form.appendChild(this.button("review.cancel", () => this.render()));
    form.addEventListener("click", (e) => e.stopPropagation());
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      let value;
      if (field === "place") {
        value = { name: inputs.name.value, lat: inputs.lat.value === "" ? null : Number(inputs.lat.value),
          lon: inputs.lon.value === "" ? null : Number(inputs.lon.value) };
      } else if (INT_FIELDS.has(field)) value = inputs.value.value === "" ? null : Number(inputs.value.value);
      else value = inputs.value.value;
      this.review({ action: "edit", field, value });
    });
    cell.appendChild(form);
    (inputs.value || inputs.name).focus();
  }

  claims() {
    const section = h("section", {}, h("h3", { text: t("detail.claims") }));
    const list = h("ul");
    for (const claim of this.event.claims || []) {
      list.appendChild(h("li", {}, `${claim.kind}: ${claim.best ?? "?"}`,
        claim.low != null || claim.high != null ? ` (${claim.low ?? "?"}–${claim.high ?? "?"})` : "",
        claim.who ? ` ${claim.who}` : "", ` — ${claim.source || "?"}`));
    }
    if (!list.firstChild) return h("span");
    section.appendChild(list);
    return section;
  }

  sources() {
    const section = h("section", { className: "sources" }, h("h3", { text: t("detail.sources") }));
    const checked = new Set();
    for (const article of this.event.articles) {
      const box = h("input", { type: "checkbox", "aria-label": article.id });
      box.addEventListener("change", () => { if (box.checked) checked.add(article.id); else checked.delete(article.id); });
      const text = h("div", { className: "article-text", hidden: true, dataset: { article: article.id } });
      const read = this.button("detail.read", () => this.read(article.id, text));
      section.appendChild(h("div", { className: "source", dataset: { article: article.id } },
        box, " ", h("strong", { text: article.source || "?" }), " — ",
        h("a", { href: article.url, rel: "noopener noreferrer", target: "_blank", text: article.title || article.id }),
        article.published ? ` (${article.published})` : "", " ", read, text));
    }
    if (this.event.articles.length > 1) {
      section.appendChild(this.button("review.split", () => this.review({ articles: [...checked] },
        `/api/events/${encodeURIComponent(this.event.id)}/split`)));
    }
    return section;
  }

  async read(articleId, box) {
    if (!box.hidden && box.firstChild) { box.hidden = true; return; }
    const article = await get(`/api/articles/${encodeURIComponent(articleId)}`);
    const ranges = this.event.evidence.filter((ev) => ev.article_id === articleId)
      .map((ev) => ({ start: ev.start, end: ev.end, className: "evidence", dataset: { field: fieldOf(ev.field), article: articleId } }));
    clear(box).appendChild(highlighted(article.text, ranges));
    box.hidden = false;
    if (this.activeField) this.activate(this.activeField);
  }

  log() {
    const section = h("section", { className: "log" }, h("h3", { text: t("detail.log") }));
    if (!this.event.reviews.length) return section;
    const table = h("table", {}, h("tr", {}, ["log.at", "log.who", "log.field", "log.action", "log.change"]
      .map((key) => h("th", { text: t(key) }))));
    for (const row of this.event.reviews) {
      const action = t(`action.${row.action}`);
      const change = row.action === "edit" || row.before !== undefined || row.after !== undefined
        ? `${plain(row.before)} → ${plain(row.after)}` : "";
      table.appendChild(h("tr", { dataset: { reviewId: row.id } },
        h("td", { title: row.at, text: when(row.at) }), h("td", { text: row.who || "?" }),
        h("td", { text: !row.field || row.field === "*" ? t("log.event") : fieldLabel(row.field) }),
        h("td", { text: action === `action.${row.action}` ? row.action : action }),
        h("td", { className: "change", text: change })));
    }
    section.appendChild(table);
    return section;
  }
}

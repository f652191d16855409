// The timeline: one dot per event when the dates span little, a histogram (per week or month)
// when they span much. Dragging chooses a date range; double-click clears it. Dates far from
// the others (an event misdated by centuries) do not stretch the axis: they are counted at its
// ends instead.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const MAX_DOTS = 300; // more events than this on a short span: a per-day histogram

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

const toTime = (iso) => Date.parse(`${iso.slice(0, 10).padEnd(10, "-01").replace(/-$/, "")}T00:00:00Z`);
const toIso = (time) => new Date(time).toISOString().slice(0, 10);

function binOf(time, unit) {
  const d = new Date(time);
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (unit === "week") return time - ((d.getUTCDay() + 6) % 7) * DAY;
  return time;
}

function nextBin(time, unit) {
  const d = new Date(time);
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return time + (unit === "week" ? 7 : 1) * DAY;
}

const REACH = 3653 * DAY; // at least ten years each side of the middle half are never outliers

// The [lo, hi] the axis spans: every date within 3 interquartile ranges (and at least ten
// years) of the middle half of the dates; the others are outliers.
export function axisRange(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.round(p * (sorted.length - 1))];
  const q1 = at(0.25), q3 = at(0.75);
  const reach = Math.max(3 * (q3 - q1), REACH);
  const kept = sorted.filter((time) => time >= q1 - reach && time <= q3 + reach);
  return [kept[0], kept[kept.length - 1]];
}

export class Timeline {
  constructor(svg, label, { onSelect, onRange }) {
    this.svg = svg;
    this.label = label;
    this.onSelect = onSelect;
    this.onRange = onRange;
    this.features = [];
    this.selected = null;
    this.brush();
    new ResizeObserver(() => this.render(this.features)).observe(svg);
  }

  render(features, range = {}) {
    this.features = features;
    this.range = range;
    while (this.svg.firstChild) this.svg.removeChild(this.svg.firstChild);
    let dated = features.filter((f) => f.properties.date);
    const width = this.svg.clientWidth || 600;
    const height = this.svg.clientHeight || 120;
    this.svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    this.svg.dataset.count = String(dated.length);
    if (!dated.length) { this.label.textContent = t("list.empty"); return; }
    let times = dated.map((f) => toTime(f.properties.date));
    const [first, last] = range.since || range.until ? [Math.min(...times), Math.max(...times)]
      : axisRange(times);
    const before = dated.filter((f, i) => times[i] < first);
    const after = dated.filter((f, i) => times[i] > last);
    dated = dated.filter((f, i) => times[i] >= first && times[i] <= last);
    times = times.filter((time) => time >= first && time <= last);
    this.svg.dataset.before = String(before.length);
    this.svg.dataset.after = String(after.length);
    let lo = range.since ? Math.min(toTime(range.since), first) : first;
    let hi = range.until ? Math.max(toTime(range.until), last) : last;
    const span = (hi - lo) / DAY;
    const unit = span > 1100 ? "month" : span > 92 ? "week" : "day";
    this.unit = unit;
    lo = binOf(lo, unit); hi = nextBin(binOf(hi, unit), unit);
    const pad = 24;
    this.scale = { lo, hi, x0: pad, x1: width - pad };
    const x = (time) => pad + ((time - lo) / (hi - lo)) * (width - 2 * pad);
    this.x = x;
    this.mode = unit === "day" && dated.length <= MAX_DOTS ? "dots" : "bars";
    this.svg.dataset.mode = this.mode;
    this.label.textContent = t(`timeline.label.${unit}`, { n: dated.length });
    const base = height - 16;
    if (this.mode === "dots") this.dots(dated, x, base);
    else this.bars(dated, x, base, unit);
    this.axis(lo, hi, x, base, unit);
    this.outliers(before, after, width);
    this.svg.appendChild(this.brushRect = s("rect", { class: "brush", x: 0, y: 0, width: 0, height: base, visibility: "hidden" }));
  }

  dots(dated, x, base) {
    const stacks = new Map();
    for (const f of dated) {
      const time = toTime(f.properties.date);
      const level = stacks.get(time) || 0;
      stacks.set(time, level + 1);
      const dot = s("circle", {
        class: `dot${f.properties.id === this.selected ? " sel" : ""}`,
        cx: x(time + DAY / 2), cy: base - 8 - level * 14, r: 6,
        "data-id": f.properties.id, "data-date": f.properties.date,
      });
      dot.appendChild(s("title", {}, `${f.properties.date} ${f.properties.place || ""}`));
      dot.addEventListener("click", (e) => { e.stopPropagation(); this.onSelect(f.properties.id); });
      dot.addEventListener("pointerdown", (e) => e.stopPropagation());
      this.svg.appendChild(dot);
    }
  }

  bars(dated, x, base, unit) {
    const bins = new Map();
    for (const f of dated) {
      const key = binOf(toTime(f.properties.date), unit);
      if (!bins.has(key)) bins.set(key, []);
      bins.get(key).push(f.properties.id);
    }
    const max = Math.max(...[...bins.values()].map((ids) => ids.length));
    for (const [key, ids] of bins) {
      const x0 = x(key), x1 = x(nextBin(key, unit));
      const barHeight = Math.max(2, ((base - 6) * ids.length) / max);
      const bar = s("rect", {
        class: `bar${ids.includes(this.selected) ? " sel" : ""}`,
        x: x0 + 0.5, y: base - barHeight, width: Math.max(1, x1 - x0 - 1), height: barHeight,
        "data-count": ids.length, "data-date": toIso(key),
      });
      bar.appendChild(s("title", {}, `${toIso(key)}: ${ids.length}`));
      this.svg.appendChild(bar);
    }
  }

  axis(lo, hi, x, base, unit) {
    this.svg.appendChild(s("line", { x1: x(lo), x2: x(hi), y1: base, y2: base, stroke: "#99a" }));
    const ticks = 6;
    for (let i = 0; i <= ticks; i++) {
      const time = lo + ((hi - lo) * i) / ticks;
      const text = unit === "month" ? toIso(time).slice(0, 7) : toIso(time);
      const anchor = i === 0 ? "start" : i === ticks ? "end" : "middle";
      this.svg.appendChild(s("text", { class: "axis", x: x(time), y: base + 12, "text-anchor": anchor }, text));
    }
  }

  outliers(before, after, width) {
    const note = (events, key, x, anchor) => {
      if (!events.length) return;
      const text = s("text", { class: `outliers ${key}`, x, y: 10, "text-anchor": anchor },
        t(`timeline.${key}`, { n: events.length }));
      text.appendChild(s("title", {}, events.map((f) => `${f.properties.date} ${f.properties.place || ""}`).join("\n")));
      this.svg.appendChild(text);
    };
    note(before, "before", 2, "start");
    note(after, "after", width - 2, "end");
  }

  timeAt(clientX) {
    const box = this.svg.getBoundingClientRect();
    const px = clientX - box.left;
    const { lo, hi, x0, x1 } = this.scale;
    return lo + ((Math.min(Math.max(px, x0), x1) - x0) / (x1 - x0)) * (hi - lo);
  }

  brush() {
    let start = null;
    this.svg.addEventListener("pointerdown", (e) => {
      if (!this.scale) return;
      start = e.clientX;
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener("pointermove", (e) => {
      if (start === null || !this.brushRect) return;
      const box = this.svg.getBoundingClientRect();
      const a = Math.min(start, e.clientX) - box.left, b = Math.max(start, e.clientX) - box.left;
      this.brushRect.setAttribute("x", a);
      this.brushRect.setAttribute("width", b - a);
      this.brushRect.setAttribute("visibility", "visible");
    });
    this.svg.addEventListener("pointerup", (e) => {
      if (start === null) return;
      const a = Math.min(start, e.clientX), b = Math.max(start, e.clientX);
      start = null;
      if (b - a < 4) return;
      const since = toIso(this.timeAt(a));
      const until = toIso(this.timeAt(b) - 1);
      this.onRange(since, until);
    });
    this.svg.addEventListener("dblclick", () => this.onRange("", ""));
  }

  highlight(id) {
    this.selected = id;
    for (const el of this.svg.querySelectorAll(".sel")) el.classList.remove("sel");
    if (!id) return;
    for (const el of this.svg.querySelectorAll(`.dot[data-id="${CSS.escape(id)}"]`)) el.classList.add("sel");
    const feature = this.features.find((f) => f.properties.id === id);
    if (feature && feature.properties.date && this.mode === "bars") {
      const key = toIso(binOf(toTime(feature.properties.date), this.unit));
      for (const el of this.svg.querySelectorAll(`.bar[data-date="${key}"]`)) el.classList.add("sel");
    }
  }
}

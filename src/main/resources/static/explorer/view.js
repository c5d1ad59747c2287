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
  { selector: 'edge.more', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none', label: '' } },
  { selector: 'edge.path', style: { 'line-color': '#C00', 'target-arrow-color': '#C00', width: 3 } },
  { selector: 'node.path', style: { 'border-color': '#C00', 'border-width': 3 } },
  // After .path on purpose: "lies within" is context, not a fact, so it stays quiet even on a path.
  { selector: `edge[relation = "${WITHIN}"]`, style: {
    'line-style': 'dotted', 'target-arrow-shape': 'none', 'line-color': '#999', width: 1.5 } },
  { selector: '.filtered', style: { display: 'none' } },
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

  /**
   * Brings the canvas in step with the model. Filtered-out elements are hidden rather than removed, so
   * they come back where they were; returns how many visible elements are new (they need a layout).
   */
  sync(model, visible, { anchor, pathIds = new Set() } = {}) {
    const cy = this.cy;
    const more = new Map(visible.more.map((m) => [m.parent, m]));
    const shown = (id) => visible.nodes.has(id) || visible.edges.has(id);
    let added = 0;
    cy.batch(() => {
      const gone = cy.elements().filter((el) => {
        const id = el.id();
        if (el.hasClass('more')) return !model.expansions.get(el.data('owner'))?.hasNext;
        return !model.nodes.has(id) && !model.edges.has(id);
      });
      cy.remove(gone);
      const center = anchor && cy.getElementById(anchor).nonempty() ? cy.getElementById(anchor).position() : null;
      const fresh = [];
      for (const n of model.nodes.values()) {
        let el = cy.getElementById(n.id);
        if (el.empty()) {
          el = cy.add({ group: 'nodes', data: { id: n.id, label: n.name, type: n.type },
            position: center ? { ...center } : { x: 0, y: 0 } });
          if (shown(n.id)) {
            fresh.push(el);
            added += 1;
          }
        }
        el.toggleClass('filtered', !shown(n.id));
        el.toggleClass('pinned', Boolean(n.pinned));
        el.toggleClass('expanded', model.expansions.has(n.id));
        el.toggleClass('path', pathIds.has(n.id));
      }
      for (const e of model.edges.values()) {
        let el = cy.getElementById(e.id);
        if (el.empty()) {
          el = cy.add({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, relation: e.relation,
            label: e.relation === WITHIN ? 'within' : e.relation } });
          if (shown(e.id)) added += 1;
        }
        el.toggleClass('filtered', !shown(e.id));
        el.toggleClass('reference', e.facts.length > 0 && e.facts.every((f) => f.evidence?.reference));
        el.toggleClass('path', pathIds.has(e.id));
      }
      for (const [parent, exp] of model.expansions) {
        if (!exp.hasNext) continue;
        const id = `more:${parent}`;
        let el = cy.getElementById(id);
        if (el.empty()) {
          const p = cy.getElementById(parent).position();
          // "owner", not "parent": Cytoscape reserves data.parent for compound nodes.
          el = cy.add({ group: 'nodes', classes: 'more', data: { id, owner: parent },
            position: { x: p.x + 60, y: p.y - 40 } });
          cy.add({ group: 'edges', classes: 'more', data: { id: `more-edge:${parent}`, owner: parent, source: parent, target: id } });
          if (more.has(parent)) added += 1;
        }
        el.data('label', `+${more.get(parent)?.remaining ?? exp.total - exp.loaded} more`);
        el.toggleClass('filtered', !more.has(parent));
        cy.getElementById(`more-edge:${parent}`).toggleClass('filtered', !more.has(parent));
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
    const eles = cy.elements().not('.filtered');
    if (eles.length === 0) return;
    const large = eles.length > FULL_LAYOUT_LIMIT;
    if (fresh && large) {
      // Hubs in the middle, rings outwards: linear time, so a 2,000-element view still opens quickly.
      eles.layout({ name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, minNodeSpacing: 12,
        sort: (a, b) => a.id().localeCompare(b.id()), fit, padding: 40, animate: false }).run();
      return;
    }
    if (fresh) {
      // A circle in id order, not cose's random start: the same link then always draws the same picture.
      eles.layout({ name: 'circle', sort: (a, b) => a.id().localeCompare(b.id()), fit: false, radius: 30 * Math.sqrt(eles.nodes().length) + 50 }).run();
    }
    const options = !large
      ? { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110,
        edgeElasticity: () => 100, nodeOverlap: 20, gravity: 60, componentSpacing: 120, numIter: 1000, fit, padding: 40 }
      : { name: 'preset', fit, padding: 40 };
    eles.layout(options).run();
    if (!fit && !this.inView(eles)) cy.fit(eles, 40);
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

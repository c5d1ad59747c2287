// What the page knows: entities, facts grouped into edges, and which of them the filters let through.
// No DOM here, so the rules are easy to read in one place.

export const ENTITY_TYPES = ['ORGANISATION', 'PERSON', 'PLACE', 'PROJECT', 'PROGRAMME', 'AGREEMENT', 'EVENT', 'TOPIC'];

/** Edge type drawn between a path's end and the place asked about: the question counts what lies within a place. */
export const WITHIN = 'WITHIN';

const year = (date) => (date ? Number.parseInt(String(date).slice(0, 4), 10) : null);

/**
 * Same rule as the API's year filter: a fact is dropped only when it is known to lie outside the years;
 * an open-ended fact ("since 2000") counts as ongoing and an undated fact is kept.
 */
export function factInYears(time, fromYear, toYear) {
  const t = time || {};
  const upper = t.until ?? (t.from != null ? null : t.date);
  const lower = t.from ?? t.date;
  if (fromYear != null && upper != null && year(upper) < fromYear) return false;
  if (toYear != null && lower != null && year(lower) > toYear) return false;
  return true;
}

export function describeTime(time) {
  if (!time) return 'undated';
  let text;
  if (time.date) text = time.date;
  else if (time.from && time.until) text = `${time.from} – ${time.until}`;
  else if (time.from) text = `since ${time.from}`;
  else if (time.until) text = `until ${time.until}`;
  else return 'undated';
  return time.inferred ? `${text} (year inferred)` : text;
}

export class GraphModel {
  constructor() {
    this.nodes = new Map();      // entity id -> entity (+ pinned, mentions)
    this.edges = new Map();      // "start|TYPE|end" -> { id, source, target, relation, facts[] }
    this.expansions = new Map(); // entity id -> { pages, loaded, total, cursor, hasNext }
    this.hiddenTypes = new Set();
    this.hiddenRelations = new Set();
    this.fromYear = null;
    this.toYear = null;
  }

  addEntity(entity, { pinned = false } = {}) {
    const known = this.nodes.get(entity.id);
    const merged = { ...known, ...entity, pinned: Boolean(known?.pinned || pinned) };
    this.nodes.set(entity.id, merged);
    return merged;
  }

  /** One stored fact; two facts of one type between the same two entities share an edge. */
  addFact(startId, relation, endId, fact) {
    const id = `${startId}|${relation}|${endId}`;
    let edge = this.edges.get(id);
    if (!edge) {
      edge = { id, source: startId, target: endId, relation, facts: [] };
      this.edges.set(id, edge);
    }
    const key = JSON.stringify([fact.evidence?.source?.id, fact.evidence?.excerpt, fact.time, fact.role]);
    if (!edge.facts.some((f) => f.key === key)) edge.facts.push({ ...fact, key });
    return edge;
  }

  clear() {
    this.nodes.clear();
    this.edges.clear();
    this.expansions.clear();
  }

  factVisible(fact) {
    return factInYears(fact.time, this.fromYear, this.toYear);
  }

  /** Recomputes what the filters let through: { nodes: Set(id), edges: Set(id), more: [{parent, remaining}] }. */
  visible() {
    const typeShown = (id) => {
      const n = this.nodes.get(id);
      return n && !this.hiddenTypes.has(n.type);
    };
    const edges = new Set();
    const linked = new Set();
    for (const edge of this.edges.values()) {
      if (this.hiddenRelations.has(edge.relation)) continue;
      if (!typeShown(edge.source) || !typeShown(edge.target)) continue;
      // A containment edge carries no fact of its own; it shows as long as both ends do.
      if (edge.relation !== WITHIN && !edge.facts.some((f) => this.factVisible(f))) continue;
      edges.add(edge.id);
      linked.add(edge.source);
      linked.add(edge.target);
    }
    const nodes = new Set();
    for (const node of this.nodes.values()) {
      if (typeShown(node.id) && (node.pinned || linked.has(node.id))) nodes.add(node.id);
    }
    const more = [];
    for (const [parent, exp] of this.expansions) {
      if (nodes.has(parent) && exp.hasNext) more.push({ parent, remaining: Math.max(exp.total - exp.loaded, 1) });
    }
    return { nodes, edges, more };
  }

  /** Entity counts per type and edge counts per relation, among what the year filter lets through. */
  counts() {
    const saved = [this.hiddenTypes, this.hiddenRelations];
    this.hiddenTypes = new Set();
    this.hiddenRelations = new Set();
    const all = this.visible();
    [this.hiddenTypes, this.hiddenRelations] = saved;
    const types = new Map();
    for (const id of all.nodes) {
      const t = this.nodes.get(id).type;
      types.set(t, (types.get(t) || 0) + 1);
    }
    const relations = new Map();
    for (const id of all.edges) {
      const r = this.edges.get(id).relation;
      relations.set(r, (relations.get(r) || 0) + 1);
    }
    return { types, relations };
  }

  edgesOf(nodeId, visibleEdges) {
    return [...this.edges.values()].filter((e) => (e.source === nodeId || e.target === nodeId)
      && (!visibleEdges || visibleEdges.has(e.id)));
  }
}

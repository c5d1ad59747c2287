// Everything beside the canvas: legend, evidence pane, connection summary and the table twin.
import { describeTime, ENTITY_TYPES, WITHIN } from './model.js';
import { TYPE_STYLE } from './view.js';

/** Small element builder: text always goes in as text, never as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** replaceChildren() would print a null as the text "null", so optional parts are dropped first. */
function fill(container, ...children) {
  container.replaceChildren(...children.flat().filter((c) => c != null && c !== false));
}

const typeLabel = (type) => TYPE_STYLE[type]?.label || type;
const relationLabel = (relation) => (relation === WITHIN ? 'within (the place asked about)' : relation);

function swatch(type) {
  const s = TYPE_STYLE[type];
  return h('span', { class: `swatch shape-${s.shape}`, style: `--c:${s.color}`, 'aria-hidden': 'true' });
}

export function renderLegend(container, model, { onToggleType, onToggleRelation }) {
  const { types, relations } = model.counts();
  const typeItems = ENTITY_TYPES.filter((t) => types.has(t) || model.hiddenTypes.has(t)).map((t) => {
    const hidden = model.hiddenTypes.has(t);
    return h('li', {}, h('button', { type: 'button', class: 'legend-entry', 'data-type': t, 'aria-pressed': String(!hidden),
      title: hidden ? `Show ${typeLabel(t)}` : `Hide ${typeLabel(t)}`, onclick: () => onToggleType(t) },
    swatch(t), h('span', { class: 'legend-name' }, typeLabel(t)), h('span', { class: 'count' }, types.get(t) || 0)));
  });
  const relationItems = [...new Set([...relations.keys(), ...model.hiddenRelations])].sort().map((r) => {
    const hidden = model.hiddenRelations.has(r);
    return h('li', {}, h('button', { type: 'button', class: 'legend-entry', 'data-relation': r, 'aria-pressed': String(!hidden),
      title: hidden ? `Show ${r}` : `Hide ${r}`, onclick: () => onToggleRelation(r) },
    h('span', { class: 'line', 'aria-hidden': 'true' }), h('span', { class: 'legend-name' }, r === WITHIN ? 'within' : r),
    h('span', { class: 'count' }, relations.get(r) || 0)));
  });
  fill(container,
    h('h2', {}, 'Legend'),
    typeItems.length ? h('ul', { class: 'legend-list', 'aria-label': 'Entity types' }, typeItems)
      : h('p', { class: 'hint' }, 'Nothing on the canvas yet.'),
    relationItems.length ? h('h3', {}, 'Links') : null,
    relationItems.length ? h('ul', { class: 'legend-list', 'aria-label': 'Relation types' }, relationItems) : null,
    h('p', { class: 'hint' }, 'Click an entry to hide or show it. Dashed lines are reference data, dotted lines mean “lies within”.'));
}

function factItem(model, fact) {
  const src = fact.evidence?.source;
  const outside = !model.factVisible(fact);
  return h('li', { class: outside ? 'fact outside' : 'fact' },
    h('div', { class: 'fact-when' }, h('strong', {}, 'When: '), describeTime(fact.time),
      outside ? ' — outside the chosen years' : ''),
    fact.role ? h('div', {}, h('strong', {}, 'Role: '), fact.role) : null,
    src ? h('div', { class: 'fact-source' }, h('strong', {}, 'Source: '), h('cite', {}, src.title),
      src.published ? ` (published ${src.published})` : '', h('span', { class: 'source-id' }, ` — ${src.id}`))
      : h('div', { class: 'fact-source' }, h('strong', {}, 'Source: '), fact.evidence?.reference ? 'geography reference data' : 'none'),
    fact.evidence?.excerpt ? h('blockquote', { class: 'excerpt' }, fact.evidence.excerpt) : null);
}

export function renderEdgeEvidence(container, model, edgeId) {
  const e = model.edges.get(edgeId);
  if (!e) return renderEmptyEvidence(container);
  const from = model.nodes.get(e.source);
  const to = model.nodes.get(e.target);
  const body = e.relation === WITHIN
    ? h('p', {}, `${from.name} lies within ${to.name}. The connection question counts everything located in a place as part of it; expand ${from.name} to see the located-in facts and their sources.`)
    : h('ol', { class: 'facts' }, e.facts.map((f) => factItem(model, f)));
  fill(container, h('h2', {}, 'Evidence'),
    h('p', { class: 'evidence-title' }, h('strong', {}, from.name), ` — ${relationLabel(e.relation)} → `, h('strong', {}, to.name)),
    e.relation === WITHIN ? null : h('p', { class: 'hint' }, `${e.facts.length} fact${e.facts.length === 1 ? '' : 's'} stated for this link`),
    body);
}

export function renderNodeEvidence(container, model, nodeId, { visibleEdges, onSelectEdge }) {
  const n = model.nodes.get(nodeId);
  if (!n) return renderEmptyEvidence(container);
  const links = model.edgesOf(nodeId, visibleEdges);
  fill(container, h('h2', {}, 'Evidence'),
    h('p', { class: 'evidence-title' }, swatch(n.type), h('strong', {}, n.name), ` — ${typeLabel(n.type)}${n.kind ? `, ${n.kind}` : ''}`),
    n.aliases?.length ? h('p', {}, h('strong', {}, 'Also called: '), h('span', { class: 'aliases' }, n.aliases.join(' · '))) : null,
    n.description ? h('p', {}, n.description) : null,
    n.mentions ? h('details', { open: true }, h('summary', {}, `Named in ${n.mentions.length} source${n.mentions.length === 1 ? '' : 's'}`),
      h('ul', { class: 'facts' }, n.mentions.map((m) => h('li', { class: 'fact' },
        h('div', {}, h('cite', {}, m.source.title), m.source.published ? ` (published ${m.source.published})` : ''),
        m.excerpt ? h('blockquote', { class: 'excerpt' }, m.excerpt) : null)))) : null,
    h('h3', {}, `Links in view (${links.length})`),
    links.length ? h('ul', { class: 'link-list' }, links.map((e) => {
      const other = model.nodes.get(e.source === nodeId ? e.target : e.source);
      const arrow = e.source === nodeId ? '→' : '←';
      return h('li', {}, h('button', { type: 'button', class: 'linklike', onclick: () => onSelectEdge(e.id) },
        `${relationLabel(e.relation)} ${arrow} ${other.name}`),
      e.relation === WITHIN ? null : h('ol', { class: 'facts' }, e.facts.filter((f) => model.factVisible(f)).map((f) => factItem(model, f))));
    })) : h('p', { class: 'hint' }, 'No links in view. Click the node on the canvas (or “Expand” in the table) to load its neighbours.'));
}

export function renderEmptyEvidence(container) {
  fill(container, h('h2', {}, 'Evidence'),
    h('p', { class: 'hint' }, 'Click a node or a link to see the facts behind it: the source, its publication date, the excerpt and when the fact holds.'));
}

/** "2013", "2013–2016" or "undated": the years a carrier's or tie's facts are known to hold. */
export function describeYears(first, last) {
  if (first == null) return 'undated';
  return first === last ? String(first) : `${first}–${last}`;
}

const SIDE_HEADINGS = { FROM: (d) => `In ${d.from.name}`, TO: (d) => `In ${d.to.name}`, BETWEEN: () => 'Between the two' };

function carriageItem(c, onSelectNode) {
  const what = c.direct ? `${c.relation}${c.outgoing ? ' →' : ' ←'}` : `${c.relation}${c.role ? ` (${c.role})` : ''}`;
  return h('li', { class: c.direct ? 'carriage direct' : 'carriage' },
    h('button', { type: 'button', class: 'linklike', 'data-id': c.entity.id, onclick: () => onSelectNode(c.entity) }, c.entity.name),
    h('span', { class: 'hint' }, ` ${c.direct ? 'own fact' : typeLabel(c.entity.type).toLowerCase()}: ${what}, `,
      h('span', { class: 'years' }, describeYears(c.firstYear, c.lastYear)), c.time?.inferred ? ' (year inferred)' : ''));
}

/**
 * The grouped answer: who carries the link (by side, best first, each with what it carries it through),
 * then the agreements, projects and events themselves. Hidden types stay hidden here as on the canvas.
 */
export function renderConnection(container, result, { onSelectNode, hiddenTypes = new Set() }) {
  if (!result) return fill(container);
  const { data, drawnPaths } = result;
  const carriers = (data.carriers || []).filter((c) => !hiddenTypes.has(c.entity.type));
  const groups = ['FROM', 'TO', 'BETWEEN'].map((side) => [side, carriers.filter((c) => c.side === side)])
    .filter(([, list]) => list.length);
  const ties = (data.ties || []).filter((t) => !hiddenTypes.has(t.entity.type));
  fill(container,
    h('p', {}, `${data.totalPaths} path${data.totalPaths === 1 ? '' : 's'} from ${data.from.name} to ${data.to.name}`,
      data.totalPaths > drawnPaths ? ` (the ${drawnPaths} best drawn)` : '', '.'),
    carriers.length ? h('h3', {}, 'Who carries it') : null,
    carriers.length ? h('p', { class: 'hint' }, data.carrierCount > data.carriers.length
      ? `${data.carrierCount} organisations and people; the ${data.carriers.length} best, lasting and direct ties first:`
      : 'Organisations and people, lasting and direct ties first:') : null,
    groups.map(([side, list]) => h('section', { class: 'carrier-group', 'data-side': side },
      h('h4', {}, SIDE_HEADINGS[side](data)),
      h('ol', { class: 'carriers' }, list.map((c) => h('li', { class: 'carrier', 'data-id': c.entity.id },
        h('button', { type: 'button', class: 'linklike carrier-name', onclick: () => onSelectNode(c.entity) }, c.entity.name),
        h('span', { class: 'hint' }, ` ${typeLabel(c.entity.type).toLowerCase()}, ${describeYears(c.firstYear, c.lastYear)}`),
        c.through.length ? h('ul', { class: 'through' }, c.through.map((t) => carriageItem(t, onSelectNode)))
          : h('p', { class: 'hint' }, 'Linked only through others on the paths.')))))),
    ties.length ? h('h3', {}, 'Through these agreements, projects and events') : null,
    ties.length ? h('ol', { class: 'ties' }, ties.map((t) => h('li', { class: 'tie', 'data-id': t.entity.id },
      h('button', { type: 'button', class: 'linklike', onclick: () => onSelectNode(t.entity) }, t.entity.name),
      h('span', { class: 'hint' }, ` ${typeLabel(t.entity.type).toLowerCase()}, ${describeYears(t.firstYear, t.lastYear)}`,
        t.carriers.length ? ` — ${t.carriers.map((c) => c.name).join(', ')}` : '')))) : null);
}

/** Rows are capped so a 2,000-element view keeps a responsive page; the CSV export holds everything. */
const TABLE_ROWS = 500;

export function renderTables(container, model, visible, { onSelectNode, onSelectEdge, onExpand }) {
  const nodes = [...visible.nodes].map((id) => model.nodes.get(id)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const edges = [...visible.edges].map((id) => model.edges.get(id));
  const capped = (n) => (n > TABLE_ROWS ? h('p', { class: 'hint' }, `Showing the first ${TABLE_ROWS} of ${n}; export CSV for all.`) : null);
  const nodeRows = nodes.slice(0, TABLE_ROWS).map((n) => {
    const exp = model.expansions.get(n.id);
    return h('tr', { 'data-id': n.id },
      h('th', { scope: 'row' }, h('button', { type: 'button', class: 'linklike', onclick: () => onSelectNode(n.id) }, n.name)),
      h('td', {}, typeLabel(n.type)), h('td', {}, n.kind || ''),
      h('td', {}, exp ? (exp.hasNext ? h('button', { type: 'button', onclick: () => onExpand(n.id) }, `Show ${exp.total - exp.loaded} more`) : 'all shown')
        : h('button', { type: 'button', onclick: () => onExpand(n.id) }, 'Expand')));
  });
  const edgeRows = edges.slice(0, TABLE_ROWS).map((e) => {
    const facts = e.facts.filter((f) => model.factVisible(f));
    const sources = [...new Set(facts.map((f) => f.evidence?.source?.title || (f.evidence?.reference ? 'reference data' : '')))].filter(Boolean);
    return h('tr', { 'data-id': e.id },
      h('td', {}, model.nodes.get(e.source).name), h('td', {}, relationLabel(e.relation)), h('td', {}, model.nodes.get(e.target).name),
      h('td', {}, [...new Set(facts.map((f) => describeTime(f.time)))].join('; ')),
      h('td', {}, sources.join('; ')),
      h('td', {}, h('button', { type: 'button', onclick: () => onSelectEdge(e.id) }, 'Evidence')));
  });
  fill(container,
    h('table', { id: 'node-table' }, h('caption', {}, `Entities in view (${nodes.length})`),
      h('thead', {}, h('tr', {}, ['Name', 'Type', 'Kind', 'Neighbours'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, nodeRows)),
    capped(nodes.length),
    h('table', { id: 'edge-table' }, h('caption', {}, `Links in view (${edges.length})`),
      h('thead', {}, h('tr', {}, ['From', 'Relation', 'To', 'When', 'Sources', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, edgeRows)),
    capped(edges.length));
}

/** One timeline item's evidence: what it says, when (with its precision), the source and the excerpt. */
export function renderTimelineEvidence(container, item, { describeItem, describeWhen, onSelectNode }) {
  const src = item.evidence?.source;
  const ends = item.to ? [item.from, item.to] : [item.from];
  fill(container, h('h2', {}, 'Evidence'),
    h('p', { class: 'evidence-title' }, h('strong', {}, describeItem(item))),
    h('ol', { class: 'facts' }, h('li', { class: 'fact' },
      h('div', { class: 'fact-when' }, h('strong', {}, 'When: '), describeWhen(item)),
      item.kind === 'STATED' ? h('div', { class: 'hint' }, 'The fact has no date of its own; it is placed where its source stated it.') : null,
      item.role ? h('div', {}, h('strong', {}, 'Role: '), item.role) : null,
      src ? h('div', { class: 'fact-source' }, h('strong', {}, 'Source: '), h('cite', {}, src.title),
        src.published ? ` (published ${src.published})` : '', h('span', { class: 'source-id' }, ` — ${src.id}`))
        : h('div', { class: 'fact-source' }, h('strong', {}, 'Source: '), 'none'),
      item.evidence?.excerpt ? h('blockquote', { class: 'excerpt' }, item.evidence.excerpt) : null)),
    h('p', {}, 'Show on the canvas: ', ends.map((e, i) => [i ? ', ' : '',
      h('button', { type: 'button', class: 'linklike', onclick: () => onSelectNode(e) }, e.name)])));
}

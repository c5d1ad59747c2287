// Wires the page together: user actions -> GraphQL -> model -> canvas, panels and the shareable URL.
import * as api from './api.js';
import { csv, download, xlsx } from './exporting.js';
import { MapView } from './map.js';
import { GraphModel, WITHIN } from './model.js';
import * as panels from './panels.js';
import { describeItem, describeWhen, TimelineView } from './timeline.js';
import { readState, writeState } from './url.js';
import { GraphView } from './view.js';

const DEFAULT_LIMIT = 20;
/** The relationship types of the model (README), so hiding some can be sent to `connections` as the rest. */
const RELATION_TYPES = ['WORKS_AT', 'PARTY_TO', 'INVOLVED_IN', 'SIGNED_AT', 'PARTICIPATED_IN', 'PARTNER_IN',
  'ORGANISED', 'RUNS', 'FUNDED', 'HELD_IN', 'ESTABLISHED', 'CONTACT_FOR', 'COOPERATES_WITH', 'ACTIVE_IN',
  'OPPORTUNITY_IN', 'PART_OF'];

const $ = (id) => document.getElementById(id);
const model = new GraphModel();
let limit = DEFAULT_LIMIT;
let selected = null;
let connection = null;
let pending = 0;
/** 'graph' or 'map': which of the two pictures of the same elements is shown. */
let shownView = 'graph';
/** Set when the graph changed while hidden: its layout was fitted to an empty box, so fit again when shown. */
let refitGraph = false;

const view = new GraphView($('canvas'), {
  onNode: (id) => { select(id); if (!model.expansions.has(id)) expand(id); },
  onEdge: (id) => select(id),
  onMore: (parent) => expand(parent),
  onBackground: () => select(null),
});
/** The timeline's answer, what it was asked for, and the item whose evidence is shown (if any). */
const timeline = { data: null, key: null, selected: null };
const timelineView = new TimelineView($('timeline-chart'), $('timeline-list'), {
  onSelect: (item) => selectTimelineItem(item),
  onBrush: (fromYear, toYear) => {
    $('from-year').value = String(fromYear);
    $('to-year').value = String(toYear);
    applyYears();
  },
});
const mapView = new MapView($('map'), $('map-unplaced'), { onSelect: (id) => select(id) });
// Exposed for the browser tests and for anyone curious in the developer tools.
window.samverkan = { cy: view.cy, model, render, mapView, timeline: timelineView };

function status(message, { error = false } = {}) {
  const el = $('status');
  el.textContent = message;
  el.classList.toggle('error', error);
}

/** Runs one user action; body[data-busy] tells tests (and the spinner) when the page has settled. */
async function busy(action) {
  pending += 1;
  document.body.dataset.busy = 'true';
  try {
    return await action();
  } catch (e) {
    status(e instanceof api.GraphQlError ? `The server could not answer: ${e.message}` : `Something went wrong: ${e.message}`, { error: true });
    return undefined;
  } finally {
    pending -= 1;
    if (pending === 0) document.body.dataset.busy = 'false';
  }
}

function render({ anchor = null, layout = false } = {}) {
  const visible = model.visible();
  const added = view.sync(model, visible, { anchor, pathIds: connection?.ids });
  if (layout) view.layout({ fresh: true });
  else if (added) view.layout({ fit: !anchor });
  if ((layout || added) && shownView === 'map') refitGraph = true;
  panels.renderLegend($('legend'), model, { onToggleType: toggleType, onToggleRelation: toggleRelation });
  panels.renderTables($('tables'), model, visible, { onSelectNode: select, onSelectEdge: select, onExpand: expand });
  panels.renderConnection($('connection-result'), connection, { onSelectNode: showEntity, hiddenTypes: model.hiddenTypes });
  if (selected && !visible.nodes.has(selected) && !visible.edges.has(selected)) selected = null;
  renderEvidence(visible);
  view.select(selected);
  refreshMap(visible);
  refreshTimeline(visible);
  document.body.dataset.nodes = String(visible.nodes.size);
  document.body.dataset.edges = String(visible.edges.size);
  saveUrl();
}

/** Draws the map from what is known at once, then asks the server where the newcomers are and draws again. */
function refreshMap(visible = model.visible()) {
  if (shownView !== 'map') return;
  const draw = () => mapView.sync(model, model.visible(), { pathIds: connection?.ids, selected });
  mapView.sync(model, visible, { pathIds: connection?.ids, selected });
  const missing = mapView.missing(visible.nodes);
  if (missing.length) {
    busy(async () => {
      mapView.addGeography(await api.geography(missing));
      draw();
    });
  }
}

function showView(name, { focus = false } = {}) {
  shownView = name === 'map' ? 'map' : 'graph';
  for (const [tab, panel, key] of [['tab-graph', 'graph-panel', 'graph'], ['tab-map', 'map-panel', 'map']]) {
    const on = key === shownView;
    $(tab).setAttribute('aria-selected', String(on));
    $(tab).tabIndex = on ? 0 : -1;
    $(panel).hidden = !on;
  }
  if (focus) $(shownView === 'map' ? 'tab-map' : 'tab-graph').focus();
  saveUrl();
  if (shownView === 'graph') {
    view.cy.resize();
    if (refitGraph) view.cy.fit(view.cy.elements().not('.filtered'), 40);
    refitGraph = false;
    return Promise.resolve();
  }
  return busy(async () => {
    await mapView.open();
    refreshMap();
  });
}

/**
 * What the timeline is about: the question's two ends (with what lies within them, as the question counts a
 * place), or what is on the canvas, pinned first.
 */
function timelineSubjects(visible) {
  const scope = $('timeline-scope');
  for (const option of scope.querySelectorAll('option[value="within"], option[value="ends"]')) option.disabled = !connection;
  if (connection && scope.value !== 'canvas') {
    return { ids: [connection.data.from.id, connection.data.to.id], within: scope.value === 'within' };
  }
  const nodes = [...visible.nodes].map((id) => model.nodes.get(id));
  const ids = [...nodes.filter((n) => n.pinned), ...nodes.filter((n) => !n.pinned)].map((n) => n.id);
  return { ids: ids.slice(0, api.TIMELINE_IDS), within: false };
}

/** Asks the server again only when the entities or the years changed; otherwise redraws (the selection). */
function refreshTimeline(visible = model.visible()) {
  const { ids, within } = timelineSubjects(visible);
  const key = JSON.stringify([ids, within, model.fromYear, model.toYear]);
  const draw = () => timelineView.draw(timeline.data, { fromYear: model.fromYear, toYear: model.toYear,
    selected: timeline.selected, note: ids.length ? null : 'Put something on the canvas or ask a connection question to see its timeline.' });
  if (key === timeline.key) return draw();
  timeline.key = key;
  if (!ids.length) {
    timeline.data = null;
    return draw();
  }
  return busy(async () => {
    const data = await api.timeline(ids, { within, fromYear: model.fromYear, toYear: model.toYear });
    if (timeline.key !== key) return;
    timeline.data = data;
    if (timeline.selected && !data.items.some((i) => i.id === timeline.selected)) timeline.selected = null;
    draw();
    if (!selected) renderEvidence();
  });
}

function selectTimelineItem(item) {
  selected = null;
  timeline.selected = item.id;
  view.select(null);
  mapView.select(null);
  renderEvidence();
  refreshTimeline();
  saveUrl();
}

/** Selects an entity named in a list; one not drawn yet (beyond the paths shown) is put on the canvas first. */
function showEntity(entity) {
  if (!model.visible().nodes.has(entity.id)) {
    model.addEntity(entity, { pinned: true });
    render();
  }
  select(entity.id);
}

function renderEvidence(visible = model.visible()) {
  const pane = $('evidence');
  const item = !selected && timeline.selected && timeline.data?.items.find((i) => i.id === timeline.selected);
  if (item) {
    panels.renderTimelineEvidence(pane, item, { describeItem, describeWhen, onSelectNode: showEntity });
  } else if (selected && model.nodes.has(selected)) {
    panels.renderNodeEvidence(pane, model, selected, { visibleEdges: visible.edges, onSelectEdge: select });
  } else if (selected && model.edges.has(selected)) {
    panels.renderEdgeEvidence(pane, model, selected);
  } else {
    panels.renderEmptyEvidence(pane);
  }
}

function saveUrl() {
  writeState({
    pinned: [...model.nodes.values()].filter((n) => n.pinned).map((n) => n.id),
    expanded: [...model.expansions].map(([id, x]) => ({ id, pages: x.pages })),
    from: connection?.from || '',
    to: connection?.to || '',
    fromYear: model.fromYear,
    toYear: model.toYear,
    hiddenTypes: [...model.hiddenTypes],
    hiddenRelations: [...model.hiddenRelations],
    limit: limit === DEFAULT_LIMIT ? null : limit,
    selected,
    view: shownView === 'map' ? 'map' : null,
  });
}

function select(id) {
  selected = id;
  if (timeline.selected) {
    timeline.selected = null;
    refreshTimeline();
  }
  renderEvidence();
  view.select(id);
  mapView.select(id);
  saveUrl();
  const node = id && model.nodes.get(id);
  if (node && !node.mentions) {
    busy(async () => {
      const full = await api.entity(id);
      model.addEntity(full);
      if (selected === id) renderEvidence();
    });
  }
}

async function addEntity(entity) {
  model.addEntity(entity, { pinned: true });
  selected = entity.id;
  render();
  status(`Added ${entity.name}. Click it on the canvas to show who it works with.`);
  select(entity.id);
}

/** Loads the next page of an entity's facts; a hub gets a "+N more" placeholder instead of a flood. */
function expand(id) {
  return busy(async () => {
    const known = model.expansions.get(id);
    if (known && !known.hasNext) return;
    const result = await api.relations(id, { first: limit, after: known?.cursor, fromYear: model.fromYear, toYear: model.toYear });
    model.addEntity(result);
    const rel = result.relations;
    for (const { node } of rel.edges) {
      model.addEntity(node.other);
      const [start, end] = node.direction === 'OUTGOING' ? [id, node.other.id] : [node.other.id, id];
      model.addFact(start, node.type, end, node);
    }
    const loaded = (known?.loaded || 0) + rel.edges.length;
    model.expansions.set(id, { pages: (known?.pages || 0) + 1, loaded, total: rel.totalCount,
      cursor: rel.pageInfo.endCursor, hasNext: rel.pageInfo.hasNextPage });
    render({ anchor: id });
    status(`${result.name}: ${loaded} of ${rel.totalCount} links shown${rel.pageInfo.hasNextPage ? ' — click “+ more” for the next ones' : ''}.`);
  });
}

function pickerValue(input) {
  return input.dataset.id && input.dataset.name === input.value ? input.dataset.id : input.value.trim();
}

function connect(from, to) {
  if (!from || !to) {
    status('Choose both places or organisations to connect.', { error: true });
    return Promise.resolve();
  }
  return busy(async () => {
    const relationTypes = model.hiddenRelations.size ? RELATION_TYPES.filter((r) => !model.hiddenRelations.has(r)) : null;
    const data = await api.connections(from, to, { relationTypes, fromYear: model.fromYear, toYear: model.toYear });
    model.addEntity(data.from, { pinned: true });
    model.addEntity(data.to, { pinned: true });
    const ids = new Set([data.from.id, data.to.id]);
    for (const path of data.paths) {
      for (const step of path.steps) {
        model.addEntity(step.from);
        model.addEntity(step.to);
        const [start, end] = step.forward ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
        ids.add(model.addFact(start, step.relation, end, step).id);
        ids.add(step.from.id).add(step.to.id);
      }
      // A path may start at something within the place asked about (Region Dalarna for Dalarna): say so.
      const first = path.steps[0].from.id;
      const last = path.steps[path.steps.length - 1].to.id;
      if (first !== data.from.id) ids.add(model.addFact(first, WITHIN, data.from.id, {}).id);
      if (last !== data.to.id) ids.add(model.addFact(last, WITHIN, data.to.id, {}).id);
    }
    connection = { from, to, data, drawnPaths: data.paths.length, ids };
    render({ layout: true });
    status(data.paths.length
      ? `${data.totalPaths} paths link ${data.from.name} and ${data.to.name}; the links on them are drawn in red.`
      : `No path links ${data.from.name} and ${data.to.name} within four steps${model.fromYear || model.toYear ? ' in the chosen years' : ''}.`);
  });
}

function toggleType(type) {
  if (!model.hiddenTypes.delete(type)) model.hiddenTypes.add(type);
  render();
  $('legend').querySelector(`[data-type="${type}"]`)?.focus();
}

function toggleRelation(relation) {
  if (!model.hiddenRelations.delete(relation)) model.hiddenRelations.add(relation);
  render();
  $('legend').querySelector(`[data-relation="${relation}"]`)?.focus();
  if (connection && relation !== WITHIN) connect(connection.from, connection.to);
}

function applyYears() {
  const read = (el) => (el.value.trim() === '' ? null : Number(el.value));
  const fromYear = read($('from-year'));
  const toYear = read($('to-year'));
  if (fromYear != null && toYear != null && fromYear > toYear) {
    status('“From year” must not be after “to year”.', { error: true });
    return;
  }
  model.fromYear = fromYear;
  model.toYear = toYear;
  render();
  status(fromYear == null && toYear == null ? 'Showing facts of all years.'
    : `Showing facts that hold ${fromYear ?? '…'}–${toYear ?? '…'} (undated facts stay).`);
  if (connection) connect(connection.from, connection.to);
}

/** A search box with a list of matches: typing searches, Enter or a click takes a match. */
function picker(input, list, onPick) {
  let timer = null;
  let latest = Promise.resolve([]);
  const show = (results) => {
    list.replaceChildren(...results.map((e) => panels.h('li', {}, panels.h('button', { type: 'button', class: 'result',
      'data-id': e.id, onclick: () => { list.replaceChildren(); onPick(e); } },
    panels.h('span', { class: 'result-name' }, e.name), panels.h('span', { class: 'result-type' }, ` ${e.type.toLowerCase()}${e.kind ? `, ${e.kind}` : ''}`),
    e.aliases?.length ? panels.h('span', { class: 'result-aliases' }, ` (${e.aliases.slice(0, 3).join(', ')})`) : null))));
    if (!results.length && input.value.trim()) list.replaceChildren(panels.h('li', { class: 'hint' }, 'No match.'));
  };
  const run = () => {
    const text = input.value.trim();
    latest = text.length < 2 ? Promise.resolve([]) : busy(() => api.search(text)).then((r) => r || []);
    const mine = latest;
    latest.then((results) => { if (mine === latest) show(results); });
    return latest;
  };
  input.addEventListener('input', () => {
    delete input.dataset.id;
    clearTimeout(timer);
    document.body.dataset.busy = 'true';
    timer = setTimeout(() => { timer = null; run().finally(() => { if (pending === 0) document.body.dataset.busy = 'false'; }); }, 200);
  });
  input.addEventListener('keydown', async (e) => {
    if (e.key === 'Escape') list.replaceChildren();
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (timer) { clearTimeout(timer); timer = null; run(); }
    const results = await latest;
    if (results[0]) { list.replaceChildren(); onPick(results[0]); }
  });
}

function setPicked(input, entity) {
  input.value = entity.name;
  input.dataset.id = entity.id;
  input.dataset.name = entity.name;
}

async function restore() {
  const state = readState();
  limit = state.limit && state.limit > 0 && state.limit <= 100 ? state.limit : DEFAULT_LIMIT;
  $('limit').value = String(limit);
  model.fromYear = state.fromYear;
  model.toYear = state.toYear;
  $('from-year').value = state.fromYear ?? '';
  $('to-year').value = state.toYear ?? '';
  state.hiddenTypes.forEach((t) => model.hiddenTypes.add(t));
  state.hiddenRelations.forEach((r) => model.hiddenRelations.add(r));
  if (state.view === 'map') await showView('map');
  await busy(async () => {
    const entities = await Promise.all(state.pinned.map((id) => api.entity(id).catch(() => null)));
    const missing = state.pinned.filter((id, i) => !entities[i]);
    entities.filter(Boolean).forEach((e) => model.addEntity(e, { pinned: true }));
    for (const { id, pages } of state.expanded) {
      for (let i = 0; i < pages; i += 1) await expand(id);
    }
    if (state.from && state.to) {
      $('conn-from').value = state.from;
      $('conn-to').value = state.to;
      await connect(state.from, state.to);
      if (connection) {
        setPicked($('conn-from'), connection.data.from);
        setPicked($('conn-to'), connection.data.to);
      }
    }
    selected = state.selected;
    render({ layout: true });
    if (selected) select(selected);
    if (missing.length) status(`The link names entities that no longer exist: ${missing.join(', ')}`, { error: true });
    else if (model.nodes.size) status(`Restored a view of ${model.nodes.size} entities.`);
  });
}

picker($('search'), $('search-results'), (e) => { $('search').value = ''; addEntity(e); });
picker($('conn-from'), $('conn-from-results'), (e) => setPicked($('conn-from'), e));
picker($('conn-to'), $('conn-to-results'), (e) => setPicked($('conn-to'), e));
$('connect-form').addEventListener('submit', (e) => {
  e.preventDefault();
  connect(pickerValue($('conn-from')), pickerValue($('conn-to')));
});
$('years-form').addEventListener('submit', (e) => { e.preventDefault(); applyYears(); });
$('years-clear').addEventListener('click', () => { $('from-year').value = ''; $('to-year').value = ''; applyYears(); });
$('limit').addEventListener('change', () => { limit = Number($('limit').value); saveUrl(); });
$('export-png').addEventListener('click', async () => download(await view.png(), 'samverkan-view.png'));
$('export-csv').addEventListener('click', () => download(csv(model, model.visible()), 'samverkan-view.csv'));
$('export-xlsx').addEventListener('click', () => busy(async () => {
  saveUrl();
  const years = model.fromYear != null || model.toYear != null ? `, years ${model.fromYear ?? '…'}–${model.toYear ?? '…'}` : '';
  const title = connection
    ? `How are ${connection.data.from.name} and ${connection.data.to.name} connected?${years}`
    : `Explorer view of ${model.visible().nodes.size} entities${years}`;
  download(await xlsx(model, model.visible(), { title, link: window.location.href }), 'samverkan-view.xlsx');
  status('Table downloaded as an Excel workbook.');
}));
$('share').addEventListener('click', async () => {
  saveUrl();
  const url = window.location.href;
  $('share-url').value = url;
  $('share-url').hidden = false;
  $('share-url').select();
  try {
    await navigator.clipboard.writeText(url);
    status('Link copied: opening it shows this view.');
  } catch {
    status('Copy the link from the box next to the button.');
  }
});
$('fit').addEventListener('click', () => (shownView === 'map' ? mapView.fit() : view.cy.fit(view.cy.elements().not('.filtered'), 40)));
$('timeline-scope').addEventListener('change', () => refreshTimeline());
$('tab-graph').addEventListener('click', () => showView('graph'));
$('tab-map').addEventListener('click', () => showView('map'));
// Tabs as the ARIA pattern has them: one tab stop, arrow keys move between the tabs.
for (const tab of ['tab-graph', 'tab-map']) {
  $(tab).addEventListener('keydown', (e) => {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      showView(shownView === 'map' ? 'graph' : 'map', { focus: true });
    }
  });
}
$('relayout').addEventListener('click', () => view.layout());
$('clear').addEventListener('click', () => {
  model.clear();
  connection = null;
  selected = null;
  $('conn-from').value = '';
  $('conn-to').value = '';
  render();
  status('Canvas cleared.');
});

restore();

// The timeline: the dated facts of the entities in question on one time axis, as SVG with a list twin that
// holds the same items (the keyboard's and screen readers' way in). A small axis of our own: the data is a
// few hundred items at most and must show partial dates honestly, which no WebJar'd library does for us.
import { h } from './panels.js';

const SVG = 'http://www.w3.org/2000/svg';
const LANE = 14;
const AXIS = 26;
const MAX_LANES = 40;
/** A day-precise item would be a hairline on a decade's axis; this keeps it clickable (it is still a point). */
const MIN_WIDTH = 4;

/** A partial ISO date as fractional years, [begin, end): "2013" spans all of 2013, "2013-06" all of June. */
export function dateSpan(value) {
  const [y, m, d] = String(value).split('-').map(Number);
  if (!m) return [y, y + 1];
  if (!d) return [y + (m - 1) / 12, y + m / 12];
  const yearDays = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86400000;
  const day = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000;
  return [y + day / yearDays, y + (day + 1) / yearDays];
}

/** The years the axis shows: the chosen years when set, else the items' own, at least two years. */
export function domainOf(items, fromYear, toYear) {
  let lo = Infinity;
  let hi = -Infinity;
  let open = false;
  for (const item of items) {
    for (const v of [item.start, item.end]) {
      if (!v) continue;
      const [a, b] = dateSpan(v);
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
    if (!item.end || !item.start) open = true;
  }
  if (!Number.isFinite(lo)) { lo = new Date().getFullYear() - 5; hi = lo + 6; }
  lo = Math.floor(lo);
  hi = Math.ceil(hi) + (open ? 1 : 0);
  if (fromYear != null) lo = fromYear;
  if (toYear != null) hi = toYear + 1;
  if (hi - lo < 2) hi = lo + 2;
  return [lo, hi];
}

/** Where an item lies, in fractional years; an unknown start or an ongoing end runs to the axis's edge. */
export function itemSpan(item, [lo, hi]) {
  const begin = item.start ? dateSpan(item.start)[0] : lo;
  const end = item.end ? dateSpan(item.end)[1] : hi;
  return { begin: Math.max(begin, lo), end: Math.min(Math.max(end, begin), hi),
    openStart: !item.start || begin < lo, openEnd: !item.end || end > hi };
}

const PRECISION = { YEAR: 'year', MONTH: 'month', DAY: 'day' };

/** When, as the source gives it: "≈2013-06 (month)", "since 2000 (year)", "until 2016-10-20 (day)". */
export function describeWhen(item) {
  const approx = item.inferred ? '≈' : '';
  let when;
  if (item.kind === 'STATED') when = `undated; stated ${approx}${item.stated}`;
  else if (item.start && item.end && item.start === item.end) when = `${approx}${item.start}`;
  else if (item.start && item.end) when = `${approx}${item.start} – ${item.end}`;
  else if (item.start) when = `since ${approx}${item.start}`;
  else when = `until ${approx}${item.end}`;
  return `${when} (${PRECISION[item.precision] || 'date'}${item.inferred ? ', year inferred' : ''})`;
}

export function describeItem(item) {
  if (item.kind === 'NAME') return `${item.from.name} named “${item.name}”`;
  return `${item.from.name} ${item.relation} ${item.to.name}${item.role ? ` (${item.role})` : ''}`;
}

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, v);
  for (const c of children) if (c != null) el.append(c);
  return el;
}

function tickStep(years) {
  if (years <= 14) return 1;
  if (years <= 30) return 2;
  if (years <= 70) return 5;
  return 10;
}

export class TimelineView {
  constructor(chart, list, { onSelect, onBrush }) {
    this.chart = chart;
    this.list = list;
    this.onSelect = onSelect;
    this.onBrush = onBrush;
    this.domain = [0, 1];
    this.width = 0;
  }

  /** Page x of a fractional year on the axis, for tests and anyone brushing by code. */
  pageX(year) {
    const box = this.chart.querySelector('svg')?.getBoundingClientRect();
    return box ? box.left + this.x(year) : null;
  }

  x(year) {
    const [lo, hi] = this.domain;
    return ((year - lo) / (hi - lo)) * this.width;
  }

  yearAt(px) {
    const [lo, hi] = this.domain;
    return lo + (px / this.width) * (hi - lo);
  }

  draw(result, { fromYear, toYear, selected, note }) {
    const items = result?.items || [];
    this.items = items;
    if (!items.length) {
      this.chart.replaceChildren();
      this.list.replaceChildren(h('li', { class: 'hint' }, note || 'No dated facts for these entities in the chosen years.'));
      return;
    }
    this.domain = domainOf(items, fromYear, toYear);
    this.width = Math.max(this.chart.clientWidth || 0, 320);
    const lanes = [];
    const placed = items.map((item) => {
      const span = itemSpan(item, this.domain);
      const x0 = this.x(span.begin);
      const x1 = Math.max(this.x(span.end), x0 + MIN_WIDTH);
      let lane = lanes.findIndex((end) => end + 2 <= x0);
      if (lane < 0) { lane = lanes.length; lanes.push(x1); } else lanes[lane] = x1;
      return { item, span, x0, x1, lane };
    });
    const shownLanes = Math.min(lanes.length, MAX_LANES);
    const height = shownLanes * LANE + AXIS + 4;
    const [lo, hi] = this.domain;
    const step = tickStep(hi - lo);
    const ticks = [];
    for (let year = Math.ceil(lo / step) * step; year <= hi; year += step) {
      ticks.push(svg('line', { class: 'tl-tick', x1: this.x(year), x2: this.x(year), y1: 0, y2: height - AXIS + 4 }),
        svg('text', { class: 'tl-year', x: this.x(year) + 2, y: height - 8 }, String(year)));
    }
    const bars = placed.filter((p) => p.lane < MAX_LANES).map(({ item, span, x0, x1, lane }) => {
      const cls = ['tl-item', `kind-${item.kind.toLowerCase()}`, item.inferred ? 'inferred' : null,
        span.openStart ? 'open-start' : null, span.openEnd ? 'open-end' : null, item.id === selected ? 'selected' : null];
      const g = svg('g', { class: cls.filter(Boolean).join(' '), 'data-id': item.id },
        svg('title', {}, `${describeItem(item)} — ${describeWhen(item)}`),
        svg('rect', { x: x0, y: lane * LANE + 2, width: x1 - x0, height: LANE - 4, rx: 2 }));
      g.addEventListener('click', () => this.onSelect(item));
      return g;
    });
    const brush = svg('rect', { class: 'tl-brush', x: 0, y: 0, width: 0, height: height - AXIS + 4 });
    const area = svg('svg', { class: 'tl-svg', width: this.width, height, 'aria-hidden': 'true',
      viewBox: `0 0 ${this.width} ${height}` },
    svg('rect', { class: 'tl-background', x: 0, y: 0, width: this.width, height }), ...ticks, ...bars, brush);
    this.brushable(area, brush);
    this.chart.replaceChildren(area);
    const hidden = placed.length - bars.length;
    this.list.replaceChildren(...[...placed.map(({ item }) => h('li', { class: item.id === selected ? 'selected' : null },
      h('button', { type: 'button', class: 'linklike', 'data-id': item.id, 'aria-pressed': String(item.id === selected),
        onclick: () => this.onSelect(item) },
      h('span', { class: 'tl-when' }, describeWhen(item)), ' — ', describeItem(item)))),
    hidden > 0 ? h('li', { class: 'hint' }, `${hidden} more in the list than the picture has rows for.`) : null,
    result.totalCount > items.length ? h('li', { class: 'hint' },
      `Showing the first ${items.length} of ${result.totalCount}; choose fewer years to see the rest.`) : null]
      .filter(Boolean));
  }

  /** Dragging across the axis chooses whole years: every year the drag touches. */
  brushable(area, brush) {
    let startX = null;
    const local = (e) => e.clientX - area.getBoundingClientRect().left;
    area.addEventListener('pointerdown', (e) => {
      if (e.target.closest('.tl-item')) return;
      startX = local(e);
      area.setPointerCapture?.(e.pointerId);
    });
    area.addEventListener('pointermove', (e) => {
      if (startX == null) return;
      const x = local(e);
      brush.setAttribute('x', Math.min(x, startX));
      brush.setAttribute('width', Math.abs(x - startX));
    });
    area.addEventListener('pointerup', (e) => {
      if (startX == null) return;
      const [a, b] = [startX, local(e)].sort((p, q) => p - q);
      startX = null;
      brush.setAttribute('width', 0);
      if (b - a < 4) return;
      const from = Math.floor(this.yearAt(a));
      const to = Math.max(from, Math.ceil(this.yearAt(b)) - 1);
      this.onBrush(from, to);
    });
  }
}

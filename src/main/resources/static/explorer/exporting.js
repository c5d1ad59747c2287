// Downloads of the current view: the picture as PNG and the visible nodes and facts as CSV or Excel.
import { describeTime, WITHIN } from './model.js';

export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Text a spreadsheet would read as a formula (= + - @, tab, CR first) gets a leading ' (OWASP's advice on CSV
// injection): shown as text, and the value again without it. Numbers stay numbers.
export const cell = (value) => {
  let text = value == null ? '' : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const COLUMNS = ['element', 'id', 'type', 'name', 'from_id', 'from_name', 'relation', 'to_id', 'to_name', 'role',
  'time', 'source', 'source_title', 'published', 'excerpt'];

/** One row per visible entity and one per visible fact, so every fact row names its source. */
export function tableRows(model, visible) {
  const rows = [];
  for (const id of visible.nodes) {
    const n = model.nodes.get(id);
    // A node's sources are those of its facts in view, so the column means the same on every row.
    const sources = new Set();
    for (const e of model.edgesOf(id, visible.edges)) {
      e.facts.filter((f) => model.factVisible(f) && f.evidence?.source).forEach((f) => sources.add(f.evidence.source.id));
    }
    rows.push(['node', n.id, n.type, n.name, '', '', '', '', '', '', '', [...sources].sort().join(' '), '', '', '']);
  }
  for (const id of visible.edges) {
    const e = model.edges.get(id);
    const from = model.nodes.get(e.source);
    const to = model.nodes.get(e.target);
    if (e.relation === WITHIN) {
      rows.push(['edge', e.id, e.relation, '', from.id, from.name, e.relation, to.id, to.name, '', '', '', '', '',
        'located within the place asked about']);
      continue;
    }
    for (const f of e.facts.filter((fact) => model.factVisible(fact))) {
      const src = f.evidence?.source;
      rows.push(['edge', e.id, e.relation, '', from.id, from.name, e.relation, to.id, to.name, f.role,
        describeTime(f.time), src ? src.id : (f.evidence?.reference ? 'reference data' : ''),
        src?.title, src?.published, f.evidence?.excerpt]);
    }
  }
  return rows;
}

export function csv(model, visible) {
  const rows = [COLUMNS, ...tableRows(model, visible)];
  // The byte-order mark makes spreadsheet programs read Swedish and Chinese names as UTF-8.
  const text = `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

/** The sources the facts in view cite, each once, with their titles (for the workbook's provenance sheet). */
function citedSources(model, visible) {
  const sources = new Map();
  for (const id of visible.edges) {
    for (const f of model.edges.get(id).facts.filter((fact) => model.factVisible(fact))) {
      const src = f.evidence?.source;
      if (src && !sources.has(src.id)) sources.set(src.id, { id: src.id, title: src.title ?? null });
    }
  }
  return [...sources.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The same table as an Excel workbook, written by the server (POST exports/table.xlsx) with the code that writes
 * the reports' workbooks: typed cells, formulas neutralised, and a provenance sheet with this view's link.
 */
export async function xlsx(model, visible, { title, link }) {
  const rows = tableRows(model, visible).map((r) => r.map((v) => (v === undefined ? null : v)));
  const response = await fetch('exports/table.xlsx', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, link, columns: COLUMNS, rows, sources: citedSources(model, visible) }),
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.message ?? `the server answered ${response.status}`);
  }
  return response.blob();
}

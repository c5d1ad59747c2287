// Downloads of the current view: the picture as PNG and the visible nodes and facts as CSV.
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
export function csv(model, visible) {
  const rows = [COLUMNS];
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
  // The byte-order mark makes spreadsheet programs read Swedish and Chinese names as UTF-8.
  const text = `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

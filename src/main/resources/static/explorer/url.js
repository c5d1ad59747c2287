// The view as a shareable link: everything needed to rebuild the canvas lives in the query string.

const list = (value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);
const int = (value) => (value != null && /^-?\d{1,4}$/.test(value) ? Number(value) : null);

/**
 * e: entities dropped on the canvas; x: expanded entities (id or id~pages); a, b: the connection question;
 * from, to: years; hide, hiderel: hidden entity types and relation types; n: neighbours per click; sel: selection;
 * v: 'map' when the map rather than the graph is shown.
 */
export function readState(search = window.location.search) {
  const p = new URLSearchParams(search);
  return {
    pinned: list(p.get('e')),
    expanded: list(p.get('x')).map((item) => {
      const [id, pages] = item.split('~');
      return { id, pages: Math.max(1, int(pages) || 1) };
    }),
    from: p.get('a') || '',
    to: p.get('b') || '',
    fromYear: int(p.get('from')),
    toYear: int(p.get('to')),
    hiddenTypes: list(p.get('hide')),
    hiddenRelations: list(p.get('hiderel')),
    limit: int(p.get('n')),
    selected: p.get('sel') || null,
    view: p.get('v') === 'map' ? 'map' : 'graph',
  };
}

export function writeState(state) {
  const p = new URLSearchParams();
  const put = (key, value) => { if (value != null && value !== '' && !(Array.isArray(value) && value.length === 0)) p.set(key, Array.isArray(value) ? value.join(',') : String(value)); };
  put('e', state.pinned);
  put('x', state.expanded.map((x) => (x.pages > 1 ? `${x.id}~${x.pages}` : x.id)));
  put('a', state.from);
  put('b', state.to);
  put('from', state.fromYear);
  put('to', state.toYear);
  put('hide', state.hiddenTypes);
  put('hiderel', state.hiddenRelations);
  put('n', state.limit);
  put('sel', state.selected);
  put('v', state.view);
  const query = p.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  return url;
}

// The curators' review page: one GraphQL endpoint, the token from this tab's sessionStorage only.

const TOKEN_KEY = 'samverkan.curatorToken';
const PAGE = 20;

const SIDE_FIELDS = `id name type kind aliases
  relations(first: 20) { totalCount edges { node { type direction other { id name type }
    evidence { excerpt source { id title } } } } }
  mentions { excerpt source { id title } }`;

const ITEM_FIELDS = `id key status score reason source incomingName type candidate queuedAt decidedBy decidedAt
  incoming { ${SIDE_FIELDS} } candidateEntity { ${SIDE_FIELDS} } matched { id name }`;

const $ = (id) => document.getElementById(id);
let cursor = null;

class RequestRefused extends Error {}

/** Names 401 and 403 as such: GraphQL answers them as errors with a classification, in a 200 response. */
function refusal(errors) {
  const first = errors[0];
  const kind = first.extensions?.classification;
  if (kind === 'UNAUTHORIZED') {
    return `401 Unauthorized: ${first.message}. Enter the curator token above.`;
  }
  if (kind === 'FORBIDDEN') {
    return `403 Forbidden: ${first.message}. Check the curator token.`;
  }
  return errors.map((e) => e.message).join('; ');
}

async function graphql(query, variables) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch('graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  if (response.status === 401 || response.status === 403) {
    throw new RequestRefused(`${response.status} ${response.status === 401 ? 'Unauthorized' : 'Forbidden'}`);
  }
  if (!response.ok) {
    throw new RequestRefused(`The server answered ${response.status} ${response.statusText}`);
  }
  const body = await response.json();
  if (body.errors?.length) {
    throw new RequestRefused(refusal(body.errors));
  }
  return body.data;
}

function status(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

async function busy(work) {
  document.body.dataset.busy = 'true';
  try {
    await work();
  } catch (e) {
    status(e.message, true);
  } finally {
    document.body.dataset.busy = 'false';
  }
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child != null) node.append(child);
  }
  return node;
}

function side(title, entity, fallback) {
  const box = el('section', { class: 'side', 'aria-label': title });
  box.append(el('h3', {}, `${title}: ${entity?.name ?? fallback}`));
  if (!entity) {
    box.append(el('p', { class: 'meta' }, 'No longer stored (merged or removed).'));
    return box;
  }
  const places = entity.relations.edges.map((e) => e.node)
    .filter((r) => r.type === 'LOCATED_IN' && r.direction === 'OUTGOING').map((r) => r.other.name);
  box.append(el('p', { class: 'meta' }, `${entity.type.toLowerCase()}${entity.kind ? `, ${entity.kind}` : ''} · ${entity.id}`
    + (places.length ? ` · in ${places.join(', ')}` : '')));
  if (entity.aliases?.length) {
    box.append(el('p', { class: 'meta' }, `Also: ${entity.aliases.join(', ')}`));
  }
  const facts = el('ul', { class: 'facts' });
  for (const r of entity.relations.edges.map((e) => e.node)) {
    const arrow = r.direction === 'OUTGOING' ? `${r.type} → ${r.other.name}` : `${r.other.name} → ${r.type}`;
    const source = r.evidence?.source ? ` (${r.evidence.source.title})` : '';
    facts.append(el('li', {}, arrow + source,
      r.evidence?.excerpt ? el('div', { class: 'excerpt' }, `“${r.evidence.excerpt}”`) : null));
  }
  if (entity.relations.totalCount > entity.relations.edges.length) {
    facts.append(el('li', {}, `… and ${entity.relations.totalCount - entity.relations.edges.length} more facts`));
  }
  box.append(el('h4', {}, `Facts (${entity.relations.totalCount})`), facts);
  const sources = [...new Set(entity.mentions.map((m) => m.source.title))];
  box.append(el('p', { class: 'meta' }, `Sources: ${sources.join('; ') || 'none'}`));
  return box;
}

function explorerLink(entity) {
  return el('a', { href: `/?e=${encodeURIComponent(entity.id)}&sel=${encodeURIComponent(entity.id)}`, class: 'explorer-link' },
    `Show ${entity.name} in the explorer`);
}

function render(item) {
  const li = el('li', { class: 'item', 'data-id': item.id, 'data-status': item.status });
  const heading = `${item.incomingName} may be ${item.candidateEntity?.name ?? item.candidate}`;
  li.append(el('h2', { id: `h-${item.id}` }, heading));
  li.setAttribute('aria-labelledby', `h-${item.id}`);
  li.append(el('p', {}, el('span', { class: 'score' }, `Score ${item.score.toFixed(2)}`),
    ` — ${item.reason}. From ${item.source ?? 'an unknown source'}; ${item.status.toLowerCase()}`
    + (item.decidedBy ? ` by ${item.decidedBy}` : '') + '.'));
  li.append(el('div', { class: 'sides' }, side('Dataset', item.incoming, item.incomingName),
    side('Stored', item.candidateEntity, item.candidate)));
  const decide = el('div', { class: 'decide' });
  const outcome = el('p', { class: 'outcome', role: 'status' });
  if (item.status === 'OPEN') {
    const accept = el('button', { type: 'button', class: 'accept' }, 'Accept: the same');
    const reject = el('button', { type: 'button', class: 'reject' }, 'Reject: different');
    const otherId = `other-${item.id}`;
    const other = el('input', { id: otherId, type: 'text', class: 'other', placeholder: 'e.g. org:dalarna-science-park' });
    const edit = el('button', { type: 'button', class: 'edit' }, 'Another entity is the match');
    accept.addEventListener('click', () => decideItem(li, outcome, 'acceptMatch', { item: item.id }));
    reject.addEventListener('click', () => decideItem(li, outcome, 'rejectMatch', { item: item.id }));
    edit.addEventListener('click', () => {
      if (!other.value.trim()) {
        outcome.textContent = 'Enter the id of the stored entity that is the match.';
        other.focus();
        return;
      }
      decideItem(li, outcome, 'editMatch', { item: item.id, candidate: other.value.trim() });
    });
    decide.append(accept, reject, el('label', { for: otherId }, 'Another entity…'), other, edit);
  } else if (item.status === 'ACCEPTED') {
    if (item.matched) decide.append(explorerLink(item.matched));
    const undo = el('button', { type: 'button', class: 'undo' }, 'Undo this merge');
    undo.addEventListener('click', () => undoItem(li, outcome, item.key));
    decide.append(undo);
  }
  li.append(decide, outcome);
  return li;
}

async function decideItem(li, outcome, mutation, variables) {
  await busy(async () => {
    const args = mutation === 'editMatch' ? '$item: ID!, $candidate: ID!' : '$item: ID!';
    const pass = mutation === 'editMatch' ? 'item: $item, candidate: $candidate' : 'item: $item';
    const data = await graphql(`mutation Decide(${args}) { ${mutation}(${pass}) { id status matched { id name } } }`,
      variables);
    const decided = data[mutation];
    li.dataset.status = decided.status;
    li.querySelectorAll('.decide button, .decide input').forEach((b) => { b.disabled = true; });
    outcome.textContent = decided.matched ? `Merged into ${decided.matched.name}. ` : 'Rejected: kept apart. ';
    if (decided.matched) outcome.append(explorerLink(decided.matched));
    status(`${decided.status.toLowerCase()}: ${li.querySelector('h2').textContent}`);
  });
}

async function undoItem(li, outcome, key) {
  await busy(async () => {
    const data = await graphql(`mutation Undo($key: String!) { undoMerge(key: $key) { movedFacts restored { id name } } }`,
      { key });
    li.dataset.status = 'UNDONE';
    li.querySelectorAll('.decide button').forEach((b) => { b.disabled = true; });
    outcome.textContent = `Undone: ${data.undoMerge.restored?.name ?? key} is its own entity again `
      + `(${data.undoMerge.movedFacts} facts moved back).`;
    status(outcome.textContent);
  });
}

async function load(more = false) {
  await busy(async () => {
    if (!more) {
      cursor = null;
      $('items').replaceChildren();
    }
    const data = await graphql(`query Queue($status: ReviewStatus, $first: Int, $after: String) {
        reviewQueue(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { ${ITEM_FIELDS} } } } }`, { status: $('status-filter').value, first: PAGE, after: cursor });
    const page = data.reviewQueue;
    page.edges.forEach((e) => $('items').append(render(e.node)));
    cursor = page.pageInfo.endCursor;
    $('more').hidden = !page.pageInfo.hasNextPage;
    status(`${page.totalCount} ${$('status-filter').selectedOptions[0].textContent.toLowerCase()}.`);
  });
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('token').value.trim();
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  $('token').value = '';
  load();
});
$('token-forget').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  $('items').replaceChildren();
  status('Token forgotten.');
});
$('status-filter').addEventListener('change', () => load());
$('reload').addEventListener('click', () => load());
$('more').addEventListener('click', () => load(true));

window.samverkanReview = { load };
if (sessionStorage.getItem(TOKEN_KEY)) {
  load();
} else {
  status('Enter the curator token to see the queue.');
}

// The page's only server contact: the public GraphQL endpoint. Every value travels as a variable.

const FACT_FIELDS = `
  role
  time { date from until precision inferred }
  evidence { reference excerpt source { id title published } }`;

const ENTITY_FIELDS = 'id name type kind description aliases';

export class GraphQlError extends Error {}

async function graphql(query, variables) {
  const response = await fetch('graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) {
    throw new GraphQlError(`The server answered ${response.status} ${response.statusText}`);
  }
  const body = await response.json();
  if (body.errors?.length) {
    throw new GraphQlError(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

export async function search(text, first = 8) {
  const data = await graphql(`query Search($text: String!, $first: Int) {
      search(text: $text, first: $first) { ${ENTITY_FIELDS} } }`, { text, first });
  return data.search;
}

export async function entity(id) {
  const data = await graphql(`query Entity($id: ID!) {
      entity(id: $id) { ${ENTITY_FIELDS}
        mentions { excerpt source { id title published } } } }`, { id });
  return data.entity;
}

/** One page of an entity's facts, with the total so the page can say how many it left out. */
export async function relations(id, { first, after, fromYear, toYear }) {
  const data = await graphql(`query Relations($id: ID!, $first: Int, $after: String, $fromYear: Int, $toYear: Int) {
      entity(id: $id) { ${ENTITY_FIELDS}
        relations(first: $first, after: $after, fromYear: $fromYear, toYear: $toYear) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id type direction title status other { ${ENTITY_FIELDS} } ${FACT_FIELDS} } } } } }`,
  { id, first, after, fromYear, toYear });
  return data.entity;
}

/** The panel lists this many carriers and ties; between two busy regions there can be thousands. */
export const CARRIERS_SHOWN = 30;
export const TIES_SHOWN = 15;

const CARRIAGE_FIELDS = `entity { ${'id name type kind'} } direct relation outgoing role firstYear lastYear
  time { date from until precision inferred } evidence { reference excerpt source { id title published } }`;

export async function connections(from, to, { relationTypes, fromYear, toYear, first = 25, maxHops = 4 }) {
  const data = await graphql(`query Connect($from: String!, $to: String!, $first: Int, $maxHops: Int,
        $relationTypes: [String!], $fromYear: Int, $toYear: Int) {
      connections(from: $from, to: $to, first: $first, maxHops: $maxHops, relationTypes: $relationTypes,
                  fromYear: $fromYear, toYear: $toYear) {
        from { ${ENTITY_FIELDS} }
        to { ${ENTITY_FIELDS} }
        totalPaths
        connectorCount
        carrierCount
        carriers(first: ${CARRIERS_SHOWN}) { side score firstYear lastYear sources paths entity { ${ENTITY_FIELDS} }
          through { ${CARRIAGE_FIELDS} } }
        ties(first: ${TIES_SHOWN}) { score firstYear lastYear paths entity { ${ENTITY_FIELDS} } carriers { id name } }
        paths { length score steps {
          from { ${ENTITY_FIELDS} } relation to { ${ENTITY_FIELDS} } forward fromName toName ${FACT_FIELDS} } } } }`,
  { from, to, first, maxHops, relationTypes, fromYear, toYear });
  return data.connections;
}

/** The server returns at most this many timeline items; the view says when there were more. */
export const TIMELINE_ITEMS = 300;
/** The server takes at most this many entities per timeline. */
export const TIMELINE_IDS = 100;

/** The dated facts, statements and names of these entities (and with `within` what lies in them), earliest first. */
export async function timeline(ids, { within = false, fromYear, toYear }) {
  const data = await graphql(`query Timeline($ids: [ID!]!, $within: Boolean, $fromYear: Int, $toYear: Int, $first: Int) {
      timeline(ids: $ids, within: $within, fromYear: $fromYear, toYear: $toYear, first: $first) {
        totalCount
        items { id kind relation name role start end precision inferred stated
          from { ${ENTITY_FIELDS} } to { ${ENTITY_FIELDS} }
          time { date from until precision inferred }
          evidence { reference excerpt source { id title published } } } } }`,
  { ids: ids.slice(0, TIMELINE_IDS), within, fromYear, toYear, first: TIMELINE_ITEMS });
  return data.timeline;
}

/** A batch of many aliases in one request stays well inside the server's query complexity limit. */
const GEO_BATCH = 40;
const GEO_PLACE = 'id name latitude longitude';

/**
 * Where each entity is on a map: a place's own coordinates, and for a place or an organisation the places
 * it lies in (innermost first). Other types have no location; ids the server no longer knows come back null.
 */
export async function geography(ids) {
  const found = new Map();
  for (let i = 0; i < ids.length; i += GEO_BATCH) {
    const batch = ids.slice(i, i + GEO_BATCH);
    const params = batch.map((_, j) => `$id${j}: ID!`).join(', ');
    const fields = batch.map((_, j) => `e${j}: entity(id: $id${j}) { id type
        ... on Place { latitude longitude locatedIn { ${GEO_PLACE} } }
        ... on Organisation { locatedIn { ${GEO_PLACE} } } }`).join('\n');
    const variables = Object.fromEntries(batch.map((id, j) => [`id${j}`, id]));
    const data = await graphql(`query Geography(${params}) { ${fields} }`, variables);
    batch.forEach((id, j) => found.set(id, data[`e${j}`] || null));
  }
  return found;
}

// Hand-written geography: the places no reference dataset gives. Every other place (the countries, subdivisions,
// NUTS regions, kommuner and cities, the seed places among them) is loaded after the migrations from
// src/main/resources/geography/*.csv, citing its dataset (se.samverkan.geography). These three stay reference data
// without a source: their facts carry `reference: true`, as all reference geography did before the datasets.

UNWIND [
  {id: 'place:sydost',        labels: ['Place', 'Region'],  props: {name: 'Sydost',       kind: 'area', description: 'South-east Sweden (Blekinge, Kalmar and Kronoberg).'}, aliases: ['Sydostregionen', 'South-east Sweden']},
  {id: 'place:baltic-sea-region', labels: ['Place', 'Region'], props: {name: 'Baltic Sea region', kind: 'macro-region', description: 'The countries around the Baltic Sea.'}, aliases: ['Östersjön', 'Östersjöregionen', 'Central Baltic', 'South Baltic', 'södra Östersjön']},
  {id: 'place:pangyo',        labels: ['Place', 'City'],    props: {name: 'Pangyo',       kind: 'district', description: 'Pangyo Techno Valley in Seongnam.'}, aliases: ['판교']}
] AS e
MERGE (n:Entity {id: e.id})
SET n:$(e.labels), n += e.props,
    n.aliases = coalesce(n.aliases, []) + [a IN e.aliases WHERE NOT a IN coalesce(n.aliases, [])];

// The seed places and the places the hand-written ones lie in come from the datasets, loaded after the migrations:
// here they get their id, label, name and kind only, so that a store the migrations alone made (an initial load,
// until the application starts) is consistent. The loader completes them; an existing node is left as it is.
UNWIND [
  ['place:sweden', 'Country', 'Sweden', 'country'], ['place:china', 'Country', 'China', 'country'],
  ['place:estonia', 'Country', 'Estonia', 'country'], ['place:finland', 'Country', 'Finland', 'country'],
  ['place:south-korea', 'Country', 'South Korea', 'country'], ['place:botswana', 'Country', 'Botswana', 'country'],
  ['place:france', 'Country', 'France', 'country'],
  ['place:dalarna', 'Region', 'Dalarna', 'region'], ['place:vastmanland', 'Region', 'Västmanland', 'region'],
  ['place:blekinge', 'Region', 'Blekinge län', 'region'], ['place:kalmar-lan', 'Region', 'Kalmar län', 'region'],
  ['place:hubei', 'Region', 'Hubei', 'region'], ['place:shandong', 'Region', 'Shandong', 'region'],
  ['place:tartu-county', 'Region', 'Tartu County', 'region'], ['place:gyeonggi', 'Region', 'Gyeonggi', 'region'],
  ['place:borlange', 'City', 'Borlänge', 'city'], ['place:falun', 'City', 'Falun', 'city'],
  ['place:vasteras', 'City', 'Västerås', 'city'], ['place:wuhan', 'City', 'Wuhan', 'city'],
  ['place:zibo', 'City', 'Zibo', 'city'], ['place:tartu', 'City', 'Tartu', 'city'],
  ['place:city:kr:seongnam-si', 'City', 'Seongnam-si', 'city']
] AS p
MERGE (n:Entity {id: p[0]})
ON CREATE SET n:$(['Place', p[1]]), n.name = p[2], n.kind = p[3], n.aliases = [];

UNWIND [['place:sydost', 'place:sweden'], ['place:pangyo', 'place:city:kr:seongnam-si']] AS pair
MATCH (inner:Entity {id: pair[0]})
MATCH (outer:Entity {id: pair[1]})
MERGE (inner)-[r:LOCATED_IN {reference: true}]->(outer);

// Stores made before the datasets: the hand-written containment of the seed places, which the datasets now give
// (Borlänge lies in Borlänge kommun, no longer directly in Dalarna), and Pangyo directly in Gyeonggi.
UNWIND [
  ['place:dalarna', 'place:sweden'], ['place:vastmanland', 'place:sweden'],
  ['place:blekinge', 'place:sweden'], ['place:kalmar-lan', 'place:sweden'],
  ['place:hubei', 'place:china'], ['place:shandong', 'place:china'],
  ['place:tartu-county', 'place:estonia'], ['place:gyeonggi', 'place:south-korea'],
  ['place:borlange', 'place:dalarna'], ['place:falun', 'place:dalarna'], ['place:vasteras', 'place:vastmanland'],
  ['place:wuhan', 'place:hubei'], ['place:zibo', 'place:shandong'], ['place:tartu', 'place:tartu-county'],
  ['place:pangyo', 'place:gyeonggi']
] AS pair
MATCH (:Entity {id: pair[0]})-[r:LOCATED_IN]->(:Entity {id: pair[1]})
WHERE r.reference = true AND r.source IS NULL
DELETE r;

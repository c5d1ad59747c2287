// Geography reference data: countries, regions and cities and what contains what.
// These facts are not taken from a press text; they carry `reference: true` instead of a source,
// so that answers can tell reference data apart from what a document states.
// Every node here is an :Entity:Place with a `kind` (country, region, city, area).

UNWIND [
  {id: 'place:sweden',        labels: ['Place', 'Country'], props: {name: 'Sweden',       kind: 'country'}, aliases: ['Sverige']},
  {id: 'place:china',         labels: ['Place', 'Country'], props: {name: 'China',        kind: 'country'}, aliases: ['Kina', '中国']},
  {id: 'place:estonia',       labels: ['Place', 'Country'], props: {name: 'Estonia',      kind: 'country'}, aliases: ['Estland', 'Eesti']},
  {id: 'place:finland',       labels: ['Place', 'Country'], props: {name: 'Finland',      kind: 'country'}, aliases: ['Suomi']},
  {id: 'place:south-korea',   labels: ['Place', 'Country'], props: {name: 'South Korea',  kind: 'country'}, aliases: ['Sydkorea', '대한민국']},
  {id: 'place:botswana',      labels: ['Place', 'Country'], props: {name: 'Botswana',     kind: 'country'}, aliases: []},
  {id: 'place:france',        labels: ['Place', 'Country'], props: {name: 'France',       kind: 'country'}, aliases: ['Frankrike']},

  {id: 'place:dalarna',       labels: ['Place', 'Region'],  props: {name: 'Dalarna',      kind: 'region'}, aliases: ['Dalarnas län', 'Dalecarlia']},
  {id: 'place:vastmanland',   labels: ['Place', 'Region'],  props: {name: 'Västmanland',  kind: 'region'}, aliases: ['Västmanlands län']},
  {id: 'place:blekinge',      labels: ['Place', 'Region'],  props: {name: 'Blekinge län', kind: 'region'}, aliases: ['Blekinge']},
  {id: 'place:kalmar-lan',    labels: ['Place', 'Region'],  props: {name: 'Kalmar län',   kind: 'region'}, aliases: ['Kalmar county']},
  {id: 'place:sydost',        labels: ['Place', 'Region'],  props: {name: 'Sydost',       kind: 'area', description: 'South-east Sweden (Blekinge, Kalmar and Kronoberg).'}, aliases: ['Sydostregionen', 'South-east Sweden']},
  {id: 'place:hubei',         labels: ['Place', 'Region'],  props: {name: 'Hubei',        kind: 'region'}, aliases: ['Hubei Province', 'Hubeiprovinsen', '湖北', '湖北省']},
  {id: 'place:shandong',      labels: ['Place', 'Region'],  props: {name: 'Shandong',     kind: 'region'}, aliases: ['Shandong Province', '山东', '山东省']},
  {id: 'place:tartu-county',  labels: ['Place', 'Region'],  props: {name: 'Tartu County', kind: 'region'}, aliases: ['Tartumaa', 'Tartu maakond']},
  {id: 'place:gyeonggi',      labels: ['Place', 'Region'],  props: {name: 'Gyeonggi',     kind: 'region'}, aliases: ['Gyeonggi Province', '경기도']},
  {id: 'place:baltic-sea-region', labels: ['Place', 'Region'], props: {name: 'Baltic Sea region', kind: 'macro-region', description: 'The countries around the Baltic Sea.'}, aliases: ['Östersjön', 'Östersjöregionen', 'Central Baltic', 'South Baltic', 'södra Östersjön']},

  {id: 'place:borlange',      labels: ['Place', 'City'],    props: {name: 'Borlänge',     kind: 'city'}, aliases: []},
  {id: 'place:falun',         labels: ['Place', 'City'],    props: {name: 'Falun',        kind: 'city'}, aliases: []},
  {id: 'place:vasteras',      labels: ['Place', 'City'],    props: {name: 'Västerås',     kind: 'city'}, aliases: []},
  {id: 'place:wuhan',         labels: ['Place', 'City'],    props: {name: 'Wuhan',        kind: 'city'}, aliases: ['武汉', '武汉市']},
  {id: 'place:zibo',          labels: ['Place', 'City'],    props: {name: 'Zibo',         kind: 'city'}, aliases: ['淄博', '淄博市']},
  {id: 'place:tartu',         labels: ['Place', 'City'],    props: {name: 'Tartu',        kind: 'city'}, aliases: ['Dorpat']},
  {id: 'place:pangyo',        labels: ['Place', 'City'],    props: {name: 'Pangyo',       kind: 'district', description: 'Pangyo Techno Valley in Seongnam.'}, aliases: ['판교']}
] AS e
MERGE (n:Entity {id: e.id})
SET n:$(e.labels), n += e.props,
    n.aliases = coalesce(n.aliases, []) + [a IN e.aliases WHERE NOT a IN coalesce(n.aliases, [])];

UNWIND [
  ['place:dalarna', 'place:sweden'], ['place:vastmanland', 'place:sweden'],
  ['place:blekinge', 'place:sweden'], ['place:kalmar-lan', 'place:sweden'], ['place:sydost', 'place:sweden'],
  ['place:hubei', 'place:china'], ['place:shandong', 'place:china'],
  ['place:tartu-county', 'place:estonia'], ['place:gyeonggi', 'place:south-korea'],
  ['place:borlange', 'place:dalarna'], ['place:falun', 'place:dalarna'], ['place:vasteras', 'place:vastmanland'],
  ['place:wuhan', 'place:hubei'], ['place:zibo', 'place:shandong'], ['place:tartu', 'place:tartu-county'],
  ['place:pangyo', 'place:gyeonggi']
] AS pair
MATCH (inner:Entity {id: pair[0]})
MATCH (outer:Entity {id: pair[1]})
MERGE (inner)-[r:LOCATED_IN {reference: true}]->(outer);

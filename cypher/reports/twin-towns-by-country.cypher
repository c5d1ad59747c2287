// @name twin-towns-by-country
// @title Swedish municipalities twinned with cities of a country
// @description Friendship-city agreements between a Swedish municipality (the kommun as an organisation) and a city, region or organisation located in the country given, with the sources that state them. Parties a newer version of a dataset no longer states are left out.
// @param country: Place = China -- the country, by id or name (cypher-shell: an id, e.g. place:china)
//
// cypher-shell:  :param country => 'place:china'

MATCH (country:Place {id: $country})
MATCH (kommun:Organisation {kind: 'municipality'})-[own:PARTY_TO]->(a:Agreement {kind: 'friendship city'})
      <-[other:PARTY_TO]-(twin:Entity)
WHERE (twin:Place OR twin:Organisation) AND twin <> kommun
  AND own.noLongerStated IS NULL AND other.noLongerStated IS NULL
  AND EXISTS { (kommun)-[:LOCATED_IN*1..12]->(:Place {id: 'place:sweden'}) }
  AND EXISTS { (twin)-[:LOCATED_IN*0..12]->(country) }
  AND NOT EXISTS { (twin)-[:LOCATED_IN*0..12]->(:Place {id: 'place:sweden'}) }
RETURN DISTINCT kommun.name AS municipality, kommun.id AS municipalityId, twin.name AS twin, twin.id AS twinId,
       a.name AS agreement, a.id AS agreementId,
       COLLECT { MATCH (:Entity)-[r:PARTY_TO]->(a) WHERE r.source IS NOT NULL AND r.noLongerStated IS NULL
                 RETURN DISTINCT r.source AS s ORDER BY s } AS source
ORDER BY municipality, twin, agreement;

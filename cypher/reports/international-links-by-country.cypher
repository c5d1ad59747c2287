// @name international-links-by-country
// @title International links by country
// @description For a region, the links of partners-of-region counted per partner country, other than the region's own country: how many links, how many distinct partners, and the source documents. Links to partners without a recorded country (such as the Baltic Sea region) are not counted.
// @param region: Place = Dalarna -- the region, by id or name (cypher-shell: an id, e.g. place:dalarna)
// @chart label=country value=links
//
// The links are those of partners-of-region.cypher (same definition, repeated so that each file
// runs on its own in cypher-shell).
// cypher-shell:  :param region => 'place:dalarna'

MATCH (region:Place {id: $region})
MATCH (local:Entity)-[:LOCATED_IN*0..12]->(region)
WHERE local:Organisation OR local:Place
WITH DISTINCT region, local
CALL (region, local) {
  MATCH (local)-[r]-(partner:Entity)
  WHERE r.source IS NOT NULL AND type(r) <> 'LOCATED_IN'
  RETURN partner, [r.source] AS source
  UNION ALL
  MATCH (local)-[r1]-(x:Entity)-[r2]-(partner:Entity)
  WHERE (x:Agreement OR x:Project OR x:Event)
    AND r1.source IS NOT NULL AND r2.source IS NOT NULL
  RETURN partner, [r1.source, r2.source] AS source
}
WITH region, partner, source
WHERE (partner:Organisation OR partner:Place)
  AND NOT EXISTS { (partner)-[:LOCATED_IN*0..12]->(region) }
  AND NOT EXISTS { (region)-[:LOCATED_IN*0..12]->(partner) }
WITH region, partner, source,
     head(COLLECT { MATCH p = (partner)-[:LOCATED_IN*0..12]->(c:Country) RETURN c ORDER BY length(p), c.name }) AS country
WHERE country IS NOT NULL AND NOT EXISTS { (region)-[:LOCATED_IN*0..12]->(country) }
WITH country.name AS country, partner, source
WITH country, count(*) AS links, count(DISTINCT partner) AS partners, collect(source) AS sourceLists
RETURN country, links, partners,
       COLLECT { UNWIND sourceLists AS l UNWIND l AS s RETURN DISTINCT s ORDER BY s } AS source
ORDER BY links DESC, country;

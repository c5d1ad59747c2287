MATCH (region:Place {id: $region})
MATCH (local:Entity)-[:LOCATED_IN*0..12]->(region)
WHERE local:Organisation OR local:Place
WITH DISTINCT region, local
CALL (region, local) {
  MATCH (local)-[r]-(partner:Entity)
  WHERE r.source IS NOT NULL AND type(r) <> 'LOCATED_IN'
  RETURN partner, type(r) AS relation, null AS via,
         coalesce(r.date, r.from) AS date, [r.source] AS source
  UNION ALL
  MATCH (local)-[r1]-(x:Entity)-[r2]-(partner:Entity)
  WHERE (x:Agreement OR x:Project OR x:Event)
    AND r1.source IS NOT NULL AND r2.source IS NOT NULL
  RETURN partner, type(r1) + ' / ' + type(r2) AS relation, x.name AS via,
         coalesce(r2.date, r2.from, r1.date, r1.from, x.date, x.from, x.signed, x.renewed) AS date,
         CASE WHEN r1.source = r2.source THEN [r1.source] ELSE [r1.source, r2.source] END AS source
}
WITH region, local, partner, relation, via, date, source
WHERE (partner:Organisation OR partner:Place)
  AND NOT EXISTS { (partner)-[:LOCATED_IN*0..12]->(region) }
  AND NOT EXISTS { (region)-[:LOCATED_IN*0..12]->(partner) }
  AND EXISTS { (partner)-[:LOCATED_IN*0..12]->(:Place) }
WITH local, partner, relation, via, date, source,
     head(COLLECT { MATCH p = (partner)-[:LOCATED_IN*0..12]->(r:Region) RETURN r.name ORDER BY length(p), r.name }) AS partnerRegion,
     head(COLLECT { MATCH p = (partner)-[:LOCATED_IN*0..12]->(c:Country) RETURN c.name ORDER BY length(p), c.name }) AS partnerCountry
RETURN partner.name AS partner, partner.id AS partnerId, partnerRegion, partnerCountry,
       local.name AS localParty, relation, via, date, source
ORDER BY partnerCountry, partnerRegion, partner, date, localParty, relation, via

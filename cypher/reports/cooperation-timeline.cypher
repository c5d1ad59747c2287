// @name cooperation-timeline
// @title Cooperation timeline between two regions
// @description The facts linking an organisation or place in one region to one in the other, directly or through a shared agreement, project or event, in date order; undated facts follow at the end. Each row names both sides, the relation and the source documents.
// @param regionA: Place = Dalarna -- the first region, by id or name (cypher-shell: an id)
// @param regionB: Place = Hubei -- the second region, by id or name (cypher-shell: an id)
//
// cypher-shell:  :param regionA => 'place:dalarna'
//                :param regionB => 'place:hubei'

MATCH (regionA:Place {id: $regionA}), (regionB:Place {id: $regionB})
MATCH (a:Entity)-[:LOCATED_IN*0..12]->(regionA)
WHERE (a:Organisation OR a:Place) AND NOT EXISTS { (a)-[:LOCATED_IN*0..12]->(regionB) }
WITH DISTINCT regionA, regionB, a
CALL (a) {
  MATCH (a)-[r]-(b:Entity)
  WHERE r.source IS NOT NULL AND type(r) <> 'LOCATED_IN'
  RETURN b, type(r) AS relation, null AS via, coalesce(r.date, r.from) AS date,
         [r.source] AS source, r.excerpt AS excerpt
  UNION ALL
  MATCH (a)-[r1]-(x:Entity)-[r2]-(b:Entity)
  WHERE (x:Agreement OR x:Project OR x:Event)
    AND r1.source IS NOT NULL AND r2.source IS NOT NULL
  RETURN b, type(r1) + ' / ' + type(r2) AS relation, x.name AS via,
         coalesce(r2.date, r2.from, r1.date, r1.from, x.date, x.from, x.signed, x.renewed) AS date,
         CASE WHEN r1.source = r2.source THEN [r1.source] ELSE [r1.source, r2.source] END AS source,
         r2.excerpt AS excerpt
}
WITH regionA, regionB, a, b, relation, via, date, source, excerpt
WHERE (b:Organisation OR b:Place)
  AND EXISTS { (b)-[:LOCATED_IN*0..12]->(regionB) }
  AND NOT EXISTS { (b)-[:LOCATED_IN*0..12]->(regionA) }
RETURN date, a.name AS partyA, relation, via, b.name AS partyB, source, excerpt
ORDER BY date IS NULL, date, partyA, via, partyB, relation;

// @name agreements-by-region
// @title Agreements by region and period
// @description Agreements with a party (or an organisation involved) located in the region, whose dates (valid from/until, signed, renewed) overlap the years given. Undated agreements drop out when a year is given.
// @param region: Place = Dalarna -- the region, by id or name (cypher-shell: an id, e.g. place:dalarna)
// @param fromYear: Int? -- first year of the period (none: no lower bound)
// @param toYear: Int? -- last year of the period (none: no upper bound)
//
// cypher-shell:  :param region => 'place:dalarna'
//                :param fromYear => null
//                :param toYear => null

MATCH (region:Place {id: $region})
MATCH (a:Agreement)<-[:PARTY_TO|INVOLVED_IN]-(:Entity)-[:LOCATED_IN*0..12]->(region)
WITH DISTINCT a,
     toInteger(left(coalesce(a.validFrom, a.signed, a.renewed), 4)) AS startYear,
     toInteger(left(coalesce(a.validUntil, a.renewed, a.signed), 4)) AS endYear
WHERE ($fromYear IS NULL AND $toYear IS NULL)
   OR (startYear IS NOT NULL
       AND ($fromYear IS NULL OR endYear >= $fromYear)
       AND ($toYear IS NULL OR startYear <= $toYear))
RETURN a.name AS agreement, a.id AS agreementId, a.kind AS kind, a.status AS status,
       a.signed AS signed, a.renewed AS renewed,
       COLLECT { MATCH (p:Entity)-[:PARTY_TO]->(a) RETURN DISTINCT p.name AS n ORDER BY n } AS parties,
       COLLECT { MATCH (p:Entity)-[:INVOLVED_IN]->(a) RETURN DISTINCT p.name AS n ORDER BY n } AS involved,
       COLLECT { MATCH (:Entity)-[r:PARTY_TO|INVOLVED_IN]->(a) WHERE r.source IS NOT NULL
                 RETURN DISTINCT r.source AS s ORDER BY s } AS source
ORDER BY coalesce(a.signed, a.renewed, a.validFrom), agreement;

// @name projects-by-programme
// @title Projects by programme
// @description Projects with their programme, period, partners and their roles (organisations and places that are partners in, run, fund or take part in the project), topics and sources. Without a programme: every project, those outside any programme last.
// @param programme: Programme? -- the programme, by id or name (none: all projects)
//
// cypher-shell:  :param programme => 'programme:interreg-central-baltic'   (or null)

MATCH (project:Project)
OPTIONAL MATCH (project)-[po:PART_OF]->(programme:Programme)
WITH project, programme, po
WHERE $programme IS NULL OR programme.id = $programme
RETURN programme.name AS programme, project.name AS project, project.id AS projectId,
       project.from AS from, project.until AS until,
       COLLECT { MATCH (p:Entity)-[r:PARTNER_IN|RUNS|FUNDED|PARTICIPATED_IN]->(project)
                 WHERE p:Organisation OR p:Place
                 RETURN DISTINCT p.name + ' (' + coalesce(r.role, toLower(replace(type(r), '_', ' '))) + ')' AS partner
                 ORDER BY partner } AS partners,
       COLLECT { MATCH (project)-[:ABOUT]->(t:Topic) RETURN DISTINCT t.name AS topic ORDER BY topic } AS topics,
       COLLECT { MATCH (project)-[r]-(:Entity) WHERE r.source IS NOT NULL
                 RETURN DISTINCT r.source AS s ORDER BY s } AS source
ORDER BY programme IS NULL, programme, project;

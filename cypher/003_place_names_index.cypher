// The fulltext index also covers `otherNames`: a reference place's names in other languages and its codes
// (Estland, 湖北省, SE312, SE-W, 2081), which search ranks below a name or alias. Recreated once per store.
DROP INDEX entity_names IF EXISTS;

CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases, n.otherNames]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

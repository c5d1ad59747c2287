// Search and lookup indexes. Schema statements only: each runs in its own transaction.

// Fulltext over current names and every former name or alias. The folding analyzer strips
// diacritics so that "borlange" finds Borlänge and "ostersjon" finds Östersjön.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Listings filter and sort by type-specific label plus name; keyset pagination walks (name, id).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// No query can use an index on kind: listings compare toLower(n.kind), which no index serves. It cost every
// write and had to populate after every load (figures: docs/performance-notes.md). Stores made before
// lose it here.
DROP INDEX entity_kind IF EXISTS;

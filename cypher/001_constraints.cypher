// Uniqueness constraints (each also backs a range index).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT migration_file IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.file IS UNIQUE;

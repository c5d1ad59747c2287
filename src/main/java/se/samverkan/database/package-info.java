/**
 * The database: embedded Neo4j lifecycle (or an external server), driver logging, and the Cypher migrations of
 * {@code cypher/}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package se.samverkan.database;

import org.springframework.modulith.ApplicationModule;

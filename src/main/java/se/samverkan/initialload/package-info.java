/**
 * The offline initial load of an empty store with Neo4j's batch importer: the only code on Neo4j internals, behind
 * {@link se.samverkan.initialload.OfflineInitialLoad} and {@code import --initial}.
 */
@ApplicationModule(allowedDependencies = {"curation", "transfer", "database", "shared"})
package se.samverkan.initialload;

import org.springframework.modulith.ApplicationModule;

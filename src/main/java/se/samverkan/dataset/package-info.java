/**
 * Dataset connectors: one class per public dataset format (Interreg partners, twin towns) turns a file's rows into
 * incoming entities and facts; the import resolves the entities ({@code resolution.EntityMatching}), writes
 * everything citing the dataset as a {@code Source} in one transaction, marks what a newer version no longer states,
 * and keeps a manifest of each run. {@code import-dataset} on the command line, {@code POST /import?format=…}.
 */
@ApplicationModule(allowedDependencies = {"curation", "entity", "resolution", "search", "shared"})
package se.samverkan.dataset;

import org.springframework.modulith.ApplicationModule;

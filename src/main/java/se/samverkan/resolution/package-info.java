/**
 * Resolving what a client names, an id or a name, to exactly one entity; used by every feature that takes an entity
 * argument.
 */
@ApplicationModule(allowedDependencies = {"entity", "search", "shared"})
package se.samverkan.resolution;

import org.springframework.modulith.ApplicationModule;

/**
 * Resolving what a client names, an id or a name, to exactly one entity; used by every feature that takes an entity
 * argument. And entity resolution for dataset imports: matching rules, judgements and the review queue's items.
 */
@ApplicationModule(allowedDependencies = {"entity", "search", "shared"})
package se.samverkan.resolution;

import org.springframework.modulith.ApplicationModule;

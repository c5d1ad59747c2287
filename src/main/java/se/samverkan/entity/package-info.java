/**
 * Entities of every type, their facts with evidence, pages and cursors, and the GraphQL wiring of the {@code
 * Entity} types.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package se.samverkan.entity;

import org.springframework.modulith.ApplicationModule;

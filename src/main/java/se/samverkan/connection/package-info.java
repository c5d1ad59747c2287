/**
 * "Who connects A to B?": region-aware paths between two entities, their carriers and evidence; and "when?": the
 * timeline of a few entities' dated facts.
 */
@ApplicationModule(allowedDependencies = {"entity", "search", "resolution", "database", "shared"})
package se.samverkan.connection;

import org.springframework.modulith.ApplicationModule;

/** "Who connects A to B?": region-aware paths between two entities, their carriers and evidence. */
@ApplicationModule(allowedDependencies = {"entity", "search", "resolution", "database", "shared"})
package se.samverkan.connection;

import org.springframework.modulith.ApplicationModule;

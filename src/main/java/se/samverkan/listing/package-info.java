/** Researchers' listings of each entity type, filtered and keyset-paginated. */
@ApplicationModule(allowedDependencies = {"entity", "search", "resolution", "shared"})
package se.samverkan.listing;

import org.springframework.modulith.ApplicationModule;

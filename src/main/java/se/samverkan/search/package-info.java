/** Fulltext search over names and aliases. */
@ApplicationModule(allowedDependencies = {"entity", "shared"})
package se.samverkan.search;

import org.springframework.modulith.ApplicationModule;

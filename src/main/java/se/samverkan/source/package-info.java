/** The source documents behind every fact, and the evidence fields that point at them. */
@ApplicationModule(allowedDependencies = {"entity", "shared"})
package se.samverkan.source;

import org.springframework.modulith.ApplicationModule;

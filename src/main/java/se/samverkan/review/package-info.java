/**
 * The review queue for curators: the candidate matches entity resolution was unsure of, accepting (a merge by
 * curation's rules), rejecting or re-pointing them, and undoing a merge made by resolution or by a curator.
 */
@ApplicationModule(allowedDependencies = {"resolution", "curation", "entity", "shared"})
package se.samverkan.review;

import org.springframework.modulith.ApplicationModule;

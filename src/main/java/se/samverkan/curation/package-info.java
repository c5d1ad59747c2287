/**
 * Curation rules: authorised mutations, validation, the vocabulary, merge, retraction, and the one-transaction
 * write every mutation and import ends in.
 */
@ApplicationModule(allowedDependencies = {"entity", "shared"})
package se.samverkan.curation;

import org.springframework.modulith.ApplicationModule;

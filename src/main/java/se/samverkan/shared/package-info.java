/**
 * The small vocabulary every room may use: the client-error types, read-only transactions and the typed {@code
 * samverkan.*} settings.
 */
@ApplicationModule(allowedDependencies = {})
package se.samverkan.shared;

import org.springframework.modulith.ApplicationModule;

/**
 * GraphQL wiring: schema and runtime set-up, query limits, error mapping, the parsed-document cache, the HTTP
 * handler and {@code meta}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package se.samverkan.graphql;

import org.springframework.modulith.ApplicationModule;

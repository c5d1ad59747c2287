/**
 * Reference geography: the countries, subdivisions, NUTS regions, kommuner and cities shipped in {@code
 * geography/*.csv}, loaded at start-up as places citing their datasets, and the GraphQL fields of a place's codes,
 * coordinates and names by language.
 */
@ApplicationModule(allowedDependencies = {"entity", "search", "database", "shared"})
package se.samverkan.geography;

import org.springframework.modulith.ApplicationModule;

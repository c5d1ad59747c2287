/**
 * Saved, parameterised report queries ({@code cypher/reports/*.cypher}) run and exported as xlsx, CSV, JSON, HTML and
 * from the command line.
 */
@ApplicationModule(allowedDependencies = {"entity", "resolution", "database", "shared"})
package se.samverkan.report;

import org.springframework.modulith.ApplicationModule;

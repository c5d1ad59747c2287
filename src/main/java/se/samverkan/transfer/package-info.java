/**
 * Bulk transfer: reading import files (CSV, JSON), the all-or-nothing import, the full export, the HTTP upload and
 * the {@code import}/{@code export} commands.
 */
@ApplicationModule(allowedDependencies = {"curation", "entity", "geography", "shared"})
package se.samverkan.transfer;

import org.springframework.modulith.ApplicationModule;

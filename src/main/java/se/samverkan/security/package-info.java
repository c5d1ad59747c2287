/**
 * Who may write: Spring Security with one credential, the curator's bearer token. Reading stays public;
 * {@code POST /import} and every GraphQL mutation ({@code @PreAuthorize}) need the curator role.
 */
@ApplicationModule(allowedDependencies = {})
package se.samverkan.security;

import org.springframework.modulith.ApplicationModule;

/**
 * Who may write: Spring Security with one credential, the curator's bearer token. Reading stays public;
 * {@code POST /import} and every GraphQL mutation ({@code @PreAuthorize}) need the curator role. And what a
 * client may not do to the server: hold a thread by sending its request body slowly.
 */
@ApplicationModule(allowedDependencies = {})
package se.samverkan.security;

import org.springframework.modulith.ApplicationModule;

package se.samverkan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param curatorToken the bearer token every write must present (env {@code SAMVERKAN_CURATOR_TOKEN});
 *                     when empty, nobody is a curator and every write is refused rather than open to anyone
 */
@ConfigurationProperties(prefix = "samverkan.security")
record SecurityProperties(String curatorToken) {
}

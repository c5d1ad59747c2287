package se.samverkan.geography;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reference geography (prefix {@code samverkan.geography}).
 *
 * @param location where {@code sources.csv}, {@code places.csv} and {@code containment.csv} are, as a Spring
 *                 resource location ending in {@code /}
 */
@ConfigurationProperties(prefix = "samverkan.geography")
public record GeographyProperties(@DefaultValue("classpath:geography/") String location) {
}

package se.samverkan.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How long a request body may take to arrive (prefix {@code samverkan.http.body}), in the manner of Apache's
 * mod_reqtimeout: {@code timeout} at first, and one second more for every {@code minRate} bytes received, so
 * that a large body on a slow line arrives while one trickled a byte at a time is cut off.
 *
 * @param timeout the time for a body's first part, counted from the start of the request
 * @param minRate the bytes per second that extend it; 0 extends nothing
 */
@ConfigurationProperties(prefix = "samverkan.http.body")
public record RequestBodyProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("1KB") DataSize minRate) {
}

package se.samverkan.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of one GraphQL request (prefix {@code samverkan.graphql}).
 *
 * @param maxDepth          deepest operation accepted (levels of fields)
 * @param maxComplexity     costliest operation accepted: one unit per field, a field's {@code @cost} weight where
 *                          the schema declares one
 * @param documentCacheSize parsed documents kept for clients that send the same text again
 * @param requestTimeout    database time one request may use in all; unset: {@code samverkan.query-timeout}
 */
@ConfigurationProperties(prefix = "samverkan.graphql")
record GraphQlProperties(
        @DefaultValue("12") int maxDepth,
        @DefaultValue("2000") int maxComplexity,
        @DefaultValue("500") int documentCacheSize,
        Duration requestTimeout) {

    Duration requestTimeoutOr(Duration queryTimeout) {
        return requestTimeout == null ? queryTimeout : requestTimeout;
    }
}

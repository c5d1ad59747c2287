package se.samverkan.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of reports (prefix {@code samverkan.reports}); the query timeout is {@code samverkan.query-timeout}.
 *
 * @param maxRows       most rows one export holds; an export that reaches it says so (it is never cut silently)
 * @param maxConcurrent report queries that run at once, the rest wait their turn; 0 = one per processor
 * @param queueTimeout  how long a report waits for its turn before it is refused as busy
 */
@ConfigurationProperties(prefix = "samverkan.reports")
record ReportProperties(@DefaultValue("" + ReportQueries.DEFAULT_MAX_ROWS) int maxRows,
        @DefaultValue("0") int maxConcurrent, @DefaultValue("60s") Duration queueTimeout) {

    ReportProperties {
        if (maxRows < 1) {
            throw new IllegalArgumentException("samverkan.reports.max-rows must be at least 1, not " + maxRows);
        }
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException(
                    "samverkan.reports.max-concurrent must be 0 (one per processor) or more, not " + maxConcurrent);
        }
        if (queueTimeout.isNegative()) {
            throw new IllegalArgumentException("samverkan.reports.queue-timeout must not be negative, not " + queueTimeout);
        }
    }
}

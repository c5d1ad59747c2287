package se.samverkan.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of reports (prefix {@code samverkan.reports}); the query timeout is {@code samverkan.query-timeout}.
 *
 * @param maxRows most rows one export holds; an export that reaches it says so (it is never cut silently)
 */
@ConfigurationProperties(prefix = "samverkan.reports")
record ReportProperties(@DefaultValue("" + ReportQueries.DEFAULT_MAX_ROWS) int maxRows) {
}

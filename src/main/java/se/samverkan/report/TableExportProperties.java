package se.samverkan.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of {@code POST /exports/table.xlsx}, which turns a table the explorer shows into a workbook for anyone
 * (prefix {@code samverkan.table-export}).
 *
 * @param maxBody the largest request body read; a larger one is refused before it is parsed
 * @param maxRows the most rows one table holds
 */
@ConfigurationProperties(prefix = "samverkan.table-export")
record TableExportProperties(@DefaultValue("8MB") DataSize maxBody, @DefaultValue("20000") int maxRows) {

    TableExportProperties {
        if (maxBody.toBytes() < 1) {
            throw new IllegalArgumentException("samverkan.table-export.max-body must be positive, not " + maxBody);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("samverkan.table-export.max-rows must be at least 1, not " + maxRows);
        }
    }
}

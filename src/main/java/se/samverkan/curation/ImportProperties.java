package se.samverkan.curation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and tuning of writes (prefix {@code samverkan.import}).
 *
 * @param maxFileSize        largest import file accepted (CLI and upload)
 * @param maxRows            most records in one import (all files together)
 * @param maxFieldLength     longest single value (a name, an excerpt, a description), in characters
 * @param batchSize          records per write statement (UNWIND batch)
 * @param maxReportedProblems how many problems an invalid import lists (the total is always given)
 * @param transactionTimeout timeout of the one transaction an import runs in (the query timeout is for reads)
 */
@ConfigurationProperties(prefix = "samverkan.import")
public record ImportProperties(
        @DefaultValue("512MB") DataSize maxFileSize,
        @DefaultValue("5000000") int maxRows,
        @DefaultValue("4000") int maxFieldLength,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("1000") int maxReportedProblems,
        @DefaultValue("2h") Duration transactionTimeout) {
}

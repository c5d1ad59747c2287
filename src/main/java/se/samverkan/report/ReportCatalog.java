package se.samverkan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import se.samverkan.shared.NotFoundException;

/**
 * Every report packaged under {@code cypher/reports/}: adding a report is adding a file. Start-up
 * migrations read only {@code cypher/*.cypher} (not recursive), so reports are never applied as migrations.
 * A malformed report file stops start-up with a message naming it.
 */
@Component
class ReportCatalog {

    static final String LOCATION = "classpath*:cypher/reports/*.cypher";

    private final Map<String, ReportDefinition> reports;

    ReportCatalog() {
        this.reports = load();
    }

    Collection<ReportDefinition> all() {
        return reports.values();
    }

    ReportDefinition get(String name) {
        ReportDefinition report = reports.get(name);
        if (report == null) {
            throw new NotFoundException("No report named '" + name + "'; available: " + String.join(", ", reports.keySet()));
        }
        return report;
    }

    /** Reads the files without Spring, so that the command line can check its input before starting a database. */
    static Map<String, ReportDefinition> load() {
        Map<String, ReportDefinition> byName = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    ReportDefinition report = ReportHeader.parse(file.getFilename(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (byName.putIfAbsent(report.name(), report) != null) {
                        throw new IllegalStateException("Report '" + report.name() + "' is packaged twice (" + file + ")");
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reports at " + LOCATION, e);
        }
        return byName;
    }
}

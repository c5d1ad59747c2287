package se.samverkan.report;

import java.util.List;
import java.util.Optional;

/**
 * A saved report: its header and its Cypher query, read from {@code cypher/reports/<name>.cypher}.
 *
 * @param chart which columns make a bar chart, or null when the report is not chart-ready
 */
record ReportDefinition(String name, String title, String description, List<ReportParameter> parameters,
        Chart chart, String query) {

    /** A bar per row: {@code label} names the bar, {@code value} (a number) gives its length. */
    record Chart(String label, String value) {
    }

    Optional<ReportParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}

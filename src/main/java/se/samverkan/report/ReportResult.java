package se.samverkan.report;

import java.time.Instant;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A report as run: its rows and everything an export states about them (which report, with which
 * parameter values, when, how many rows, and whether the row limit cut it short).
 *
 * @param rows      values in the order of {@code columns}
 * @param limit     the most rows a run returns
 * @param truncated true when the query had more rows than {@code limit}
 * @param sources   the documents named in the {@code source} column, in id order
 */
record ReportResult(ReportDefinition report, List<ParameterValue> parameters, Instant generatedAt,
        List<String> columns, List<List<Object>> rows, int limit, boolean truncated, List<CitedSource> sources) {

    /** The column whose cells name source documents, by the reports' convention. */
    static final String SOURCE_COLUMN = "source";

    int rowCount() {
        return rows.size();
    }

    /** The relative link that reproduces this export: the same report with the same parameter values. */
    String link(String suffix) {
        return link(suffix, List.of());
    }

    /** With export options that are on ({@code excel}, {@code provenance}), appended as {@code =true}. */
    String link(String suffix, List<String> options) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/" + report.name() + suffix);
        for (ParameterValue p : parameters) {
            if (p.value() != null) {
                uri.queryParam(p.name(), p.value().toString());
            }
        }
        options.forEach(option -> uri.queryParam(option, "true"));
        return uri.encode().build().toUriString();
    }

    /** One line for the limit, as every export states it. */
    String limitNote() {
        return truncated
                ? "TRUNCATED: only the first " + limit + " rows are included; narrow the parameters to see the rest"
                : "all rows included (limit " + limit + ")";
    }
}

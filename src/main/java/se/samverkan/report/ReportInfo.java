package se.samverkan.report;

import java.util.List;

/** What a client sees of a report before running it (HTTP list, GraphQL {@code reports}). */
record ReportInfo(String name, String title, String description, List<Parameter> parameters,
        ReportDefinition.Chart chart) {

    record Parameter(String name, String type, boolean required, String defaultValue, String description) {
    }

    static ReportInfo of(ReportDefinition report) {
        return new ReportInfo(report.name(), report.title(), report.description(),
                report.parameters().stream()
                        .map(p -> new Parameter(p.name(), p.type().name(), p.required(), p.defaultValue(), p.description()))
                        .toList(),
                report.chart());
    }
}

package se.samverkan.report;

/** The Cypher of a saved report, public so that the benchmark runs exactly what {@link ReportRunner} runs. */
public final class ReportQueries {

    private ReportQueries() {
    }

    /** The query of the report {@code name}, as read from its file (header comments parsed off). */
    public static String cypher(String name) {
        var reports = ReportCatalog.load();
        ReportDefinition report = reports.get(name);
        if (report == null) {
            throw new IllegalArgumentException("No report named '" + name + "'; available: "
                    + String.join(", ", reports.keySet()));
        }
        return report.query();
    }

    /** The most rows an export holds unless {@code samverkan.reports.max-rows} says otherwise. */
    public static final int DEFAULT_MAX_ROWS = 10_000;
}

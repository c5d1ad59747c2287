package se.samverkan.report;

/** Constants of the saved reports' runs. */
final class ReportQueries {

    private ReportQueries() {
    }

    /** The most rows an export holds unless {@code samverkan.reports.max-rows} says otherwise. */
    static final int DEFAULT_MAX_ROWS = 10_000;
}

package se.samverkan.report;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/** Recognises database failures that a report reader should hear about in plain words. */
final class ReportFailures {

    static final String TIMEOUT_MESSAGE =
            "The report query took longer than samverkan.query-timeout and was stopped; narrow its parameters.";

    private ReportFailures() {
    }

    static boolean isTimeout(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String code = t instanceof ClientException c ? c.code()
                    : t instanceof TransientException tr ? tr.code() : null;
            if (code != null && (code.contains("TransactionTimedOut") || code.contains("Terminated"))) {
                return true;
            }
        }
        return false;
    }

    /** True when the embedded store could not start because another process holds its lock. */
    static boolean isStoreLocked(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getClass().getName().endsWith(".FileLockException")) {
                return true;
            }
        }
        return false;
    }
}

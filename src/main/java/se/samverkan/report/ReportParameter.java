package se.samverkan.report;

/**
 * One declared parameter of a report.
 *
 * @param defaultValue the value used when the client gives none, as text; null when there is none
 * @param optional     true when the parameter may stay empty (declared with a trailing {@code ?})
 */
record ReportParameter(String name, ParameterType type, String defaultValue, boolean optional, String description) {

    boolean required() {
        return defaultValue == null && !optional;
    }
}

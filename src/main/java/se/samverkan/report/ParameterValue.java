package se.samverkan.report;

/**
 * A parameter as a report ran with it.
 *
 * @param value what the query received (for an entity parameter: its id)
 * @param label how a reader knows the value (for an entity parameter: its name), else the value as text
 */
record ParameterValue(String name, String type, Object value, String label) {
}

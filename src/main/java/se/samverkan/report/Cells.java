package se.samverkan.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a value reads in a flat cell (CSV, HTML): lists joined with "; ", nothing for null. */
final class Cells {

    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Cells::text).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    /** "region = place:dalarna (Dalarna)", the way exports state a parameter. */
    static String parameter(ParameterValue p) {
        String value = p.value() == null ? "(none)" : p.value().toString();
        boolean labelled = p.label() != null && !p.label().isEmpty() && !p.label().equals(value);
        return p.name() + " = " + value + (labelled ? " (" + p.label() + ")" : "");
    }
}

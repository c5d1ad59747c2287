package se.samverkan.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a value reads in a flat cell (CSV, HTML): lists joined with "; ", nothing for null. A CSV cell is also
 * kept from being read as a formula by a spreadsheet (OWASP's advice on CSV injection).
 */
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

    /**
     * {@link #text} for a spreadsheet cell: text starting with {@code = + - @}, a tab or a carriage return gets a
     * leading {@code '}, which spreadsheets show as text and which removing gives the value back. Numbers stay
     * numbers (a {@code -2} in a count column is not a formula).
     */
    static String spreadsheet(Object value) {
        String text = text(value);
        return value instanceof Number ? text : neutralised(text);
    }

    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** "region = place:dalarna (Dalarna)", the way exports state a parameter. */
    static String parameter(ParameterValue p) {
        String value = p.value() == null ? "(none)" : p.value().toString();
        boolean labelled = p.label() != null && !p.label().isEmpty() && !p.label().equals(value);
        return p.name() + " = " + value + (labelled ? " (" + p.label() + ")" : "");
    }
}

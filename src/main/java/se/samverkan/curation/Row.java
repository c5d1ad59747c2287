package se.samverkan.curation;

import java.util.List;
import java.util.Map;

/**
 * One record of an import, as read: values are {@code String}, {@code Boolean} (inferred, reference) or
 * {@code List<String>} (aliases); absent or empty cells are absent from the map. The record kind is worked
 * out once, as the row is made: validation asks for it several times per row, millions of rows at a time.
 */
public record Row(String file, int line, Map<String, Object> values, Kind kind) {

    public Row(String file, int line, Map<String, Object> values) {
        this(file, line, values, values.get(Format.RECORD) instanceof String s ? Kind.parse(s) : null);
    }

    String text(String column) {
        return values.get(column) instanceof String s ? s : null;
    }

    boolean flag(String column) {
        return Boolean.TRUE.equals(values.get(column));
    }

    @SuppressWarnings("unchecked")
    List<String> list(String column) {
        return values.get(column) instanceof List<?> l ? (List<String>) l : List.of();
    }

    boolean has(String column) {
        return values.containsKey(column);
    }

    /** A problem with this row; rows of a mutation (line 0) have no file or line. */
    Problem problem(String column, String reason) {
        return new Problem(file, line > 0 ? line : null, column, reason);
    }
}
